package frame

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"rasad/internal/event/vocab"
	"rasad/internal/lexicon"
)

// fake is a Sentence written in a small notation, a token a word: [ and ]
// around the words of an actor phrase ([+ a phrase coordinated with the
// one before, [? a phrase that names nobody, [! demonstrators); * after
// an event word (a noun), ^ after an event noun whose genitive suffers
// the act, @ after an event verb, ~ after a word with an enclitic
// pronoun; بين من على في مع are prepositions, a comma and الذي التي
// are bounds, « » quotation marks, يعتزم a word of intent, عندما
// opens a clause of time, a phrase after يد is the agent (على يد),
// digits are numbers, قتلى قتيلا casualties, مواقع مناطق مدينة sites; a
// phrase after في or a site names a place.
type fake struct {
	toks []Token
	phr  []Phrase
}

func parse(s string) *fake {
	f := &fake{}
	open, town := -1, false
	for _, w := range strings.Fields(s) {
		j := len(f.toks)
		if strings.HasPrefix(w, "[") {
			p := Phrase{Start: j, Actor: true}
			w = w[1:]
			switch {
			case strings.HasPrefix(w, "+"):
				p.Coord, w = true, w[1:]
			case strings.HasPrefix(w, "?"):
				p.Actor, w = false, w[1:]
			case strings.HasPrefix(w, "!"):
				p.Protester, w = true, w[1:]
			case strings.HasPrefix(w, "%"):
				town, w = true, w[1:] // a town the gazetteer does not link
			}
			if j > 0 && f.toks[j-1].IsPrep {
				p.Prep = f.toks[j-1].Word
			}
			if j > 0 && f.toks[j-1].Cue == vocab.CueAgentBy {
				p.Prep = "by"
			}
			if j > 0 && f.toks[j-1].Cue == vocab.CueSite || p.Prep == "في" {
				p.Place = true // a town after في or after a site word
			}
			f.phr = append(f.phr, p)
			open = len(f.phr) - 1
		}
		end := strings.HasSuffix(w, "]")
		w = strings.TrimSuffix(w, "]")
		t := Token{Aside: j}
		if strings.HasSuffix(w, "^") {
			t.Patient, w = true, strings.TrimSuffix(w, "^")
		}
		if strings.HasSuffix(w, "*") {
			t.Event, t.Noun, w = true, true, strings.TrimSuffix(w, "*")
		}
		if strings.HasSuffix(w, "@") {
			t.Event, t.Verb, w = true, true, strings.TrimSuffix(w, "@")
		}
		if strings.HasSuffix(w, "~") {
			t.Suffix, w = true, strings.TrimSuffix(w, "~")
		}
		t.Norm, t.Word = w, strings.TrimPrefix(w, "ال")
		seg := lexicon.Tokens(w) // Plain and And as the segmenter reads the word
		t.Plain = lexicon.Plain(&seg[0])
		t.And = lexicon.And(&seg[0])
		switch {
		case w == "بين" || w == "من" || w == "على" || w == "في" || w == "مع":
			t.IsPrep, t.Prep, t.Word = true, w, w
		case vocab.Comma(w) || vocab.Relative(w):
			t.Bound = true
		case strings.Trim(w, "0123456789") == "":
			t.Number = true
		case w == "مواقع" || w == "مناطق" || w == "مدينة":
			t.Cue = vocab.CueSite
		case w == "يد":
			t.Cue = vocab.CueAgentBy
		case vocab.QuoteMark(w):
			t.Quote = true
		case w == "يعتزم":
			t.Cue = vocab.CueIntent
		case w == "قتلى" || w == "قتيلا":
			t.Cue = vocab.CueCasualty
		}
		if open >= 0 {
			t.Phrase = open + 1
			if f.phr[open].Place && !town {
				t.Place, t.Linked = "ZZZ", true // a place the gazetteer links
			}
		}
		f.toks = append(f.toks, t)
		if end {
			f.phr[open].End = j + 1
			open, town = -1, false
		}
	}
	return f
}

func (f *fake) Span() (int, int)     { return 0, len(f.toks) }
func (f *fake) Token(j int) Token    { return f.toks[j] }
func (f *fake) Phrase(pi int) Phrase { return f.phr[pi] }
func (f *fake) Phrases() int         { return len(f.phr) }
func (f *fake) at(w string) int      { return f.index(w) }
func (f *fake) index(w string) int {
	for j, t := range f.toks {
		if t.Norm == w {
			return j
		}
	}
	return -1
}

