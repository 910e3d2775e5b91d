package event

import (
	"fmt"
	"strings"
	"testing"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/tabletest"
	"rasad/internal/when"
)

func TestLoadCoderErrors(t *testing.T) {
	tabletest.Errors(t, "LoadCoder", func(lexicon string) error {
		_, err := LoadCoder(strings.NewReader(lexicon))
		return err
	}, tabletest.Rows(t, "testdata/badcoder.tsv"))
}

func TestForms(t *testing.T) {
	c := DefaultCoder()
	for _, tc := range []struct {
		name, lemma string
		want        []string
	}{
		{"weak past", "نفى", []string{"نفت", "نفوا", "نفاها", "ينفي", "تنفي", "ينفون"}},
		{"regular", "اجتمع", []string{"اجتمعت", "اجتمعا", "اجتمعوا", "يجتمعان", "تجتمع", "نجتمع"}},
		{"passive", "اغتيل", []string{"اغتيلت", "اغتيلوا", "يغتال"}},
		{"noun", "زيارة", []string{"زيارته", "زيارتها", "زيارات"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(c.v.Forms(tc.lemma), " ")
			for _, w := range tc.want {
				if !strings.Contains(" "+got+" ", " "+w+" ") {
					t.Errorf("Forms(%q) lacks %q: %s", tc.lemma, w, got)
				}
			}
		})
	}
}

type fixedRoles map[string]string

func (r fixedRoles) ActorCode(id, date string) string { return r[id+"@"+date] }

func TestWithRoles(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	doc := buildDoc("اجتمع ميدفيديف مع ساركوزي في باريس.", "2008-08-12", actors)
	for i, e := range doc.Entities {
		if e.Name == "Dmitry Medvedev" {
			doc.Entities[i].ActorID = "medvedev" // the gazetteer's key
		}
	}
	c := DefaultCoder().WithRoles(fixedRoles{"medvedev@2008-08-12": "RUSELI"})
	evs := c.Code(doc)
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	ev := evs[0]
	if ev.Source.Actor != "RUSELI" || ev.Target == nil || ev.Target.Actor != "FRAGOV" || ev.Location != "باريس" {
		t.Errorf("got %+v -> %+v in %q, want RUSELI -> FRAGOV in باريس", ev.Source, ev.Target, ev.Location)
	}
	if got := DefaultCoder().Code(doc)[0].Source.Actor; got != "RUSGOV" {
		t.Errorf("without roles: source actor %q, want RUSGOV", got)
	}
}

func TestOneRecordPerEvent(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	text := "أدان ساركوزي بوش.\nوأدان ساركوزي بوش مرة أخرى."
	evs := DefaultCoder().Code(buildDoc(text, "2008-08-12", actors))
	if len(evs) != 1 {
		t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
	}
	if got := evs[0].Sentences; len(got) != 2 || got[0] != 0 || got[1] != 1 {
		t.Errorf("Sentences = %v, want [0 1]", got)
	}
	ev := evs[0]
	if ev.Code != "111" || ev.Label == "" || ev.QuadClass != 3 || ev.Goldstein != -2 || ev.Plover != "ACCUSE" {
		t.Errorf("got %s %q quad %d goldstein %v plover %q", ev.Code, ev.Label, ev.QuadClass, ev.Goldstein, ev.Plover)
	}
}

func TestCodeTable(t *testing.T) {
	c := DefaultCoder()
	tabletest.Strings(t, "codes", func(code string) string {
		got := c.codes[code]
		return fmt.Sprintf("%s | %s | %d", got.Label, got.Plover, got.Quad)
	}, tabletest.Rows(t, "testdata/codes.tsv"))
}

func TestEmptyDocument(t *testing.T) {
	if evs := DefaultCoder().Code(&news.Document{}); len(evs) != 0 {
		t.Errorf("empty document: %d events", len(evs))
	}
}

// An assault or a protest whose doer is unnamed, or named without a
// country, takes the country of the place of the act, else of the one
// country the sentence names; the actor code stays empty when nobody is
// named, so that an unknown attacker is never coded as a state; and an
// unnamed doer who strikes that state's own soldiers or police has none
// (force.Own).
func TestHomeCountry(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		name, text       string
		code             string
		country, actorCC string
	}{
		{"unnamed doer, place of the act", "من ناحية ثانية، قتل أربعة اشخاص واصيب 6 آخرون بهجوم انتحاري غرب بغداد.", "1831", "IRQ", "IRQREB"},
		{"nobody named", "وقد قتل شخصان واصيب خمسة، في انفجار سيارة مفخخة بالقرب من محكمة مدينة الصدر في بغداد.", "1832", "IRQ", ""},
		{"the place of the act first", "وقال مسؤول في بغداد إن انفجارا وقع في كابول.", "183", "AFG", ""},
		{"two countries and no place: the nearest", "قال مسؤول عراقي أمس إن قافلة أفغانية تعرضت لانفجار.", "183", "AFG", ""},
		{"not the nisba of an army", "وفي الموصل، أعلن الجيش الاميركي مقتل شخص في هجوم انتحاري بسيارة مفخخة.", "1831", "IRQ", "IRQREB"},
		{"no state bombs its own soldiers", "وقتل ثلاثة جنود في انفجار عبوة ناسفة قرب مدينة الموصل.", "1823", "", ""},
		{"nor its police", "وقتل أربعة من عناصر الشرطة في انفجار قنبلة في الموصل.", "1823", "", ""},
		{"nor attacks its army", "وقتل جنديان في هجوم على موقع للجيش في بنغازي.", "190", "", ""},
		{"a suicide bomber: a rebel of the scene", "واستهدف هجوم انتحاري مركزا للشرطة في الموصل.", "1831", "IRQ", "IRQREB"},
		{"a coalition's aircraft, subject of the support verb", "وواصلت طائرات التحالف، مساء الجمعة، شن غاراتها على مواقع في الموصل.", "195", "", ""},
		{"gunmen named: rebels of the scene", "وهاجم مسلحون دورية للشرطة في مدينة كركوك.", "190", "IRQ", "IRQREB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := buildDoc(tc.text, "2008-01-01", actors)
			var got *news.Event
			for _, ev := range DefaultCoder().WithMentions().Code(doc) {
				if ev.Code == tc.code {
					got = &ev
					break
				}
			}
			if got == nil {
				t.Fatalf("no event %s in %q", tc.code, tc.text)
			}
			if got.Source.Country != tc.country || got.Source.Actor != tc.actorCC {
				t.Errorf("source %+v (target %+v), want country %q actor %q", got.Source, got.Target, tc.country, tc.actorCC)
			}
		})
	}
}

