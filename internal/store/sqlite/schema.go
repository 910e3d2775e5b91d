package sqlite

import "rasad/internal/store"

// dialect is how SQLite writes the tables both stores share, those keyed
// by document and row stored in key order, with a contentless FTS5 index
// of the terms.
var dialect = store.Dialect{
	Serial: "INTEGER PRIMARY KEY", Int64: "INTEGER", Int: "INTEGER", Bool: "INTEGER",
	Float: "REAL", Bytes: "BLOB", JSON: "BLOB", Keyed: " WITHOUT ROWID", NameIndex: "name COLLATE NOCASE",
	Extra: `
-- Every index term ever stored, so that a search can drop the clitic
-- forms of its words that occur nowhere before FTS5 ranks by them.
CREATE TABLE vocab (term TEXT PRIMARY KEY) WITHOUT ROWID;

-- The index terms are letters and digits separated by spaces, already
-- folded: unicode61 only has to split at the spaces.
CREATE VIRTUAL TABLE fts USING fts5(
	terms, content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 0'
);
`,
}

// migrations are the schema's versions, applied in order; PRAGMA
// user_version records how many have run. Never edit one that has shipped:
// append another.
var migrations = []string{
	// 1: documents, their derived rows, the SimHash bands and the FTS5 index.
	store.DocumentSchema(dialect),
	// 2: each band row carries its document's SimHash, so that Near checks
	// the distance of a candidate without reading the document's row.
	`
ALTER TABLE simbands ADD COLUMN hash INTEGER NOT NULL DEFAULT 0;
UPDATE simbands SET hash = (SELECT simhash FROM documents WHERE seq = simbands.doc);
`,
	// 3: a search filtered by an event code tests each match by this index
	// alone: the events' rows, with their JSON, span several pages a document.
	`
CREATE INDEX events_doc_code ON events(doc, code);
`,
	// 4: the version of the analyzer that made each document's index
	// terms (store.AnalyzerSchema).
	store.AnalyzerSchema,
	// 5: the extractor that made each document (store.ExtractorSchema).
	store.ExtractorSchema,
	// 6: the feeds the archive follows and the items they offered
	// (store.FeedSchema), for the poller of internal/feed.
	store.FeedSchema("INTEGER PRIMARY KEY"),
}
