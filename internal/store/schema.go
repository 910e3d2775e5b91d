package store

// AnalyzerSchema is the migration, the same in both stores, that records
// the version of the analyzer that made each document's index terms
// (search.Analyzer.Version); archives made before recorded none and were
// all indexed by clitics-1.
const AnalyzerSchema = `
ALTER TABLE documents ADD COLUMN analyzer TEXT NOT NULL DEFAULT 'clitics-1';
CREATE INDEX documents_analyzer ON documents(analyzer);
`

// ExtractorSchema is the migration, the same in both stores, that records
// the extractor that made each document (Entry.Extractor); archives made
// before recorded none, and their documents are stale for every extractor.
// One index serves the ranges of Stale and the counts of Stats.
const ExtractorSchema = `
ALTER TABLE documents ADD COLUMN extractor TEXT NOT NULL DEFAULT '';
CREATE INDEX documents_version ON documents(analyzer, extractor);
DROP INDEX documents_analyzer;
`