// The segmenter sometimes reads the first letter of an event verb as a
// clitic (فتحت as ف+تحت); the coder then tries the whole word.
func TestSegmenterFallback(t *testing.T) {
	text := "فتحت القوات النار على المتظاهرين."
	doc := &news.Document{Text: text}
	doc.Tokens = arabic.Tokenize(text)
	// the reading of a segmenter that split off ف
	doc.Tokens[0].Parts = []news.Part{{Form: "ف", Role: news.Proclitic}, {Form: "تحت", Role: news.Stem}}
	evs := DefaultCoder().WithMentions().Code(doc)
	if len(evs) == 0 || evs[0].Code != "190" {
		t.Fatalf("got %+v, want a 190 event", evs)
	}
}

// Background is not news of the day of publication: an act the article
// recalls (يذكر أن, كان before the verb) keeps the date its sentence gives
// it, else it has none; news without a date expression has the day of
// publication (testdata/recalled_date.tsv).
func TestRecalledDate(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	tabletest.Strings(t, "date of 195", func(text string) string {
		doc := buildDoc(text, "2015-07-26", actors)
		doc.Dates = when.Find(doc.Text, doc.Tokens, doc.Published)
		for _, ev := range DefaultCoder().WithMentions().Code(doc) {
			if ev.Code == "195" {
				return ev.Date
			}
		}
		return "(no event 195)"
	}, tabletest.Rows(t, "testdata/recalled_date.tsv"))
}

// TestMergedDate: the acts of one clause made one record keep the date
// the sentence gives either of them.
func TestMergedDate(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	doc := buildDoc("وكانت غارة جوية تركية استهدفت مواقع حزب العمال الكردستاني في 24 يوليو 2014.", "2015-07-26", actors)
	doc.Dates = when.Find(doc.Text, doc.Tokens, doc.Published)
	evs := DefaultCoder().Code(doc)
	if len(evs) != 1 || evs[0].Date != "2014-07-24" {
		t.Errorf("events %+v, want one dated 2014-07-24", evs)
	}
}

// TestGenderAgreement: a masculine verb and a feminine plural of things
// right after it disagree, so the noun is the object and not the doer
// (واختطف طائرات: he hijacked planes); a feminine verb takes it as doer
// (واختطفت طائرات: planes hijacked).
func TestGenderAgreement(t *testing.T) {
	actors := readActors(t, "testdata/actors.txt")
	for _, tc := range []struct {
		name, text string
		planesDo   bool
	}{
		{"masculine verb: planes are the object", "واختطف طائرات ركاب أمس.", false},
		{"feminine verb: planes are the doer", "واختطفت طائرات ركابا أمس.", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := buildDoc(tc.text, "2015-07-26", actors)
			evs := DefaultCoder().WithMentions().Code(doc)
			if len(evs) == 0 {
				t.Fatalf("no event in %q", tc.text)
			}
			for _, ev := range evs {
				if doer := ev.Source.Name == "طائرات"; doer != tc.planesDo {
					t.Errorf("%q: source %q, planes the doer: %v, want %v", tc.text, ev.Source.Name, doer, tc.planesDo)
				}
			}
		})
	}
}

// TestOneCuePerForm: a form of words.txt is a cue of one kind only (the
// later line would silently win); بتهمة is the one known exception, an
// accusation that the report model reads as background.
func TestOneCuePerForm(t *testing.T) {
	b, err := dataFS.ReadFile("data/words.txt")
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || f[0] != "cue" || !strings.HasPrefix(f[2], "form=") {
			continue
		}
		for _, w := range strings.Split(strings.TrimPrefix(f[2], "form="), ",") {
			if k, ok := kinds[w]; ok && k != f[1] && w != "بتهمة" {
				t.Errorf("words.txt:%d: %s is a cue %s and %s", i+1, w, k, f[1])
			}
			kinds[w] = f[1]
		}
	}
}
