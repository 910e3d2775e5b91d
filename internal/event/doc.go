// Package event codes the political events that Arabic news reports, in
// CAMEO: who did what to whom, where and when.
//
// A Coder reads a document after the earlier stages have run: tokens and
// sentences (package arabic), the entities linked to CAMEO actors (a person,
// an organisation, or a place with a country, which stands for its
// government: اتهمت واشنطن بكين is USA accusing CHN), the quotes with their
// speakers, and the date expressions resolved to the calendar. It finds the
// event words of each sentence with a hand-curated lexicon of patterns
// (data/patterns.txt: verbs in the past and present, active and passive,
// with their prepositions and complements, and the event nouns of nominal
// sentences), then their arguments:
//
//   - the source and target in verb-subject-object and subject-verb order,
//     across titles and descriptors (وزير الدفاع الصيني لي شانغفو is one
//     actor), coordinated actors (أشاد بوتين وشي: two sources), dual verbs
//     and pronouns (ناقشا, تعاونهما) resolved to the pair they stand for, the
//     genitive of an event noun (زيارة رسمية للزعيم الصيني إلى موسكو), the
//     speaker of a quote as the source of what it announces, the subject of
//     the sentence as the doer of a participle (مشيدا بالدور السعودي), unnamed agents
//     (القوات الأوكرانية is UKR MIL, المتظاهرون in Athens are GRC CVL);
//   - the polarity: a negated act (لم يهاجم, نفت ... إرسال) is Negated, an
//     accusation, a threat or a report of intent (اتهمت ... بأنها تنوي
//     تصدير) is Alleged, so that neither counts as the act itself; the
//     denial (016) and the accusation (112) are events of their own;
//   - the date expression nearest to the event word in its sentence, else
//     the publication date; the place named after في in its clause.
//
// An event needs a source an analyst can count: a name with a country or a
// CAMEO code, an agent with its country (الطائرات التركية, قوات الاحتلال:
// Israel's), the country of the scene for an unnamed attacker; the speaker
// of a quote is the source only of acts of words. The target is the object,
// the phrase after the verb's preposition, the counterpart (مع نظيره), or
// the owner of a site attacked (مواقع حزب العمال). The doer of violence may
// be named apart from the subject: after على يد or من قبل, or after the إلى
// of a verb of ascribing (في هجوم نسبته السلطات إلى حزب العمال: the PKK's,
// not the authorities'; package doer, Ascribed). Aid that arrives is the
// giver's after من, to the place it reaches; a leader who takes part in a
// host's event visits the host; a call received (تلقى اتصالا من) is the
// caller's; a decision (قرر) or readiness (مستعد للقاء) is an intent toward
// the one to be met. One clause of violence is one record (the bombing, not
// the killing beside it). Background is not news of the day (package
// background): an act the article recalls (يذكر أن, كان before the verb or
// its noun, a span of past months, a chronicle of this day in history)
// keeps the date its sentence gives it, and with none it is no record; one
// dated over a month back (عام 1982: history, background.History) or of
// years (بعد سنوات من المفاوضات) is none; an act dated
// after the day of publication is one to come (alleged); a newspaper's call
// with the one it quotes is no call between actors; a hypothetical (في حال,
// إذا) is no event; a meeting or visit to come is an intent to meet (036).
// What grammar marks as not done (a subjunctive, a habit or repetition, a
// possibility, a question, a predicate noun, the topic of talks, the act a
// request, a persuasion or an effort aims at) is read by package report
// (MoodOf): the request (02x) is the event, the act asked for alleged.
//
// Assaults and protests (the CAMEO codes PLOVER maps to ASSAULT and PROTEST)
// are coded only when the sentence reports them as news rather than as the
// background of other news (report.go), or when a verb in the past names
// both the doer and the target with their countries, or a verb of
// occurrence states the act its noun names between named sides (اندلعت
// اشتباكات بين الجيش وحزب الله: package occur); WithMentions keeps them
// all. The same event reported in several sentences of an article is one
// Event listing all of them, and so are the records of one act that differ
// in code of one root or in a party named in one sentence only (package
// act). Each Event carries the CAMEO label, the Goldstein score, the quad
// class and the PLOVER type and mode of its code (data/cameo.tsv).
//
// What the coder knows of each word form (patterns with their inflected
// forms, cues, agent nouns, titles, function words) is package vocab; the
// format of the lexicon files, package lexfile; the group that الحزب or
// الجماعة refers back to, package anaphor; who uses force where the text
// writes no country beside the doer (coalitions, drones), package force;
// who did an act where the nearest actor did not (the host who invites,
// the noun a clause describes, the act asked for), package doer.
//
// The actor code of a source or target is Entity.Actor; a RoleFinder given
// with WithRoles supplies the role an entity held on the event's date
// instead.
package event
