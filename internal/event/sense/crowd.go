package sense

import "rasad/internal/news"

// piloted reports whether the noun of a march at k (مسيرة, مسيرات) is the
// participle مُسيَّرة, "remotely piloted": the attribute of a noun of a
// craft right before it (طائرة مسيرة, الطائرات المسيرة, زوارق مسيرة), or
// a drone named alone, armed (مسيرة مفخخة) or the object of downing
// (أسقطت الدفاعات الجوية مسيرة): a weapon, no march of protest.
func piloted(toks []news.Token, k int) bool {
	if !is("piloted", tok(toks, k)) {
		return false
	}
	return is("craft", tok(toks, k-1)) || is("armed", tok(toks, k+1)) || is("downing", tok(toks, k-1)) || is("downing", tok(toks, k-2))
}

// crowded reports whether the verb of assembly at k (تجمع, احتشد, تجمهر)
// gathers a crowd for an aim of its own, no protest: the ل of purpose
// with a verbal noun of watching, greeting, welcoming, celebrating,
// mourning or prayer within the fourteen words after it (commas between) (تجمع العشرات
// لمشاهدة العرض, احتشد الأهالي لاستقبال الحجاج), or حول, around someone
// (تجمعوا حوله), unless a word of protest stands in the same words
// (تجمعوا للاحتجاج, تضامنا مع, للمطالبة).
func crowded(toks []news.Token, k int) bool {
	aim, protest := false, false
	ahead(toks, k, 14, true, func(t *news.Token) bool {
		switch {
		case is("protestaim", t):
			protest = true
		case is("crowdaim", t) && procliticPrep(t) == "ل", is("around", t):
			aim = true
		}
		return false
	})
	return aim && !protest
}

// natural reports whether the verb of striking at k (ضرب, اجتاح) has a
// force of nature as its subject: right after it (ضربتها الصاعقة) or
// before it, past the measure of its strength (زلزال ضرب المنطقة, زلزال
// بقوة 5.1 درجة، ضرب, زلزالا بقوة 5.7 درجة على مقياس ريختر ضرب): a
// disaster, no assault.
func natural(toks []news.Token, k int) bool {
	if is("nature", tok(toks, k+1)) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-9; j-- {
		t := &toks[j]
		switch {
		case t.Kind == news.Word && is("nature", t):
			return true
		case t.Kind == news.Number, t.Kind == news.Punctuation && aside(t.Text), t.Kind == news.Word && is("measure", t):
		default:
			return false
		}
	}
	return false
}

// burst reports whether the word of explosion at k has as its genitive a
// thing that bursts by itself, right after it or after أحد (انفجار إطار
// السيارة, انفجار أحد إطاراتها, انفجار أنبوب المياه): an accident.
func burst(toks []news.Token, k int) bool {
	return is("burst", tok(toks, k+1)) || is("oneof", tok(toks, k+1)) && is("burst", tok(toks, k+2))
}
