package arabic

import "testing"

func TestWellFormedStem(t *testing.T) {
	tests := []struct {
		stem string
		pro  rune
		want bool
	}{
		{"ممارسات", Lam, true},  // feminine plural
		{"رباعية", Beh, true},   // nisba in ية
		{"مجهود", Beh, true},    // participle in م
		{"استثمار", Beh, true},  // form X masdar
		{"انقطعت", Feh, true},   // form VII perfect
		{"احتفال", Beh, true},   // form VIII masdar: ا, a letter, ت
		{"توجيه", Beh, true},    // form II masdar
		{"نظامين", Beh, true},   // a noun in ن
		{"يقولوا", Lam, true},   // subjunctive after ل
		{"يلتقيان", Seen, true}, // indicative after س
		{"يبرمان", Lam, false},  // ل keeps no ن of the five verbs
		{"يناما", Seen, false},  // the future is indicative
		{"يسنت", Feh, false},    // no perfect ت on an imperfect
		{"يمي", Kaf, false},     // ك governs no verb
		{"وزاني", Beh, false},   // a root letter and a plain ending
		{"اراغان", Beh, false},  // ا not of a derived form
		{"رن", Beh, false},      // too short to judge
	}
	for _, tt := range tests {
		if got := wellFormedStem([]rune(tt.stem), tt.pro); got != tt.want {
			t.Errorf("wellFormedStem(%q, %q) = %v, want %v", tt.stem, tt.pro, got, tt.want)
		}
	}
}
