package background

// chargeReach is how many words a charge may stand after the word of
// conviction (إدانة متهم (سعودي الجنسية) بافتياته: five).
const chargeReach = 6

// Charge reports whether the act at k of s is what a conviction found: a
// word of conviction (class conviction: إدانة, أدين) comes before it in
// its clause, with the first word after it with ب within chargeReach
// (بثبوت إدانة متهم بافتياته على ولي الأمر وخروجه عن طاعته من خلال سفره
// إلى سوريا; أدين ثلاثة بالسفر إلى العراق ومهاجمة قوات الأمن), and no
// verb between them and the act. The act is what the court found, done
// before the verdict: no news of the day, no record. أدان with its object
// without ب is condemnation (أدانت المملكة الهجوم, أدانته بأشد العبارات:
// an elative of degree, class condemn-degree, or a noun of manner is no
// charge). A verb at k is told in its own tense: no charge.
func Charge(s Sentence, k int) bool {
	if s.Word(k).Verb {
		return false // (what a court found is a noun: بسفره; a verb has its own tense)
	}
	l, _ := bounded(s, k, glossEnd) // (a gloss in brackets: متهم (سعودي الجنسية) بافتياته)
	for j := k - 1; j >= l; j-- {
		x := s.Word(j)
		if !has(x, "conviction") {
			if x.Verb {
				return false // واعتقل بعد إدانته بالسرقة وهاجم: another act
			}
			continue
		}
		for q := j + 1; q <= k && q <= j+chargeReach; q++ {
			y := s.Word(q)
			if y.Prep != "ب" || y.IsPrep {
				continue
			}
			return !has(y, "condemn-degree") && !has(y, "manner")
		}
		return false
	}
	return false
}
