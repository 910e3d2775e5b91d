package when

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/golden"
	"rasad/internal/news"
	"rasad/internal/seed"
)

type wantDate struct{ text, value string }

func findAll(text, published string) []news.Date {
	return Find(text, arabic.Tokenize(text), published)
}

func checkDates(t *testing.T, text, published string, want []wantDate) {
	t.Helper()
	got := findAll(text, published)
	var gs []string
	for _, d := range got {
		gs = append(gs, d.Text+" = "+d.Value)
	}
	var ws []string
	for _, w := range want {
		ws = append(ws, w.text+" = "+w.value)
	}
	if strings.Join(gs, " | ") != strings.Join(ws, " | ") {
		t.Errorf("Find(%q, %s)\n got  %q\n want %q", text, published, gs, ws)
	}
}

func TestFindRealSentences(t *testing.T) {
	real := realSentences(t)
	if len(real) < 150 {
		t.Fatalf("%d real sentences, want at least 150", len(real))
	}
	for _, tc := range real {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, tc.published, tc.want) })
	}
}

// TestFindRules has a row for each rule of doc.go; published is Sunday
// 2023-04-16 unless a row says otherwise.
func TestFindRules(t *testing.T) {
	const pub = "2023-04-16"
	for _, tc := range []struct {
		name, published, text string
		want                  []wantDate
	}{
		{"weekday on publication day", pub, "اجتمع بوتين الأحد مع الوزير", []wantDate{{"الأحد", "2023-04-16"}}},
		{"weekday before publication", pub, "وقال مسؤول الجمعة إن", []wantDate{{"الجمعة", "2023-04-14"}}},
		{"weekday in an older spelling (the lexicon's weekday:2)", pub, "وقال مسؤول الثلثاء إن", []wantDate{{"الثلثاء", "2023-04-11"}}},
		{"weekday future verb", pub, "سيزور الرئيس القاهرة الخميس", []wantDate{{"الخميس", "2023-04-20"}}},
		{"weekday future marker", pub, "ومن المقرر أن يصل الأحد", []wantDate{{"الأحد", "2023-04-23"}}},
		{"weekday next", pub, "يوم الخميس المقبل", []wantDate{{"يوم الخميس المقبل", "2023-04-20"}}},
		{"weekday last", pub, "الأحد الماضي", []wantDate{{"الأحد الماضي", "2023-04-09"}}},
		{"weekday with time of day", pub, "صباح الاثنين ومساء الاثنين", []wantDate{{"صباح الاثنين", "2023-04-10"}, {"مساء الاثنين", "2023-04-10"}}},
		{"weekday clitic", pub, "والسبت", []wantDate{{"السبت", "2023-04-15"}}},
		{"weekday with its date", pub, "يوم الثلاثاء الموافق 5/8/2008", []wantDate{{"يوم الثلاثاء الموافق 5/8/2008", "2008-08-05"}}},
		{"eleven is not Sunday", pub, "الأحد عشر كوكبا", nil},
		{"a quarter named for a date", pub, "قرب حي واحد حزيران في دمشق", nil},
		{"a square, a town and a bridge named for dates", pub, "في ميدان 6 أكتوبر وبمدينة 6 أكتوبر وعلى جسر 14 تموز", nil},
		{"a place, then a date", pub, "تظاهروا في الشارع يوم 6 أكتوبر 2022", []wantDate{{"يوم 6 أكتوبر 2022", "2022-10-06"}}},
		{"a neighbour of a place noun is no place noun", pub, "صحي 6 أكتوبر 2022", []wantDate{{"6 أكتوبر 2022", "2022-10-06"}}},
		{"yesterday", pub, "أمس والأمس وبالأمس", []wantDate{{"أمس", "2023-04-15"}, {"الأمس", "2023-04-15"}, {"الأمس", "2023-04-15"}}},
		{"today tomorrow", pub, "اليوم وغدا وغداً", []wantDate{{"اليوم", "2023-04-16"}, {"غدا", "2023-04-17"}, {"غداً", "2023-04-17"}}},
		{"day before yesterday", pub, "أول أمس وأول من أمس", []wantDate{{"أول أمس", "2023-04-14"}, {"أول من أمس", "2023-04-14"}}},
		{"day after tomorrow", pub, "بعد غد", []wantDate{{"بعد غد", "2023-04-18"}}},
		{"tonight", pub, "الليلة والليلة الماضية", []wantDate{{"الليلة", "2023-04-16"}, {"الليلة الماضية", "2023-04-15"}}},
		{"the next day is not today", pub, "في اليوم التالي", nil},
		{"week", pub, "الأسبوع الماضي والأسبوع المقبل والأسبوع القادم", []wantDate{{"الأسبوع الماضي", "2023-04-08"}, {"الأسبوع المقبل", "2023-04-22"}, {"الأسبوع القادم", "2023-04-22"}}},
		{"month", pub, "الشهر الماضي والشهر الجاري والشهر الحالي", []wantDate{{"الشهر الماضي", "2023-03"}, {"الشهر الجاري", "2023-04"}, {"الشهر الحالي", "2023-04"}}},
		{"start of the month", pub, "مطلع الشهر الجاري", []wantDate{{"مطلع الشهر الجاري", "2023-04"}}},
		{"year", pub, "العام الماضي والعام المقبل وهذا العام", []wantDate{{"العام الماضي", "2022"}, {"العام المقبل", "2024"}, {"هذا العام", "2023"}}},
		{"secretary-general", pub, "الأمين العام المقبل", nil},
		{"ago days", pub, "منذ ثلاثة أيام", []wantDate{{"منذ ثلاثة أيام", "2023-04-13"}}},
		{"after years counts from another event", pub, "عاد إلى بلده بعد 33 عاما من المنفى. وعاد بعد 33 عاما.", nil},
		{"after days in a future context", pub, "سيعود الوفد بعد يومين.", []wantDate{{"بعد يومين", "2023-04-18"}}},
		{"after days without a future is no date", pub, "عاد الوفد بعد يومين.", nil},
		{"since years is how long", pub, "تشهد البلاد حربا منذ 4 سنوات ومنذ شهرين.", nil},
		{"since days counts back", pub, "قتل منذ ثلاثة أيام.", []wantDate{{"منذ ثلاثة أيام", "2023-04-13"}}},
		{"years of a Hijri text are Hijri", pub, "ولد عام 1392 هـ، وتولى المنصب عام 1436.", []wantDate{{"عام 1392 هـ", "1972"}, {"عام 1436", "2014"}}},
		{"a year without an era in a Gregorian text", pub, "بني القصر عام 1392.", []wantDate{{"عام 1392", "1392"}}},
		{"no written year beyond fifty years after publication", pub, "تنتهي الخطة عام 2099 وتبدأ عام 2030.", []wantDate{{"عام 2030", "2030"}}},
		{"no computed date beyond five years after publication", pub, "سيعود بعد 80 شهرا.", nil},
		{"ago dual", pub, "قبل أسبوعين وقبل شهرين وقبل عامين وقبل سنتين", []wantDate{{"قبل أسبوعين", "2023-04-02"}, {"قبل شهرين", "2023-02"}, {"قبل عامين", "2021"}, {"قبل سنتين", "2021"}}},
		{"ago digits", pub, "قبل 3 سنوات", []wantDate{{"قبل 3 سنوات", "2020"}}},
		{"ago from another event", pub, "قبل يومين من الانتخابات", nil},
		{"vague ago", pub, "منذ سنوات", nil},
		{"year noun", pub, "في عام 2022 والعام ٢٠٢١", []wantDate{{"عام 2022", "2022"}, {"العام ٢٠٢١", "2021"}}},
		{"year after preposition", pub, "خلال 2022، وفي 2021", []wantDate{{"خلال 2022", "2022"}, {"2021", "2021"}}},
		{"year edge", pub, "منتصف 2022 وأواخر 2021 وأوائل 2020", []wantDate{{"منتصف 2022", "2022"}, {"أواخر 2021", "2021"}, {"أوائل 2020", "2020"}}},
		{"year era", pub, "2022م و1444هـ", []wantDate{{"2022م", "2022"}, {"1444هـ", "2022"}}},
		{"count is not a year", pub, "في 2022 شخصا", nil},
		{"year before a function word", pub, "أطلق المفاوضات في 2012 في مسعى لإنهاء التمرد", []wantDate{{"2012", "2012"}}},
		{"year before a conjunction and a number", pub, "بعد 1987 و1990", []wantDate{{"1987", "1987"}, {"1990", "1990"}}},
		{"year before وفق", pub, "للانتخابات الرئاسية في 2016 وفق استطلاعات", []wantDate{{"2016", "2016"}}},
		{"bare number", pub, "قتل 16 شخصا", nil},
		{"gregorian", pub, "16 يناير 2020 و3 مايو", []wantDate{{"16 يناير 2020", "2020-01-16"}, {"3 مايو", "2023-05-03"}}},
		{"gregorian variants", pub, "ابريل 2020 ويوليه 2021 واغسطس 2019", []wantDate{{"ابريل 2020", "2020-04"}, {"يوليه 2021", "2021-07"}, {"اغسطس 2019", "2019-08"}}},
		{"maghrebi", pub, "جانفي 2020 وفيفري 2021 و5 جويلية 2022 وأوت 2020", []wantDate{{"جانفي 2020", "2020-01"}, {"فيفري 2021", "2021-02"}, {"5 جويلية 2022", "2022-07-05"}, {"أوت 2020", "2020-08"}}},
		{"levantine", pub, "كانون الثاني 2020 وتشرين الأول 2021 وآذار 2022", []wantDate{{"كانون الثاني 2020", "2020-01"}, {"تشرين الأول 2021", "2021-10"}, {"آذار 2022", "2022-03"}}},
		{"doubled slash", pub, "حتى 19 نيسان/أبريل", []wantDate{{"19 نيسان/أبريل", "2023-04-19"}}},
		{"doubled parenthesis", pub, "19 نيسان (أبريل)", []wantDate{{"19 نيسان (أبريل)", "2023-04-19"}}},
		{"doubled without a mark", pub, "بدأت الحملة في 24 يوليو تموز وتواصلت حتى منتصف آب أغسطس", []wantDate{{"24 يوليو تموز", "2023-07-24"}, {"منتصف آب أغسطس", "2023-08"}}},
		{"two months side by side stay two", pub, "بين يناير فبراير", []wantDate{{"يناير", "2023-01"}, {"فبراير", "2023-02"}}},
		{"doubled reversed", pub, "شباط/فبراير 2022 وأبريل/نيسان", []wantDate{{"شباط/فبراير 2022", "2022-02"}, {"أبريل/نيسان", "2023-04"}}},
		{"arabic-indic", pub, "١٩ نيسان ٢٠٢٣", []wantDate{{"١٩ نيسان ٢٠٢٣", "2023-04-19"}}},
		{"nearest year back", "2023-01-05", "في 28 ديسمبر", []wantDate{{"28 ديسمبر", "2022-12-28"}}},
		{"nearest year forward", "2022-12-28", "في 5 يناير", []wantDate{{"5 يناير", "2023-01-05"}}},
		{"future pushes forward", "2023-04-16", "ستعقد القمة في 10 أبريل", []wantDate{{"10 أبريل", "2024-04-10"}}},
		{"a name with سـ is no future verb", "2015-08-06", "وقال ستيوارت في يوليو إن", []wantDate{{"يوليو", "2015-07"}}},
		{"a past verb with سـ is no future verb", "2015-08-11", "وسافر إلى الأردن في مايو", []wantDate{{"مايو", "2015-05"}}},
		{"month last", "2004-04-07", "في سبتمبر الماضي", []wantDate{{"سبتمبر الماضي", "2003-09"}}},
		{"a month after كان has begun", "2015-07-20", "وكانت الحكومة قد أعلنت في سبتمبر أنها", []wantDate{{"سبتمبر", "2014-09"}}},
		{"a day after كان has come", "2022-12-28", "وكان الوفد قد زار المدينة في 5 يناير", []wantDate{{"5 يناير", "2022-01-05"}}},
		{"a future word wins over كان", "2015-07-20", "وكان من المقرر أن تعقد في سبتمبر", []wantDate{{"سبتمبر", "2015-09"}}},
		{"a direction outweighs كان", "2015-08-04", "إذا كانت زيارتك مقررة ما بين اليوم والخامس والعشرين من سبتمبر المقبل", []wantDate{{"اليوم", "2015-08-04"}, {"الخامس والعشرين من سبتمبر المقبل", "2015-09-25"}}},
		{"a score is no Safar", "2015-08-02", "فاز الفريق 3 / صفر وتعادل 1-صفر ثم 2 - صفر", nil},
		{"Safar with a dash and a year", "2015-08-02", "في 3/صفر/1437هـ", []wantDate{{"3/صفر/1437هـ", "2015-11-16"}}},
		{"كان in another sentence", "2015-07-20", "وكان الاجتماع هادئا. وتعقد القمة في سبتمبر", []wantDate{{"سبتمبر", "2015-09"}}},
		{"ambiguous month alone", pub, "مارس الضغط", nil},
		{"ambiguous month with day", pub, "في 3 مارس", []wantDate{{"3 مارس", "2023-03-03"}}},
		{"numeric", pub, "16/4/2023 و2023-04-16 و16.4.2023", []wantDate{{"16/4/2023", "2023-04-16"}, {"2023-04-16", "2023-04-16"}, {"16.4.2023", "2023-04-16"}}},
		{"hijri month", pub, "رمضان 1444 هـ", []wantDate{{"رمضان 1444 هـ", "2023-03"}}},
		{"hijri day", pub, "15 شعبان 1445هـ", []wantDate{{"15 شعبان 1445هـ", "2024-02-25"}}},
		{"range to", pub, "من 16 إلى 19 نيسان", []wantDate{{"16", "2023-04-16"}, {"19 نيسان", "2023-04-19"}}},
		{"range and", pub, "بين 3 و5 مايو", []wantDate{{"3", "2023-05-03"}, {"5 مايو", "2023-05-05"}}},
		{"range dash", pub, "16-19 أبريل 2022", []wantDate{{"16", "2022-04-16"}, {"19 أبريل 2022", "2022-04-19"}}},
		{"year range", pub, "ثورة 1936 - 1939", []wantDate{{"1936", "1936"}, {"1939", "1939"}}},
		{"durations", pub, "استمرت يومين لمدة ثلاثة أيام على مدى أسبوعين", nil},
		{"ordinal", pub, "في الثامن والعشرين من فبراير 2002", []wantDate{{"الثامن والعشرين من فبراير 2002", "2002-02-28"}}},
		{"current period after an edge", pub, "قبل نهاية العام", []wantDate{{"نهاية العام", "2023"}}},
		{"month range", pub, "من يناير إلى مارس 2022", []wantDate{{"يناير", "2022-01"}, {"مارس 2022", "2022-03"}}},
		{"year we cannot read", pub, "في 1 كانون الثاني من عام 49 ق.م", nil},
		{"month first", pub, "بتاريخ ( 4 / 22 / 1948 )", []wantDate{{"4 / 22 / 1948", "1948-04-22"}}},
		{"weekday picks the year", "2021-01-10", "يوم السبت 28 آذار", []wantDate{{"يوم السبت 28 آذار", "2020-03-28"}}},
		{"month of last year", "2008-06-15", "في شهر ايار من العام الماضي", []wantDate{{"شهر ايار من العام الماضي", "2007-05"}}},
		{"day last", "2004-07-26", "في 9 سبتمبر الماضي", []wantDate{{"9 سبتمبر الماضي", "2003-09-09"}}},
		{"event years", pub, "حرب 1967 والانتفاضة الأولى 1987 ونابلس ( 1948 )", []wantDate{{"1967", "1967"}, {"1987", "1987"}, {"1948", "1948"}}},
		{"hijri year", pub, "عام ( 1325 ) هجري", []wantDate{{"عام ( 1325 ) هجري", "1907"}}},
		{"not today", pub, "اليوم الوطني", nil},
		{"yesterday, other forms", pub, "البارحة وأمس الأول", []wantDate{{"البارحة", "2023-04-15"}, {"أمس الأول", "2023-04-14"}}},
		{"ambiguous month cued", pub, "نهاية مارس وشهر رمضان", []wantDate{{"نهاية مارس", "2023-03"}, {"شهر رمضان", "2023-03"}}},
		{"not a clitic", pub, "لامس قلوب الكثيرين", nil},
		{"per day", pub, "ثلاث مرات في اليوم", nil},
		{"fiscal year", pub, "خلال العام المالي الماضي", nil},
		{"weekday in parentheses", "2015-07-21", "مساء بعد غد (الخميس)", []wantDate{{"مساء بعد غد (الخميس)", "2015-07-23"}}},
		{"year after year", pub, "تطور عاما بعد عام", nil},
		{"numeric hijri without era", pub, "في 1 /6 /1437 وفي 11/4/1435هـ", []wantDate{{"1 /6 /1437", "2016-03-11"}, {"11/4/1435هـ", "2014-02-12"}}},
		{"centuries out of range", pub, "قبل 50 قرنا", nil},
		{"no publication date", "", "أمس في 19 نيسان/أبريل 2023 الأحد", []wantDate{{"19 نيسان/أبريل 2023", "2023-04-19"}}},
		{"bad publication date", "16/4/2023", "أمس", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkDates(t, tc.text, tc.published, tc.want) })
	}
}

