package event

import (
	"cmp"
	"rasad/internal/event/clause"
	"slices"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/anaphor"
	"rasad/internal/event/background"
	"rasad/internal/event/blame"
	"rasad/internal/event/cameo"
	"rasad/internal/event/doer"
	"rasad/internal/event/force"
	"rasad/internal/event/frame"
	"rasad/internal/event/frame/convoy"
	"rasad/internal/event/frame/object"
	"rasad/internal/event/frame/setting"
	"rasad/internal/event/inflect"
	"rasad/internal/event/morph"
	"rasad/internal/event/occur"
	"rasad/internal/event/order"
	"rasad/internal/event/polarity"
	"rasad/internal/event/sense"
	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// arguments finds the source, the target, the polarity and the place of the
// act at t.
func (st *sentence) arguments(t *trigger, pair *[]actorRef, last *[]actorRef) {
	k := t.at
	p := t.f.P
	l, r := clause.Around(st, k)
	after := k + 1                   // where the target search starts
	var sources, sides []actorRef    // sides: the other side of a mutual act (see frame.Sides)
	objPhrase, aircraft := -1, false // a phrase that is the grammatical subject of a passive; aircraft: the verb's subject is an aircraft whose owner, named after it, is the doer (frame.Wielder)
	var holders bool                 // the sources are the two holders of a dual title (anaphor.Pair)
	agent := -1                      // the phrase of an event noun's agent in the genitive
	act := doer.ActDone(st, k, force.Violent(p.Code), len(st.done), func(i int) int { return st.done[i].at }, func(i int) bool { return len(st.done[i].sources) > 0 && force.Violent(st.done[i].f.P.Code) })
	if p.Kind == vocab.Verb && !t.f.Passive && !t.f.Participle {
		if pf, ok := st.passiveTwin(k, p); ok {
			// قتل is both قَتل and قُتل: active when a subject opens the
			// clause and an object follows the verb, else passive
			svo := st.svoSubject(k, l)
			obj := t.compl > k || st.objectFollows(k, r) || st.plainWord(k+1, r)
			vso := false
			if svo < 0 {
				// قتلت قوات الأمن ستة مسلحين: a subject and an object after
				for j := k + 1; j <= k+2 && j < r; j++ {
					if pi := st.phraseAt(j); pi >= 0 && st.phrases[pi].prep == "" && len(st.group(pi)) > 0 {
						e := pi
						for e+1 < len(st.phrases) && st.phrases[e+1].coord {
							e++
						}
						n := order.AfterSubject(st, st.phrases[e].end, st.b)
						vso = st.objectFollows(n-1, st.b) || st.plainWord(n, st.b) // (استهدف طيران التحالف أمس، المجمع: past the comma that ends the clause; بغارات عنيفة مواقع: past the instrument)
						break
					}
				}
			}
			before := obj && (doer.Relative(st, k, t.f.Present) >= 0 || doer.Elaborates(st, k, t.f.Present) && !force.Outcome(p.Code) && len(st.elaborated(k)) > 0) // القوات التي قصفت مواقع, قامت المقاومة بعملية حيث استهدفت عربتين: active, of the doer before (not هاجموا قرية حيث قتل 20 شخصا: a toll)
			if !vso && !before && (svo < 0 || !obj) && act < 0 {
				t.f = pf
				if svo >= 0 {
					objPhrase = svo
				}
			}
		}
	}
	if p.Kind == vocab.Verb {
		if t.f.Participle {
			// وأعرب هادي عن تقديره، مثمنا الدور المصري: the subject of the
			// verb that opens the sentence, never a noun after the participle
			sources = append([]actorRef{}, st.groupOf(doer.Accompanied(st, k))...)
		} else if t.f.Passive {
			if objPhrase < 0 { // (else the subject before the verb is its patient)
				objPhrase = frame.Relative(st, k, doer.Patient(st, k, r)) // (الشرطيين اللذين قتلا: the noun the relative pronoun stands for)
			}
			if pi := doer.Agent(st, k, r); pi >= 0 {
				sources = st.group(pi)
			}
		} else {
			// subject-verb: an actor phrase that opens the clause just
			// before the verb
			if pi := st.svoSubject(doer.Punctuated(st, k), l); pi >= 0 {
				sources = st.groupBack(pi)
				if len(sources) == 0 {
					sources = []actorRef{} // a subject we cannot name
				}
			} else if pi := max(doer.Apposed(st, k, l), frame.DualSubject(st, k, l, t.f.Person == dual), doer.CountedBefore(st, k, l)); pi >= 0 { // (القيادتين الصينية والتركية اتفقتا: the two nisbas)
				sources = st.group(pi) // إن خالد بحاح نائب رئيس الجمهورية سيجتمع
			}
			if pi, ok := doer.Topic(st, k, l); sources == nil && ok {
				sources = append([]actorRef{}, st.groupOf(pi)...) // القبائل في صنعاء ترفض الحوثي
			} else if pi := doer.Contrasted(st, k); sources == nil && pi >= 0 && t.f.Person != first {
				sources = st.group(pi) // أما الفلسطينيون، فقد حملوا حكومة نتنياهو المسؤولية
			}
			if sources == nil && t.f.Person == third && k+1 < r && vocab.Resumptive(st.toks[k+1].Norm) {
				// مقالا نشره هويدي انتقد فيه: a describing clause's subject is the noun's author
				sources = st.subjectBefore(k)
			}
			if pi := doer.Relative(st, k, t.f.Present); sources == nil && t.f.Person == third && pi >= 0 {
				sources = st.group(pi) // الوفد السعودي الذي وصل إلى القاهرة: the noun the relative clause describes, the phrase after the verb its object
			}
			intender, intended := doer.Intended(st, k)
			if sources == nil && intended && intender >= 0 {
				sources = st.group(intender) // يعتزم الجيش بحث: the one who intends it
			}
			// verb-subject: the verb agrees in the singular; a dual or
			// plural verb carries its subject
			if sources == nil && t.f.Person == third && !order.Fronted(st, k) && !(k > st.a && vocab.PronounThat(st.info[k-1].rest) && morph.Agrees(st.info[k-1].rest, st.info[k].rest, t.f.Present)) && !(t.f.Present && k > st.a && st.headline()) { // (أنه رفض لقاء أوباما: the pronoun is the subject; إن مجلس المحافظة طالب: the noun before; «هيومن رايتس ووتش» تتهم إسرائيل: a headline's subject comes first)
				for j := k + 1; j <= k+3 && j < r; j++ {
					if pi := st.phraseAt(j + 1); vocab.Among(st.info[j].rest) && pi >= 0 && st.phrases[pi].prep == "" {
						// أيد حلفاء غربيون بينهم الولايات المتحدة: the members named
						sources = st.group(pi)
						after = max(after, st.groupEnd(pi))
						break
					}
					if pi := st.phraseAt(j); pi >= 0 {
						if st.phrases[pi].prep == "" && !st.disagrees(k, pi) && !doer.OwnedByBetween(st, k, pi) && !doer.Charged(st, k, pi, p.Code) && !doer.Things(st, pi, p.Code) && !doer.Offered(st, k, pi) && frame.Counterpart(st, k) != pi { // (والتقى نظيره X: X is the object)
							sources, aircraft = st.group(frame.Wielder(st, pi)), st.phrases[pi].air && frame.Wielder(st, pi) != pi // وقصفت دبابة تابعة للجيش السوري: the army's
							e := frame.Wielder(st, pi)
							if g, pe := st.partitive(pi); len(g) > 0 && !doer.AsksFrom(st, k, pi) {
								// قوات من جيش الاحتلال: the group the members are of
								sources, e = g, pe
							} else if len(sources) == 0 && !doer.AsksFrom(st, k, pi) { // (طالب الوزير من الأتراك: the one asked)
								sources, e = st.titleGroup(pi)
							}
							if len(sources) == 0 {
								sources = []actorRef{}
							}
							after = max(after, frame.AppositionEnd(st, e, st.groupEnd(e)), object.TitleName(st, e, st.groupEnd(e)), doer.Branch(st, st.groupEnd(e))) // (جبهة النصرة ذراع تنظيم القاعدة: no object)
						}
						break
					}
					if q, ok := doer.Counted(st, k, j); ok || frame.SubjectNoun(st, j) || doer.Document(st, j) || doer.Critic(st, j) || doer.UnknownName(st, k, j, p.Code) || doer.Accuser(st, k, j, p.Code) || doer.NamelessSubject(st, k, j, slices.Contains(p.Tgt, "_")) {
						sources = append([]actorRef{}, st.groupOf(q)...) // وطالب البيان الحكومة: a subject we cannot name; the actor after it is the object; ودعا عدد من مناصري النظام: the group counted
						after = max(after, doer.CountingEnd(st, k, j))   // وخطفت الجبهة 8 عناصر: the count after the subject is the object
					}
					if len(p.With) == 0 && force.Violent(p.Code) && frame.ActSubject(st, j) == k {
						sources = []actorRef{} // the act noun is the subject: its doer is the noun's, not the speaker's
						if j+1 < r && st.qualifies(j+1) {
							after = max(after, j+2) // واستهدف تفجير انتحاري مسجدا: the bombing's adjective is no party of the verb
						}
					}
					if sources != nil || len(p.With) == 0 && (force.Violent(p.Code) || force.Outcome(p.Code)) && frame.ActSubject(st, j) == k || intended && doer.Chained(st, k, j) || st.info[j].bound || st.isVerb(j) || st.info[j].isPrep || st.info[j].cue == vocab.CueSite || st.info[j].prep != "" && !lexicon.Definite(&st.toks[j]) { // (زار مدينة عدن: the town visited; تندد بجرائم «داعش»: the genitive of a noun after a preposition)
						break
					}
				}
			}
			if sources == nil && t.f.Person == third && doer.Elaborates(st, k, t.f.Present) {
				sources = st.elaborated(k) // وصل كارتر إلى بغداد حيث التقى العبادي: the doer of the clause before
			}
		}
		if a, b := anaphor.Pair(st.doc, st.toks[k].Start); b >= 0 && !t.f.Passive && frame.TitleDual(st, k+1, func(w string) bool { return st.c.word(w).Title }) {
			sources, holders = []actorRef{{ent: a}, {ent: b}}, true // واتفق الرئيسان: the two holders just named
		} else if e := anaphor.Counterpart(st.doc, st.toks[k].Start, frame.CounterpartName(st, k)); sources == nil && !t.f.Passive && e >= 0 {
			sources = []actorRef{{ent: e}} // والتقى نظيره يوسف بن علوي: the one whose counterpart X is, named before (anaphor.Counterpart)
		}
		if pi := st.phraseEndingAt(k); sources == nil && !t.f.Passive && !t.f.Participle && t.f.Person != first && !st.info[k].conj && (pi < 0 || len(st.phrases[pi].ents) == 0) && doer.Describes(st, k) {
			sources = append([]actorRef{}, st.groupOf(pi)...) // لافتة تندد بجرائم «داعش»: the banner's (a name is no indefinite noun)
		}
		if sources == nil && !t.f.Passive && (t.f.Person == dual || t.f.Person == plural) && len(*pair) >= 2 && !doer.Resumes(st, k) { // (إنهم يؤيدون: the subject of the sentence)
			sources = *pair
		}
	} else if pi, other := occur.Parties(st, k, r, func(w string) bool { return st.c.word(w).Title }); p.Recip && pi >= 0 && (st.c.codes[p.Code].Plover == "ASSAULT" || p.Code == "041") { // (اتصال هاتفي بين الرئيسين: the two ends of a call)
		sources, sides, t.mutual = st.group(pi), st.groupOf(other), true // اشتباكات بين الجيش وحزب الله: the two sides
	} else if v := frame.ActSubject(st, k); v >= 0 && slices.ContainsFunc(st.info[v].forms, func(f form) bool {
		return f.P.Kind == vocab.Verb && len(f.P.With) == 0 && (force.Violent(f.P.Code) || force.Outcome(f.P.Code))
	}) {
		sources, objPhrase = *last, frame.ActObject(st, k)                               // كما دمرت إحدى الغارات دبابة: the raids told before; the tank is the verb's object
		t.launched = objPhrase >= 0 && force.PastVerb(st.info[v].rest, st.info[v].forms) // the act hit what the verb in the past says it hit: stated (not تفجرت الاشتباكات, which hits nobody)
		if !lexicon.Definite(&st.toks[k]) {
			sources = st.groupOf(st.phraseAt(k + 1)) // واستهدف تفجير انتحاري مسجدا: an indefinite act is a new one, not the act told before; its doer the bomber its adjective implies, if any
		}
	} else {
		// an event noun: its possessor is its agent
		if g := st.groupOf(frame.MainSubject(st, k)); (doer.Occasion(st, k) || order.Purpose(st, k, p.Code)) && len(g) > 0 { // (تظاهر الآلاف تنديدا: the marchers')
			sources, objPhrase = g, order.Denounced(st, k) // وقال كارتر: «…»، وذلك خلال لقاء مع جنود أميركيين
		} else if t.f.Pron {
			if t.f.PronDu && len(*pair) >= 2 {
				sources = *pair
			} else if len(*last) > 0 && frame.Occasion(st, k) {
				sources = *last // جاء ذلك لدى وصوله: the one who spoke or acted last
			} else if j := doer.Said(st, k); j >= 0 && frame.MainSubject(st, j) >= 0 {
				sources = append([]actorRef{}, st.group(frame.MainSubject(st, j))...) // معربا عن إدانته: the speaker's own
			} else {
				sources = st.subjectBefore(doer.PronounOwner(st, k)) // إردوغان سيزور إندونيسيا بعد انتهاء زيارته: the subject's
			}
		} else if from, to := frame.Received(st, k, l, r); from >= 0 {
			sources, objPhrase = st.group(from), to // تلقى ولي العهد اتصالا من بوتين: Putin called him
		} else if from := max(doer.Inviter(st, k), doer.Members(st, k, p.Code[:2] == "04")); from >= 0 {
			sources = st.group(from) // بدعوة من أردوغان: the host invites
		} else if each := frame.EachOf(st, k+1, st.b); len(each) > 0 && p.Code == "042" && !st.Phrase(each[0]).PersonIn {
			objPhrase = each[0] // زيارة كل من قطر وعمان: the places visited
		} else if len(each) > 0 {
			for _, pi := range each { // مشاركة كل من هولاند، وبوتين: each of them
				sources = append(sources, st.group(pi)...)
			}
		} else {
			for j := k + 1; j <= k+3 && j < r; j++ {
				pi := st.phraseAt(j)
				if pi < 0 {
					if st.info[j].bound || st.info[j].isPrep || st.info[j].prep != "" || len(st.info[j].forms) > 0 && j != t.compl && !slices.ContainsFunc(st.info[j].forms, func(f form) bool { return force.Joined(p.Code, f.P.Code, st.info[j].conj, j == k+1) }) { // (مداهمات لمنازل الفلسطينيين: the owner of the homes raided is no doer; الوساطة لحل الأزمة السورية: a noun after a preposition, and its genitive, are not the act's)
						break
					}
					continue
				}
				ph := st.phrases[pi]
				if p.Patient && (!order.Agent(st, k, pi) || doer.Dying(st, k)) || doer.Launched(st, k, l) >= 0 || pi == order.Receiver(st, k, p.With) || frame.AfterLight(st, k) || st.purpose(k) || p.Code == "042" && st.venue(pi, p) || (p.Code[:2] == "02" || p.Code[:2] == "10") && frame.Asked(st, pi) { // (زيارة عدن: Aden is visited; مطالبة حزب العمال بإبعاد: the PKK is asked)
					if ph.prep == "" {
						objPhrase = pi
					}
					break
				}
				if (ph.prep == "" && !doer.OwnedByBetween(st, k, pi) || ph.prep == string(arabic.Lam) && (frame.LaterTarget(st, pi, r, p.Tgt) || force.Possessor(st, k, pi, p.Code, p.Tgt))) && !st.venue(pi, p) { // (بحث موضوع القضية: the topic's, no doer)
					sources, agent = st.group(pi), pi
					after = max(after, st.groupEnd(pi))
				}
				break
			}
		}
	}
	possessed := p.Kind == vocab.Noun && len(sources) > 0 // the doers are the noun's genitive
	if n := k + 1; p.Kind == vocab.Noun && n < r && slices.ContainsFunc(st.info[n].forms, func(f form) bool {
		return f.P.Kind == vocab.Verb && !f.Present && morph.HasStem(st.info[k].rest, f.P.With)
	}) {
		after, t.launched = n+1, true // الهجوم نُفذ على موقع: the act noun is the subject of its own verb in the passive, which states it
	}
	uj, usubj := doer.Undergone(st, k, p.Kind == vocab.Noun)
	if uj >= 0 && objPhrase < 0 && usubj >= 0 {
		objPhrase = usubj // وتعرضت الحكومة العراقية لانتقادات: the subject undergoes
	} else if uj == k-1 && objPhrase < 0 {
		// تعرضت القوات لهجوم: the subject of تعرض is the target
		if pi := st.svoSubject(k-1, l); pi >= 0 {
			objPhrase = pi
		} else if pi := st.phraseAt(k); pi < 0 {
			for j := k - 1; j >= st.a && j >= k-3; j-- {
				if q := st.phraseEndingAt(j); q >= 0 && st.phrases[q].prep == "" {
					objPhrase = q
					break
				}
			}
		}
	}
	if len(sources) == 0 && p.Kind == vocab.Noun && (st.info[k].prep == string(arabic.Beh) || k > st.a && (st.info[k-1].rest == prepAla || st.info[k-1].rest == "من" || st.info[k-1].rest == "في")) { // (تمكنت من قتل, نجحت في)
		// قامت الشرطة بمداهمة, أقدم مسلحون على اقتحام: the subject of the
		// light verb; a light verb without one continues the subject of
		// the verb before (واصلت الميليشيا حملاتها، حيث أقدمت على اقتحام)
		if j := doer.Light(st, k); j >= 0 {
			sources = st.governing(t, j, l, last, true)
		}
	}
	if len(sources) == 0 && p.Kind == vocab.Noun {
		sources = st.groupOf(frame.Claimant(st, k, l)) // أعلنت «القاعدة» مسؤوليتها عن التفجير
	}
	if len(sources) == 0 && p.Kind == vocab.Noun && p.Patient {
		sources = st.groupOf(frame.TimeClauseDoer(st, k)) // مقتل ثلاثة جنود على يد تنظيم داعش: the agent of the act noun, whose genitive suffered it
	}
	if j, pi := doer.Ascribed(st, k); j >= 0 && force.Violent(p.Code) {
		sources = append([]actorRef{}, st.groupOf(pi)...) // في هجوم نسبته السلطات إلى حزب العمال: the one it is ascribed to, never who ascribes it
	}
	if len(sources) == 0 && p.Kind == vocab.Noun {
		// بدأت أنقرة حملة ضربات جوية: the subject of a verb that starts,
		// continues or steps up the act its object names
		if j := max(doer.Launcher(st, k, l), doer.Launched(st, k, l)); j >= 0 { // (وبدأ الحوثيون، وحلفاؤهم قصف: past the comma)
			sources = st.governing(t, j, l, last, false)
		}
	}
	if j, pi := doer.Committed(st, k); len(sources) == 0 && p.Kind == vocab.Noun && pi >= 0 {
		sources = st.group(pi)                                         // غارة جوية شنتها طائرة أميركية: the subject of a doer verb
		t.launched = force.PastVerb(st.info[j].rest, st.info[j].forms) // المجزرة التي ارتكبتها قوات الأسد: stated
	}
	if sources == nil && (p.Kind == vocab.Verb && !t.f.Passive || p.Code[:2] == "03") && k > st.a && (vocab.PronounThat(st.info[k-1].rest) || doer.Resumes(st, k) && (doer.But(st.Token(k-1)) || doer.Unnamed(st, k-1))) {
		// واقر التحالف ... انه نفذ, إنه مستعد: the pronoun is the subject of the verb that opens the sentence
		if pi := frame.MainSubject(st, k-1); pi >= 0 && doer.Disagrees(st, k-1, st.phrases[pi].start) || pi < 0 && doer.Unnamed(st, k-1) {
			sources = []actorRef{} // أشارت السلطات إلى أنه فجر نفسه: another, not named here; وقال حلفاء غربيون إنهم: a subject no actor names
		} else if pi >= 0 {
			sources = st.group(pi)
		}
	}
	if len(sources) == 0 {
		if sp, ok := st.speaker(k); ok && (p.Kind == vocab.Noun || t.f.Person != third || sources == nil) && !(p.Kind == vocab.Verb && st.info[k].conj && len(st.done) > 0 && len(st.done[len(st.done)-1].sources) > 0 && !cameo.Verbal(p.Code)) { // (تفرض حصارا وتنكل: the subject goes on)
			sp.said = true
			sources = doer.Teller(st, k, t.f.Person == first || p.Patient, []actorRef{sp}) // (إن العالم رحب: the world's, no record)
		}
	}
	if sources == nil && p.Kind == vocab.Noun && doer.Called(st, k, func(j int) bool {
		return len(st.info[j].forms) > 0 && st.info[j].forms[0].P.Kind == vocab.Verb && (strings.Contains("02 10", st.info[j].forms[0].P.Code[:2]) || !p.Recip && strings.Contains("05 11 12", st.info[j].forms[0].P.Code[:2]))
	}) {
		sources = []actorRef{} // دعت المنظمات للتنديد: asked for, not done; رحب بالزيارة: another's act, judged (أشاد بالاجتماع: his own)
	}
	if sources == nil && p.Kind == vocab.Noun && !t.f.Pron && !p.Patient && (objPhrase < 0 || st.purpose(k) || objPhrase == order.Receiver(st, k, p.With)) && p.Code < "15" && !frame.During(st, k) {
		// (خلال الزيارة: the act told before; دعوة الملك لزيارة: the host;
		// تلقى أردوغان دعوة من بوتين لزيارة: the one who received it)
		if n := doer.InvitedBy(st, k); n >= 0 && !background.Occasion(st, n, true) {
			sources = st.subjectBefore(n)
		} else if j := doer.Said(st, k); j >= 0 && frame.MainSubject(st, j) >= 0 {
			sources = append([]actorRef{}, st.group(frame.MainSubject(st, j))...) // مؤكدا استمرار المباحثات: the one who says it
		} else if c, ok := frame.Witnessed(st, k, p.Code); ok {
			sources = st.resolvedOnly([]actorRef{{ent: -1, country: c, actor: c}}) // تشهد كربلاء مظاهرات: the scene; its country's people, or nobody named (c "")
		} else if !doer.Invited(st, k) {
			sources = st.subjectBefore(k)
		}
	}
	if sources == nil && (p.Kind == vocab.Verb && !t.f.Passive || p.Kind == vocab.Noun && !p.Patient) {
		// نفت إيران أن تكون أرسلت: the subject of a complement clause is
		// the one who denies, or the one accused (اتهمت X Y بأنها ...)
		sources = st.governor(k)
	}
	if pi := doer.Opening(st, k); sources == nil && p.Kind == vocab.Verb && !t.f.Passive && t.f.Person == third && len(st.done) == 0 && pi >= 0 {
		sources = st.group(pi) // وتحدث الوزير الألماني ... وأعرب عن أمله: the subject of the verb that opens the sentence, not another sentence's doer
	}
	if sources == nil && p.Kind == vocab.Verb && !t.f.Passive && len(*last) > 0 && (t.f.Person != dual || len(*last) == 2) && (st.info[k].conj || k > st.a && vocab.PronounThat(st.info[k-1].rest)) {
		sources = *last
		ents, names := []int{}, []string{}
		for _, x := range *last {
			ents, names = append(ents, x.ent), append(names, x.name)
		}
		if j := anaphor.Continued(st.doc, st.toks, k, ents, names); j >= 0 {
			if sp, ok := st.speaker(j); ok && sp.ent >= 0 { // (a named speaker, not «المصادر»)
				sources = []actorRef{sp} // فقال نصر الله إن «…». ونفى أن يكون: the speaker the paragraph quoted last
			}
		}
	}
	if uj >= 0 && !possessed || force.Done(st, k) {
		// تعرض كيري لانتقادات: the one who undergoes it is no doer; the doer
		// is named after من قبل or من, else not in the sentence
		sources = append([]actorRef{}, st.groupOf(doer.UndergoneBy(st, k, r))...)
	}
	if len(sources) == 0 && force.Toll(p.Code) {
		sources = st.groupOf(force.ClashedWith(st, k))
		t.inferred = len(sources) > 0
	}
	if len(sources) == 0 && st.Token(k).Clash {
		sources = st.groupOf(force.Waged(st, k)) // تخوض المقاومة اشتباكات مع الحوثيين: the side that wages them
	}
	if p.Code == "042" && (p.Kind == vocab.Verb || k == st.a && p.Visitor) { // (a headline: وصول سفينة إغاثة إماراتية لميناء عدن, هبوط طائرة إماراتية تحمل مساعدات; وصول المساعدات inside a sentence is often what is hoped or blocked)
		sources = st.aid(t, sources, r)
	}
	sources = doer.Doers(act, p.Kind == vocab.Verb && !t.f.Passive, sources, func(i int) []actorRef { return st.done[i].sources })
	if len(sources) >= 2 && !t.mutual {
		*pair = append([]actorRef(nil), sources...)
	}
	if len(sources) > 0 && p.Kind == vocab.Verb {
		*last = sources
	}
	t.sources = sources

	// target
	var cands []actorRef
	if objPhrase >= 0 {
		cands = st.group(frame.Member(st, objPhrase))
	} else if len(p.Tgt) > 0 {
		// a direct object comes before any preposition (object.End)
		objEnd := object.End(st, after, r, t.compl, cameo.Verbal(p.Code))
		for pi := range st.phrases {
			ph := &st.phrases[pi]
			if ph.start < after || ph.start >= r || ph.coord || p.Kind == vocab.Noun && cameo.Verbal(p.Code) && ph.start > frame.NounEnd(st, k, t.compl, r) {
				continue
			}
			if t.compl >= ph.start && t.compl < ph.end {
				continue // the complement is not the target
			}
			if p.Kind == vocab.Noun && ph.prep == string(arabic.Lam) && ph.air && (len(t.sources) == 0 || t.sources[0].said) {
				t.sources, sources = st.group(pi), st.group(pi) // قصف في نهاية الأسبوع للطيران التركي: aircraft after ل are the doer
				continue
			}
			ok := slices.Contains(p.Tgt, ph.prep) && (ph.prep != "من" || !slices.Contains(p.Tgt, "_") || ph.start-1 == after) || (ph.prep == "" /* طالب من الأتراك: من names whom it asks only right after the verb or its subject (طالب بتشكيل قوات من الجيش: a partitive) */ && slices.Contains(p.Tgt, "_") && ph.start < objEnd &&
				(!p.NeedTarget || frame.ObjectAt(st, after, ph.start))) || ph.prep == "" && slices.Contains(p.Tgt, object.Governed(st, pi, max(after, t.compl+1), t.compl > k)) || // (حصارا على مجاميع ميليشيات الحوثي: the genitive of the noun على governs)
				ph.prep == "" && p.NeedTarget && !slices.Contains(p.Tgt, "_") && slices.Contains(p.Tgt, object.Governed(st, pi, after, true)) // (حررت القوات الطريق من سيطرة داعش: the object before, the holder after من سيطرة)
			if !ok {
				continue
			}
			if g := st.group(frame.Wielder(st, pi)); len(g) > 0 && !(force.Violent(p.Code) && frame.Beside(st, pi)) { // (دمرت دبابة تابعة للمتمردين: the rebels)
				cands = g
				break
			}
		}
	}
	if len(cands) == 0 && objPhrase < 0 && agent >= 0 && !p.Patient && p.Code < "13" {
		cands = slices.DeleteFunc(st.groupOf(object.AfterAgent(st, object.TitleName(st, agent, st.groupEnd(agent)), r)), func(x actorRef) bool {
			return slices.ContainsFunc(sources, func(s actorRef) bool { return st.country(s) == st.country(x) }) // (رفض القيادة الفلسطينية: the agent's own nisba)
		}) // اتهام الحكومة البريطانية أمس أسبانيا: a masdar's object after its agent
	}
	if len(cands) == 0 && objPhrase < 0 && (slices.Contains(p.Tgt, "_") || slices.Contains(p.Tgt, prepAla) || p.Patient && p.Kind == vocab.Noun && frame.ObjectSite(st, after, r) || frame.Facing(st, after, r)) { // (تدمير عجلات تعود لداعش: the genitive of a patient noun is what it hits)
		cands = st.groupOf(frame.Aimed(st, k, after, r, force.Violent(p.Code), convoy.SiteOwner(st, after, r))) // (العملية التي استهدفت تجمعا لناشطين: the one aimed at)
	}
	if len(cands) == 0 && objPhrase < 0 {
		cands = st.groupOf(frame.Author(st, after, r, p.Tgt))
	}
	if len(cands) == 0 && objPhrase < 0 && slices.Contains(p.Tgt, "_") && (!p.NeedTarget || p.Owner) {
		// (an act that needs a target needs it as its object: أوقفت مصر
		// تصدير الغاز لإسرائيل arrests nobody)
		cands = st.groupOf(frame.ObjectOwner(st, after, r))
	}
	if len(cands) == 0 && objPhrase < 0 && (!p.NeedTarget || p.Owner) && (strings.HasPrefix(p.Code, "05") || strings.HasPrefix(p.Code, "11") || strings.HasPrefix(p.Code, "12") || p.Code == "018" || p.Code == "012") { // (تحذر من سياسات إيران: a warning of another's conduct)
		// أشاد بالدور السعودي, ندد بالهجوم الإسرائيلي: words about another's
		// conduct target the one whose conduct it is; التعازي للشعب التركي
		cands = st.groupOf(blame.Conduct(st, after, r, p.Tgt, t.f.Participle, p.Code))
	}
	if len(cands) == 0 && objPhrase < 0 && (slices.Contains(p.Tgt, "_") || p.Patient && p.Kind == vocab.Noun) { // (مقتل 18 من عناصر داعش: the genitive of a patient noun is its object)
		cands = st.counted(frame.Counted(st, after, r))
	}
	if j, e, cc := object.Counted(st, after, r, p.Tgt); len(cands) == 0 && objPhrase < 0 && (force.Human(p.Code) || force.Custody(p.Code)) && j >= 0 {
		cands = []actorRef{{ent: -1, role: "CVL", country: cc, name: st.text(j, e)}} // أعدم تسعة من سائقي سيارات الأجرة: people, of the scene or of their nisba
	}
	if len(cands) == 0 && objPhrase < 0 && p.Code[:2] == "02" && !t.f.Participle {
		cands = st.groupOf(object.Partner(st, k, after, r)) // يدعو لحوار شامل مع إيران: the one the act asked for is with
	}
	if len(cands) == 0 && objPhrase < 0 && t.compl > k && p.Code[:2] == "03" {
		cands = st.groupOf(frame.Addressee(st, t.compl, r)) // مستعد للقاء أوباما
	}
	if len(cands) == 0 && objPhrase < 0 {
		cands = st.groupOf(frame.Addressed(st, p.Code, k, after, t.compl, r)) // وافقت على السماح للولايات المتحدة, قلقها إزاء الوضع في لبنان, مطالبات لرئيس الوزراء
	}
	t.target = st.pickTarget(append(st.counted(frame.Fallen(st, l, k)), cands...), sources)                   // 13 عنصرا من الحوثيين قتلوا في اشتباكات في مدينة تعز: the fallen first, the town only where (frame.Fallen)
	if t.target == nil && objPhrase < 0 && (force.Toll(p.Code) || p.Code[:2] == "18" || p.Code[:2] == "19") { // لقي 12 من المتمردين مصرعهم, ثمانية أشخاص قتلوا في قصف: the victims counted before
		at, cause := sense.Cause(st.toks, k, p.Lemma) // (a toll that fell in an act; 694 شخصا أعدموا بين شهري: a count, no act)
		t.target = st.pickTarget(st.counted(frame.Victims(st, l, k, force.Toll(p.Code) && cause != "" && at < st.b)), sources)
	}
	if t.target == nil && objPhrase < 0 && p.Code == "1823" && t.compl > k+1 && (st.Token(t.compl-1).Number || st.Token(t.compl-1).Cue == vocab.CueNumber) {
		pi, people := -1, t.compl-1 // سقط 95 قتيلا: the dead counted before the toll's noun, people of the scene
		if t.compl+2 < r && st.Token(t.compl+1).IsPrep && st.Token(t.compl+1).Word == "من" {
			pi, people = frame.PhraseAt(st, t.compl+2), -1 // سقط 95 قتيلا من الجنود: of the group after من
		}
		t.target = st.pickTarget(st.counted(pi, people), sources)
	}
	if p.Scene && !(possessed && st.persons(sources)) || p.Person && t.target != nil && !st.persons([]actorRef{*t.target}) || p.Foreign && t.target != nil && (t.target.ent < 0 && t.target.role == "CVL" || st.country(*t.target) == "" || slices.ContainsFunc(sources, func(x actorRef) bool { return st.country(x) == st.country(*t.target) })) {
		t.target = nil // بمشاركة آلاف, أكد الوزير أهمية مشاركة المرأة: no visit; سمحت الشرطة للمستوطنين: no foreign actor
	} else if t.target == nil && (p.Code == "042" && t.f.P.Code[:2] == "07" || p.Scene) {
		t.target = st.reached(sources) // aid arrived, a leader took part: where
	}
	if t.target == nil && p.Code == "040" && p.Recip && (p.Kind == vocab.Verb || st.phraseAt(k+1) < 0) && len(sources) > 0 { // تجري موغيريني محادثات في السعودية: with its hosts (not قمة مجموعة السبع في ألمانيا: the genitive's own meeting)
		t.target = st.pickTarget(st.groupOf(object.Host(st, max(k, t.compl), r, st.countryOf, func(cc string) bool {
			return slices.ContainsFunc(sources, func(x actorRef) bool { return st.country(x) == cc })
		})), sources)
	}
	if t.target == nil && p.Code == "112" && p.Patient && !lexicon.Definite(&st.toks[k]) { // قال إن طهران متورطة: the speaker accuses the subject
		t.target = st.pickTarget(st.subjectBefore(k), sources)
	}
	if len(sides) > 0 {
		t.target = &sides[0]
	}
	if p.Code == "190" || p.Code == "1712" {
		for _, s := range sources {
			if s.air || aircraft { // (طائرة تابعة للجيش الأميركي: the army's, aerial)
				// قصفت الطائرات التركية, دمرت طائرات التحالف جسرا: an attack or a destruction by aircraft is aerial
				q := *p
				q.Code = "195"
				t.f.P = &q
				break
			}
		}
	}
	if code := blame.Judged(t.f.P.Code, len(sources) > 0 && !slices.ContainsFunc(sources, func(x actorRef) bool { return !anaphor.Court(st.doc, x.ent, x.role) })); code != t.f.P.Code { // every doer a court, unnamed or named (محكمة بروكسل, then «وأدانت المحكمة»)
		q := *t.f.P
		q.Code = code
		t.f.P = &q
	}
	if t.f.P.Code == "190" && len(sources) > 0 && !slices.ContainsFunc(sources, func(x actorRef) bool { return x.ent >= 0 || x.role != "CVL" || x.protester }) {
		// هاجم مستوطنون منزلين: civilians (every doer unnamed and no force) use
		// no military force; their violence is unconventional (180)
		q := *t.f.P
		q.Code = "180"
		t.f.P = &q
	}
	if (t.target == nil || holders) && p.Recip && len(sources) >= 2 { // (the two presidents agreed: each the other's party, a country in what they agreed on none)
		t.target = &sources[1]
	}

	t.polarity = polarity.Of(st, k, l)
	st.place(t, l, r)
}

// governing returns the subject of the light or launching verb at j (in
// the clause that starts after l) as the doer of the act noun t: the
// phrase after the verb, or before it; with pronoun, a verb with neither
// continues the subject of the verb before (last). A verb in the past
// states the act (t.launched); the subject found becomes the last.
func (st *sentence) governing(t *trigger, j, l int, last *[]actorRef, pronoun bool) []actorRef {
	var sources []actorRef
	if pi := doer.SubjectAfter(st, j); pi >= 0 && st.phrases[pi].prep == "" {
		sources = st.subjectAt(pi)
	} else if pi := st.svoSubject(j, l); pi >= 0 {
		sources = st.groupBack(pi)
	} else if j > st.a && vocab.PronounThat(st.info[j-1].rest) {
		sources = st.groupOf(frame.MainSubject(st, j-1)) // أعلن الحزب أنه سيصعد الهجمات
	} else if pronoun && j+1 < st.b {
		sources = *last
	}
	if len(sources) > 0 {
		t.launched = force.PastVerb(st.info[j].rest, st.info[j].forms) || st.info[j].past // (تمكنت المقاومة من اقتحام: the past its ت hides)
		*last = sources
	}
	return sources
}

// titleGroup returns the actor a title phrase that names nobody stands
// for (الأمين العام, وزير خارجية): the name in apposition after its
// genitive with ل (الأمين العام للأمم المتحدة بان كي مون), else the
// organisation of that genitive; and the last phrase it spans.
func (st *sentence) titleGroup(pi int) ([]actorRef, int) {
	q := pi + 1
	if g, e := st.partitive(pi); len(g) > 0 {
		return g, e
	}
	head := st.info[st.phrases[pi].start].rest
	if q >= len(st.phrases) || st.phrases[q].prep != string(arabic.Lam) || st.phrases[q].start != st.phrases[pi].end ||
		!st.c.word(head).Title || morph.IsNisba(head, st.toks[st.phrases[pi].start].Norm) {
		// السياسة الخارجية لدولة الإمارات: an adjective, not a title
		return nil, pi
	}
	if q+1 < len(st.phrases) && st.phrases[q+1].prep == "" && st.phrases[q+1].start == st.phrases[q].end {
		if g := st.group(q + 1); len(g) > 0 {
			return g, q + 1
		}
	}
	return st.group(q), q
}

// partitive returns the actor of a phrase that names nobody but counts
// members of a group (frame.Partitive), and the last phrase it spans.
func (st *sentence) partitive(pi int) ([]actorRef, int) {
	if q, e := frame.Partitive(st, pi); q >= 0 {
		return st.group(q), e
	}
	return nil, pi
}

// subjectAt returns the actors of the subject phrase pi of a verb: the
// phrase's own, else those its title or its partitive stands for.
func (st *sentence) subjectAt(pi int) []actorRef {
	if g := st.group(pi); len(g) > 0 {
		return g
	}
	g, _ := st.titleGroup(pi)
	return g
}

// prepAla is على as the lexicon normalises it (ى → ي).
var prepAla = arabic.Normalize("على")

// place finds the place of the act at t: a place named after في in its
// clause (l, r), the nearest after the word first.
func (st *sentence) place(t *trigger, l, r int) {
	for pi := range st.phrases {
		ph := &st.phrases[pi]
		if ph.start <= l || ph.start >= r || ph.prep != "في" {
			continue
		}
		for _, e := range ph.ents {
			if st.doc.Entities[e].Type == news.LOC {
				t.where = st.doc.Entities[e].Name
				t.whereCC = st.doc.Entities[e].Country
				break
			}
		}
		if t.where != "" && ph.start > t.at {
			break
		}
	}
}

// resolved reports whether actor x is one an analyst can count: a name
// with a country or a CAMEO code of its own (the United Nations, NATO), or
// an agent noun with a nisba, a place or a referent of its own (الطائرات
// التركية, قوات الاحتلال), or the country of the scene (المقاومة الشعبية
// in al-Bayda). A court, a speaker or a name with neither is not.
func (st *sentence) resolved(x actorRef) bool {
	if st.country(x) != "" {
		return true
	}
	if x.ent >= 0 {
		return st.doc.Entities[x.ent].Actor != ""
	}
	return x.actor != ""
}

func (st *sentence) country(x actorRef) string {
	if x.ent >= 0 {
		return st.doc.Entities[x.ent].Country
	}
	return x.country
}

// placeAgents gives an unnamed actor without a country (المتظاهرون,
// مسلحون) the country of the place of the act (المتظاهرون في أثينا), else
// the one country the places of the sentence belong to, else that of the
// place named nearest to the act. An act of material
// conflict whose doer is not named keeps that country for its source
// (t.home): an unknown attacker in Baghdad is most likely from Iraq.
func (st *sentence) placeAgents(t *trigger) {
	cc, doers := t.whereCC, []actorRef(nil)
	if t.mutual {
		doers = t.sources // بين الإيرانيين وحركة أحرار الشام: a side is not the scene
	} else if x := t.target; x != nil && x.ent < 0 && x.role == "CVL" && st.c.codes[t.f.P.Code].Plover != "ASSAULT" {
		doers = []actorRef{*x} // احتجزت عشرات الإيرانيين: people named by their nationality are foreigners at the scene
	}
	one, home := len(t.sources) == 1 && t.sources[0].ent < 0, ""
	if cc == "" && one && t.sources[0].role == "COP" {
		home = anaphor.HomeForce(st.doc, t.sources[0].name) // نفذتها الشرطة, in a report on Turkey: Turkey's, not the country of an official the sentence names (الرئيس الأمريكي)
	}
	if one && anaphor.Body(t.sources[0].name) { // وقتل شرطيان في أضنة ... نسبته السلطات ... عملية ضد المتشددين في سورية: Turkey's authorities
		cc = cmp.Or(setting.Sole(st, func(j int) bool { return j >= t.at || st.among(j, doers) }), cc)
	}
	cc = cmp.Or(setting.Country(cc, st, t.at, func(j int) bool { return st.among(j, doers) || home != "" && force.Official(st, j) }), home)
	if cc == "" && one && t.f.P.Kind == vocab.Verb && !t.f.Present && !t.f.Participle {
		cc = anaphor.Government(st.doc, t.sources[0].name) // وناشدت الحكومة, in a report on Libya: Libya's (what it did, not what it is to do)
	}
	if cc == "" && len(t.sources) == 0 && t.target != nil && t.f.Passive && force.Authority(t.f.P.Code, true) {
		if ei := anaphor.Scene(st.doc, nil); ei >= 0 {
			cc = st.doc.Entities[ei].Country // بن همام، الذي وضع مؤخرا تحت الإقامة الجبرية, in a report from Yemen: held by the authorities where the article is set
		}
	}
	if cc == "" {
		return
	}
	if len(t.sources) == 0 && t.target != nil && force.Authority(t.f.P.Code, t.f.Passive || force.Done(st, t.at) || t.f.P.Kind == vocab.Verb && !t.f.Present && !t.f.Participle) {
		t.sources = []actorRef{{ent: -1, role: "COP", country: cc, placed: true}} // اعتقل خمسة مطلوبين, تم ترحيل مقيمين: the scene's police, when the people acted upon are named
	}
	if len(t.sources) == 0 && !force.Led(st, t.at) && !force.Done(st, t.at) || len(t.sources) > 0 && (t.sources[0].role == "" || !force.Described(st, t.at)) { // (طائرات حربية عربية, طيران التحالف are not the scene's)
		t.home = cc
		for i := range t.sources {
			if s := &t.sources[i]; s.ent < 0 && s.country == "" && !force.Allied(s.name) && anaphor.Coalition(st.doc, s.name) < 0 && anaphor.CoalitionCountry(st.doc, s.name) == "" { // (وشن الطيران غارات, after طيران التحالف: the coalition's)
				s.country, s.placed = cc, true
			}
		}
	}
	if t.target == nil && force.Mass(t.f.P.Code) || (t.target == nil || !st.resolved(*t.target)) && occur.Unknown(st, t.at, t.f.P.Code) {
		t.target = &actorRef{ent: -1, role: "CVL", country: cc, placed: true} // a massacre's victims, or a bombing's whom no actor names (ووقع تفجير مسجد الصادق): people of the scene
	}
	if x := t.target; x != nil && x.ent < 0 && x.country == "" && x.role != "" && x.role != "MIL" {
		// اعتقلت قوات الاحتلال شابا في الخليل: civilians and police are of
		// the scene, armed groups of the place named as the act's (soldiers
		// need not be)
		y := *x
		if x.role != "CVL" && x.role != "COP" && !t.mutual { // (a side in clashes fights on its ground)
			cc = t.whereCC
		}
		if cc != "" {
			y.country, y.placed = cc, true
			t.target = &y
		}
	}
}

// describesAgent reports whether the place at token j is the nisba or
// the place of an actor phrase with an agent noun (الجيش الأميركي): the
// country of that actor, not of the scene.
func (st *sentence) describesAgent(j int) bool {
	pi := st.ph[j-st.a]
	return pi > 0 && st.phrases[pi-1].role != ""
}

// placeAt returns the place with a country that token j mentions (a
// place or its nisba), nil if none.
func (st *sentence) placeAt(j int) *news.Entity {
	a := st.info[j].actor
	if a == 0 {
		return nil
	}
	if e := &st.doc.Entities[a-1]; e.Type == news.LOC && e.Country != "" && !st.quoted(j) {
		return e
	}
	return nil
}

// quoted reports whether the name at token j stands between quotation
// marks (قالت مصادر لـ«الرياض»): the title of a newspaper, a channel or an
// operation, not a place of the scene.
func (st *sentence) quoted(j int) bool {
	a := st.info[j].actor
	s, e := j, j
	for s > st.a && st.info[s-1].actor == a {
		s--
	}
	for e+1 < st.b && st.info[e+1].actor == a {
		e++
	}
	return s > st.a && st.info[s-1].quote && e+1 < st.b && st.info[e+1].quote
}

// of returns among for the actors xs, as frame's rules take it.
func (st *sentence) of(xs []actorRef) func(int) bool {
	return func(j int) bool { return st.among(j, xs) }
}

// among reports whether the name at token j is one of the actors xs, or
// in the phrase of one (the nisba of التركي أردوغان), or the country of
// people among them named by their nationality.
func (st *sentence) among(j int, xs []actorRef) bool {
	for _, x := range xs {
		if x.ent >= 0 && (x.ent == st.info[j].actor-1 || st.ph[j-st.a] > 0 && slices.Contains(st.phrases[st.ph[j-st.a]-1].ents, x.ent)) ||
			x.ent < 0 && x.role == "CVL" && x.country != "" && st.info[j].actor > 0 && x.country == st.doc.Entities[st.info[j].actor-1].Country {
			return true
		}
	}
	return false
}

// plainWord reports whether token j, before r, is a word that no
// preposition, clause bound or cue marks: after a verb and its subject, the
// start of an object (استهدف انتحاري مركزا).
func (st *sentence) plainWord(j, r int) bool {
	if j >= r || st.toks[j].Kind != news.Word {
		return false
	}
	x := &st.info[j]
	return !x.bound && !x.isPrep && x.prep == "" && (x.cue == vocab.CueNone || x.cue == vocab.CueSite) && len(x.forms) == 0 && !sense.Manner(&st.toks[j])
}

// governor returns the actor of a complement clause after a verb of
// denial, accusation or threat earlier in the sentence: the denier or
// threatener, or the one accused.
func (st *sentence) governor(k int) []actorRef {
	subordinate := false
	for j := k - 1; j >= st.a && j >= k-4; j-- {
		if vocab.Subordinate(st.info[j].rest) || st.info[j].rest == "تكون" || st.info[j].rest == "يكون" {
			subordinate = true
		}
		if x := st.info[j]; len(x.forms) > 0 && (x.forms[0].P.Code[:2] == "13" || x.used) {
			subordinate = true // هدد بشن هجوم
		}
	}
	if !subordinate {
		return nil
	}
	for _, t := range st.done {
		if t.at >= k {
			continue
		}
		switch code := t.f.P.Code; {
		case code == "112" && t.target != nil:
			return []actorRef{*t.target}
		case code == "016" || code[:2] == "13":
			if len(t.sources) > 0 {
				return t.sources
			}
		}
	}
	return nil
}

// disagrees reports whether the phrase pi right after the verb at k cannot
// be its subject because they disagree in gender (doer.Object).
func (st *sentence) disagrees(k, pi int) bool {
	ph := st.phrases[pi]
	if ph.start != k+1 || k > st.a && st.info[k-1].isPrep { // (على رفض القيادة: a masdar)
		return false
	}
	verb, _ := lexicon.StemOf(&st.toks[k])
	stem, _ := lexicon.StemOf(&st.toks[ph.start])
	bare, _ := lexicon.BareOf(&st.toks[ph.start])
	x := &st.info[ph.start]
	next := ""
	if y := ph.start + 1; y < st.b && st.info[y].actor == x.actor && !st.info[y].mstart {
		next, _ = lexicon.StemOf(&st.toks[y]) // (الأمم المتحدة: the name's adjective; not وطالب الحوثيون بالعودة)
	}
	return doer.Object(verb, stem, bare, x.agent != "" || x.actor > 0 && st.doc.Entities[x.actor-1].Type != news.PER, len(ph.ents) > 0, x.crowd) || order.ThingsPlural(st, k, stem) ||
		st.isVerb(k) && !st.isNoun(k) && inflect.Verbal(verb) && (inflect.Masculine(verb, &st.toks[k]) && x.mstart && x.actor > 0 && (inflect.Feminine(&st.doc.Entities[x.actor-1], stem) || inflect.Organisation(&st.doc.Entities[x.actor-1], stem, next)) || // (ويطالب إيران بالخروج: he asks Iran; not the masdar of رفض تركيا; كما ناشد الأمم المتحدة)
			x.actor == 0 && x.agent != "" && !x.title && !x.crowd && inflect.Accusative(bare)) // (وتدعو الصحفيين إلى الحذر: the accusative)
}

// elaborated returns the doer of the clause that a clause of حيث at k
// goes on from (doer.Elaborates): the doers of the last act of that
// clause that names them, else the subject of the verb that opens the
// sentence when that clause is the sentence's first (قامت المقاومة
// بعملية نوعية، حيث استهدفت), else none. The clause before is the one
// that ends at the adverb, or at a comma right before it; an actor of an
// earlier clause (مما أدى إلى نزوح عرفات، حيث وقع) is not its doer.
func (st *sentence) elaborated(k int) []actorRef {
	end := k - 1
	if end > st.a && vocab.Comma(st.toks[end-1].Text) {
		end--
	}
	l := end - 1
	for l >= st.a && !st.info[l].bound {
		l--
	}
	for i := len(st.done) - 1; i >= 0; i-- {
		if d := &st.done[i]; d.at > l && d.at < end && len(d.sources) > 0 {
			return d.sources
		}
	}
	if pi := frame.MainSubject(st, k); pi >= 0 && l < st.a {
		return st.group(pi)
	}
	return nil
}
