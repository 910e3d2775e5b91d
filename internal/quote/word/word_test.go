package word

import (
	"testing"

	"rasad/internal/arabic"
)

// read segments one word as the pipeline does and reads it.
func read(w string) Info {
	toks := arabic.Tokenize(w)
	arabic.DefaultSegmenter().Segment(toks)
	var in Info
	Default().Read(&toks[0], &in)
	return in
}

// TestRead: words written for the test.
func TestRead(t *testing.T) {
	if in := read("فقال"); in.Cls&Say == 0 || in.Cls&Procl == 0 {
		t.Errorf("فقال: classes %b, want a speech verb after a proclitic", in.Cls)
	}
	if in := read("إبان"); in.Cls&Say != 0 {
		t.Errorf("إبان: read as a speech verb (%b)", in.Cls)
	}
	if in := read("للوزير"); !in.Role || !in.RolePrep {
		t.Errorf("للوزير: role %v after a preposition %v, want both", in.Role, in.RolePrep)
	}
	if in := read("التقرير"); !in.Document || !in.Article {
		t.Errorf("التقرير: document %v article %v, want both", in.Document, in.Article)
	}
	if in := read("بيانه"); !in.Pronoun {
		t.Errorf("بيانه: no pronoun read")
	}
}

// TestLabelAlone: a title's label before its colon is no speaker, alone;
// words written for the test.
func TestLabelAlone(t *testing.T) {
	for _, c := range []struct {
		name, line string
		want       bool
	}{
		{"column name", "المشهد: ذكريات من المهرجان", true},
		{"imperative watch", "شاهد: أطفال تحت المطر", true},
		{"adverb", "رسمياً: النادي يمدد العقد", true},
		{"witness with his eyes", "شاهد عيان: الدخان غطى الحي", false},
		{"a role", "الوزير: الحل سياسي", false},
	} {
		toks := arabic.Tokenize(c.line)
		arabic.DefaultSegmenter().Segment(toks)
		if got := Default().LabelAlone(toks, 0); got != c.want {
			t.Errorf("%s: LabelAlone(%q, 0) = %v, want %v", c.name, c.line, got, c.want)
		}
	}
}
