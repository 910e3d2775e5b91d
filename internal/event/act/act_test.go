package act

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"rasad/internal/news"
)

// rec builds a record from a compact form: "code source>target date
// polarity sentence [place]", a party being an entity id (e1), an actor
// code with a description (SAUGOV:الوزير), "?" for an unnamed doer, "-"
// for none, @YEM a party that names only its country.
func rec(t *testing.T, s string) news.Event {
	t.Helper()
	f := strings.Fields(s)
	if len(f) < 5 {
		t.Fatalf("bad record %q", s)
	}
	st := strings.SplitN(f[1], ">", 2)
	var sent int
	fmt.Sscan(f[4], &sent)
	ev := news.Event{Code: f[0], Source: party(st[0]), Date: f[2], Polarity: news.Polarity(f[3]), Sentence: sent, Sentences: []int{sent}}
	if st[1] != "-" {
		p := party(st[1])
		ev.Target = &p
	}
	if len(f) > 5 {
		ev.Location = f[5]
	}
	return ev
}

// party: e1 is an entity with actor code A1 (e2: A2 and so on; eS1 is an
// entity with actor SAUGOV), CODE:words a party of that actor code and
// the country of its first three letters, ? an unnamed doer.
func party(s string) news.Party {
	switch {
	case s == "?":
		return news.Party{}
	case strings.HasPrefix(s, "@"):
		return news.Party{Country: s[1:]}
	case strings.HasPrefix(s, "eS"):
		return news.Party{Entity: s, Actor: "SAUGOV", Name: "name " + s}
	case strings.HasPrefix(s, "e"):
		return news.Party{Entity: s, Actor: "A" + s[1:], Name: "name " + s}
	}
	code, name, _ := strings.Cut(s, ":")
	return news.Party{Actor: code, Country: code[:min(3, len(code))], Name: name}
}

// show renders merged records: "code source>target sentences".
func show(evs []news.Event) []string {
	var out []string
	for _, ev := range evs {
		tgt := "-"
		if ev.Target != nil {
			tgt = ev.Target.Entity + ev.Target.Actor
		}
		out = append(out, fmt.Sprintf("%s %s>%s %v", ev.Code, ev.Source.Entity+"/"+ev.Source.Actor, tgt, ev.Sentences))
	}
	return out
}

