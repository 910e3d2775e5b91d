// Package server is Rasad over HTTP: a JSON API for programs (documented in
// openapi.json, served at /api/openapi.json) and a web page for people,
// rendered on the server with html/template in Arabic (right to left) or
// English, from templates and assets embedded in the binary. Its charts
// (bars with axes, values on hover and links) and the actors' network (a
// force-directed layout) are SVG drawn on the server, so that the page runs
// no script of another origin: the layouts are package draw's, the
// timeline's calendar arithmetic is package period's, and the page's words
// in Arabic and English are the data file data/words.tsv.
//
// Entity filters are names as people type them: store.Resolve turns each
// into the gazetteer's actors and the archive's entities it may mean, and
// the page offers the candidates of an ambiguous one.
//
// Errors reach clients as JSON {"error": "...", "status": N}; statusOf is
// the one mapping from an error to an HTTP status, and a failure of the
// server shows only "internal error" (the details go to the log).
//
// Every text that comes from an article is escaped by html/template or by
// html.EscapeString before any markup is put around it; the Content-Security-Policy
// allows scripts and styles from the server's own origin only.
package server
