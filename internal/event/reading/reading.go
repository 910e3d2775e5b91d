// Package reading reads one word of a document for the event coder: the
// parts the segmenter split it into (its proclitics: و or ف, ب ل ك, س, the
// article; its stem with its enclitic) looked up in the event vocabulary
// (package vocab), with the second readings the segmenter's mistakes call
// for (a و it kept on a verb it does not know: وأدان; the first letter of a
// verb taken for a clitic: فتحت read ف+تحت). The first reading the
// vocabulary knows is the word's: its event patterns, its cue, its agent
// noun or title.
package reading

import (
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/event/vocab"
	"rasad/internal/news"
)

// Proclitics and the article, as the strings the segmenter's parts are.
var (
	article = string(arabic.Alef) + string(arabic.Lam)
	seen    = string(arabic.Seen)
)

// Reading is what the vocabulary knows of one word.
type Reading struct {
	Rest    string // the word without its proclitics (and article)
	Conj    bool   // و or ف attached
	Prep    string // an attached preposition (ب ل ك), or the preposition the word is
	IsPrep  bool   // the word is a preposition written as a word
	Future  bool   // س attached
	Forms   []vocab.Form
	Cue     vocab.Cue
	Mood    vocab.Cue // a class of mood (vocab.Word.Mood)
	Past    bool      // a cue verb in the past (vocab.Word.Past)
	Agent   string    // CAMEO role of an agent noun
	AgentCC string    // the one country an agent noun stands for (الاحتلال)
	// Title: a title or descriptor; Protester, Crowd, Air: the agent noun
	// names demonstrators, counts people, names aircraft; AgentPron: it
	// carries a possessive pronoun; Construct: it is in construct.
	Title, Protester, AgentPron, Crowd, Air, Construct bool
}

// cand is one reading of a word: its stem, and the proclitics the segmenter
// split off before it.
type cand struct {
	rest       string
	conj, fut  bool
	prep       string
	hasArticle bool
	noun       bool // a noun's ة written ت before its pronoun: no verb
}

// Reader reads words with one vocabulary; its buffer is reused from word
// to word. It is not safe for concurrent use.
type Reader struct {
	v  *vocab.Vocab
	cs []cand
}

// New returns a Reader over v.
func New(v *vocab.Vocab) *Reader { return &Reader{v: v} }

// Read returns the first reading of the word t that the vocabulary knows,
// and true; or, for a word it does not know, its stem and proclitics (Rest,
// Conj, Prep: for the phrase structure) and false.
func (r *Reader) Read(t *news.Token) (Reading, bool) {
	r.cs = r.candidates(t, r.cs[:0])
	if x, ok := r.lookup(r.cs); ok {
		if x.IsPrep && x.Conj && len(r.forms(t.Norm)) > 0 {
			// فتحت is a verb (opened), not ف + تحت: a conjunction and a
			// preposition spelt as an event word are that word
			r.cs = append(r.cs[:0], cand{rest: t.Norm})
			if y, ok := r.lookup(r.cs); ok {
				return y, true
			}
		}
		return x, true
	}
	k := r.cs[len(r.cs)-1]
	return Reading{Rest: k.rest, Conj: k.conj, Prep: k.prep}, false
}

// lookup returns the first reading of cs that the vocabulary knows.
func (r *Reader) lookup(cs []cand) (Reading, bool) {
	for _, k := range cs {
		w, ok := r.v.Lookup(k.rest)
		if !ok {
			continue
		}
		fs := vocab.Readable(w.Forms, k.hasArticle || k.noun, k.prep) // (a verb takes no article and no ة)
		cu, ag, ti, pr := w.Cue, w.Agent, w.Title, w.Prep
		cc := w.AgentCC
		if w.Definite && !k.hasArticle && !strings.HasPrefix(k.rest, article) {
			// احتلال العراق is an act; الاحتلال, قوات الاحتلال an actor
			ag, cc = "", ""
		}
		if len(fs) == 0 && (k.noun && len(w.Forms) > 0 || cu == vocab.CueNone && ag == "" && !ti && !pr && w.Mood == vocab.CueNone) {
			continue // (طلبة + ها is no noun طلبتها: the verb's cues are the whole word's)
		}
		if k.fut && len(fs) == 0 && cu != vocab.CueLaunch && cu != vocab.CueDecide {
			continue // س only before a verb (سيبدأ, سيقرر)
		}
		x := Reading{Rest: k.rest, Conj: k.conj, Prep: k.prep, Future: k.fut,
			Forms: fs, Cue: cu, Agent: ag, Title: ti, AgentCC: cc, Mood: w.Mood, Past: w.Past,
			Protester: w.Protester, AgentPron: w.AgentPron, Crowd: w.Crowd, Air: w.Air && ag != "",
			Construct: w.Construct}
		if pr {
			x.IsPrep, x.Prep = true, k.rest
		}
		return x, true
	}
	return Reading{}, false
}

// candidates reads a word through the parts the segmenter found: its
// proclitics, then its stem with its enclitic (the whole word if it has no
// parts).
func (r *Reader) candidates(t *news.Token, out []cand) []cand {
	if len(t.Parts) == 0 {
		return append(out, cand{rest: t.Norm})
	}
	k, stem := cand{}, make([]string, 0, 4) // the stem and its enclitic: one part is taken as it is, not copied
	for _, p := range t.Parts {
		f := arabic.Normalize(p.Form)
		switch p.Role {
		case news.Proclitic:
			switch f {
			case string(arabic.Waw), string(arabic.Feh):
				k.conj = true
			case string(arabic.Beh), string(arabic.Lam), string(arabic.Kaf):
				k.prep = f
			case seen:
				k.fut = true
			case article:
				k.hasArticle = true
			}
		default:
			if n := len(stem); n > 0 && p.Role == news.Enclitic && strings.HasSuffix(stem[n-1], string(arabic.TehMarbuta)) {
				// ة is written ت before a pronoun: the segmenter gives
				// the noun's own form (و + زيارة + ه), the word is وزيارته,
				// a noun (و + صفة + ه is no verb صفته)
				stem[n-1] = strings.TrimSuffix(stem[n-1], string(arabic.TehMarbuta)) + string(arabic.Teh)
				k.noun = true
			}
			stem = append(stem, f)
		}
	}
	k.rest = strings.Join(stem, "")
	out = append(out, k)
	if bare, ok := arabic.CutArticle(k.rest); ok {
		k2 := k
		k2.rest, k2.hasArticle = bare, true
		out = append(out, k2)
	}
	if l, w, _ := arabic.KeptProclitic(t); (l == string(arabic.Waw) || l == string(arabic.Feh)) && len(r.forms(w)) > 0 {
		// the segmenter kept و or ف on a word it does not know (وأدان, وشن):
		// its second reading, when the vocabulary knows that one
		out = append(out, cand{rest: w, conj: true, prep: k.prep, hasArticle: k.hasArticle})
	}
	if (k.rest != t.Norm || k.noun) && len(r.forms(t.Norm)) > 0 {
		// the segmenter took the first letter of an event verb for a
		// clitic (فتحت read ف+تحت, فجر read ف+جر) or a verb's ت for a
		// noun's ة (طلبتها read طلبة+ها): the whole word, when the
		// reading above means nothing to the vocabulary
		out = append(out, cand{rest: t.Norm})
	}
	return out
}

// forms returns the event patterns the vocabulary gives the form s.
func (r *Reader) forms(s string) []vocab.Form {
	w, _ := r.v.Lookup(s)
	return w.Forms
}
