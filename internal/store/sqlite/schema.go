package sqlite

import "rasad/internal/store"

// migrations are the schema's versions, applied in order; PRAGMA
// user_version records how many have run. Never edit one that has shipped:
// append another.
var migrations = []string{
	// 1: documents, their derived rows, the SimHash bands and the FTS5 index.
	`
CREATE TABLE documents (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,
	source       TEXT NOT NULL,
	url          TEXT NOT NULL,
	origin       TEXT NOT NULL,
	text_hash    BLOB NOT NULL,
	simhash      INTEGER,          -- the uint64's bits; NULL when none
	duplicate_of TEXT,             -- id of the original; NULL for an original
	story        TEXT NOT NULL,    -- duplicate_of, or id: what near-duplicates share
	doc          BLOB NOT NULL,    -- the document's JSON without text and tokens
	text         TEXT NOT NULL,
	terms        TEXT NOT NULL,    -- the index terms, as given to fts
	offsets      BLOB NOT NULL     -- their byte offsets in text (search.EncodeOffsets)
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source, published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE simbands (
	band INTEGER NOT NULL,         -- dedup.Bands: the band's index in the top bits
	doc  INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	PRIMARY KEY (band, doc)
) WITHOUT ROWID;
CREATE INDEX simbands_doc ON simbands(doc);

CREATE TABLE entities (
	doc      INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx      INTEGER NOT NULL,
	name     TEXT NOT NULL,
	name_key TEXT NOT NULL,        -- arabic.SearchKey of the Arabic name
	type     TEXT NOT NULL,
	country  TEXT NOT NULL,
	actor    TEXT NOT NULL,
	actor_id TEXT NOT NULL,
	mentions INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX entities_actor ON entities(actor);
CREATE INDEX entities_actor_id ON entities(actor_id);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE quotes (
	doc             INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx             INTEGER NOT NULL,
	speaker         TEXT NOT NULL,
	speaker_country TEXT NOT NULL,
	text            TEXT NOT NULL,
	direct          INTEGER NOT NULL,
	start           INTEGER NOT NULL,
	"end"           INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE dates (
	doc   INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx   INTEGER NOT NULL,
	text  TEXT NOT NULL,
	value TEXT NOT NULL,
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE events (
	doc         INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
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
	goldstein   REAL NOT NULL,
	quad_class  INTEGER NOT NULL,
	json        BLOB NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX events_date ON events(date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_src ON events(src_country, tgt_country);
CREATE INDEX events_tgt ON events(tgt_country);
CREATE INDEX events_src_actor ON events(src_actor);
CREATE INDEX events_tgt_actor ON events(tgt_actor);

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
