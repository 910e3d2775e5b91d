package report

import (
	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
)

// set makes a class of words, normalised as package arabic does.
var set = vocab.NormalSet

// mannerNouns are the nouns of manner after ب (بصفة, بشكل, بصورة), and
// regularAdjectives the adjectives that make the manner a habit (منتظمة,
// دورية, متكررة, يومية); regularWords the adverbs of regularity (بانتظام,
// with its ب: عدم انتظام is no adverb; دوريا, يوميا); timesNouns the nouns of occasion (مرة, مرات, مناسبة),
// timesBefore the words of more than one before them (عدة مرات, كل مرة)
// and timesAfter those after them (مرات عديدة, مناسبات كثيرة).
var (
	mannerNouns       = set("صفة", "شكل", "صورة")
	regularAdjectives = set("منتظمة", "منتظم", "دورية", "دوري", "متكررة", "متكرر", "يومية", "يومي", "أسبوعية", "أسبوعي", "شهرية", "شهري")
	regularWords      = set("انتظام", "دوريا", "يوميا", "أسبوعيا", "شهريا")
	timesNouns        = set("مرة", "مرات", "مناسبة", "مناسبات")
	timesBefore       = set("عدة", "كل", "مختلف")
	timesAfter        = set("عديدة", "عدة", "كثيرة", "متكررة", "متعددة")
)

// Repeated reports whether the clause of the act at ws[k] tells it as done
// by habit or again and again, no act of one day: an adverbial of
// regularity (بصفة منتظمة, بشكل دوري, بانتظام, يوميا) or of repetition
// (عدة مرات, أكثر من مرة, في أكثر من مناسبة, مرات عديدة, في كل مرة).
// A clause that names the day (أمس, اليوم, a weekday) tells acts of that
// day: several strikes yesterday are yesterday's news. (A second time,
// مرة أخرى, للمرة الثانية, is one act.)
func Repeated(ws []Word, k int) bool {
	l, r := clause(ws, k)
	found := false
	for j := l + 1; j < r; j++ {
		x := &ws[j]
		switch {
		case x.Cue == vocab.CueRecent:
			return false
		case regularWords[x.Rest] && (x.Prep == "ب") == (x.Rest == arabic.Normalize("انتظام")),
			regularAdjectives[x.Rest] && j > l+1 && mannerNouns[ws[j-1].Rest] && ws[j-1].Prep == "ب":
			found = true
		case timesNouns[x.Rest] && x.Prep == "":
			found = found || j > l+1 && timesBefore[ws[j-1].Rest] ||
				j > l+2 && ws[j-1].Rest == "من" && ws[j-2].Rest == arabic.Normalize("أكثر") ||
				j+1 < r && timesAfter[ws[j+1].Rest]
		}
	}
	return found
}
