// Package search turns what a person types into a query that a store can run
// safely, and turns matches back into snippets of the original text.
//
// A query is parsed into a syntax tree (Parse), never pasted into SQL:
//
//	بوتين الصين              both words (AND is implied)
//	"وزير الدفاع"            a phrase
//	روسيا OR أوكرانيا        either (أو works too)
//	روسيا NOT أوكرانيا       the first without the second (or -أوكرانيا)
//	روس*                      a prefix
//	(موسكو OR الكرملين) بوتين grouping
//	from:2023-01-01 to:2023-12-31 source:"إيصال نيوز" entity:"Vladimir Putin"
//	country:RUS code:04      filters
//
// Unbalanced quotes and brackets are closed for the user, stray operators and
// punctuation are dropped, and what remains is rendered from the tree into
// FTS5 MATCH syntax (FTS5) or a PostgreSQL tsquery (TSQuery) whose terms are
// letters and digits only, so no input can inject syntax.
//
// Words are matched through an Analyzer: a document's tokens become index
// terms (Analyzer.Terms), and each query word becomes the set of index terms
// it stands for (Analyzer.Forms). The default analyzer, Clitics, indexes the
// search key of each word's stem (arabic.SearchKey: hamza and alef forms,
// ى/ي, ة/ه, diacritics and tatweel folded) and expands a query word with the
// clitics Arabic attaches to it (و ف ب ل ك, the article ال, pronoun
// suffixes). Expanding the query rather than stripping the index is what keeps
// names whole: بوتين finds وبوتين and لبوتين, but never وتين, because no
// prefix rule ever cuts a letter off an indexed word.
//
// Snippet picks the part of a document's original text where the matches
// are densest and reports where they are, as byte offsets into the snippet.
package search
