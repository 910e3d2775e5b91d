package event

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"rasad/internal/news"
	"rasad/internal/seed"
	"rasad/internal/tabletest"
)

// articleDoc builds the reference article as the stages before the coder
// will leave it: entities, quotes and dates made by hand.
func articleDoc(t testing.TB) *news.Document {
	t.Helper()
	text := seed.Text(t)
	doc := buildDoc(text, seed.Published, readActors(t, "testdata/article.actors.txt"))
	addMention(t, doc, "Li Shangfu", "وقال لي:", "لي")
	addMention(t, doc, "Li Shangfu", "زيارة لي لروسيا", "لي")
	putin := &news.Speaker{Name: "Vladimir Putin", Country: "RUS", Actor: "RUSGOV"}
	li := &news.Speaker{Name: "Li Shangfu", Country: "CHN", Actor: "CHNMIL"}
	official := &news.Speaker{Name: "مسؤول كبير في كييف", Country: "UKR", Text: "مسؤول كبير في كييف"}
	for _, q := range []struct {
		who    *news.Speaker
		text   string
		direct bool
	}{
		{putin, "هناك تطور جيد في جميع الاتجاهات، بما في ذلك داخل الإدارات العسكرية", true},
		{li, "لدينا علاقات قوية للغاية، تتخطى التحالفات العسكرية والسياسية خلال حقبة الحرب الباردة.. إنها في غاية الاستقرار", true},
		{li, "أن العلاقات الروسية الصينية \"دخلت بالفعل حقبة جديدة", false},
		{li, "هذه هي أول زيارة لي إلى الخارج منذ تولي منصب وزير الدفاع الصيني. لقد اخترت روسيا تحديدا للتأكيد على الطبيعة الخاصة والأهمية الاستراتيجية لعلاقاتنا الثنائية", true},
		{li, "البلاد مستعدة للعمل مع روسيا لتكون لدى جيشي البلدين اتصالات استراتيجية وثيقة", false},
		{putin, "إننا نعمل أيضا بشكل نشط من خلال الإدارات العسكرية، ونتبادل بانتظام المعلومات المفيدة، ونتعاون في مجال التعاون العسكري التقني، ونجري تدريبات مشتركة", true},
		{putin, "هذا بلا شك مجال مهم آخر يعزز الثقة الحصرية والطابع الاستراتيجي لعلاقاتنا", true},
		{official, "القوات الأوكرانية تعثر على عدد متزايد من المكونات القادمة من الصين في الأسلحة الروسية المستخدمة في أوكرانيا", false},
	} {
		s, e := span(t, text, q.text)
		doc.Quotes = append(doc.Quotes, news.Quote{Speaker: q.who, Text: q.text, Direct: q.direct, Start: s, End: e})
	}
	for _, d := range tabletest.Fields(t, "testdata/article.dates.tsv", 3) {
		around, date := d[0], d[1]
		s, _ := span(t, text, around)
		s += strings.Index(around, date)
		doc.Dates = append(doc.Dates, news.Date{Text: date, Value: d[2], Start: s, End: s + len(date)})
	}
	return doc
}

// expectation is one entry of the events or forbidden_events of
// testdata/article.expected.json (a copy of the seed's expected.json).
type expectation struct {
	Why       string   `json:"why"`
	Source    string   `json:"source"`
	Target    *string  `json:"target"`
	EitherWay bool     `json:"either_way"`
	Roots     []string `json:"roots"`
	Codes     []string `json:"codes"`
	Date      string   `json:"date"`
	Unless    []string `json:"unless_polarity"`
}

// matches applies the rule of the seed's check.py (ev_match).
func (w expectation) matches(ev news.Event, ignorePolarity bool) bool {
	code := ev.Code
	if len(code) < 3 || !containsStr(w.Roots, code[:2]) {
		return false
	}
	if len(w.Codes) > 0 && !containsStr(w.Codes, code[:3]) {
		return false
	}
	s, tg := ev.Source.Country, ""
	if ev.Target != nil {
		tg = ev.Target.Country
	}
	pairs := [][2]string{{s, tg}}
	if w.EitherWay {
		pairs = append(pairs, [2]string{tg, s})
	}
	ok := false
	for _, p := range pairs {
		if (w.Source == "*" || w.Source == p[0]) && (w.Target == nil || *w.Target == "*" || *w.Target == p[1]) {
			ok = true
		}
	}
	if !ok {
		return false
	}
	if w.Date != "" && !strings.HasPrefix(ev.Date, w.Date) {
		return false
	}
	return ignorePolarity || ev.Polarity == news.Asserted
}

func containsStr(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// TestArticle applies the event checks of the seed's check.py to the events
// of the reference article.
func TestArticle(t *testing.T) {
	b, err := os.ReadFile("testdata/article.expected.json")
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Events    []expectation `json:"events"`
		Forbidden []expectation `json:"forbidden_events"`
	}
	if err := json.Unmarshal(b, &exp); err != nil {
		t.Fatal(err)
	}
	doc := articleDoc(t)
	events := DefaultCoder().Code(doc)
	for _, w := range exp.Events {
		found := false
		for _, ev := range events {
			if w.matches(ev, false) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("missing event %s->%v %v: %s", w.Source, deref(w.Target), w.Roots, w.Why)
		}
	}
	for _, w := range exp.Forbidden {
		for _, ev := range events {
			if w.matches(ev, true) && !containsStr(w.Unless, string(ev.Polarity)) {
				t.Errorf("forbidden event %s %s->%s %s in %q: %s", ev.Code, ev.Source.Country, countryOf(ev.Target), ev.Polarity, ev.Text, w.Why)
			}
		}
	}
	if t.Failed() || testing.Verbose() {
		for _, ev := range events {
			t.Logf("%d %s %s %s->%s %s %s %s", ev.Sentence, ev.Code, ev.Polarity, ev.Source.Name, countryOf(ev.Target)+"/"+nameOf(ev.Target), ev.Date, ev.Location, doc.Text[ev.Trigger.Start:ev.Trigger.End])
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func countryOf(p *news.Party) string {
	if p == nil {
		return "-"
	}
	return p.Country
}

func nameOf(p *news.Party) string {
	if p == nil {
		return "-"
	}
	return p.Name
}
