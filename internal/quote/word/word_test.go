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
