package report

import (
	"math"
	"strings"
	"testing"
)

// TestDefault reads the embedded weights: both groups carry a bias and
// words, and violence weighs stems.
func TestDefault(t *testing.T) {
	m := Default()
	for g, name := range []string{"protest", "violence"} {
		if m[g].Feature[Bias] == 0 || len(m[g].Trigger) == 0 {
			t.Errorf("%s: bias %v, %d lemmas", name, m[g].Feature[Bias], len(m[g].Trigger))
		}
	}
	if len(m[1].Stem) == 0 {
		t.Error("violence model without stems")
	}
}

// TestRead rejects malformed rows by file:line.
func TestRead(t *testing.T) {
	tests := []struct{ in, want string }{
		{"protest\tf:bias\n", "r.tsv:1: 2 fields, want 3"},
		{"riot\tf:bias\t1\n", `r.tsv:1: unknown group "riot"`},
		{"violence\tf:nope\t1\n", `r.tsv:1: unknown feature "f:nope"`},
		{"violence\tw:a\t1\nviolence\tx:a\t1\n", "r.tsv:2: want a feature"},
		{"violence\tw:a\tone\n", "r.tsv:1: "},
	}
	for _, tt := range tests {
		_, err := Read("r.tsv", strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Read(%q) = %v, want %q", tt.in, err, tt.want)
		}
	}
	m, err := Read("r.tsv", strings.NewReader("violence\tf:long\t-0.5\nprotest\tt:تظاهر\t2\n"))
	if err != nil || m[1].Feature[Long] != -0.5 || m[0].Trigger["تظاهر"] != 2 {
		t.Errorf("Read = %+v, %v", m, err)
	}
}

// TestWordScore counts each word of a sentence once, and not punctuation.
func TestWordScore(t *testing.T) {
	m := Model{Word: map[string]float64{"قصف": 1, "،": 5}}
	ws := []Word{{Rest: "قصف", Text: true}, {Rest: "،"}, {Rest: "قصف", Text: true}}
	if got := m.WordScore(ws); got != 1 {
		t.Errorf("WordScore = %v, want 1", got)
	}
	if got := Words(ws); len(got) != 2 {
		t.Errorf("Words = %q, want the two words", got)
	}
}

// TestScore adds the lemmas' weights, the features' and the words'; an act
// dated near (DateNear) is news unless background or a time frame (After)
// says otherwise.
func TestScore(t *testing.T) {
	m := Model{Word: map[string]float64{"هاجم": 0.5}, Trigger: map[string]float64{"هجوم": -2, "قصف": 1}}
	m.Feature[Bias], m.Feature[Noun] = -1, 0.25
	ws := []Word{{Rest: "هاجم", Text: true}, {Rest: "الجيش", Text: true}}
	var x [NFeatures]float64
	x[Bias], x[Noun] = 1, 1
	if got := m.Score(&x, []string{"هجوم", "قصف"}, ws); got != -1.25 {
		t.Errorf("Score = %v, want -1.25", got)
	}
	x[DateNear] = 1
	if got := m.Score(&x, nil, ws); !math.IsInf(got, 1) {
		t.Errorf("Score of an act dated near = %v, want +Inf", got)
	}
	x[After] = 1
	if got := m.Score(&x, nil, ws); math.IsInf(got, 1) {
		t.Errorf("Score of an act after another dated near = %v, want finite", got)
	}
}
