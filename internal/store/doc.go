// Package store is the archive's contract: what Rasad asks of the database
// that keeps every document it has read. Two packages implement it: sqlite
// (the default, one file, searched through FTS5) and postgres (a server a
// team shares, searched through tsvector). Package storetest holds the
// contract's tests, which both pass.
//
// A store keeps each document whole: its JSON, and beside it the rows that
// searches and counts need (entities, quotes, dates, events, the index
// terms). Put writes all of them in one transaction, so that a crash or a
// cancelled context leaves a document either whole or absent.
//
// Search matches the index terms that a search.Analyzer derived from the
// document's tokens (by default search.Clitics: Rasad's own normalised
// search keys), so a query matches through clitics, hamza and alef forms,
// ى/ي, ة/ه and diacritics the same way on both stores.
package store
