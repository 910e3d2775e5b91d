package nameparts

import (
	"rasad/internal/arabic"
	"rasad/internal/entity/shape"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Bodies is what Official asks of the article's mentions.
type Bodies interface {
	// Body returns the country of the organisation whose name begins at
	// token k, and its last token; last is -1 when no organisation's name
	// begins there, and the country "" when it has none.
	Body(k int) (country string, last int)
	// Seat returns the country of the known place or country whose name
	// begins at token k, and its last token; last is -1 when none begins
	// there.
	Seat(k int) (country string, last int)
	// InName reports whether token k is in a name the article gives,
	// and whether that name is a person's.
	InName(k int) (in, person bool)
}

// maxOfficial is how many tokens before a name the role that introduces
// it is read over (المتحدث الرسمي باسم مركز الملك سلمان للإغاثة والأعمال
// الإنسانية رأفت الصباغ).
const maxOfficial = 14

// onBehalf is the search key of باسم, "on behalf of", between a
// spokesman's noun and his body (المتحدث باسم الوزارة).
var onBehalf = arabic.SearchKey("باسم")

// lam and over are the prepositions ل written apart (لـ, before a quoted
// name) and على, "over", as a token's Norm has them.
var (
	lam  = lexicon.Key("لـ")
	over = lexicon.Key("على")
)

// Official returns the country of the body whose official the person
// named at token i is, from the role that introduces him in his clause
// (which begins at token begin): a role noun (المتحدث, مدير, ممثل) with
// its definite adjectives (الرسمي, التنفيذي), then the body in an idafa
// (مدير مركز ...), after the ل of belonging (المدير التنفيذي لمركز ...)
// or after باسم (المتحدث الرسمي باسم مركز الملك سلمان للإغاثة), or after
// في when the role is in an idafa with its department (مدير العلاقات
// العامة في الخطوط السعودية), then only the rest of the body's name (its
// definite words, joined by و) or titles before the name. An official
// speaks and acts for his body, whatever his birth: he is of its country.
// So is the holder of the office of a place, the role noun in an idafa
// with it (محافظ حضرموت, رئيس بلدية إسطنبول): he governs it. "" when no
// such role is found, or when its body has no country.
func Official(toks []news.Token, begin, i int, ms Bodies) string {
	lx := lexicon.Default()
	person := -1 // the last token of a person's name passed: one in the body's (مركز الملك سلمان), or another person's
	for j := i - 1; j >= begin && i-j <= maxOfficial; j-- {
		t := &toks[j]
		if t.Kind != news.Word {
			if shape.Opening(t.Text) || shape.Closing(t.Text) {
				continue // the marks around a quoted body's name («مركز الملك سلمان للإغاثة»)
			}
			return ""
		}
		in, named := ms.InName(j)
		if c, last := ms.Body(j); last >= 0 {
			if last < person || !roleOf(toks, begin, j) {
				return ""
			}
			return c
		}
		if c, last := ms.Seat(j); last >= 0 && c != "" && last > person && governs(toks, begin, j) {
			return c // محافظ حضرموت عادل باحميد: the governor of a place
		}
		if named {
			person = max(person, j)
			continue
		}
		w, _ := lx.Bare(t)
		if !in && !lexicon.Definite(t) && !w.Has("title") && !w.Has("rank") {
			return "" // a word of another phrase: no body's name goes on so
		}
	}
	return ""
}

// roleOf reports whether the body whose name begins at token b is the
// genitive of a role before it: in an idafa, the role noun just before it
// (مدير مركز); after باسم or the ل of belonging, written on the body or
// apart before its quoted name (للمتحدث الرسمي لـ «مركز ...»), a role noun
// with at most two definite adjectives between (المدير التنفيذي لمركز);
// after على, a noun of being in charge, whose complement على introduces
// (the lexicon's role-over: المشرف العام على مركز ..., the supervisor of
// the centre).
func roleOf(toks []news.Token, begin, b int) bool {
	lx := lexicon.Default()
	k := b - 1
	_, cl := lexicon.StemOf(&toks[b])
	construct, role, lookup := cl.Prep == "", "role", lx.Bare
	if k >= begin && toks[k].Kind == news.Punctuation && shape.Opening(toks[k].Text) {
		k--
	}
	word := k >= begin && toks[k].Kind == news.Word
	switch {
	case word && arabic.SearchKey(toks[k].Norm) == onBehalf:
		k, construct = k-1, false
	case cl.Prep != "" && cl.Prep != "ل":
		return false // ب, ك: how or like, not whose
	case word && construct && toks[k].Norm == lam:
		k, construct = k-1, false
	case word && construct && toks[k].Norm == in:
		return staffOf(toks, begin, k-1)
	case word && construct && toks[k].Norm == over:
		k, construct, role, lookup = k-1, false, "role-over", lx.Stem // (definite forms only: the lexicon's bare words head places' names)
	}
	for n := 0; k >= begin && n <= 2 && toks[k].Kind == news.Word; k, n = k-1, n+1 {
		w, c := lookup(&toks[k])
		if w.Has(role) && (c.Prep == "" || c.Prep == "ل" || c.Prep == "ب") { // (للمتحدث, بمدير: the role's own case is its clause's)
			return !construct || n == 0 && !lexicon.Definite(&toks[k])
		}
		if construct || !lexicon.Definite(&toks[k]) {
			return false
		}
	}
	return false
}

// Staff reports whether the words that end at token k, before the في or
// the ب of a body, are a role noun in an idafa with its department, which
// names no one (named reports a mention at a token): he is of the body's
// staff (مفوض المنافسة في الاتحاد الأوروبي, مفوض الشؤون الاقتصادية
// بالاتحاد الأوروبي), not an envoy seated at it (مندوب المملكة في الأمم
// المتحدة).
func Staff(toks []news.Token, k int, named func(int) bool) bool {
	for j := k; j >= 0 && k-j <= maxDepartment && toks[j].Kind == news.Word && !named(j); j-- {
		if w, c := lexicon.Default().Bare(&toks[j]); w.Has("role") && c.Prep == "" && !lexicon.Definite(&toks[j]) {
			return staffOf(toks, j, k)
		}
	}
	return false
}

// staffOf reports whether the words that end at token k (before في and a
// body) are a role noun in an idafa with its department (مدير العلاقات
// العامة, مدير إدارة الإعلام). A definite role before في (الباحث المقيم
// في) says where he works, not whose official he is.
func staffOf(toks []news.Token, begin, k int) bool {
	return officeOf(toks, begin, k, 1, true)
}

// governs reports whether the place whose name begins at token b, with
// no preposition on it, is the genitive of an office just before it: an
// indefinite role noun, or an office of two words that the lexicon lists
// as a role, in an idafa with it (محافظ حضرموت, رئيس بلدية إسطنبول; not
// عميد معهد ابن سيناء, whose سيناء is a name's).
func governs(toks []news.Token, begin, b int) bool {
	if _, cl := lexicon.StemOf(&toks[b]); cl.Prep != "" {
		return false
	}
	k := b - 1
	if k < begin || toks[k].Kind != news.Word || lexicon.Definite(&toks[k]) {
		return false
	}
	lx := lexicon.Default()
	if w, c := lx.Bare(&toks[k]); w.Has("role") {
		return c.Prep == ""
	}
	if k-1 < begin || toks[k-1].Kind != news.Word {
		return false
	}
	_, c := lexicon.StemOf(&toks[k-1])
	form, _ := lexicon.WithoutConjunction(&toks[k-1])
	return c.Prep == "" && lx.Word(form+" "+toks[k].Norm).Has("role")
}

// maxDepartment is the most words between a role noun and the body or
// place that it heads in an idafa (العلاقات العامة والإعلام).
const maxDepartment = 3

// officeOf reports whether the words that end at token k are an
// indefinite role noun in construct (no preposition on it) and at least
// least words of its complement after it, none with a clitic, none a
// function word, definite ones only when definite is set.
func officeOf(toks []news.Token, begin, k, least int, definite bool) bool {
	lx := lexicon.Default()
	for n := 0; k >= begin && n <= maxDepartment && toks[k].Kind == news.Word; k, n = k-1, n+1 {
		w, c := lx.Bare(&toks[k])
		def := lexicon.Definite(&toks[k])
		if !def && w.Has("role") && c.Prep == "" {
			return n >= least
		}
		if info, _ := arabic.DefaultSegmenter().Lookup(toks[k].Norm); c.Prep != "" || c.Conj != "" || info.Function || def && !definite {
			return false
		}
	}
	return false
}

// Titled reports whether the person named at token i is introduced by a
// role noun in his clause (which begins at token begin), the office
// before his name with its genitives and adjectives (وزير حقوق الإنسان عز
// الدين الأصبحي). A person has the title said before his name; a role
// noun right after it, with no comma between, begins the verb's object
// (دعا وزير حقوق الإنسان عز الدين الأصبحي مفوض الأمم المتحدة: the UN
// commissioner is the one called on), not his apposition. The office is
// one with its complement (وزير حقوق الإنسان, وزير الدولة لشؤون مجلس
// الوزراء: at most maxTitle words back): a bare title or rank just before
// the name (الرئيس عبدالله يامين رئيس جمهورية المالديف, الجنرال جون كامبل
// قائد قوات الحلف) leaves his office to the apposition after it.
func Titled(toks []news.Token, begin, i int) bool {
	const maxTitle = 4
	lx := lexicon.Default()
	for j := i - 1; j >= begin && i-j <= maxTitle; j-- {
		if toks[j].Kind != news.Word {
			return false
		}
		w, c := lx.Bare(&toks[j])
		if w.Has("role") && c.Prep == "" {
			return j < i-1
		}
		if info, _ := arabic.DefaultSegmenter().Lookup(toks[j].Norm); info.Function || w.Has("prep") {
			return false // a word of the clause (التقى محافظ كركوك مع ...): no title goes on so
		}
	}
	return false
}
