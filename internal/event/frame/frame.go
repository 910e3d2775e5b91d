// Package frame finds the arguments that the frame of an event word
// expects beyond its subject and its object phrase: the owner of a site
// attacked (قصفت مواقع حزب العمال), or the place it is in (قصف مناطق في
// الزبداني), the possessor of an object that is no actor (دان قصف تركيا),
// the group whose members are counted (اعتقلت عشرة من عناصر الحزب), the
// other side of clashes (في مواجهات مع قوات الاحتلال), the two sides after
// بين (الاشتباكات بين الجيش وحزب الله), the author of an object (نفى ما
// قاله المعهد, رد على مقال نشره هويدي), the subject set apart from its
// verb by a describing phrase between commas (وكانت القوات البرية،
// المتمركزة على الحدود، ضربت), the subject that the pronoun of أنه
// refers to (واقر التحالف ... انه نفذ), the one who claims an act
// (أعلنت «القاعدة» مسؤوليتها عن التفجير), the doer of an act condemned,
// not the one who suffered it (أدان قتل الطفل حين هاجم مستوطنون منزله, على
// يد مستوطنين),
// whether an event noun names the occasion of what جاء ذلك refers back to
// (جاء ذلك لدى وصوله القاهرة), the aid that arrives and its giver (فريقا
// فنيا من الإمارات وصل), the one an intent is toward (مستعد للقاء أوباما),
// where a verb's object begins and whether a later phrase takes the target,
// where the phrases of an event noun end (NounEnd), and whether a comma
// sets a verb's subject apart from its object (ObjectAfterComma: التقى
// الشيخ تميم، سيرغي لافروف).
//
// The rules read a sentence through Sentence, the view that package event
// gives of its tokens and actor phrases; they return the index of the
// actor phrase that fills the argument, -1 if none, and leave it to the
// caller to resolve the phrase to its actors.
package frame

import (
	"rasad/internal/event/vocab"
)

// Token is what the rules read of one token.
type Token struct {
	Norm string // the normalised token
	Word string // the word without its proclitics and article
	// Plain is the token without the conjunction و or ف the segmenter
	// split off its front (lexicon.Plain: والجيش → الجيش,
	// but وزير stays); And: that conjunction was و (lexicon.And).
	Plain string
	And   bool
	Cue   vocab.Cue
	// Prep is an attached preposition (ب ل ك), or the preposition the
	// token is; IsPrep a preposition written as a word.
	Prep   string
	IsPrep bool
	Bound  bool // punctuation or a word that ends a clause
	Quote  bool // a quotation mark
	Number bool // a number in digits
	Event  bool // an event word (verb or noun) of the lexicon
	Verb   bool // an event verb
	// Fem: every reading of the event word is a verb of the third person
	// feminine singular (طالبت, تطالب; not تظاهر, a masculine of form VI).
	Fem   bool
	Noun  bool // an event noun
	Clash bool // a noun of mutual fighting (مواجهات, اشتباكات)
	// Patient: an event noun whose genitive is the one who suffers the
	// act (قتل الطفل, اعتقال الصحفي), not its doer.
	Patient bool
	Suffix  bool // the segmenter split an enclitic pronoun off the word (نشره)
	Site    bool // a site word that carries an enclitic pronoun (منزلهم)
	// Definite: the word carries the article (البيان); Title: a title or
	// descriptor (وزير, الرئيس) that opens a name.
	Definite, Title bool
	// Place is the country of the place the token names, or whose nisba
	// it is (البصرة, العراقية), "" if none or between quotation marks (the
	// title of a newspaper: لـ«الرياض»); OfAgent: that place describes an
	// actor phrase with an agent noun (الجيش الأميركي), not the scene.
	Place   string
	OfAgent bool
	// Linked: that place has an actor code (the gazetteer knows it; an
	// unlinked place's country is a guess of the entity stage).
	Linked bool
	// Past: a verb of the lexicon's cues in the past, where its first
	// letter does not tell the tense (تمكنت, تجددت: measure V opens with
	// ت as the present does); vocab.Word.Past.
	Past bool
	// Phrase is 1 + the index of the actor phrase that holds the token,
	// 0 if none.
	Phrase int
	// Aside is, for a comma that opens a time set aside between commas
	// (، مساء الجمعة،), the closing comma; else the token's own index.
	Aside int
	// Actor is 1 + the index of the name the token is part of, 0 if
	// none; NameStart: a mention of a name starts at the token.
	Actor     int
	NameStart bool
	// Qualifies: the word is the adjective that makes the act noun right
	// before it the act it is, its pattern's complement in the same
	// state (تفجير انتحاري, عملية انتحارية, التفجير الانتحاري: a suicide
	// bombing): it closes the noun's phrase and names no party.
	Qualifies bool
}

// Phrase is what the rules read of one actor phrase.
type Phrase struct {
	Start, End int    // token range [Start, End)
	Prep       string // the preposition that governs it, "" if none
	Coord      bool   // joined to the phrase before by و
	// Shared: its preposition governs the noun before it, joined to it by
	// و (من المملكة والإمارات)
	Shared bool
	// Actor: the phrase, or one coordinated with it after it, stands for
	// an actor (a name, or an agent noun).
	Actor bool
	// Protester: the phrase names demonstrators (المتظاهرين).
	Protester bool
	// Named: the phrase holds a name; Role: its agent noun has a role.
	Named, Role bool
	// Place: the phrase names a place (a town, a country) first; Person:
	// a person; PersonIn: a person among its names.
	Place, Person, PersonIn bool
	// Outlet: the phrase's first name is a news outlet's (an actor code
	// ending in MED: لـ«الشرق الأوسط»), which one speaks to, not with.
	Outlet bool
	// Ent is 1 + the index of the phrase's name when it holds one only, 0
	// if it holds none or several.
	Ent int
}

// Sentence is the view of one sentence the rules read: tokens are indexed
// in [a, b) as Span gives them, phrases from 0 up to Phrases.
type Sentence interface {
	Span() (a, b int)
	Token(j int) Token
	Phrase(pi int) Phrase
	Phrases() int
}

// PhraseAt returns the index of the phrase that starts at token j, -1 if
// none.
func PhraseAt(s Sentence, j int) int {
	if a, b := s.Span(); j < a || j >= b {
		return -1
	}
	pi := s.Token(j).Phrase - 1
	if pi >= 0 && s.Phrase(pi).Start == j {
		return pi
	}
	return -1
}
