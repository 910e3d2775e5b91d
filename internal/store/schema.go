package store

import (
	"strings"
	"text/template"
)

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

// A Dialect is what the SQL of the two stores writes differently in the
// tables they share (DocumentSchema).
type Dialect struct {
	Serial    string // a key that numbers itself
	Int64     string // an integer of 64 bits
	Int       string // an integer
	Bool      string // a truth value
	Float     string // a float of 64 bits
	Bytes     string // a byte string
	JSON      string // a JSON value
	Keyed     string // after a table stored in the order of its primary key
	NameIndex string // the entities' names compared without case
	TextIndex string // the last columns of documents, for the full-text index
	Extra     string // the dialect's own statements: its full-text index, the vocabulary
}

// DocumentSchema is the first migration of a store, the same in both but
// for what d writes its own way: documents, the SimHash bands and the rows
// derived from each document (entities, quotes, dates, events).
func DocumentSchema(d Dialect) string {
	var b strings.Builder
	if err := documentSchema.Execute(&b, d); err != nil {
		panic(err) // the template's fields are Dialect's: it cannot fail
	}
	return b.String()
}

// documentSchema writes the tables of the rows derived from a document
// one way: keyed by the document and the row's place in it ("derived"),
// dropped with the document ("key"); a quote and a date are spans of the
// document's text ("span": byte offsets).
var documentSchema = template.Must(template.New("schema").Parse(`
{{- define "derived"}}doc {{.Int64}} NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	idx {{.Int}} NOT NULL,{{end}}
{{- define "span"}}start {{.Int}} NOT NULL,
	"end" {{.Int}} NOT NULL,{{end}}
{{- define "key"}}PRIMARY KEY (doc, idx)
){{.Keyed}};{{end}}
CREATE TABLE documents (
	seq          {{.Serial}},
	id           TEXT NOT NULL UNIQUE,
	title        TEXT NOT NULL,
	published    TEXT NOT NULL,
	source       TEXT NOT NULL,
	url          TEXT NOT NULL,
	origin       TEXT NOT NULL,
	text_hash    {{.Bytes}} NOT NULL,
	simhash      {{.Int64}},     -- the uint64's bits; NULL when none
	duplicate_of TEXT,          -- id of the original; NULL for an original
	story        TEXT NOT NULL, -- duplicate_of, or id: what near-duplicates share
	doc          {{.JSON}} NOT NULL, -- the document's JSON without text and tokens
	text         TEXT NOT NULL,
	terms        TEXT NOT NULL, -- the index terms, space separated
	-- offsets: the terms' byte offsets in text (search.EncodeOffsets)
	offsets      {{.Bytes}} NOT NULL{{.TextIndex}}
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source, published);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE simbands (
	band {{.Int64}} NOT NULL, -- dedup.Bands: the band's index in the top bits
	doc  {{.Int64}} NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
	PRIMARY KEY (band, doc)
){{.Keyed}};
CREATE INDEX simbands_doc ON simbands(doc);

CREATE TABLE entities (
	{{template "derived" .}}
	name     TEXT NOT NULL,
	name_key TEXT NOT NULL, -- arabic.SearchKey of the Arabic name
	type     TEXT NOT NULL,
	country  TEXT NOT NULL,
	actor    TEXT NOT NULL,
	actor_id TEXT NOT NULL,
	mentions {{.Int}} NOT NULL,
	{{template "key" .}}
CREATE INDEX entities_name ON entities({{.NameIndex}});
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX entities_actor ON entities(actor);
CREATE INDEX entities_actor_id ON entities(actor_id);
CREATE INDEX entities_country ON entities(country);

CREATE TABLE quotes (
	{{template "derived" .}}
	speaker         TEXT NOT NULL,
	speaker_country TEXT NOT NULL,
	text            TEXT NOT NULL,
	direct          {{.Bool}} NOT NULL,
	{{template "span" .}}
	{{template "key" .}}

CREATE TABLE dates (
	{{template "derived" .}}
	text  TEXT NOT NULL,
	value TEXT NOT NULL,
	{{template "span" .}}
	{{template "key" .}}

CREATE TABLE events (
	{{template "derived" .}}
	code        TEXT NOT NULL,
	root        TEXT NOT NULL,
	src_name    TEXT NOT NULL,
	src_country TEXT NOT NULL,
	src_actor   TEXT NOT NULL,
	tgt_name    TEXT NOT NULL,
	tgt_country TEXT NOT NULL,
	tgt_actor   TEXT NOT NULL,
	date        TEXT NOT NULL, -- the event's date, else the publication date
	polarity    TEXT NOT NULL,
	goldstein   {{.Float}} NOT NULL,
	quad_class  {{.Int}} NOT NULL,
	json        {{.JSON}} NOT NULL,
	{{template "key" .}}
CREATE INDEX events_date ON events(date);
CREATE INDEX events_code ON events(code);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_src ON events(src_country, tgt_country);
CREATE INDEX events_tgt ON events(tgt_country);
CREATE INDEX events_src_actor ON events(src_actor);
CREATE INDEX events_tgt_actor ON events(tgt_actor);
{{.Extra}}`))
