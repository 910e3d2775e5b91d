// Package arabic analyses Arabic text: it normalises letters, cuts text into
// tokens and sentences, splits words into clitics and stems, and makes
// search keys. Every stage keeps byte offsets into the original text.
//
// # Normalisation
//
// Normalize folds the spellings that Arabic text uses for the same word:
//
//   - harakat, tanween, shadda, sukun and Quranic marks are dropped: مُحَمَّدٌ → محمد
//   - tatweel is dropped: الـعـراق → العراق
//   - format characters (zero-width joiners, bidi marks) are dropped
//   - the forms of alef become ا: أحمد إبراهيم آمال ٱلله → احمد ابراهيم امال الله
//   - ى, Farsi ی and ے become ي: على → علي
//   - ک (keheh) becomes ك
//   - Arabic-Indic and Persian digits become 0–9, ٫ and ٬ become . and ,: ١٩٫٥ → 19.5
//   - presentation forms become the letters they show: ﻻ → لا
//
// ة stays ة. SearchKey also folds ة into ه (مدرسة → مدرسه) and puts Latin
// letters in lower case.
//
// # Segmentation
//
// A Segmenter splits a word the way Universal Dependencies does: the
// proclitics و ف (conjunctions), ب ل ك (prepositions) and س (future, before
// an imperfect verb) come off the front, a pronoun ه ها هم هما هن ك كم كن
// كما نا (and ي ني after a few function words: معي، لدي) off the end. The
// article ال stays on its noun; after ل it loses its alef (للسلطة → ل +
// لسلطة), and the stem's Part.Form gets it back (السلطة). A ة written ت
// before a pronoun gets it back too (حكومته → حكومة + ه). ل or ب with only a
// pronoun is a preposition and the stem (له → ل + ه).
//
// A lexicon decides each split (see data/README.md): a split is taken when
// what remains is a known stem, name or function word and is common enough
// as a word of its own, against the word as it stands. So بكين, فرنسا,
// والي, كتبت and بطاريات stay whole while وبكين is و + بكين and لروسيا is ل +
// روسيا. Each part is a byte range of the original word, harakat and
// tatweel included, and the parts cover the word exactly.
//
// # Stemming
//
// Stem is a light stemmer for search keys. It splits the clitics off, then
// removes the article ال and one inflectional ending (ات ون ين ان ية ة,
// with يات → ية, ات → ة), each only when what remains is a stem of the
// lexicon, and folds like SearchKey: الحكومات and وبحكومته both give حكومه.
// Names and function words of the lexicon are never stemmed: بوتين stays
// بوتين (not وتين), موسكو stays موسكو (not موسك), and لبوتين gives بوتين.
package arabic
