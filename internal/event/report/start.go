package report

import "rasad/internal/event/vocab"

// StartPoint reports whether the act at ws[k] is the point a span of time
// starts at: منذ (أن) opens its clause right before its verb, or before
// the verb that starts the act its noun names (تصاعدت الهجمات منذ أن
// بدأت أنقرة حملة ضربات جوية). Such a clause does not count a span, it
// states the act that opened it: the frame of منذ (Since) is the rest of
// the sentence's, not this act's.
func StartPoint(ws []Word, k int) bool {
	v := k
	if !ws[k].Verb {
		v = -1
		for j := k - 1; j >= 0 && j >= k-6 && !ws[j].Bound; j-- {
			if ws[j].Cue == vocab.CueLaunch {
				v = j
				break
			}
		}
	}
	if v < 1 {
		return false
	}
	j := v - 1
	if ws[j].Rest == "ان" && j > 0 { // منذ أن
		j--
	}
	return ws[j].Cue == vocab.CueSince
}

// Standing reports whether the verb in the present at ws[k] states a
// standing state: منذ in its clause puts it over a span from a point in
// the past up to now (ومنذ ذلك الحين تقيم إندونيسيا علاقات مع بيونغ يانغ,
// ويقدم حزب الله دعما للأسد في الحرب المستمرة منذ أربع سنوات): no act of
// the day. A first time since (يزور موسكو لأول مرة منذ 2010) is the act
// of the day, the span what it ends. So is a present told of what there
// is (Existing), as the reason of a state (Explaining) or as the standard
// of a comparison (Compared); and an event noun that an existential says
// there is (Existent: وهناك دعوة خطيرة).
func Standing(ws []Word, k int) bool {
	if !ws[k].Verb {
		return Existent(ws, k)
	}
	if !ws[k].Present {
		return false
	}
	if Existing(ws, k) || Explaining(ws, k) || Compared(ws, k) {
		return true
	}
	l, r := clause(ws, k)
	for j := l + 1; j < r; j++ {
		if ws[j].Cue != vocab.CueSince {
			continue
		}
		for q := j - 1; q > l && q >= j-3; q-- {
			if ws[q].Rest == "مرة" || ws[q].Rest == "مره" {
				return false // لأول مرة منذ
			}
		}
		return true
	}
	return false
}

// firstWords are the words of a first time (أول, الأولى, مرة) that put
// the act before منذ now, the span after it up to now.
var firstWords = set("أول", "أولى", "مرة")

// SinceYear reports whether the clause of ws[k] dates a span after منذ,
// not the act: a year after منذ (منذ 2008, لأول مرة منذ عام 2010) starts a
// span up to now, and so does any time after the منذ of a first time (أول
// زيارة منذ تسلمه مهامه في فبراير): the act of the clause is no history by
// that date.
func SinceYear(ws []Word, k int) bool {
	l, r := clause(ws, k)
	for j := l + 1; j < r; j++ {
		if ws[j].Cue != vocab.CueSince {
			continue
		}
		for q := j - 1; q > l; q-- {
			if firstWords[ws[q].Rest] {
				return true // أول زيارة لكارتر إلى بغداد منذ
			}
		}
		for q := j + 1; q < r && q <= j+2; q++ {
			if ws[q].Year {
				return true
			}
		}
	}
	return false
}
