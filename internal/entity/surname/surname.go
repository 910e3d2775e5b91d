// Package surname joins the entities of an article that name one person
// the gazetteer does not know: a surname alone after the full name (هويدي
// after فهمي هويدي), or before it, in a headline (روبن, then جيمس روبن in
// the text), and a given name and surname without the chain of fathers
// between them (خالد الوهيبي after خالد بن محمد الوهيبي). It reads the
// entities' Arabic names, not the text.
package surname

import (
	"slices"
	"strings"
	"sync"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Merge joins an unknown person named by one word before the
// article gives the full name (روبن in the headline, جيمس روبن in the text)
// to the one unknown person whose name ends with that word, unless a
// person the gazetteer knows bears it too; so too a family name of two
// words that a particle opens (دي خيا in the headline, دافيد دي خيا in the
// text: compound), or the word before the particle that ends a compound
// family name (نعمت after محمد رضا نعمت زاده: familyEnd). It joins an unknown person
// named by two words to the one person, known or not, whose name of three
// words or more begins and ends with them: Arabic names a man in full
// with his father's name (خالد بن محمد الوهيبي) and then by his given name
// and family name (خالد الوهيبي); the full name's country stands.
func Merge(ents []news.Entity) []news.Entity {
	byLast := map[string]int{}  // surname key → entity, -1 when two share it
	byEnds := map[string]int{}  // "given surname" of a name of 3+ words → entity, -1 when two share it
	byLast2 := map[string]int{} // a compound surname ("دي خيا") of a name of 3+ words → entity, -1 when two share it
	for i, e := range ents {
		if e.Type != news.PER {
			continue
		}
		words := strings.Fields(arabic.SearchKey(e.NameAr))
		if len(words) < 2 {
			continue
		}
		lasts := []string{words[len(words)-1]}
		if n := len(words); n > 2 && familyEnd()[lasts[0]] {
			lasts = append(lasts, words[n-2]) // نعمت after محمد رضا نعمت زاده
		}
		for _, last := range lasts {
			if _, ok := byLast[last]; ok || e.ActorID != "" { // a known person's surname too: ميشال عون beside آلان عون
				byLast[last] = -1
			} else {
				byLast[last] = i
			}
		}
		if n := len(words); n > 2 && compound()[words[n-2]] {
			two := words[n-2] + " " + words[n-1]
			if _, ok := byLast2[two]; ok || e.ActorID != "" {
				byLast2[two] = -1
			} else {
				byLast2[two] = i
			}
		}
		if len(words) > 2 {
			ends := words[0] + " " + lasts[0]
			if _, ok := byEnds[ends]; ok {
				byEnds[ends] = -1
			} else {
				byEnds[ends] = i
			}
		}
	}
	merged := false
	for i := range ents {
		e := &ents[i]
		if e.Type != news.PER || e.ActorID != "" {
			continue
		}
		key := arabic.SearchKey(e.NameAr)
		k, ok := byLast[key]
		if words := strings.Fields(key); len(words) == 2 && compound()[words[0]] {
			k, ok = byLast2[key]
		}
		if !ok && strings.Contains(key, " ") {
			k, ok = byEnds[key]
		}
		if !ok || k < 0 || k == i {
			continue
		}
		full := &ents[k]
		full.Mentions = append(full.Mentions, e.Mentions...)
		slices.SortFunc(full.Mentions, func(a, b news.Mention) int { return a.Start - b.Start })
		if full.Country == "" {
			full.Country = e.Country
		}
		e.Mentions = nil
		merged = true
	}
	if !merged {
		return ents
	}
	ents = slices.DeleteFunc(ents, func(e news.Entity) bool { return len(e.Mentions) == 0 })
	slices.SortStableFunc(ents, func(a, b news.Entity) int { return a.Mentions[0].Start - b.Mentions[0].Start })
	return ents
}

// compound returns the words that open a family name of two words (أبو
// العيش, أبا الخيل, ابن خلدون, بن لادن, آل الشيخ, عبد الرزاق, دي خيا, فان
// جال: the lexicon's class surname-head), by their search keys.
var compound = sync.OnceValue(func() map[string]bool {
	heads := map[string]bool{}
	for _, f := range lexicon.Default().Forms("surname-head") {
		heads[arabic.SearchKey(f)] = true
	}
	return heads
})

// familyEnd returns the particles that end a Turkish or Persian compound
// family name (أوغلو, زاده: the lexicon's class family-end), by their
// search keys: the word before one names the man alone too (نعمت after
// محمد رضا نعمت زاده).
var familyEnd = sync.OnceValue(func() map[string]bool {
	ends := map[string]bool{}
	for _, f := range lexicon.Default().Forms("family-end") {
		ends[arabic.SearchKey(f)] = true
	}
	return ends
})

// Of finds an unknown person whose name ends (or begins) with the one
// word of key, or ends with its surname of two words (أبو العيش after عز
// الدين أبو العيش); of several (عمر الجاسر and عمر العطاس before عمر), the one
// mentioned last, as a reader takes it; none where a known person bearing
// the surname too was mentioned after it (ents holds the mentions read so
// far, in text order: سليم الجبوري, then النقيب غزوان الجبوري, then وقال
// الجبوري is Ghazwan, the bearer named last). byKey holds the entities of ents
// by the search keys of their names; Of returns the index of the one found.
func Of(key string, byKey map[string]int, ents []news.Entity) (int, bool) {
	surname := strings.Fields(key)
	if len(surname) > 2 || len(surname) == 2 && !compound()[surname[0]] {
		return 0, false
	}
	best, last := 0, -1
	for full, k := range byKey {
		if ents[k].Type != news.PER || !strings.Contains(full, " ") {
			continue
		}
		words := strings.Fields(full)
		if len(words) > len(surname) && slices.Equal(words[len(words)-len(surname):], surname) || words[0] == key && len(words) == 2 {
			if at := Latest(ents[k]); at > last {
				best, last = k, at
			}
		}
	}
	return best, last >= 0 && !knownNamesake(surname, ents, last)
}

// knownNamesake reports whether a person the gazetteer knows, among ents,
// bears the surname too and was mentioned after offset at (ميشال عون
// after آلان عون): the surname alone then names the known one or neither.
func knownNamesake(surname []string, ents []news.Entity, at int) bool {
	for _, e := range ents {
		if e.Type == news.PER && e.ActorID != "" && Ends(e, strings.Join(surname, " ")) &&
			(len(e.Mentions) == 0 || Latest(e) > at) {
			return true
		}
	}
	return false
}

// Latest returns where the last mention of e read so far starts, or -1.
func Latest(e news.Entity) int {
	if len(e.Mentions) == 0 {
		return -1
	}
	return e.Mentions[len(e.Mentions)-1].Start
}

// Ends reports whether the name of e ends with the words of key, its
// surname, and is longer.
func Ends(e news.Entity, key string) bool {
	words, sur := strings.Fields(arabic.SearchKey(e.NameAr)), strings.Fields(key)
	return len(words) > len(sur) && slices.Equal(words[len(words)-len(sur):], sur)
}
