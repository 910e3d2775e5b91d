package eval

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// Analyser turns one sentence of gold data into a document, the way the
// pipeline would: tokens, sentences, entities (and quotes and dates where
// the pipeline finds them). The events are left to the coder.
type Analyser func(text string) *news.Document

// EventCoder codes the events of a document.
type EventCoder func(doc *news.Document) []news.Event

// EventScores are the figures of one PLOVER event type on the Arabic event
// gold set (arabic-event-gsr).
type EventScores struct {
	Type string // ASSAULT or PROTEST
	// Detection on *_gsr.csv: "yes" is positive, "easy no" and "difficult
	// no" negative, "ambiguous" left out. A sentence is detected when the
	// coder asserts an event whose CAMEO code PLOVER maps to Type.
	TP, FP, FN, TN int
	// Span records *_spans.json: sentences, those with an asserted event of
	// Type, those whose gold source names a country, and those of them
	// where such an event's source has that country.
	Spans, Found, GoldCountry, CountryRight int
}

// Precision, Recall and F1 of detection.
func (s EventScores) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }
func (s EventScores) Recall() float64    { return ratio(s.TP, s.TP+s.FN) }
func (s EventScores) F1() float64        { return f1(s.Precision(), s.Recall()) }

// Write prints the figures, one a line, the value last.
func (s EventScores) Write(w io.Writer) {
	fmt.Fprintf(w, "%s detection  P %.2f  R %.2f  F1 %.2f\n", s.Type, s.Precision(), s.Recall(), s.F1())
	fmt.Fprintf(w, "%s detection counts  tp %d  fp %d  fn %d  tn %d\n", s.Type, s.TP, s.FP, s.FN, s.TN)
	fmt.Fprintf(w, "%s spans found  %.2f\n", s.Type, ratio(s.Found, s.Spans))
	fmt.Fprintf(w, "%s source country  %.2f\n", s.Type, ratio(s.CountryRight, s.GoldCountry))
}

// notCountry are CAMEO codes in the gold's source_role.main that name no
// country.
var notCountry = map[string]bool{"": true, "None": true, "IMG": true, "IGO": true, "INT": true, "NGO": true, "MNC": true, "UNKNOWN": true}

// Events scores coder on the gold set in dir (arabic-event-gsr), on the
// sentences that split.tsv assigns to split ("dev" or "test"). Sentences
// without any gold label of the split are skipped. misses, when not nil,
// receives one line per error, for tuning on dev.
//
// code is the coder as it runs on news, and is scored on detection.
// spanCode scores the span records, whose sentences were chosen because
// they contain an act of the type whether or not they report it as news:
// pass a coder that keeps acts mentioned as background.
func Events(ctx context.Context, dir, split string, analyse Analyser, code, spanCode EventCoder, misses io.Writer) ([]EventScores, error) {
	splits, err := readSplit(filepath.Join(dir, "split.tsv"))
	if err != nil {
		return nil, err
	}
	var out []EventScores
	for _, typ := range []string{"ASSAULT", "PROTEST"} {
		lower := strings.ToLower(typ)
		s := EventScores{Type: typ}
		rows, err := readGSR(filepath.Join(dir, lower+"_gsr.csv"))
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if splits[lower+"\t"+r.id] != split {
				continue
			}
			var gold bool
			switch r.label {
			case "yes":
				gold = true
			case "easy no", "difficult no":
			default:
				continue
			}
			got := detected(code(analyse(r.text)), typ)
			switch {
			case gold && got:
				s.TP++
			case gold:
				s.FN++
				if misses != nil {
					fmt.Fprintf(misses, "%s FN %s\n", typ, r.text)
				}
			case got:
				s.FP++
				if misses != nil {
					fmt.Fprintf(misses, "%s FP [%s] %s\n", typ, r.label, r.text)
				}
			default:
				s.TN++
			}
		}
		recs, err := readSpans(filepath.Join(dir, lower+"_spans.json"))
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if splits[lower+"-spans\t"+r.ID] != split {
				continue
			}
			s.Spans++
			evs := spanCode(analyse(r.Text))
			found := false
			countries := map[string]bool{}
			for _, ev := range evs {
				if ev.Plover == typ && ev.Polarity == news.Asserted {
					found = true
					countries[ev.Source.Country] = true
				}
			}
			if found {
				s.Found++
			} else if misses != nil {
				fmt.Fprintf(misses, "%s SPAN-MISS %s\n", typ, r.Text)
			}
			if c := r.goldCountry(); c != "" {
				s.GoldCountry++
				if countries[c] {
					s.CountryRight++
				} else if misses != nil {
					fmt.Fprintf(misses, "%s COUNTRY want %s got %v: %s\n", typ, c, keys(countries), r.Text)
				}
			}
		}
		out = append(out, s)
	}
	return out, nil
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func detected(evs []news.Event, typ string) bool {
	for _, ev := range evs {
		if ev.Plover == typ && ev.Polarity == news.Asserted {
			return true
		}
	}
	return false
}

