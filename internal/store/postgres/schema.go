package postgres

import "rasad/internal/store"

// dialect is how PostgreSQL writes the tables both stores share, with a
// text search vector of the terms (GIN-indexed) and a vocabulary in byte
// order.
var dialect = store.Dialect{
	Serial: "BIGSERIAL PRIMARY KEY", Int64: "BIGINT", Int: "INT", Bool: "BOOLEAN",
	Float: "DOUBLE PRECISION", Bytes: "BYTEA", JSON: "JSONB", NameIndex: "lower(name)",
	TextIndex: ",\n\ttsv TSVECTOR NOT NULL -- the terms with their positions",
	Extra: `
CREATE INDEX documents_tsv ON documents USING GIN (tsv);

-- Every index term ever stored, so that a search can drop the clitic
-- forms of its words that occur nowhere before ranking by them. Byte order
-- (COLLATE "C") makes a prefix a range of terms.
CREATE TABLE vocab (term TEXT COLLATE "C" PRIMARY KEY);
`,
}

// migrations are the schema's versions, applied in order; the table
// rasad_schema records how many have run. Never edit one that has shipped:
// append another.
var migrations = []string{
	// 1: documents, their derived rows and the SimHash bands.
	store.DocumentSchema(dialect),
	// 3: the version of the analyzer that made each document's index
	// terms (store.AnalyzerSchema).
	store.AnalyzerSchema,
	// 4: the extractor that made each document (store.ExtractorSchema).
	store.ExtractorSchema,
	// 5: the feeds the archive follows and the items they offered
	// (store.FeedSchema), for the poller of internal/feed.
	store.FeedSchema("BIGSERIAL PRIMARY KEY"),
	// 6: cheaper writes for the shared archive of a cluster, where the
	// server's CPU per document bounds what workers add. The documents'
	// and events' JSON become text: no query looks inside them, and jsonb
	// made the server parse every document on its way in and print it
	// again on its way out (a sixth of the documents insert's time). The
	// long columns are compressed by lz4 rather than pglz where the server
	// has it (new values only; stored ones stay as they are).
	`
ALTER TABLE documents ALTER COLUMN doc TYPE TEXT USING doc::text;
ALTER TABLE events ALTER COLUMN json TYPE TEXT USING json::text;
DO $$
BEGIN
	ALTER TABLE documents ALTER COLUMN doc SET COMPRESSION lz4, ALTER COLUMN text SET COMPRESSION lz4,
		ALTER COLUMN terms SET COMPRESSION lz4, ALTER COLUMN offsets SET COMPRESSION lz4,
		ALTER COLUMN tsv SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
	NULL; -- a server built without lz4 keeps pglz
END $$;
`,
}