func TestMerge(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   []string
		pub  string // the day of publication, "" if unknown
		want []string
	}{
		{"a visit and the meeting it held: the most specific code, the named target",
			[]string{"040 e1>- 2015-07-31 asserted 0", "042 e1>e2 2015-07-31 asserted 2", "043 e1>- 2015-07-31 asserted 4"},
			"", []string{"042 e1/A1>e2A2 [0 2 4]"}},
		{"a headline and its lede: accuse and criticise (root 11)",
			[]string{"112 e1>- 2015-08-04 asserted 0", "111 e1>e3 2015-08-04 asserted 1"},
			"", []string{"112 e1/A1>e3A3 [0 1]"}},
		{"a description resolved to the source's actor, the same target",
			[]string{"042 eS1>e2 2015-07-31 asserted 0", "042 SAUGOV:الوزير>e2 2015-07-31 asserted 3"},
			"", []string{"042 eS1/SAUGOV>e2A2 [0 3]"}},
		{"a description with no target: too little to say it is the same act",
			[]string{"042 eS1>e2 2015-07-31 asserted 0", "040 SAUGOV:الوفد>- 2015-07-31 asserted 3"},
			"", []string{"042 eS1/SAUGOV>e2A2 [0]", "040 /SAUGOV>- [3]"}},
		{"the same description twice: the same words for the same actor",
			[]string{"141 SYRMIL:قوات>- 2015-07-21 asserted 15", "140 SYRMIL:قوات>- 2015-07-21 asserted 15"},
			"", []string{"141 /SYRMIL>- [15]"}},
		{"two descriptions of one actor code: two groups of fighters",
			[]string{"1823 REB:مقاتلين>- 2015-07-31 asserted 3", "1823 REB:المسلحين>- 2015-07-31 asserted 18"},
			"", []string{"1823 /REB>- [3]", "1823 /REB>- [18]"}},
		{"two named persons of one country and role are two actors",
			[]string{"042 eS1>e2 2015-07-31 asserted 0", "042 eS2>e2 2015-07-31 asserted 1"},
			"", []string{"042 eS1/SAUGOV>e2A2 [0]", "042 eS2/SAUGOV>e2A2 [1]"}},
		{"different days",
			[]string{"042 e1>e2 2015-07-31 asserted 0", "042 e1>e2 2015-07-30 asserted 1"},
			"", []string{"042 e1/A1>e2A2 [0]", "042 e1/A1>e2A2 [1]"}},
		{"asserted and negated",
			[]string{"111 e1>e2 2015-07-31 asserted 0", "111 e1>e2 2015-07-31 negated 1"},
			"", []string{"111 e1/A1>e2A2 [0]", "111 e1/A1>e2A2 [1]"}},
		{"different roots: a visit and a promise of aid",
			[]string{"042 e1>e2 2015-07-31 asserted 0", "070 e1>e2 2015-07-31 asserted 1"},
			"", []string{"042 e1/A1>e2A2 [0]", "070 e1/A1>e2A2 [1]"}},
		{"a visit to a state and the meeting with its head: one act",
			[]string{"042 e1>RUSGOV:بوتين 2023-04-16 asserted 0", "042 e1>RUS:روسيا 2023-04-16 asserted 12"},
			"", []string{"042 e1/A1>RUSGOV [0 12]"}},
		{"a state and another state's official",
			[]string{"042 e1>RUSGOV:بوتين 2023-04-16 asserted 0", "042 e1>CHN:الصين 2023-04-16 asserted 12"},
			"", []string{"042 e1/A1>RUSGOV [0]", "042 e1/A1>CHN [12]"}},
		{"two named targets",
			[]string{"111 e1>e2 2015-07-31 asserted 0", "111 e1>e3 2015-07-31 asserted 1"},
			"", []string{"111 e1/A1>e2A2 [0]", "111 e1/A1>e3A3 [1]"}},
		{"unnamed attackers in two sentences are two attacks",
			[]string{"190 ?>- 2015-07-31 asserted 1", "190 ?>REB:جنود 2015-07-31 asserted 10"},
			"", []string{"190 />- [1]", "190 />REB [10]"}},
		{"one sentence: the attack and its wounded with no doer (فقتلوا ضابطا وأصابوا آخر)",
			[]string{"190 REB:المسلحين>TUR:بلدة 2015-07-31 asserted 3", "182 ?>- 2015-07-31 asserted 3"},
			"", []string{"190 /REB>TUR [3]"}},
		{"one sentence: the toll first, then the act that names its doer",
			[]string{"182 ?>- 2015-07-31 asserted 3", "190 REB:المسلحين>- 2015-07-31 asserted 3"},
			"", []string{"190 /REB>- [3]"}},
		{"one sentence: the act dated the day before yesterday, its bare toll the day of publication",
			[]string{"190 REB:المقاتلين>TUR:بلدة 2015-08-07 asserted 21", "182 ?>- 2015-08-09 asserted 21"},
			"2015-08-09", []string{"190 /REB>TUR [21]"}},
		{"one sentence, two bare tolls of two days: two deaths",
			[]string{"1823 ?>- 2015-06 asserted 8", "1823 ?>- 2015-04-22 asserted 8"},
			"", []string{"1823 />- [8]", "1823 />- [8]"}},
		{"one sentence, two days: the same target struck twice is two acts",
			[]string{"190 e1>e2 2015-08-07 asserted 21", "195 ?>e2 2015-08-09 asserted 21"},
			"", []string{"190 e1/A1>e2A2 [21]", "195 />e2A2 [21]"}},
		{"one sentence: a toll with its victims is no bare toll",
			[]string{"190 REB:المسلحين>- 2015-07-31 asserted 3", "1823 ?>CVL:مدنيين 2015-07-31 asserted 3"},
			"", []string{"190 /REB>- [3]", "1823 />CVL [3]"}},
		{"one sentence: clashes without a doer and a strike that names its own: two acts",
			[]string{"190 ?>- 2015-07-31 asserted 3", "195 YEMMIL:طائرات>YEMREB:المتمردين 2015-07-31 asserted 3"},
			"", []string{"190 />- [3]", "195 /YEMMIL>YEMREB [3]"}},
		{"one sentence: the shelling named and the strike after it (a more specific code of its root)",
			[]string{"190 e1>e2 2015-07-31 asserted 5", "195 ?>e2 2015-07-31 asserted 5"},
			"", []string{"195 e1/A1>e2A2 [5]"}},
		{"one sentence: a bombing and its bare toll keep the bombing's code",
			[]string{"1823 ?>- 2015-07-31 asserted 1", "183 ?>MIL:القوات 2015-07-31 asserted 1"},
			"", []string{"183 />MIL [1]"}},
		{"one sentence, two targets: two acts",
			[]string{"190 e1>e2 2015-07-31 asserted 5", "190 ?>e3 2015-07-31 asserted 5"},
			"", []string{"190 e1/A1>e2A2 [5]", "190 />e3A3 [5]"}},
		{"one sentence, two named doers: two acts",
			[]string{"190 e1>- 2015-07-31 asserted 5", "190 e2>- 2015-07-31 asserted 5"},
			"", []string{"190 e1/A1>- [5]", "190 e2/A2>- [5]"}},
		{"one sentence, two places: two acts",
			[]string{"190 e1>- 2015-07-31 asserted 5 Marib", "182 ?>- 2015-07-31 asserted 5 Taiz"},
			"", []string{"190 e1/A1>- [5]", "182 />- [5]"}},
		{"the toll of another sentence stays",
			[]string{"190 e1>- 2015-07-31 asserted 5", "182 ?>- 2015-07-31 asserted 6"},
			"", []string{"190 e1/A1>- [5]", "182 />- [6]"}},
		{"force and words in one sentence: two acts",
			[]string{"111 e1>e2 2015-07-31 asserted 5", "190 ?>e2 2015-07-31 asserted 5"},
			"", []string{"111 e1/A1>e2A2 [5]", "190 />e2A2 [5]"}},
		{"one doer's strikes in two places",
			[]string{"195 e1>- 2015-07-31 asserted 1 Marib", "195 e1>- 2015-07-31 asserted 4 Taiz"},
			"", []string{"195 e1/A1>- [1]", "195 e1/A1>- [4]"}},
		{"the place named once",
			[]string{"195 e1>- 2015-07-31 asserted 1 Marib", "190 e1>e2 2015-07-31 asserted 4"},
			"", []string{"195 e1/A1>e2A2 [1 4]"}},
		{"one sentence: one country's fire told twice (تعرض المركز لقذائف من الأراضي اليمنية ... مصادر إطلاق القذائف)",
			[]string{"190 @YEM>- 2015-07-31 asserted 3", "190 @YEM>e2 2015-08-01 asserted 3"},
			"2015-08-01", []string{"190 />e2A2 [3]"}},
		{"one sentence: the fire of two countries is two acts",
			[]string{"190 @YEM>- 2015-07-31 asserted 3", "190 @SAU>e2 2015-07-31 asserted 3"},
			"2015-08-01", []string{"190 />- [3]", "190 />e2A2 [3]"}},
		{"one sentence: one country's fire on two targets is two acts",
			[]string{"190 @YEM>e1 2015-07-31 asserted 3", "190 @YEM>e2 2015-07-31 asserted 3"},
			"2015-08-01", []string{"190 />e1A1 [3]", "190 />e2A2 [3]"}},
		{"one sentence: one country's fire on two days it names is two acts",
			[]string{"190 @YEM>- 2015-07-30 asserted 3", "190 @YEM>e2 2015-07-31 asserted 3"},
			"2015-08-01", []string{"190 />- [3]", "190 />e2A2 [3]"}},
		{"one sentence: one country's shelling and a bombing are two acts (roots 19 and 18)",
			[]string{"190 @YEM>- 2015-07-31 asserted 3", "183 @YEM>- 2015-07-31 asserted 3"},
			"2015-08-01", []string{"190 />- [3]", "183 />- [3]"}},
		{"one country's fire in two sentences stays two records",
			[]string{"190 @YEM>- 2015-07-31 asserted 2", "190 @YEM>e2 2015-07-31 asserted 3"},
			"2015-08-01", []string{"190 />- [2]", "190 />e2A2 [3]"}},
		{"a headline of the day of publication and its lede of yesterday: one act of yesterday",
			[]string{"112 e1>- 2015-07-22 asserted 0", "112 e1>e2 2015-07-21 asserted 1"},
			"2015-07-22", []string{"112 e1/A1>e2A2 [0 1]"}},
		{"a headline and an act of a week before: two acts",
			[]string{"112 e1>- 2015-07-22 asserted 0", "112 e1>e2 2015-07-15 asserted 1"},
			"2015-07-22", []string{"112 e1/A1>- [0]", "112 e1/A1>e2A2 [1]"}},
		{"two sentences of the body on two days: two acts",
			[]string{"042 e1>e2 2015-07-22 asserted 2", "042 e1>e2 2015-07-21 asserted 5"},
			"2015-07-22", []string{"042 e1/A1>e2A2 [2]", "042 e1/A1>e2A2 [5]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var in []news.Event
			for _, s := range tc.in {
				in = append(in, rec(t, s))
			}
			if got := show(Merge(in, tc.pub, nil)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}

func TestMergeOneCountryDay(t *testing.T) {
	// the sentence names its day once (صباح أمس الجمعة): the record dated
	// the day of publication takes it, whichever comes first
	for _, in := range [][]string{
		{"190 @YEM>- 2015-07-31 asserted 3", "190 @YEM>e2 2015-08-01 asserted 3"},
		{"190 @YEM>e2 2015-08-01 asserted 3", "190 @YEM>- 2015-07-31 asserted 3"},
	} {
		got := Merge([]news.Event{rec(t, in[0]), rec(t, in[1])}, "2015-08-01", nil)
		if len(got) != 1 || got[0].Date != "2015-07-31" {
			t.Errorf("%v: got %d records, first dated %s; want one of 2015-07-31", in, len(got), got[0].Date)
		}
	}
}

func TestMergeHeadlineDay(t *testing.T) {
	in := []news.Event{rec(t, "112 e1>- 2015-07-22 asserted 0"), rec(t, "112 e1>e2 2015-07-21 asserted 1")}
	if got := Merge(in, "2015-07-22", nil); len(got) != 1 || got[0].Date != "2015-07-21" {
		t.Errorf("Merge of a headline and its lede: %+v, want one record of 2015-07-21", got)
	}
}

func TestMergeKeepsInput(t *testing.T) {
	in := []news.Event{rec(t, "040 e1>- 2015-07-31 asserted 0"), rec(t, "042 e1>e2 2015-07-31 asserted 2")}
	Merge(in, "", nil)
	if in[0].Code != "040" || len(in[0].Sentences) != 1 || in[0].Target != nil {
		t.Errorf("Merge changed its input: %+v", in[0])
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>e2 2015-07-20 asserted 3", true}, // sentence is no part of the key
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>- 2015-07-20 asserted 1", false},
		{"190 e1>e2 2015-07-20 asserted 1", "195 e1>e2 2015-07-20 asserted 1", false},
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>e2 2015-07-21 asserted 1", false},
		{"190 e1>e2 2015-07-20 asserted 1", "190 e1>e2 2015-07-20 negated 1", false},
		{"042 SAUGOV:الوزير>- 2015-07-20 asserted 1", "042 SAUGOV:الوفد>- 2015-07-20 asserted 1", false}, // two descriptions
		{"190 ?>e2 2015-07-20 asserted 1", "190 ?>e2 2015-07-20 asserted 2", true},                       // one key: emit folds them
	} {
		a, b := rec(t, tc.a), rec(t, tc.b)
		if got := Key(&a) == Key(&b); got != tc.same {
			t.Errorf("Key(%s) == Key(%s): %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

func TestFold(t *testing.T) {
	seen := map[string]int{}
	var out []news.Event
	for _, s := range []string{
		"190 e1>e2 2015-07-20 asserted 1",
		"190 e1>e2 2015-07-20 asserted 1 Aden", // the same sentence again: its place taken
		"190 e1>e2 2015-07-20 asserted 3",      // another sentence of the same record
		"195 e1>e2 2015-07-20 asserted 3",      // another code: another record
	} {
		out = Fold(out, seen, rec(t, s))
	}
	got := show(out)
	want := []string{"190 e1/A1>e2A2 [1 3]", "195 e1/A1>e2A2 [3]"}
	if !reflect.DeepEqual(got, want) || out[0].Location != "Aden" {
		t.Errorf("got %v (place %q), want %v (place Aden)", got, out[0].Location, want)
	}
}

func TestMergeFurther(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    []string
		texts []string // each record's sentence
		want  []string
	}{
		{"a second strike told with كما: two acts",
			[]string{"195 SAUMIL:الطيران>- 2015-08-07 asserted 1", "195 SAUMIL:الطيران>e2 2015-08-07 asserted 2"},
			[]string{"وقصف طيران التحالف أمس المجمع الحكومي.", "كما قصف طيران التحالف أمس مواقع للحوثيين."},
			[]string{"195 /SAUMIL>- [1]", "195 /SAUMIL>e2A2 [2]"}},
		{"the same strike told again without كما: one act",
			[]string{"195 SAUMIL:الطيران>- 2015-08-07 asserted 1", "195 SAUMIL:الطيران>e2 2015-08-07 asserted 2"},
			[]string{"وقصف طيران التحالف أمس المجمع الحكومي.", "وقالت مصادر إن القصف استهدف مواقع للحوثيين."},
			[]string{"195 /SAUMIL>e2A2 [1 2]"}},
		{"كما that opens a statement: the act it reports may be the one told",
			[]string{"195 SAUMIL:الطيران>- 2015-08-07 asserted 1", "195 SAUMIL:الطيران>e2 2015-08-07 asserted 2"},
			[]string{"وقصف طيران التحالف أمس المجمع الحكومي.", "كما قال مصدر إن طيران التحالف قصف مواقع للحوثيين."},
			[]string{"195 /SAUMIL>e2A2 [1 2]"}},
		{"كما between two meetings: one act (only acts of force)",
			[]string{"040 e1>- 2015-08-07 asserted 1", "040 e1>e2 2015-08-07 asserted 2"},
			[]string{"والتقى الوزير أمس في الرياض.", "كما بحث الوزير مع نظيره العلاقات."},
			[]string{"040 e1/A1>e2A2 [1 2]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var evs []news.Event
			for i, s := range tc.in {
				ev := rec(t, s)
				ev.Text = tc.texts[i]
				evs = append(evs, ev)
			}
			if got := show(Merge(evs, "", nil)); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
