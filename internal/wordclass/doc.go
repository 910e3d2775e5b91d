// Package wordclass groups the words of a corpus into classes of words
// that are used alike: words that follow and precede the same kinds of
// words end up in one class (given names with given names, cities with
// cities, foreign surnames with the nouns of speech that stand where a
// speaker stands).
//
// It is the exchange algorithm on a class-bigram model (Kneser and Ney
// 1993; Martin, Liermann and Ney 1998): every word starts in a class, and
// each pass moves each word to the class that most raises the likelihood of
// the corpus under the model P(w_i | w_{i-1}) = P(c_i | c_{i-1}) P(w_i | c_i),
// until few words move. Classes learned from unlabelled text give a
// statistical model a feature that generalises to words its labelled
// training data never showed: the recogniser of package ner uses them
// for names it has not seen.
//
// A Counter collects the word and bigram counts of a corpus, sentence by
// sentence; Counter.Cluster makes the Classes; Classes are read and written
// as text (Read, Classes.Write), one "word<TAB>class<TAB>count" a line.
package wordclass