func TestFrames(t *testing.T) {
	rules := map[string]func(s *fake, k int) int{
		"between": between, "author": author, "counted": counted, "occasion": occasion,
		"objOwner": objOwner, "nounEnd": nounEnd, "afterComma": afterComma,
		"setApart": setApart, "siteOwner": siteOwner, "claimant": claimant, "mainSubject": mainSubject,
		"aidGiver": aidGiver, "addressee": addressee, "ranks": ranks,
		"subjectNoun": subjectNoun, "ownerFrom": ownerFrom, "convened": convened, "joinedBody": joinedBody, "demanded": demanded,
	}
	const path = "testdata/frames.tsv"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for ln, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("%s:%d: %d fields, want 5 (name, sentence, from, rule, want)", path, ln+1, len(f))
		}
		rule := rules[f[3]]
		want, err := strconv.Atoi(f[4])
		if err != nil || rule == nil {
			t.Fatalf("%s:%d: want a rule of frame_test.go and a phrase's index, got %q and %q", path, ln+1, f[3], f[4])
		}
		s := nameParse(f[1])
		if got := rule(s, s.at(f[2])); got != want {
			t.Errorf("%s: %s: got %d, want %d", f[0], f[1], got, want)
		}
		n++
	}
	if n == 0 {
		t.Fatalf("%s: no cases", path)
	}
}

// The rules as the cases call them, from the event word at k.
func between(s *fake, k int) int {
	first, second := Sides(s, k, len(s.toks))
	if second >= 0 {
		return first*10 + second // both: first and second as two digits
	}
	return first
}

func author(s *fake, k int) int {
	_, r := s.Span()
	if p := s.index("الذي"); p > 0 {
		r = p // the act's clause ends at the relative pronoun
	}
	from := k + 1
	for from < r && s.toks[from].Phrase != 0 { // past the subject
		from++
	}
	return Author(s, from, r, []string{"_", "على"})
}

func counted(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	pi, _ := Counted(s, from, len(s.toks))
	return pi
}

func ranks(s *fake, k int) int { return Ranks(s, -1, k) }

func occasion(s *fake, k int) int {
	if Occasion(s, k) {
		return 1
	}
	return 0
}

func objOwner(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	return ObjectOwner(s, from, len(s.toks))
}

func nounEnd(s *fake, k int) int { return NounEnd(s, k, -1, len(s.toks)) }

// subjectNoun is 1 if the word after the verb at k is its subject though
// it names no actor (SubjectNoun), else 0.
func subjectNoun(s *fake, k int) int {
	if SubjectNoun(s, k+1) {
		return 1
	}
	return 0
}

// ownerFrom reads the owner of the object from k itself: the genitive of
// a verbal noun followed by its own object is its doer (اقتحام المستوطنين
// المسجد الأقصى), a definite noun of speech right after the verb its
// subject (ادان البيان "اقتحام …").
func ownerFrom(s *fake, k int) int { return ObjectOwner(s, k, len(s.toks)) }

// convened is the body a call at الي (k) convenes, as Convened and
// Addressed read it alike; -2 when they differ.
func convened(s *fake, k int) int {
	if c := Convened(s, k, len(s.toks)); c == Addressed(s, "020", 0, k, -1, len(s.toks)) {
		return c
	}
	return -2
}

// joinedBody is whom a request whose object starts at k addresses (a body
// joined: تطلب عضوية الإنتربول).
func joinedBody(s *fake, k int) int { return Addressed(s, "020", 0, k, -1, len(s.toks)) }

// demanded is whom the noun of demanding at k asks, ب written on a word
// that no phrase holds read as the preposition (باتخاذ: what is asked).
func demanded(s *fake, k int) int {
	for j := range s.toks {
		if w, ok := strings.CutPrefix(s.toks[j].Norm, "ب"); ok && s.toks[j].Phrase == 0 && !s.toks[j].Noun {
			s.toks[j].Prep, s.toks[j].Word = "ب", strings.TrimPrefix(w, "ال")
		}
	}
	return Demanded(s, k, len(s.toks))
}

func afterComma(s *fake, k int) int {
	if ObjectAfterComma(s, k, s.index("،")) {
		return 1
	}
	return 0
}

func setApart(s *fake, k int) int { return SetApart(s, k) }

