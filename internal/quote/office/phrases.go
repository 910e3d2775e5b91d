package office

// Word is what Phrases needs to know of one token of an article.
type Word struct {
	Ent, Men int32 // the entity mentioned here and the index of its mention, -1 if none
	Person   bool  // that entity is a person
	Word     bool  // a word, no punctuation
	Quoted   bool  // inside quotation marks
	Comma    bool  // a comma
	Role     bool  // a role noun (وزير، الوزير)
	RolePrep bool  // ... after a preposition (للوزير)
	Lam      bool  // ... after ل (للمرشد)
	Plural   bool  // ... in the plural (المواطنون)
	Modifier bool  // a word a role phrase may hold: a nisba, a title, the article
	Link     bool  // باسم، بلسان: a body's name follows
	Ends     bool  // a word that ends an apposed role: a complementizer, a cue, a stop
	ConjRole bool  // a role noun after و (والرئيس التنفيذي)
	Genitive bool  // a role whose genitive is the name after it (نائب البشير: quote/parts.Genitive)
	// For Object: a noun that heads a person's description (a role,
	// title, trade, rank, kin, epithet: الشاب), a definite noun that names
	// no person, time or place and no list of quote knows (الأمر), and a
	// word without the article, a name or a class (where a verb stands),
	// a particle before a verb (قد، لقد), a word after و or ف.
	Describes, Thing, Bare, Particle, Conj bool
}

// MaxBack is how far before a name its role phrase may begin: المتحدث
// باسم المؤسسة الأمنية الفلسطينية اللواء عدنان الضميري.
const MaxBack = 8

// Phrases calls add(a, b, e) for each role phrase [a, b) the article
// writes with a person e: before the first word of a mention of the
// person ("الرئيس الروسي فلاديمير بوتين"; with the body the office is of
// between them: الأمين العام لمجلس التعاون الدكتور عبداللطيف الزياني), not right after باسم or بلسان
// (ناطق بلسان نتنياهو is Netanyahu's spokesman, no office of his), nor
// right after a noun whose genitive the name is (نائب البشير: the
// deputy's office, not Bashir's), and in
// apposition after it (يوسف البنيان، نائب رئيس مجلس إدارتها), where offices
// joined by و are two. maxPhrase bounds an apposed phrase.
func Phrases(w []Word, maxPhrase int, add func(a, b, e int)) {
	for j := range w {
		e := w[j].Ent
		if e < 0 || !w[j].Person || (j > 0 && w[j-1].Ent == e && w[j-1].Men == w[j].Men) {
			continue
		}
		start := -1
		for k := j - 1; k >= 0 && j-k <= MaxBack; k-- {
			if w[k].Ent >= 0 && !w[k].Person && start < 0 && !afterLink(w, k) {
				if m := bodyAfterRole(w, k); m > 0 {
					k = m // الأمين العام لمجلس التعاون … الدكتور عبداللطيف الزياني
					continue
				}
			}
			if !w[k].Word || w[k].Quoted || w[k].Ent >= 0 && !afterLink(w, k) {
				break
			}
			if w[k].Role && w[k].Plural {
				break // وطالب المواطنون رئيس الحكومة بحاح: the plural is another phrase
			} else if w[k].Role {
				start = k
				continue
			}
			if w[k].Modifier || w[k].Link || afterLink(w, k) {
				continue
			}
			break
		}
		if start >= 0 && (j == 0 || !w[j-1].Link && !w[j-1].Genitive) {
			add(start, j, int(e))
		}
		k := j
		for k < len(w) && w[k].Ent == e && w[k].Men == w[j].Men {
			k++
		}
		if k+1 < len(w) && w[k].Comma && w[k+1].Role && !w[k+1].RolePrep {
			end := k + 1
			for end < len(w) && end-k <= maxPhrase && w[end].Word && !w[end].Quoted && !w[end].Ends {
				end++
			}
			from := k + 1
			for m := from + 1; m < end; m++ {
				if w[m].ConjRole {
					add(from, m, int(e))
					from = m
				}
			}
			add(from, end, int(e))
		}
	}
}

// bodyAfterRole returns where the mention of a body that ends at k starts
// when a singular role stands before it, over its adjectives, the office the body
// completes (الأمين العام لمجلس التعاون لدول الخليج العربية، مدير عام
// شركة أرامكو): a role phrase may name its body before the holder's name.
// 0 when no such role stands before.
func bodyAfterRole(w []Word, k int) int {
	m := k
	for m > 0 && w[m-1].Ent == w[k].Ent && w[m-1].Men == w[k].Men {
		m--
	}
	for r := m - 1; r >= 0 && m-r <= 3 && w[r].Word && w[r].Ent < 0 && !w[r].Quoted; r-- {
		if w[r].Role {
			if w[r].Plural || w[r].RolePrep {
				return 0
			}
			return m
		}
		if !w[r].Modifier {
			return 0
		}
	}
	return 0
}

// afterLink reports whether word k belongs to the body named after باسم:
// المتحدث باسم المؤسسة الأمنية.
func afterLink(w []Word, k int) bool {
	for i := k - 1; i >= 0 && k-i <= 4; i-- {
		if w[i].Link {
			return true
		}
		if !w[i].Word || w[i].Role {
			return false
		}
	}
	return false
}

// OfRole reports whether the person at j follows, over its modifiers, a
// role after ل that completes a role after k (over the words of its
// phrase): مستشار الشؤون الدولية للمرشد الإيراني علي أكبر ولايتي names the
// adviser, whose apposition the name is (the leader himself would be
// written without ل: مستشار المرشد علي خامنئي).
func OfRole(w []Word, j, k int) bool {
	i := j - 1
	for ; i > k && w[i].Word && w[i].Ent < 0 && !w[i].Quoted && !w[i].RolePrep; i-- {
		if !w[i].Modifier {
			return false
		}
	}
	if i <= k || !w[i].Lam {
		return false
	}
	for h := i - 1; h >= k && w[h].Word && w[h].Ent < 0 && !w[h].Quoted; h-- {
		if w[h].Role && !w[h].RolePrep {
			return true // the role the ل completes
		}
		if !w[h].Modifier {
			return false
		}
	}
	return false
}

// Object reports whether the person at j is the object of a verb before
// its phrase: a word no list knows that opens its clause (the verb; at k,
// after a mark or after a particle: ولقد دفع), a definite noun that names
// no person and no time (its subject), then a noun that heads a person's
// description and the person (دفع الأمر الشاب الفلسطيني معتز حجازي: the
// matter drove the young Palestinian). A noun with the article heads no
// genitive, so the description is not its complement: verb, subject,
// object. Not a time word between the verb and its subject (وصل الثلاثاء
// الرئيس بايدن) or an occasion (شرّف الحفل محافظ الرس: the governor
// honoured it), nor a trade or epithet (قال النجم الشاب).
func Object(w []Word, j, k int) bool {
	i := j - 1
	for ; i > k && w[i].Word && w[i].Ent < 0 && !w[i].Quoted && !w[i].RolePrep && (w[i].Modifier || w[i].Describes); i-- {
	}
	s := i + 1
	return i >= k && s+1 < j && w[i].Bare && !w[i].Particle && (w[i].Conj || i > k && w[i-1].Particle) && w[s].Thing && w[s+1].Describes && (i == k || !w[i-1].Word || w[i-1].Particle)
}
