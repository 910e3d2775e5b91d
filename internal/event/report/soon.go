package report

import "rasad/internal/lexicon"

// Soon reports whether the verb in the present at ws[k] names an act to
// come: an adverb of a time to come with no date (lexicon class
// time-soon: قريبا, لاحقا, في القريب العاجل, في وقت لاحق) stands in its
// clause. The present of Arabic news is both what goes on and what is
// planned; with such an adverb it is the plan (عدن تستقبل الرئيس هادي في
// القريب العاجل, يزور الوزير موسكو قريبا): alleged, not asserted. A verb
// in the past with one is done (وصل لاحقا), and قريبا before من is "near"
// (يقيم قريبا من الحدود).
func Soon(ws []Word, k int) bool {
	if !ws[k].Verb || !ws[k].Present || ws[k].Future {
		return false // (the future of س is its own: Coming, Under)
	}
	lx := lexicon.Default()
	l, r := clause(ws, k)
	for j := l + 1; j < r; j++ {
		if !ws[j].Text {
			continue
		}
		if lx.Has(ws[j].Norm, "time-soon") && (j+1 >= r || ws[j+1].Rest != "من") {
			return true
		}
		if j+1 < r && lx.Has(ws[j].Norm+" "+ws[j+1].Norm, "time-soon") {
			return true
		}
	}
	return false
}
