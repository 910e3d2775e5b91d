// Package report holds the model of the event coder (package event) that
// decides whether a sentence reports its acts as news.
//
// Assaults and protests (the codes PLOVER maps to ASSAULT and PROTEST) are
// where news most often mentions an act that is not what it reports: the
// attack an inquiry is about, the assassination a tribunal judges, the
// bombings of past years, the toll since the start of the year. A sentence
// reports its acts of one kind (protests, or violence) as news, or mentions
// them, all together: they describe one incident. It reports them when a
// date expression dates a verb of them closely to the month or the day
// (شن بوتين هجومه على أوكرانيا في شباط/فبراير 2022; a noun so dated is
// most often a name, تفجيرات 11 سبتمبر, unless it opens an entry of a
// chronology: 21 مايو 2005: اغتيال ...) and no word of background or of a
// later frame (بعد, في أعقاب) governs it, or
// when a linear score is positive. The score adds the weights of the
// evidence below, read by hand from the sentence (each at its largest over
// the acts), of the lemmas of the acts and of the words of the sentence
// (for violence, of their stems); the weights (data/report.tsv, one model
// for protests and one for violence) were fitted by logistic regression on
// the dev split of arabic-event-gsr through the whole pipeline (the coder
// hands each act as an Act, Features reads it, Evidence gathers the acts
// of a sentence), the protest
// model jointly with the violence one (the few protests borrow what the two
// have in common), the settings chosen by repeated 10-fold
// cross-validation on dev (go run ./internal/event/cmd/fitreport), never
// on its test split.
//
// The package also tells the mood of any act (MoodOf): what Arabic grammar
// marks as wished, habitual, possible, stopped or no act at all (the
// subjunctive after أن, an adverb of habit, إمكانية, أوقف, a predicate
// noun), read from the words of its sentence (Word).
package report

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"rasad/internal/lexicon"
)

//go:embed data/report.tsv
var dataFS embed.FS

// The evidence that an act of material conflict is reported as news.
const (
	Bias       = iota
	VerbPast   // the trigger is a verb in the past tense (or a passive)
	Present    // the trigger is a verb in the present tense: habit or comment
	Noun       // the trigger is a noun
	Definite   // a noun with the article (الهجوم): an act already known
	Relative   // in a relative clause (الذي قتل في ...)
	Actor      // a named or described source or target
	Place      // a place after في
	Start      // the trigger opens its sentence (a headline: مقتل ...)
	Recent     // أمس, اليوم, a weekday in the sentence
	Casualty   // a toll: قتلى, جرحى, مصرعهم
	Count      // a number before a casualty word or a group (30 شخصا)
	Number     // any number in the sentence
	Year       // a year written out (2003)
	Background // background words (جريمة, محاكمة, ذكرى), at most two
	Many       // several acts of material conflict in the sentence
	Question   // a question
	Prior      // the word's own prior (prior= in the lexicon)
	Protest    // a protest (root 14), which news reports with less detail
	Passive    // a passive verb (قتل, اغتيل): the toll of an incident
	Report     // a reporting verb (أعلن, أفاد, قالت الشرطة)
	Protester  // demonstrators are the source (المتظاهرون رفعوا ...)
	Month      // a month named in the sentence: a dated report
	Undergo    // تعرض ل, نجا من: someone underwent or survived the act
	DatedDay   // a date expression of the sentence with a day dates the act
	DatedMonth // ... with a month but no day
	DatedYear  // ... with a year only (عام 2002): most often history
	Since      // منذ: a span of time, the frame of a statistic
	Stat       // حصيلة, إجمالي, عدد: a statistic of acts
	Pluperfect // كان or قد before the verb: the background of the news
	Governed   // a noun governed by a preposition (في الهجوم, بتفجير)
	Intent     // a word of intent, condition or future anywhere in the sentence
	Agent      // an unnamed armed or security actor is a party (مسلحون, الشرطة)
	After      // بعد, إثر, عقب just before the trigger: the frame of another act
	Long       // a long sentence (more than 40 words): commentary more than report
	DateNear   // a verb dated to the month or the day within six words of it
	Demand     // احتجاجا على, مطالبين, رافعين لافتات: what a protest is for, how it goes
	Street     // شوارع, ساحة, ميدان: where protests are held
	Occur      // a verb by which the act took place or was held (اندلعت مظاهرات, خرج آلاف) just before it
	Crowd      // a crowd counted in the sentence (آلاف, مئات, حشود)
	NFeatures
)

// Model is the linear model of report.go for one kind of act:
// weights of the features, of the words of the sentence (as they are, or
// by their stems: arabic Stem of the word without its clitics) and of the
// lemmas of its acts.
type Model struct {
	Feature [NFeatures]float64
	Word    map[string]float64
	Stem    map[string]float64
	Trigger map[string]float64
}

// Names name the features in data/report.tsv.
var Names = [NFeatures]string{
	Bias: "bias", VerbPast: "verb_past", Present: "present", Noun: "noun",
	Definite: "definite", Relative: "relative", Actor: "actor", Place: "place",
	Start: "start", Recent: "recent", Casualty: "casualty", Count: "count",
	Number: "number", Year: "year", Background: "background", Many: "many",
	Question: "question", Prior: "prior", Protest: "protest", Passive: "passive",
	Report: "report", Protester: "protester", Month: "month", Undergo: "undergo",
	DatedDay: "dated_day", DatedMonth: "dated_month", DatedYear: "dated_year",
	Since: "since", Stat: "stat", Pluperfect: "pluperfect", Governed: "governed",
	Intent: "intent", Agent: "agent", After: "after", Long: "long", DateNear: "date_near", Demand: "demand", Street: "street",
	Occur: "occur", Crowd: "crowd",
}

// Default reads the embedded data/report.tsv: group ("protest" or
// "violence"), "f:" and a feature name, "w:" and a word, "s:" and a stem
// or "t:" and a lemma, weight.
func Default() [2]Model { return lexicon.MustRead(dataFS, "data/report.tsv", Read) }

// Read reads a model in the format of data/report.tsv; errors name
// name:line.
func Read(name string, r io.Reader) ([2]Model, error) {
	var m [2]Model
	for g := range m {
		m[g].Word, m[g].Stem, m[g].Trigger = map[string]float64{}, map[string]float64{}, map[string]float64{}
	}
	index := map[string]int{}
	for i, n := range Names {
		index[n] = i
	}
	err := lexicon.ReadLines(r, name, func(_ int, t string) error {
		f := strings.Split(t, "\t")
		if len(f) != 3 {
			return fmt.Errorf("%d fields, want 3", len(f))
		}
		var g int
		switch f[0] {
		case "protest":
			g = 0
		case "violence":
			g = 1
		default:
			return fmt.Errorf("unknown group %q", f[0])
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return err
		}
		switch {
		case strings.HasPrefix(f[1], "f:"):
			i, ok := index[f[1][2:]]
			if !ok {
				return fmt.Errorf("unknown feature %q", f[1])
			}
			m[g].Feature[i] = w
		case strings.HasPrefix(f[1], "w:"):
			m[g].Word[f[1][2:]] = w
		case strings.HasPrefix(f[1], "s:"):
			m[g].Stem[f[1][2:]] = w
		case strings.HasPrefix(f[1], "t:"):
			m[g].Trigger[f[1][2:]] = w
		default:
			return errors.New("want a feature (f:), a word (w:), a stem (s:) or a lemma (t:)")
		}
		return nil
	})
	if err != nil {
		return m, fmt.Errorf("read report model %w", err)
	}
	return m, nil
}