func TestSpans(t *testing.T) {
	text := "استمرت يومين منذ 3 أيام خلال السنوات الماضية أمس"
	var got []string
	for _, s := range Spans(text, arabic.Tokenize(text)) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"يومين", "منذ 3 أيام", "خلال السنوات الماضية", "أمس"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Spans(%q) = %q, want %q", text, got, want)
	}
}

// TestHijri checks the tabular calendar against Umm al-Qura dates: they
// may differ by a day.
func TestHijri(t *testing.T) {
	for _, tc := range []struct {
		y, m, d int
		want    string
	}{
		{1444, 9, 1, "2023-03-23"},
		{1444, 10, 1, "2023-04-21"},
		{1445, 1, 1, "2023-07-19"},
		{1445, 9, 1, "2024-03-11"},
		{1400, 1, 1, "1979-11-21"},
		{1, 1, 1, "0622-07-19"}, // 16 July 622 Julian
	} {
		w, err := time.Parse(time.DateOnly, tc.want)
		if err != nil {
			t.Fatal(err)
		}
		want := fromTime(w)
		got := fromHijri(tc.y, tc.m, tc.d)
		if diff := got.days(want); diff < -1 || diff > 1 {
			t.Errorf("fromHijri(%d, %d, %d) = %s, want %s ± 1 day", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
	for c := (civil{1990, 1, 1}); c.before(civil{2040, 1, 1}); c = c.addDays(7) {
		y, m, d := toHijri(c)
		if back := fromHijri(y, m, d); back != c || !validHijri(y, m, d) {
			t.Fatalf("toHijri(%s) = %d-%d-%d, back %s", c, y, m, d, back)
		}
	}
}

// TestGolden reads the reference article (published 2023-04-16) and compares
// its dates with testdata/article.golden; go test -update rewrites it.
func TestGolden(t *testing.T) {
	dates := findAll(seed.Text(t), seed.Published)
	var b strings.Builder
	for _, d := range dates {
		line, _ := json.Marshal(d)
		b.Write(line)
		b.WriteByte('\n')
	}
	golden.Check(t, filepath.Join("testdata", "article.golden"), b.String())
	// The checks of ../shared/seed/expected.json.
	for _, w := range []wantDate{{"الأحد", "2023-04-16"}, {"الجمعة", "2023-04-14"}, {"19 نيسان/أبريل", "2023-04-19"},
		{"الشهر الماضي", "2023-03"}, {"شباط/فبراير 2022", "2022-02"}} {
		found := false
		for _, d := range dates {
			if strings.Contains(d.Text, w.text) && d.Value == w.value {
				found = true
			}
		}
		if !found {
			t.Errorf("no date %q = %s in the reference article", w.text, w.value)
		}
	}
}

func TestTablesLoad(t *testing.T) {
	for _, w := range []string{"يناير", "جانفي", "كانون", "الاحد", "امس", "ثلاثة", "يومين", "الثامن", "وفيفري", "بالأمس", "للعام"} {
		toks := segmented(arabic.Tokenize(w))
		if sl, _ := lex.lookup(&toks[0]); sl == nil {
			t.Errorf("lookup(%q) found nothing (parts %v)", w, toks[0].Parts)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("اجتمع بوتين الأحد في 19 نيسان/أبريل 2023 والشهر الماضي", "2023-04-16")
	f.Add("من 16 إلى 19 نيسان و16/4/2023 و2023-04-16 ورمضان 1444 هـ", "")
	f.Add("يوم الثلاثاء الموافق 5 / 8 / 2008 ( 1948 ) م عام (1325) هجري", "2008-08-05")
	f.Add("الثامن والعشرين من فبراير منذ ثلاثة أيام قبل 3 سنوات", "2000-02-29")
	f.Fuzz(func(t *testing.T, text, published string) {
		toks := arabic.Tokenize(text)
		last := 0
		for _, d := range Find(text, toks, published) {
			if d.Start < last || d.End <= d.Start || d.End > len(text) {
				t.Fatalf("Find(%q): span [%d, %d) after %d", text, d.Start, d.End, last)
			}
			if d.Text != text[d.Start:d.End] {
				t.Fatalf("Find(%q): Text %q is not text[%d:%d]", text, d.Text, d.Start, d.End)
			}
			if !validValue(d.Value) {
				t.Fatalf("Find(%q): value %q is not YYYY, YYYY-MM or YYYY-MM-DD", text, d.Value)
			}
			last = d.End
		}
		last = 0
		for _, s := range Spans(text, toks) {
			if s.Start < last || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("Spans(%q): span [%d, %d) after %d", text, s.Start, s.End, last)
			}
			last = s.End
		}
	})
}

// validValue reports whether v is YYYY, YYYY-MM or YYYY-MM-DD.
func validValue(v string) bool {
	for _, layout := range []string{"2006", "2006-01", "2006-01-02"} {
		if len(v) == len(layout) {
			_, err := time.Parse(layout, v)
			return err == nil
		}
	}
	return false
}

// benchText is real text: the reference article and the sentences of the
// table, a little over 40 kB.
func benchText(tb testing.TB) string {
	var b strings.Builder
	b.WriteString(seed.Text(tb))
	for _, s := range realSentences(tb) {
		b.WriteString(s.text)
		b.WriteString("\n")
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	toks := arabic.Tokenize(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Find(text, toks, "2023-04-16")
	}
}

func ExampleFind() {
	text := "اجتمع بوتين الأحد مع وزير الدفاع الصيني في زيارة تستمر حتى 19 نيسان/أبريل، بعد زيارة شي الشهر الماضي."
	for _, d := range Find(text, arabic.Tokenize(text), "2023-04-16") {
		fmt.Println(d.Text, d.Value)
	}
	// Output:
	// الأحد 2023-04-16
	// 19 نيسان/أبريل 2023-04-19
	// الشهر الماضي 2023-03
}
