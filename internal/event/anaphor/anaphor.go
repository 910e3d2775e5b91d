// Package anaphor resolves the definite nouns by which Arabic news refers
// back to a group it has named (package event reads them as that group):
// after جماعة الحوثي, «الجماعة» is the Houthis; after حزب العمال
// الكردستاني, «معسكرات الحزب» are the PKK's; the place an article is
// set in, which its sentences may leave unnamed (Scene); and the country
// whose government «الحكومة» is (Government). Words are normalised
// (arabic.Normalize).
package anaphor

import (
	"cmp"
	"strings"
	"unicode"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// heads maps each form of a noun that heads the names of groups (the
// lexicon's group-head: جماعة, حزب, ميليشيا, مليشيات, محكمة, وفد ...) to
// the one head its spellings and its plural share (its class value:
// ميليشيات and مليشيا are both "militia"); sides holds the heads that
// name an armed side by its kind with an epithet (side-head: المقاومة
// الشعبية), qualified those whose definite noun names another body when a
// definite adjective or genitive follows it (qualified-head: المحكمة
// العليا, الوفد المصري), numbered those of a military formation whose name
// keeps the article before its number (numbered-head: الفرقة 30). Built
// once from the lexicon (data/anaphor.txt).
var heads, sides, qualified, numbered = groupHeads()

// region is the head of a region (إقليم), referred back to as the body
// that governs it.
const region = "region"

func groupHeads() (map[string]string, map[string]bool, map[string]bool, map[string]bool) {
	l := lexicon.Default()
	heads := map[string]string{}
	for _, f := range l.Forms("group-head") {
		heads[f] = l.Word(f).Value("group-head")
	}
	of := func(c string) map[string]bool {
		m := map[string]bool{}
		for _, f := range l.Forms(c) {
			m[heads[f]] = true
		}
		return m
	}
	return heads, of("side-head"), of("qualified-head"), of("numbered-head")
}

// Antecedent returns the index in doc.Entities of the organisation that the
// word tok of doc refers back to, or -1: a head noun with the article
// (الجماعة, والحزب, الميليشيات) refers to the organisation named last
// before it by a mention that opens with the same noun, in any of its
// spellings or its plural, and for a court or a delegation with no
// qualifier after it (qualified) (جماعة الحوثي, ميليشيات الحوثي), or that the
// noun heads in the text, in construct or with من (وفد حماس, وفد من حماس:
// «الوفد» is Hamas's, and keeps its actor); «حكومة الإقليم» is the
// government of the region named last (إقليم كردستان العراق, a place:
// governs); a military formation, to the one named with its number
// (الفرقة 30, then «ثمانية عناصر من الفرقة»). A group's name repeated
// without its head noun is the group too (headless).
func Antecedent(doc *news.Document, tok *news.Token) int {
	stem, _ := lexicon.StemOf(tok)
	stem = arabic.WithoutArticle(stem)
	head := heads[stem]
	if tok.Kind == news.Word && head == "" {
		return headless(doc, tok) // مقاتلو الدولة الإسلامية, after تنظيم الدولة الإسلامية
	}
	if tok.Kind != news.Word || !strings.Contains(tok.Norm, "ال"+stem) || qualified[head] && nextDefinite(doc.Text, tok.End) {
		return -1
	}
	if head == region && !governs(doc.Text, tok.Start) {
		return -1
	}
	pos := tok.Start
	best, at := -1, -1
	if sides[head] {
		return side(doc, head, pos)
	}
	for ei, e := range doc.Entities {
		if e.Type != news.ORG && (e.Type != news.LOC || head != region) { // (a region is a place: إقليم كردستان, then «حكومة الإقليم»)
			continue
		}
		for _, m := range e.Mentions {
			first, _, named := strings.Cut(arabic.Normalize(m.Text), " ")
			if numbered[head] {
				first = unitNoun(first) // الفرقة 30, then «عناصر من الفرقة»
			}
			if m.End <= pos && m.Start > at && (named && heads[first] == head || headed(doc.Text, m.Start) == head) {
				best, at = ei, m.Start
			}
		}
	}
	return best
}

// unitNoun returns the normalised first word w of a military formation's
// name without its article, which keeps only its ل after the preposition
// ل (للفرقة 30, whose mention reads لفرقة 30).
func unitNoun(w string) string {
	if rest, ok := arabic.CutArticle(w); ok {
		return rest
	}
	if rest, ok := strings.CutPrefix(w, string(arabic.Lam)); ok && heads[rest] != "" {
		return rest
	}
	return w
}

// side returns the index in doc.Entities of the one group that the
// mentions ending before the byte offset pos name with the side head
// (sideHead), or -1 when none or two do.
func side(doc *news.Document, head string, pos int) int {
	one := -1
	for ei, e := range doc.Entities {
		if e.Type != news.ORG {
			continue
		}
		for _, m := range e.Mentions {
			if m.End > pos || one == ei {
				continue
			}
			first, _, named := strings.Cut(arabic.Normalize(m.Text), " ")
			if !named || sideHead(first) != head {
				continue
			}
			if one >= 0 {
				return -1 // two sides named so: neither
			}
			one = ei
		}
	}
	return one
}

// sideHead returns the head (its value in heads) that the first word of a
// side's name is, with the article and a conjunction or a preposition
// before it (والمقاومة, للمقاومة), or "".
func sideHead(w string) string {
	for _, p := range [...]string{"", "و", "ف", "ب", "ل", "ول", "وب"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			if h := heads[arabic.WithoutArticle(rest)]; sides[h] {
				return h
			}
		}
	}
	return ""
}

