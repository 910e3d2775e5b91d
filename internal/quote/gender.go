package quote

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/lexicon"
	"rasad/internal/news"
	"rasad/internal/quote/agree"
	"rasad/internal/quote/parts"
	"rasad/internal/quote/word"
)

// A speech verb agrees with its speaker: قال for a man, قالت for a woman,
// a body (الوزارة، الحكومة، الشركة، الوكالة), a country or a plural of
// things (مصادر). A feminine verb without a subject therefore does not
// continue the words of a man (a person the text wrote with a masculine
// verb) carried from an earlier sentence: وقالت or مؤكدة then speaks for
// the nearest body named before it. Who a person is the text tells only by
// its verbs: a name alone says nothing of it.

// maxGenderBack bounds the walk back for a feminine verb's speaker.
const maxGenderBack = 80

// noteGender records the gender of the speech verb at v for the person
// entity sp names as its subject: وقالت السفيرة سامانثا باور (a woman),
// وقال البنيان (a man). Plural verbs (قالوا) tell nothing.
func (st *state) noteGender(sp *news.Speaker, v int) {
	if sp == nil || st.tk[v].Cls&(word.Say|word.Part) == 0 || agree.Plural(st.toks[v].Norm, st.tk[v].Cls&word.Part != 0) {
		return
	}
	if e := st.speakerEntity(sp); e >= 0 && st.ents[e].Type == news.PER {
		st.gender.Note(e, st.tk[v].Cls&word.Feminine != 0)
	}
}

// pluralBefore returns the nearest definite masculine plural before a plural
// verb in its sentence, not after a preposition (نشرها المتطرفون، ويقولون) nor
// a noun's conjunct (الشكل والمضمون، مؤكدين), as its speaker; nil for none.
func (st *state) pluralBefore(a, v int) *news.Speaker {
	for j := v - 1; j >= a; j-- {
		if q := st.tk[j].q; q >= 0 {
			j = st.spans[q].Open
			continue
		}
		t := &st.toks[j]
		if t.Kind != news.Word || st.tk[j].ent >= 0 || !st.tk[j].Article || st.afterPreposition(j) || parts.Conjunct(st.toks, j) {
			continue
		}
		if strings.HasSuffix(t.Norm, "ون") {
			return st.speakerOf(j, j+1, "")
		}
	}
	return nil
}

// speakerEntity returns the entity whose mention opens the speaker, or -1.
func (st *state) speakerEntity(sp *news.Speaker) int32 {
	j := parts.At(st.toks, sp.Start)
	if j < len(st.toks) && st.toks[j].Start <= sp.Start {
		return st.tk[j].ent
	}
	return -1
}

// aMan reports whether sp names a person a masculine verb had for its
// subject earlier in the text, and no feminine one.
func (st *state) aMan(sp *news.Speaker) bool {
	if sp == nil {
		return false
	}
	e := st.speakerEntity(sp)
	return e >= 0 && st.gender.Man(e)
}

// feminineSubject returns the speaker a feminine verb at v without a subject
// refers to when the speaker carried from an earlier sentence is a man: the
// nearest body named before it, in this sentence or the ones before (an
// organisation, a country, a definite body noun such as الشركة or الوزارة, a
// woman the text named), not after a preposition. nil when there is none near.
func (st *state) feminineSubject(v int) *news.Speaker {
	for j := v - 1; j >= 0 && v-j <= maxGenderBack; j-- {
		if st.tk[j].q >= 0 || st.toks[j].Kind != news.Word {
			continue
		}
		if st.afterPreposition(j) {
			continue
		}
		if e := st.tk[j].ent; e >= 0 {
			if j > 0 && st.tk[j-1].ent == e && st.tk[j-1].men == st.tk[j].men {
				continue // not the mention's first word
			}
			// A country or a capital that stands for its government
			// speaks too (وكانت تركيا قد أعلنت).
			en := &st.ents[e]
			if en.Type == news.ORG || en.Type == news.LOC && en.Actor != "" || en.Type == news.PER && st.gender.Woman(e) {
				return st.entitySpeaker(j)
			}
			continue
		}
		if st.tk[j].Common && !st.tk[j].Role {
			return st.speakerOf(j, j+1, "")
		}
	}
	return nil
}

// afterPreposition reports whether the word at j stands after a
// preposition: one the segmenter split off it (للشركة) or the word before
// it (في الوزارة، عن الشركة).
func (st *state) afterPreposition(j int) bool {
	if _, cl := lexicon.StemOf(&st.toks[j]); cl.Prep != "" {
		return true
	}
	return j > 0 && st.toks[j-1].Kind == news.Word && st.tk[j-1].ent < 0 &&
		st.tk[j-1].Cls&(word.From|word.To|word.In|word.Stop) != 0
}

// agrees reports whether the speech word at v agrees in gender with the
// description that opens its sentence as the subject (openingSubject), if
// that is what subjectPerson found: a noun with ة (الهيئة، الإدارة) takes
// a feminine verb, any other (الناطق، المجلس) a masculine one; a plural none.
func (st *state) agrees(v int) bool {
	if st.subjEnd < 0 || agree.Plural(st.toks[v].Norm, st.tk[v].Cls&word.Part != 0) {
		return true
	}
	if st.indefiniteRole(st.subjAt) {
		return false // خبراء اقتصاديون … مؤكدين: a singular word continues no one of them
	}
	return agree.Feminine(st.bare(st.subjAt)) == (st.tk[v].Cls&word.Feminine != 0)
}

// objectAfter: the named body at k after the verb at a is its object by gender (agree.Object; no person: أسامة; a verbal noun has no gender: إعلان الوزارة).
func (st *state) objectAfter(a, k int) bool {
	v, _ := lexicon.StemOf(&st.toks[a])
	e, fem := st.tk[k].ent, k+1 < len(st.toks) && st.tk[k].Article && st.tk[k+1].Article && st.tk[k+1].ent == st.tk[k].ent && st.tk[k+1].men == st.tk[k].men
	return e >= 0 && st.ents[e].Type != news.PER && st.tk[a].Cls&word.Act == 0 && agree.Object(v, st.toks[a].Norm, st.bare(k), fem && agree.Feminine(st.bare(k+1)))
}

// onePerson reports whether sp is one person: a person entity, or a name,
// whose first word is no plural (not صيادو، مرتادو: the construct of a sound
// plural the entity stage may take for a name).
func (st *state) onePerson(sp *news.Speaker) bool {
	if e := st.speakerEntity(sp); e < 0 || st.ents[e].Type != news.PER {
		return false
	}
	w, _, _ := strings.Cut(arabic.Normalize(sp.Text), " ")
	return !agree.SoundPlural(w) && !(strings.HasSuffix(w, "و") && arabic.AtLeastRunes(w, 5))
}
