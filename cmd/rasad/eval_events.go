package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
	"rasad/internal/eval"
	"rasad/internal/event"
	"rasad/internal/news"
)

// runEvalEvents scores the event coder on the Arabic event gold set:
// detection of ASSAULT and PROTEST sentences and the source country of the
// span records.
func runEvalEvents(ctx context.Context, env *env, args []string) error {
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	dir := fs.String("gsr", "../shared/data/arabic-event-gsr", "the arabic-event-gsr `DIR`")
	split := fs.String("split", "test", "the split to score: test or dev")
	misses := fs.String("misses", "", "write each error to `FILE` (for tuning on dev)")
	fs.Usage = func() {
		fmt.Fprint(env.stderr, `usage: rasad eval events [flags]

Score the event coder on arabic-event-gsr: detection F1 on *_gsr.csv and the
span records of *_spans.json, for PLOVER ASSAULT and PROTEST.

flags:
`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *split != "test" && *split != "dev" {
		fmt.Fprintf(env.stderr, "rasad eval events: --split must be test or dev\n")
		return errUsage
	}
	var mw io.Writer
	if *misses != "" {
		f, err := os.Create(*misses)
		if err != nil {
			return err
		}
		defer f.Close()
		mw = f
	}
	coder := event.DefaultCoder()
	scores, err := eval.Events(ctx, *dir, *split, interimAnalyser(), coder.Code, coder.WithMentions().Code, mw)
	if err != nil {
		return err
	}
	for _, s := range scores {
		s.Write(env.stdout)
	}
	return nil
}

// interimAnalyser stands in for the entity stage until it is merged: it
// tokenises a sentence and marks the countries, their nisba adjectives and
// their main cities from the small table below as LOC entities of that
// country. It lives here, not in the coder, and is for evaluation only.
func interimAnalyser() eval.Analyser {
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
		if c, ok := index[w]; ok && utf8.RuneCountInString(w) > 2 {
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