// aidGiver is the giver of the aid that arrives at k (the vehicle that
// carries it where no giver is named after من), -2 if nothing that arrives
// is aid.
func aidGiver(s *fake, k int) int {
	code, giver, _ := Aid(s, k, len(s.toks))
	if code == "" {
		return -2
	}
	return giver
}

// addressee reads the noun at k as the masdar after the ل of purpose when
// it is written with it (للقاء).
func addressee(s *fake, k int) int {
	if strings.HasPrefix(s.toks[k].Norm, "لل") {
		s.toks[k].Prep = "ل"
	}
	return Addressee(s, k, len(s.toks))
}

func TestGoverns(t *testing.T) {
	s := parse("قررت* [القيادة] ، مساء الجمعة ، التوجه* الى [مجلس الامن] وسط احتجاجات* .")
	s.toks[2].Aside = 5
	s.toks[3].Cue = vocab.CueRecent
	if !Governs(s, 0, s.at("التوجه")) {
		t.Error("Governs: the object after the subject and a time set aside: got false")
	}
	if Governs(s, 0, s.at("احتجاجات")) {
		t.Error("Governs: an act further on: got true")
	}
}

func TestBeforeAside(t *testing.T) {
	s := parse("قررت [القيادة] ، مساء الجمعة ، التوجه* .")
	s.toks[2].Aside = 5 // the time set aside between the commas at 2 and 5
	if got := BeforeAside(s, 5); got != 1 {
		t.Errorf("BeforeAside at the closing comma: got %d, want 1", got)
	}
	if got := BeforeAside(s, 2); got != 2 {
		t.Errorf("BeforeAside at the opening comma: got %d, want 2", got)
	}
	if got := BeforeAside(s, 4); got != 4 {
		t.Errorf("BeforeAside at a word: got %d, want 4", got)
	}
}

func mainSubject(s *fake, k int) int { return MainSubject(s, k) }

func claimant(s *fake, k int) int { return Claimant(s, k, -1) }

func siteOwner(s *fake, k int) int {
	from := k + 1
	for s.toks[from].Phrase != 0 {
		from++
	}
	return SiteOwner(s, from, len(s.toks))
}

func TestReceived(t *testing.T) {
	for _, tc := range []struct {
		sentence, from string
		wantFrom       int
		wantTo         int
	}{
		{"تلقى [ولي العهد] [الامير محمد] اتصالا* هاتفيا من [الرئيس الروسي] .", "اتصالا", 2, 1},
		{"تلقى اتصالا* من [الرئيس] .", "اتصالا", 0, -1},
		{"كما تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي [الامير محمد بن نايف بن عبدالعزيز] اتصالا* هاتفيا اليوم من [الملك محمد السادس] .", "اتصالا", 1, 0}, // a subject with its honorifics
		{"تلقى [الملك] رسالة من [الرئيس] بعد ان اجرى اتصالا* من [القصر] .", "اتصالا", -1, -1},                                                                      // another verb between
		{"تلقى [الملك] اتصالا* هاتفيا في [الرياض] .", "اتصالا", -1, -1},
		{"اجرى [الملك] اتصالا* من [القصر] .", "اتصالا", -1, -1},
	} {
		s := parse(tc.sentence)
		for j := range s.toks {
			if s.toks[j].Norm == "تلقى" {
				s.toks[j].Cue = vocab.CueReceive
			}
		}
		from, to := Received(s, s.at(tc.from), -1, len(s.toks))
		if from != tc.wantFrom || to != tc.wantTo {
			t.Errorf("%s: got %d, %d, want %d, %d", tc.sentence, from, to, tc.wantFrom, tc.wantTo)
		}
	}
}

func TestRepresented(t *testing.T) {
	for _, c := range []struct {
		sentence, at string
		want         bool
	}{
		{"محادثات مع ممثلي [المعارضة] .", "المعارضة", true},        // the body after a preposition
		{"التقى مع مندوب [الحكومة] .", "الحكومة", true},            // مندوب too
		{"وانتقد ممثلو [المعارضة] [الحكومة] .", "المعارضة", false}, // no preposition: the doer
		{"محادثات مع وفد [المعارضة] .", "المعارضة", false},         // no noun of representatives
	} {
		s := parse(c.sentence)
		if got := Represented(s, s.at(c.at)); got != c.want {
			t.Errorf("Represented(%s) = %v, want %v", c.sentence, got, c.want)
		}
	}
}
