package arabic

import "unicode/utf8"

// isEntry reports whether the letters of rs (folded) are a word of the
// lexicon as they stand (seen alone in its corpora, or listed); before a
// pronoun, also with the ة or ى its final ت or ا stands for (حوزته، مبناه).
func (s *Segmenter) isEntry(rs []rune, beforeEnc bool) bool {
	var kb [64]byte
	key := kb[:0]
	for _, r := range rs {
		key = utf8.AppendRune(key, r)
	}
	if e := s.folded[string(key)]; e.count > 0 || e.flags != 0 {
		return true
	}
	if !beforeEnc || len(rs) == 0 {
		return false
	}
	last := rs[len(rs)-1]
	if last != Teh && last != Alef {
		return false
	}
	key = key[:len(key)-utf8.RuneLen(last)]
	if last == Teh {
		key = utf8.AppendRune(key, TehMarbuta)
	} else {
		key = utf8.AppendRune(key, Yeh)
	}
	e := s.folded[string(key)]
	return e.count > 0 || e.flags != 0
}

// wellFormedStem reports whether stem, which the lexicon does not hold as
// it stands, has the shape of an Arabic word after the proclitic pro (ف ب
// ل ك س; و is not asked): a noun with a feminine or plural ending (ات ة
// ية), a derived form (a participle or masdar in م or ت, the forms VII to X
// in ان، ات، است), or an imperfect verb (ي ت ن أ) after ل ف س, inflected as
// the proclitic governs it. A foreign name cut after its first letter
// rarely has any of these shapes: ل + يبرمان, ف + ينسن, ب + وزاني, ك + وبلي.
func wellFormedStem(stem []rune, pro rune) bool {
	n := len(stem)
	if n < 3 {
		return false
	}
	last, prev := stem[n-1], stem[n-2]
	switch {
	case last == TehMarbuta,
		last == Teh && prev == Alef: // ة، ات، ية، يات
		return true
	}
	first := stem[0]
	switch first {
	case Meem:
		return true
	case Alef:
		// افتعل، انفعل، استفعل and their masdars: ا, a letter, then ت;
		// or ان، است.
		return stem[1] == Noon || stem[2] == Teh || n > 3 && stem[1] == Seen && stem[2] == Teh
	case Teh:
		return pro != Kaf || n > 3 // تفعيل، تفاعل; a verb after ل ف س
	case Yeh, Noon:
		if first == Noon && pro != Lam && pro != Feh && pro != Seen {
			return true // a noun in ن (نظام)
		}
		if pro != Lam && pro != Feh && pro != Seen {
			return false // ب and ك govern no verb
		}
		if last == Teh {
			return false // the imperfect takes no ت of the perfect
		}
		fiveVerbs := last == Noon && (prev == Alef || prev == Waw || prev == Yeh)
		if pro == Lam && fiveVerbs {
			return false // ل governs the subjunctive, which drops that ن
		}
		if pro == Seen && last == Alef {
			return false // the future is indicative: سيفعلان، not سيفعلا
		}
		return true
	}
	return false
}

// isArticleNoun reports whether stem is the article ال and three letters
// or more: a definite noun.
func isArticleNoun(stem []rune) bool {
	return len(stem) >= 5 && stem[0] == Alef && stem[1] == Lam
}

// heldAfterProclitic reports whether the word spelt by rs, which begins
// with a proclitic letter, is that letter and a name of the lexicon
// (وليبيريا is و + ليبيريا; a dictionary stem is not enough: فيفا, بطرس
// are names, not ف + يفا, ب + طرس), or the article and three letters or
// more (والجبل، للصليب، والناصرة).
func (s *Segmenter) heldAfterProclitic(rs []rune) bool {
	var kb [64]byte
	key := kb[:0]
	rest := rs[1:]
	if rs[0] == Lam && rest[0] == Lam {
		key = utf8.AppendRune(key, Alef)
	}
	for _, r := range rest {
		key = utf8.AppendRune(key, r)
	}
	if s.folded[string(key)].flags&flagName != 0 {
		return true
	}
	// The article and a noun: the definite noun is the word (والناصرة).
	return len(rest) >= 5 && isArticleNoun(rest) || rs[0] == Lam && rest[0] == Lam && len(rest) >= 4
}

// shortCommon is how often a two-letter noun must have been seen alone to
// be read after a preposition: the geminates and the nouns of two radicals
// are words of every text (حق 23 times in the lexicon's corpora, حي 13),
// two letters seen once or twice are an abbreviation or part of a name.
const shortCommon = 10

// commonShort reports whether the two letters of rs are a function word or
// a common noun of the lexicon.
func (s *Segmenter) commonShort(rs []rune) bool {
	var kb [16]byte
	key := kb[:0]
	for _, r := range rs {
		key = utf8.AppendRune(key, r)
	}
	e := s.folded[string(key)]
	return e.flags&(flagFunction|flagFirstPerson|flagWhole) != 0 || e.flags&flagStem != 0 && e.count >= shortCommon
}
