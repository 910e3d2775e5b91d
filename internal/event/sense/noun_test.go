package sense

import (
	"maps"
	"testing"
)

func init() {
	maps.Copy(lemmas, map[string]string{
		"هجمات": "هجوم", "غارات": "غارة", "الانسحاب": "انسحاب", "احتجاجه": "احتجاج", "احتجاجهم": "احتجاج",
		"محادثات": "محادثات", "المحادثات": "محادثات", "طالب": "طالب", "وطالب": "طالب",
		"مكالمات": "مكالمة", "اتصالات": "اتصال",
	})
	maps.Copy(nouns, map[string]bool{"انسحاب": true, "احتجاج": true, "محادثات": true, "مكالمة": true, "اتصال": true})
}

// TestIdleNouns holds verbal nouns of a trend (after a noun of pace), of
// an aim (after ل and a noun of starting), of a predicate (after هو),
// and of an act judged with its complements before كان.
func TestIdleNouns(t *testing.T) {
	checkIdle(t, "testdata/idlenouns.tsv")
}

// TestIdleIntercepted holds calls spied on and calls made.
func TestIdleIntercepted(t *testing.T) {
	checkIdle(t, "testdata/idleintercepted.tsv")
}
