package frame

import (
	"strings"
	"testing"
)

// counterpartSentence parses s as parse does, then marks what the
// entity stage would give: a word ending in # is a person's name (its
// phrase holds a person), a definite word ending in $ a nisba of a
// country.
func counterpartSentence(s string) *fake {
	var names, nisbas []int
	ws := strings.Fields(s)
	for j, w := range ws {
		bare := strings.TrimRight(w, "]")
		switch {
		case strings.HasSuffix(bare, "#"):
			names = append(names, j)
		case strings.HasSuffix(bare, "$"):
			nisbas = append(nisbas, j)
		}
		ws[j] = strings.NewReplacer("#", "", "$", "").Replace(w)
	}
	f := parse(strings.Join(ws, " "))
	for j := range f.toks {
		f.toks[j].Definite = strings.HasPrefix(f.toks[j].Norm, "ال")
	}
	for _, j := range names {
		f.toks[j].Actor = 101 + j // the name's entity: 100 + its token
		if pi := f.toks[j].Phrase - 1; pi >= 0 {
			f.phr[pi].PersonIn = true
		}
	}
	for _, j := range nisbas {
		f.toks[j].Place = "ZZZ"
	}
	return f
}

// TestCounterpart: «نظيره X» right after a verb is its object, X the
// counterpart of the verb's subject; the name is X past the word and a
// nisba of X's country.
func TestCounterpart(t *testing.T) {
	for _, tt := range []struct {
		name, sentence string
		phrase, at     int // the phrase found and the token of the name, -1 for none
	}{
		{"the name right after the word", "والتقى@ نظيره~ [يوسف# بن علوي] .", 0, 2},
		{"the word opens the phrase", "والتقى@ [نظيره~ يوسف# بن علوي] .", 0, 2},
		{"a nisba before the name", "والتقى@ [نظيره~ الروسي$ سيرغي# لافروف] .", 0, 3},
		{"a nisba outside the phrase", "والتقى@ نظيره~ الروسي$ [سيرغي# لافروف] .", 0, 3},
		{"the feminine", "واستقبلت@ نظيرتها~ [انغيلا# ميركل] .", 0, 2},
		{"the counterpart of two", "والتقيا@ نظيرهما~ [انغيلا# ميركل] .", 0, 2},
		{"no pronoun: not his counterpart", "والتقى@ نظير [يوسف# بن علوي] .", -1, -1},
		{"a subject before the word", "والتقى@ [الوزير] نظيره~ [يوسف# بن علوي] .", -1, -1},
		{"after a preposition: not the object", "واجتمع@ مع نظيره~ [يوسف# بن علوي] .", -1, -1},
		{"no person named", "والتقى@ نظيره~ [العماني] .", -1, -1},
		{"a word that is no nisba between", "والتقى@ نظيره~ امس [يوسف# بن علوي] .", -1, -1},
		{"an object after X: X is the subject", "ويزور@ نظيره~ [الفرنسي$ لوران# فابيوس] [ايران] .", -1, -1},
		{"a place after في: X is still the object", "والتقى@ نظيره~ [يوسف# بن علوي] في [مسقط] .", 0, 2},
		{"counterparts, a plural", "والتقى@ نظراءه~ [يوسف# بن علوي] .", -1, -1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := counterpartSentence(tt.sentence)
			if got := Counterpart(f, 0); got != tt.phrase {
				t.Errorf("Counterpart = %d, want %d", got, tt.phrase)
			}
			want := -1
			if tt.at >= 0 {
				want = 100 + tt.at
			}
			if got := CounterpartName(f, 0); got != want {
				t.Errorf("CounterpartName = %d, want %d", got, want)
			}
		})
	}
}
