// Package arabic is Rasad's Arabic text analyser: normalisation, tokens,
// sentences, clitics and stems. Every stage after it stands on its output.
//
// The analyser never rewrites the text it is given. Tokenize cuts the
// original text, and every span it returns (a token, a sentence, a clitic) is
// a UTF-8 byte offset into that text, so highlights and quotes are always
// exact. Normalisation is applied per token, to the Norm field, for matching.
//
// # Normalisation
//
// Normalize applies these rules, in this order, to each character:
//
//   - Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are decomposed to the
//     letters they draw (NFKC), then the other rules apply to those letters:
//     ﻻ → لا, ﺑﻮﺗﻴﻦ → بوتين.
//   - Harakat, tanween, shadda, sukun, the combining madda and hamza, the
//     superscript (dagger) alef and Quranic annotation marks are dropped:
//     مُحَمَّدٌ → محمد, شكراً → شكرا, هٰذا → هذا.
//   - Tatweel is dropped: الســـلام → السلام, بـ → ب.
//   - Bidi marks and embeddings (U+200E, U+200F, U+061C, U+202A–U+202E,
//     U+2066–U+2069), zero-width space, joiners, word joiner, byte order mark
//     and soft hyphen are dropped: بو‌تين (with a ZWNJ) → بوتين.
//   - Alef with hamza above or below, alef with madda, alef wasla and wavy
//     hamza alefs become bare alef: أحمد → احمد, إسرائيل → اسرائيل, آسيا →
//     اسيا, ٱلله → الله.
//   - Alef maksura, Farsi yeh and yeh barree become yeh: مستشفى → مستشفي,
//     ایران → ايران; keheh becomes kaf: کتاب → كتاب.
//   - Arabic-Indic and Persian digits become ASCII digits, the Arabic decimal
//     separator a period and the Arabic thousands separator a comma:
//     ٢٠٢٣ → 2023, ١٩٫٥ → 19.5.
//   - Hamza on waw and yeh (ؤ ئ) and teh marbuta (ة) are kept: مؤتمر → مؤتمر.
//
// SearchKey, used for index and query terms, adds two rules: teh marbuta
// becomes heh (مدينة → مدينه, so that the common misspelling meets the right
// one) and Latin letters are lower-cased (NATO → nato).
//
// # Tokens
//
// Tokenize yields Arabic words (letters with their marks, tatweel and
// zero-width characters inside), Latin words (with inner apostrophes),
// numbers (Western, Arabic-Indic or Persian digits, with . , ٫ ٬ : / between
// digits: 19.5, 1,200, ١٩٫٥, 16/4/2023), URLs (http://, https://, www.;
// trailing punctuation left out), e-mail addresses, hashtags and @mentions,
// and punctuation (one mark, or a run of the same mark: .. ... !!). A change
// of script ends a token: بيانCNN → بيان CNN, 2022م → 2022 م.
//
// # Sentences
//
// Sentences ends a sentence at every line break (the title line is a
// sentence), and within a line at . ! ? ؟ — but not inside a quotation that
// closes on the same line, not at an ellipsis (.. … ...), and not after a
// single letter or a known abbreviation (د. J. U.S.). Closing quotes and
// brackets that follow the end mark belong to the sentence.
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
// Names the lexicon lacks are kept whole by rules of Arabic spelling and
// grammar rather than by a list. After ب or ك, which govern nouns, a ي
// that begins no noun seen alone is a foreign name's first vowel
// (بيرسون, كينج, بيشة; Arabic nouns in ي are few and common: بيوم). Before
// ا و, or after و ف ل س (where ي is a verb's prefix: ويموت), the rest must
// moreover be no word of the dictionary, as written or inflected, nor have
// the shape of an Arabic word after that proclitic: news often writes the
// hamza of أ and إ as a bare alef (واطلعت, باقالته), and و begins many
// roots (ووصفت). The future س goes only before an imperfect verb of three
// letters or more (سيرى), so سيد and سأل are words. After ب ل ك, two
// letters that are neither a function word nor a
// common noun leave a name whole (برن); و before four letters or more of a
// word the lexicon lacks is split, but not before ا ي و (وايزنغر).
//
// NameProclitics is the segmenter's second reading, for a word that may be
// a name and a reader that knows names of its own (the recogniser of
// internal/ner, with its cue words and gazetteer): it takes off only و ف ب
// ل ك, and only where what follows shows the split (a name the reader
// knows, the article, or four letters after و ف), and keeps every other
// word whole, since a name the dictionary lacks often looks like a
// proclitic before a shorter word it has (وليد, فان, بابل). SegmentWord's
// best reading splits those; the recogniser was trained on this one.
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
