// Package news holds the nouns that every stage of Rasad shares: the Article
// that goes in, and the Document that comes out with its sentences, tokens,
// entities, quotes, dates and events. It does no I/O and depends on nothing
// but the standard library, so that every other package can stand on it.
//
// Every Start and End in this package is a UTF-8 byte offset into
// Document.Text: text[Start:End] is always the span the record is about.
package news
