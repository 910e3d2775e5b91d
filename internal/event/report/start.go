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
