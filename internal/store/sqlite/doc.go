// Package sqlite is the default archive: one SQLite file (modernc.org/sqlite,
// pure Go), in WAL mode so that searches run while documents are written,
// searched through an FTS5 index of Rasad's own search keys (SQLite's own
// tokenizer cannot fold Arabic, so it is given terms already folded and
// separated by spaces).
//
// One connection writes, one transaction per document; a pool of read-only
// connections serves Get, Search and Events. The schema is versioned by
// PRAGMA user_version and migrated on Open.
package sqlite
