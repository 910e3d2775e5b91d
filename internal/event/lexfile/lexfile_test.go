package lexfile

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	in := "# comment\n\nverb 190 past=هاجم pres=يهاجم tgt=_,على recip  # attack\nnoun 042 form=زيارة prior=0.5\ntitle form=وزير,الدفاع\nagent MIL air country=ISR form=الطائرات\n"
	var got []Entry
	if err := Read(strings.NewReader(in), "x.txt", func(e Entry) error { got = append(got, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 4 {
		t.Fatalf("got %d entries, want 4", len(got))
	}
	v := got[0]
	if v.Keyword != "verb" || v.Code != "190" || !v.Flags["recip"] || strings.Join(v.Fields["tgt"], "|") != "_|علي" || v.Lemma() != "هاجم" || v.Where != "x.txt:3" {
		t.Errorf("verb entry = %+v", v)
	}
	if got[1].Prior != 0.5 || got[1].Lemma() != "زيارة" {
		t.Errorf("noun entry = %+v", got[1])
	}
	if got[2].Code != "" || len(got[2].Fields["form"]) != 2 {
		t.Errorf("title entry = %+v", got[2])
	}
	if got[3].Country() != "ISR" || !got[3].Flags["air"] {
		t.Errorf("agent entry = %+v", got[3])
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"verb", "x.txt:1: verb needs a code"},
		{"verb 190 with=ب", "verb needs past="},
		{"verb 190 pres=هاجم", "must start with ي"},
		{"noun 190 with=ب", "noun needs form="},
		{"noun 190 form=هجوم form=غارة", "given twice"},
		{"noun 190 form=هجوم prior=x", "prior=x"},
		{"noun 190 form=هجوم color=red", `unknown field "color"`},
		{"noun 190 form=هجوم air", `unknown flag "air"`},
		{"noun 190 form=تحقيق adjacent", "adjacent needs with="},
		{"agent MIL country=Israel form=جيش", "ISO 3166-1"},
		{"adverb form=أمس", `unknown keyword "adverb"`},
	} {
		err := Read(strings.NewReader(tc.line+"\n"), "x.txt", func(Entry) error { return nil })
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want it to contain %q", tc.line, err, tc.want)
		}
	}
}
