// Package article reads news articles in the forms Rasad accepts and turns
// each into a news.Article:
//
//   - plain UTF-8 text: the first non-empty line is the title, the rest the body;
//   - a JSON object {"title","text","published","url","source"} (also "content"
//     or "body" for the text, "date" or "date_extracted" for the date), a JSON
//     array of them, or JSON Lines of them;
//   - an HTML page, whose title and main text are extracted (scripts, styles,
//     navigation and other boilerplate dropped).
//
// Input is checked before it is parsed: an empty input, a binary file, invalid
// UTF-8 or an input over the size limit is an error that names the input.
// It also finds the outlet that a dateline names (Dateline).
package article
