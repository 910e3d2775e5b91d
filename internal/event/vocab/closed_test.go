package vocab

import "testing"

func TestClosedClasses(t *testing.T) {
	for _, tc := range []struct {
		name string
		is   func(string) bool
		yes  []string
		no   []string
	}{
		{"QuoteMark", QuoteMark, []string{"«", "»", "\""}, []string{"(", "،"}},
		{"Among", Among, []string{"بينهم", "منها"}, []string{"بين", "من"}},
		{"PronounThat", PronounThat, []string{"انه", "انهم"}, []string{"ان"}},
		{"Affiliation", Affiliation, []string{"التابع", "موالية"}, []string{"الجيش"}},
		{"Subordinate", Subordinate, []string{"ان", "انها", "بان", "انهما"}, []string{"لكن", "بعد"}},
		{"When", When, []string{"حين", "عندما", "بعدما"}, []string{"بعد", "حيث"}},
		{"Relative", Relative, []string{"الذي", "التي", "اللذان"}, []string{"هذا"}},
		{"Demonstrative", Demonstrative, []string{"هذه", "ذلك", "هؤلاء", "اولئك"}, []string{"الذي", "هنا"}},
		{"Comma", Comma, []string{"،", ","}, []string{"."}},
		{"People", People, []string{"اشخاص", "شخصا"}, []string{"قتلي"}},
		{"Believe", Believe, []string{"يعتقد", "يشتبه"}, []string{"يقول", "اعتقد"}},
		{"Resumptive", Resumptive, []string{"فيه", "خلالها", "عبره"}, []string{"في", "خلال"}},
		{"Vehicle", Vehicle, []string{"طائرة", "سفن", "شاحنات"}, []string{"سيارة", "الطائرة"}},
		{"TimePrep", TimePrep, []string{"خلال", "في", "اثناء"}, []string{"الي", "علي"}},
		{"During", During, []string{"خلال", "اثناء", "طيلة"}, []string{"في", "بعد"}},
		{"TimeSpan", TimeSpan, []string{"الساعات", "ساعات", "الاشهر", "العام", "وقت"}, []string{"اليوم", "الامين", "ال"}},
		{"SpanAdjective", SpanAdjective, []string{"الماضية", "القليلة", "سابق", "المقبلة", "متاخر"}, []string{"الاولي", "ماض"}},
		{"NormalSet", func(w string) bool { return NormalSet("أن", "إلى")[w] }, []string{"ان", "الي"}, []string{"أن", "إلى"}},
		{"PrepPronoun", PrepPronoun, []string{"بيني", "معه", "عليهم", "لديها", "اليه", "عنهم"}, []string{"بين", "علي", "لدي", "الي", "منى", "معن", "عبد", "بيني غانتس"}},
	} {
		for _, w := range tc.yes {
			if !tc.is(w) {
				t.Errorf("%s(%q) = false", tc.name, w)
			}
		}
		for _, w := range tc.no {
			if tc.is(w) {
				t.Errorf("%s(%q) = true", tc.name, w)
			}
		}
	}
}

func TestAidCode(t *testing.T) {
	for _, tc := range []struct{ w, next, want string }{
		{"شحنات", "الاسلحة", "072"},
		{"قافلة", "مساعدات", "070"},
		{"مساعدات", "انسانية", "073"},
		{"فريقا", "فنيا", "070"},
		{"فريق", "طبي", "073"},
		{"فريق", "من", ""}, // a team of nothing said: a sports team as well
		{"وفد", "فني", ""},
		{"سفينة", "اغاثة", "073"}, // a ship of relief
		{"طائرة", "مساعدات", "070"},
		{"طائرة", "حربية", ""}, // a warplane carries no aid
		{"طائرة", "", ""},
		{"طائرة", "الاغاثية", "073"}, // the relief plane: an adjective of relief
		{"سفن", "الانسانية", "073"},
		{"طائرة", "الاغاثة", "073"}, // the plane of relief
	} {
		if got := AidCode(tc.w, tc.next); got != tc.want {
			t.Errorf("AidCode(%q, %q) = %q, want %q", tc.w, tc.next, got, tc.want)
		}
	}
}

func TestCargoCode(t *testing.T) {
	for _, tc := range []struct{ w, cargo, next, want string }{
		{"تحمل", "مساعدات", "اغاثية", "073"},
		{"محملة", "مواد", "غذائية", "073"}, // goods of relief
		{"تحمل", "اسلحة", "", ""},          // weapons carried are no aid unless a shipment (شحنات الأسلحة)
		{"تحمل", "شحنات", "الاسلحة", "072"},
		{"تحمل", "ركابا", "", ""},          // passengers are no aid
		{"وصلت", "مساعدات", "انسانية", ""}, // no word of carrying
	} {
		if got := CargoCode(tc.w, tc.cargo, tc.next); got != tc.want {
			t.Errorf("CargoCode(%q, %q, %q) = %q, want %q", tc.w, tc.cargo, tc.next, got, tc.want)
		}
	}
}