func readSplit(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read split: %w", err)
	}
	m := map[string]string{}
	for i, line := range strings.Split(string(b), "\n") {
		f := strings.Split(strings.TrimRight(line, "\r"), "\t")
		if i == 0 || len(f) != 3 {
			continue
		}
		m[f[0]+"\t"+f[1]] = f[2]
	}
	return m, nil
}

type gsrRow struct{ id, label, text string }

func readGSR(path string) ([]gsrRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read event gold: %w", err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read event gold %s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("read event gold %s: empty", path)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, h := range []string{"id", "label", "text"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("read event gold %s: no column %q", path, h)
		}
	}
	var out []gsrRow
	for _, r := range recs[1:] {
		out = append(out, gsrRow{id: r[col["id"]], label: r[col["label"]], text: r[col["text"]]})
	}
	return out, nil
}

type spanRecord struct {
	ID    string `json:"_id"`
	Text  string `json:"text"`
	Spans []struct {
		SourceRole json.RawMessage `json:"source_role"`
	} `json:"spans"`
}

// goldCountry is the country most annotators gave the source, "" if none.
func (r spanRecord) goldCountry() string {
	n := map[string]int{}
	best := ""
	for _, s := range r.Spans {
		var role struct {
			Main string `json:"main"`
		}
		if json.Unmarshal(s.SourceRole, &role) != nil || notCountry[role.Main] {
			continue
		}
		n[role.Main]++
		if best == "" || n[role.Main] > n[best] {
			best = role.Main
		}
	}
	return best
}

func readSpans(path string) ([]spanRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read event spans: %w", err)
	}
	var out []spanRecord
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, fmt.Errorf("read event spans %s: %w", path, err)
	}
	return out, nil
}

// InterimAnalyser stands in for the entity stage until it is merged: it
// tokenises a sentence and marks the countries, their nisba adjectives and
// their main cities from the small table below as LOC entities of that
// country. It lives here, not in the coder, and is for evaluation and
// tuning only: the lead passes the real pipeline to Events.
func InterimAnalyser() Analyser {
	type entry struct{ form, country string }
	var forms []entry
	for _, line := range strings.Split(strings.TrimSpace(interimPlaces), "\n") {
		f := strings.Split(line, "|")
		code := f[0]
		for _, w := range strings.Split(f[1], ",") {
			forms = append(forms, entry{arabic.Normalize(w), code})
		}
		for _, stem := range strings.Split(f[2], ",") {
			if stem == "" {
				continue
			}
			stem = arabic.Normalize(stem)
			for _, suf := range []string{"", "ة", "ين", "ون", "ان", "تين", "ا"} {
				forms = append(forms, entry{"ال" + stem + suf, code}, entry{stem + suf, code})
			}
		}
		if len(f) > 3 {
			for _, w := range strings.Split(f[3], ",") {
				forms = append(forms, entry{arabic.Normalize(w), code})
			}
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(interimGroups), "\n") {
		code, names, _ := strings.Cut(line, "|")
		for _, w := range strings.Split(names, ",") {
			forms = append(forms, entry{arabic.Normalize(w), code})
		}
	}
	index := map[string]string{}
	for _, e := range forms {
		index[e.form] = e.country
	}
	return func(text string) *news.Document {
		doc := &news.Document{Text: text}
		doc.Tokens = arabic.Tokenize(text)
		doc.Sentences = arabic.Sentences(text, doc.Tokens)
		byCountry := map[string]int{}
		for i := 0; i < len(doc.Tokens); i++ {
			t := doc.Tokens[i]
			if t.Kind != news.Word {
				continue
			}
			country, skip := lookupPlace(index, t.Norm)
			if country == "" && i+1 < len(doc.Tokens) {
				// two-word names: تل أبيب, حزب الله
				if c, s := lookupPlace(index, t.Norm+" "+doc.Tokens[i+1].Norm); c != "" {
					country, skip = c, s
					t.End = doc.Tokens[i+1].End
					i++
				}
			}
			if country == "" {
				continue
			}
			ei, ok := byCountry[country]
			if !ok {
				ei = len(doc.Entities)
				byCountry[country] = ei
				doc.Entities = append(doc.Entities, news.Entity{
					ID: country, Name: country, Type: news.LOC, Country: country, Actor: country,
				})
			}
			start := t.Start + prefixBytes(t.Text, skip)
			e := &doc.Entities[ei]
			e.Mentions = append(e.Mentions, news.Mention{Start: start, End: t.End, Text: text[start:t.End]})
		}
		return doc
	}
}

// lookupPlace finds a word in the place index, with up to two proclitics
// (و ف ب ل ك) before it; it returns the country and the number of letters
// to skip.
func lookupPlace(index map[string]string, w string) (string, int) {
	for skip := 0; skip <= 2; skip++ {
		if c, ok := index[w]; ok && arabic.AtLeastRunes(w, 3) {
			return c, skip
		}
		r, n := utf8.DecodeRuneInString(w)
		switch r {
		case arabic.Waw, arabic.Feh, arabic.Beh, arabic.Lam, arabic.Kaf:
			w = w[n:]
			if r == arabic.Lam && strings.HasPrefix(w, "ل") {
				if c, ok := index["ا"+w]; ok {
					return c, skip + 1
				}
			}
		default:
			return "", 0
		}
	}
	return "", 0
}

// prefixBytes returns the length in bytes of the first n letters of s,
// skipping marks.
func prefixBytes(s string, n int) int {
	i := 0
	for n > 0 && i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsLetter(r) {
			n--
		}
	}
	return i
}

