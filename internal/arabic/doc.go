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
package arabic
