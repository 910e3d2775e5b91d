// Package ner recognises named mentions of people, places, organisations
// and other named things (PER, LOC, ORG, MISC) in Arabic news text.
//
// Recognition is a first-order sequence labeller over BIO tags: an averaged
// perceptron (several, trained in different orders, averaged into one) with
// Viterbi decoding, trained with a margin (cost-augmented decoding) on
// ANERcorp (see model/README.md).
// Its features are the word and its stem with the proclitics و ف ب ل ك
// stripped, affixes, character n-grams, the shape of the word, the words
// around it, and knowledge that the training set lacks: lists of given names,
// family-name patterns, title and role cues, organisation and place cues
// (data/*.txt), a gazetteer of places that a caller may replace with its
// own (Gazetteer), and whether the segmenter's dictionary knows the word and
// its neighbours (lexclass.go), alone and next to the cues: a word it lacks
// is often a name never seen in training. A model may also be trained with
// word classes learned from unlabelled text (TrainOptions.Classes, package
// wordclass, over the stems a Stemmer gives): the class of the word and of
// its neighbours; the model file keeps them. A second pass adds the labels
// the first pass gave to the same word elsewhere in the document, so that a
// name is labelled consistently across an article.
//
// Recognize treats a whole text as one document; TagWords, for corpora such
// as ANERcorp where documents are not marked, treats each run of 20
// sentences (the model's window) as one.
//
// A mention never starts inside a word: in وبكين the mention is بكين, and its
// byte offsets cover the stem only; the proclitic stays outside the span.
package ner
