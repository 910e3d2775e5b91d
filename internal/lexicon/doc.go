// Package lexicon holds what Rasad knows of Arabic words, once, for every
// stage: for each form its lemma, its part of speech and its classes
// (speech-verb, nisba:RUS, role, title, loc-cue ...), read from one text
// format (data/README.md) by one loader whose errors name file:line.
//
// Stages ask the lexicon instead of keeping lists of their own, and look
// tokens up through the segmenter's Parts (Stem, Bare, AfterConjunction),
// so that no stage strips clitics itself: وقال is looked up as قال because
// the segmenter split و off, not because a stage guessed it.
//
// Where two classes contradict each other (a form both a month and a
// given name), the data says so ("!exclusive month given-name") and the
// word says which wins (prefer=month); Contradictions lists the words that
// do not, and the tests fail on any.
package lexicon
