package postgres

import "rasad/internal/store"

// migrations are the schema's versions, applied in order; the table
// rasad_schema records how many have run. Never edit one that has shipped:
// append another.
var migrations = []string{
	// 1: documents, their derived rows and the SimHash bands.
	`
CREATE TABLE documents (
	seq          BIGSERIAL PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,
	source       TEXT NOT NULL,
	url          TEXT NOT NULL,
	origin       TEXT NOT NULL,
	text_hash    BYTEA NOT NULL,
	simhash      BIGINT,           -- the uint64's bits; NULL when none
	duplicate_of TEXT,             -- id of the original; NULL for an original
	story        TEXT NOT NULL,    -- duplicate_of, or id: what near-duplicates share
	doc          JSONB NOT NULL,   -- the document without text and tokens
	text         TEXT NOT NULL,
	terms        TEXT NOT NULL,    -- the index terms, space separated
	offsets      BYTEA NOT NULL,   -- their byte offsets in text (search.EncodeOffsets)
	tsv          TSVECTOR NOT NULL -- the terms with their positions
);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source, published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Every index term ever stored, so that a search can drop the clitic
-- forms of its words that occur nowhere before ranking by them. Byte order
-- (COLLATE "C") makes a prefix a range of terms.
CREATE TABLE vocab (term TEXT COLLATE "C" PRIMARY KEY);

CREATE TABLE simbands (
	band BIGINT NOT NULL,
	doc  BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	PRIMARY KEY (band, doc)
);
CREATE INDEX simbands_doc ON simbands(doc);

CREATE TABLE entities (
	doc      BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx      INT NOT NULL,
	name     TEXT NOT NULL,
	name_key TEXT NOT NULL,
	type     TEXT NOT NULL,
	country  TEXT NOT NULL,
	actor    TEXT NOT NULL,
	actor_id TEXT NOT NULL,
	mentions INT NOT NULL,
	PRIMARY KEY (doc, idx)
);
CREATE INDEX entities_name ON entities(lower(name));
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX entities_actor ON entities(actor);
CREATE INDEX entities_actor_id ON entities(actor_id);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE quotes (
	doc             BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx             INT NOT NULL,
	speaker         TEXT NOT NULL,
	speaker_country TEXT NOT NULL,
	text            TEXT NOT NULL,
	direct          BOOLEAN NOT NULL,
	start           INT NOT NULL,
	"end"           INT NOT NULL,
	PRIMARY KEY (doc, idx)
);

CREATE TABLE dates (
	doc   BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx   INT NOT NULL,
	text  TEXT NOT NULL,
	value TEXT NOT NULL,
	start INT NOT NULL,
	"end" INT NOT NULL,
	PRIMARY KEY (doc, idx)
);

CREATE TABLE events (
	doc         BIGINT NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx         INT NOT NULL,
	code        TEXT NOT NULL,
	root        TEXT NOT NULL,
	src_name    TEXT NOT NULL,
	src_country TEXT NOT NULL,
	src_actor   TEXT NOT NULL,
	tgt_name    TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	tgt_actor   TEXT NOT NULL,
	date        TEXT NOT NULL,     -- the event's date, else the publication date
	polarity    TEXT NOT NULL,
	goldstein   DOUBLE PRECISION NOT NULL,
	quad_class  INT NOT NULL,
	json        JSONB NOT NULL,
	PRIMARY KEY (doc, idx)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_src ON events(src_country, tgt_country);
CREATE INDEX events_tgt ON events(tgt_country);
CREATE INDEX events_src_actor ON events(src_actor);
CREATE INDEX events_tgt_actor ON events(tgt_actor);
`,
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
