package vocab

import "testing"

func TestReadable(t *testing.T) {
	noun, verb := &Pattern{Code: "190", Kind: Noun}, &Pattern{Code: "190", Kind: Verb}
	fs := []Form{{P: noun}, {P: verb}, {P: verb, Present: true}}
	for _, tc := range []struct {
		name    string
		article bool
		prep    string
		want    int
	}{
		{"bare word keeps all", false, "", 3},
		{"article keeps the noun", true, "", 1},
		{"ب keeps the noun", false, "ب", 1},
		{"ل keeps the noun and the present", false, "ل", 2},
		{"ل with the article keeps the noun", true, "ل", 1},
	} {
		if got := Readable(fs, tc.article, tc.prep); len(got) != tc.want {
			t.Errorf("%s: Readable(article=%v, prep=%q) kept %d forms, want %d", tc.name, tc.article, tc.prep, len(got), tc.want)
		}
	}
}
