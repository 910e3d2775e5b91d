// Package eval scores Rasad's stages against gold data: it reads the gold
// formats (CoNLL-U for tokens and words) and computes precision, recall and
// F1 the way the shared tasks that made the data did. For search it builds a
// retrieval test from a BIO-tagged corpus (BuildSearchTest: names as
// queries, the documents that mention them as the relevant set) and scores
// any system's answers on it (SearchScore).
package eval