// interimGroups: the country of a few armed groups that news names often.
const interimGroups = `
AFG|طالبان
PSE|حماس,كتائب القسام,الجهاد الإسلامي,كتائب الأقصى
LBN|حزب الله
IRQ|جيش المهدي,الصحوة
`

// interimPlaces: CAMEO country code | names | nisba stems | cities.
const interimPlaces = `
IRQ|العراق|عراقي|بغداد,البصرة,الموصل,كركوك,الفلوجة,بعقوبة,الرمادي,تكريت,سامراء,النجف,كربلاء,ديالى,الأنبار,نينوى,أربيل,الكوت,الحلة,المقدادية
SYR|سوريا,سورية|سوري|دمشق,حلب,حمص,حماة,درعا,إدلب,اللاذقية,دير الزور
LBN|لبنان|لبناني|بيروت,طرابلس,صيدا,صور,الضاحية,كترمايا
ISR|إسرائيل,اسرائيل|إسرائيلي,اسرائيلي|تل أبيب,تل ابيب
PSE|فلسطين|فلسطيني|غزة,رام الله,الخليل,نابلس,جنين,الضفة,القدس,رفح,خان يونس
EGY|مصر|مصري|القاهرة,الإسكندرية,السويس,الأقصر,أسيوط,سيناء
JOR|الأردن|أردني|عمان
SAU|السعودية|سعودي|الرياض,جدة,مكة,المدينة
YEM|اليمن|يمني|صنعاء,عدن,تعز,صعدة,الحديدة
IRN|إيران,ايران|إيراني,ايراني|طهران
TUR|تركيا|تركي|أنقرة,إسطنبول,اسطنبول
AFG|أفغانستان,افغانستان|أفغاني,افغاني|كابول,قندهار,هلمند
PAK|باكستان|باكستاني|إسلام آباد,كراتشي,بيشاور,لاهور,سوات,وزيرستان,منغورا
USA|الولايات المتحدة,أمريكا,أميركا,واشنطن|أمريكي,أميركي,امريكي,اميركي|نيويورك
RUS|روسيا|روسي|موسكو,الشيشان
CHN|الصين|صيني|بكين
GBR|بريطانيا|بريطاني|لندن
FRA|فرنسا|فرنسي|باريس
DEU|ألمانيا,المانيا|ألماني,الماني|برلين
SDN|السودان|سوداني|الخرطوم,دارفور
SOM|الصومال|صومالي|مقديشو,بيدوا
LBY|ليبيا|ليبي|طرابلس,بنغازي
TUN|تونس|تونسي|
DZA|الجزائر|جزائري|
MAR|المغرب|مغربي|الرباط,الدار البيضاء
MRT|موريتانيا|موريتاني|نواكشوط
KWT|الكويت|كويتي|
BHR|البحرين|بحريني|المنامة
QAT|قطر|قطري|الدوحة
ARE|الإمارات|إماراتي|أبوظبي,دبي
OMN|عمان|عماني|مسقط
IND|الهند|هندي|نيودلهي,مومباي,كشمير
THA|تايلاند|تايلاندي|بانكوك
NPL|نيبال|نيبالي|كاتماندو
UKR|أوكرانيا|أوكراني|كييف
GEO|جورجيا|جورجي|
NGA|نيجيريا|نيجيري|
KEN|كينيا|كيني|نيروبي
ETH|إثيوبيا,اثيوبيا|إثيوبي,اثيوبي|أديس أبابا
GRC|اليونان|يوناني|أثينا
ITA|إيطاليا|إيطالي|روما
ESP|إسبانيا|إسباني|مدريد
JPN|اليابان|ياباني|طوكيو
KOR|كوريا|كوري|سيول
PHL|الفلبين|فلبيني|مانيلا
IDN|إندونيسيا|إندونيسي|جاكرتا
LKA|سريلانكا|سريلانكي|كولومبو
BGD|بنغلاديش|بنغلاديشي|دكا
`
