// Package eval scores Rasad's stages against gold data: it reads the gold
// formats (CoNLL-U for tokens and words) and computes precision, recall and
// F1 the way the shared tasks that made the data did.
package eval
