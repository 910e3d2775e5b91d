package news

// Article is one news report as it arrives: a title, a body and what is known
// of where and when it was published.
type Article struct {
	Title     string `json:"title"`
	Text      string `json:"text"`      // the body, without the title
	Published string `json:"published"` // YYYY-MM-DD, "" when unknown
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"` // the outlet, "" when unknown
	// Origin names where the article was read from (a file, file:line of
	// JSON Lines, a URL); it is for error messages and never analysed.
	Origin string `json:"-"`
}

// Document is everything Rasad extracted from one article. Text is the title
// line, a newline and the body; every offset points into it.
type Document struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Published string     `json:"published"`
	Source    string     `json:"source"`
	URL       string     `json:"url,omitempty"`
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
	Tokens    []Token    `json:"tokens,omitempty"`
	Entities  []Entity   `json:"entities"`
	Quotes    []Quote    `json:"quotes"`
	Dates     []Date     `json:"dates"`
	Events    []Event    `json:"events"`
	// Warnings say what the analysis could not do for want of input
	// (NoPublished), none when it lacked nothing.
	Warnings []string `json:"warnings,omitempty"`
}

// NoPublished is the warning of a document analysed without a publication
// date.
const NoPublished = "no publication date: dates relative to it (الأحد, الشهر الماضي) are left unresolved " +
	"and people's roles are not dated, so other actors may be picked; give the date " +
	"(--published YYYY-MM-DD on the command line, the published parameter of the API)"

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence is one sentence of the text; the title line is sentence 0.
type Sentence struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// TokenKind says what a token is.
type TokenKind string

// The kinds of token.
const (
	Word        TokenKind = "word"    // an Arabic word
	Latin       TokenKind = "latin"   // a word in Latin (or another non-Arabic) script
	Number      TokenKind = "number"  // digits, Western or Arabic-Indic, with separators
	Punctuation TokenKind = "punct"   // one punctuation mark or symbol, or a run of the same mark
	URL         TokenKind = "url"     // http(s)://… or www.…
	Hashtag     TokenKind = "hashtag" // #وسم
	AtMention   TokenKind = "mention" // @user
	Email       TokenKind = "email"   // someone@example.org
)

// Token is one token of the text. Norm is its normalised form for matching
// (see package arabic). Parts, for an Arabic word, are its clitics and stem in
// order; they cover the token exactly.
type Token struct {
	Start int       `json:"start"`
	End   int       `json:"end"`
	Text  string    `json:"text"`
	Kind  TokenKind `json:"kind"`
	Norm  string    `json:"norm"`
	Parts []Part    `json:"parts,omitempty"`
}

// PartRole says what a part of a word is.
type PartRole string

// The roles of the parts of a word.
const (
	Proclitic PartRole = "proclitic"
	Stem      PartRole = "stem"
	Enclitic  PartRole = "enclitic"
)

// Part is a clitic or the stem of a word. Form is its normalised spelling,
// which may differ from the text it covers (the ال of لل is written ل).
type Part struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Form  string   `json:"form"`
	Role  PartRole `json:"role"`
}

// Mention is one place in the text where an entity is named.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Nisba marks a mention by the adjective of the place rather than its
	// name: الروسية for Russia, in القوات الروسية.
	Nisba bool `json:"nisba,omitempty"`
	// Role marks a mention by the role the entity holds rather than its
	// name: وزير الدفاع الصيني for Li Shangfu.
	Role bool `json:"role,omitempty"`
}

// EntityType is the kind of a named entity.
type EntityType string

// The entity types; countries and cities are LOC.
const (
	PER  EntityType = "PER"
	LOC  EntityType = "LOC"
	ORG  EntityType = "ORG"
	MISC EntityType = "MISC"
)

// Entity is one person, place, organisation or other named thing of an
// article with all its mentions. Name is the canonical English name where the
// entity is linked to an actor, else a transliteration or the Arabic name.
type Entity struct {
	ID      string     `json:"id,omitempty"`
	Name    string     `json:"name"`
	NameAr  string     `json:"name_ar"`
	Type    EntityType `json:"type"`
	Country string     `json:"country"`            // ISO 3166-1 alpha-3, "" if none
	Actor   string     `json:"actor"`              // CAMEO actor code, "" if unknown
	ActorID string     `json:"actor_id,omitempty"` // the gazetteer's key, "" if unlinked
	// Aliases are other English names of a linked actor ("Ansar Allah" for
	// the Houthis; "Al Bayda" for "Al Bayda (Yemen)").
	Aliases  []string  `json:"aliases,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// Speaker is who a quote is attributed to: a linked entity, or words that
// describe an unnamed speaker ("مسؤول كبير في كييف").
type Speaker struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Actor   string `json:"actor,omitempty"`
	Text    string `json:"text"` // the words of the text that name the speaker
	Start   int    `json:"start,omitempty"`
	End     int    `json:"end,omitempty"`
}

// Quote is something a speaker said, quoted directly or reported.
type Quote struct {
	Speaker *Speaker `json:"speaker"`
	Text    string   `json:"text"`
	Direct  bool     `json:"direct"`
	Via     string   `json:"via,omitempty"` // the channel, where named
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

// Date is a date expression resolved to the calendar: YYYY-MM-DD, YYYY-MM or
// YYYY.
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Polarity says whether an event is reported as fact.
type Polarity string

// The polarities of an event.
const (
	Asserted Polarity = "asserted"
	Negated  Polarity = "negated"
	Alleged  Polarity = "alleged"
)

// Party is the source or target of an event.
type Party struct {
	Name    string `json:"name"`
	Country string `json:"country"`
	Actor   string `json:"actor"`
	Entity  string `json:"entity,omitempty"` // Entity.ID within the document
}

// Event is one act that a sentence reports, coded in CAMEO.
type Event struct {
	Code      string   `json:"code"`
	Label     string   `json:"label,omitempty"`
	Source    Party    `json:"source"`
	Target    *Party   `json:"target"`
	Date      string   `json:"date"`
	Location  string   `json:"location"`
	Polarity  Polarity `json:"polarity"`
	Sentence  int      `json:"sentence"`
	Sentences []int    `json:"sentences,omitempty"` // every sentence that reports it
	Text      string   `json:"text"`
	Goldstein float64  `json:"goldstein"`
	QuadClass int      `json:"quad_class"`
	Plover    string   `json:"plover,omitempty"`
	Mode      string   `json:"plover_mode,omitempty"`
	Trigger   *Span    `json:"trigger,omitempty"`
}