// headed returns the head noun (its value in heads) that the words just
// before the byte offset at in text put the name there in construct with
// (وفد حماس) or before من (وفد من حماس), or "".
func headed(text string, at int) string {
	if at > len(text) {
		return ""
	}
	w := strings.Fields(arabic.Normalize(lastWords(text[:at], 2)))
	if len(w) == 2 && w[1] == "من" {
		w = w[:1]
	}
	if len(w) == 0 {
		return ""
	}
	last := w[len(w)-1]
	return cmp.Or(heads[last], heads[strings.TrimPrefix(last, "و")]) // (وفد, ووفد)
}

// lastWords returns the last n whitespace-separated fields of s, read
// without normalising all of s.
func lastWords(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		t := strings.TrimRightFunc(s[:i], unicode.IsSpace)
		i = strings.LastIndexFunc(t, unicode.IsSpace) + 1
		if i == 0 {
			break
		}
		i--
	}
	return s[i:]
}

// nextDefinite reports whether the word after the byte offset at in text,
// in the same clause (no punctuation between), has the article.
func nextDefinite(text string, at int) bool {
	if at > len(text) {
		return false
	}
	rest := strings.TrimLeftFunc(text[at:], unicode.IsSpace)
	if len(rest) == len(text[at:]) { // (a comma, a quote mark, the end: the clause goes no further)
		return false
	}
	w, _, _ := strings.Cut(rest, " ")
	return strings.HasPrefix(arabic.Normalize(w), "ال")
}

// Court reports whether a doer is a court: an unnamed one (role JUD,
// «المحكمة» with no court named before it) or an entity of doc, ent ≥ 0,
// whose actor is a judiciary (محكمة بروكسل الجنائية, BELJUD, and the bare
// «المحكمة» that refers back to it).
func Court(doc *news.Document, ent int, role string) bool {
	if ent >= 0 && ent < len(doc.Entities) {
		return strings.HasSuffix(doc.Entities[ent].Actor, "JUD")
	}
	return role == "JUD"
}

// governs reports whether the word before the byte offset at in text is
// حكومة (or its definite-less forms with a conjunction or a preposition):
// the region is referred back to as the body it governs (حكومة الإقليم,
// the Kurdistan Region's government), not as the place its other words
// name (عاصمة الإقليم, مستقبل الإقليم).
func governs(text string, at int) bool {
	w := strings.Fields(arabic.Normalize(lastWords(text[:min(at, len(text))], 1)))
	return len(w) == 1 && strings.TrimLeft(w[0], "وفبل") == "حكومة"
}
