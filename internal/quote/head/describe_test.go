package head

import (
	"strings"
	"testing"

	"rasad/internal/arabic"
)

// TestDescriber reads phrases written for the test: the verb, the word
// before it, and the words after it as the entity stage would mark them
// (a number: a mention, p: a person, n: a country adjective, a: the
// article, b: a body noun, t: a title), with how many of them are the
// subject.
func TestDescriber(t *testing.T) {
	rows := []struct {
		name, text string
		words      []string
		role       bool
		want       int
	}{
		{"a person after a description", "وقد وصف أحد قادة الحركة هنية بأنه", []string{"", "", "a", "1p"}, false, 3},
		{"a role and its name, then the one described", "ووصف الوزير الأمريكي جون كيري الاتفاق بأنه", []string{"a", "an", "1p", "1p", "a"}, true, 4},
		{"a body and the one described", "ووصف البيت الأبيض مقتل الوحيشي بأنه", []string{"1a", "1a", "", "2p"}, false, 2},
		{"a body noun and a definite noun", "ووصفت الشركة الجهاز بأنه", []string{"ab", "a"}, false, 1},
		{"the verbal noun after a noun", "إلى حد وصف الاتحاد الأوروبي بأنه", []string{"1a", "1a"}, false, 0},
		{"after من جهته the subject follows", "من جهته وصف مدير المعهد سعيد الحربي العلاقة بأنها", []string{"", "ab", "1p", "1p", "a"}, true, 4},
		{"a title after a body's place opens the name, not the one described", "ووصف رئيس مركز دراسات الخليج الدكتور سعيد الحربي العلاقة بأنها", []string{"", "b", "", "1a", "at", "2p", "2p", "a"}, true, 7},
		{"after بدوره the subject follows", "بدوره وصف المتحدث باسم الحزب القرار بأنه", []string{"a", "", "ab", "a"}, true, 3},
		{"after في المقابل the subject follows", "وفي المقابل وصفت الوزارة التقرير بأنه", []string{"ab", "a"}, false, 1},
		{"after a noun ending in the same pronoun it is the verbal noun", "رفض حزبه وصف الحكومة بأنها", []string{"ab"}, false, 0},
		{"the object pronoun: not the verb read here", "ووصفه الوزير بأنه", []string{"a"}, false, 1},
		{"another verb", "وقال الوزير إن", []string{"a"}, false, 1},
		{"the agency told after a definite source", "وأبلغت المصادر وكالة رويترز للأنباء بأن", []string{"a", "1", "1", "1"}, true, 1},
		{"a ministry told after a definite noun", "كما أخبر المتحدث الحكومة العراقية أن", []string{"a", "1a", "1an"}, true, 1},
		{"a role and its person told no one", "وأخبر الوزير أحمد الخطيب بأن", []string{"a", "1p", "1p"}, true, 3},
		{"a role, its person, then the one told", "وأبلغ الوزير أحمد الخطيب نظيره بأن", []string{"a", "1p", "1p", ""}, true, 3},
		{"an indefinite source with its body: one phrase", "وأبلغ مصدر الحكومة العراقية بأن", []string{"", "1a", "1an"}, true, 3},
		{"a body's noun and its adjective told no one", "وأبلغت اللجنة الوطنية الوزارة بأن", []string{"ab", "a", "ab"}, false, 3},
		{"a named subject and the country asked", "وطالب الوزير أحمد الخطيب إيران بوقف التدخل", []string{"a", "1p", "1p", "2"}, true, 3},
		{"after فيما the subject follows the verb of asking", "فيما طالب المتحدث الحكومة الأردنية بالرد", []string{"a", "1a", "1an"}, true, 1},
		{"a person after the definite noun that opens the phrase is in apposition", "بدوره طالب الصحافي سعيد معتوق الحكومة بالتحقيق", []string{"a", "1p", "1p", "a"}, false, 3},
		{"a name ending an adverbial phrase before the verb of asking is no subject", "وبمناسبة الذكرى في الموصل طالب الرئيس أحمد الخطيب الجهات بالعمل", []string{"a", "1p", "1p", "a"}, true, 3},
		{"a role in construct after a definite word starts the one told", "وأبلغت الدول الخليجية وزير الخارجية الأمريكي جون كيري أن", []string{"a", "an", "r", "a", "an", "1p", "1p"}, false, 2},
		{"a role in construct after a role's indefinite head is the subject's", "وأبلغ نائب وزير الخارجية الصحفيين أن", []string{"r", "r", "a", "a"}, true, 4},
		{"the subject before the verb of asking: all the phrase is asked", "المتهم طالب القاضي بالإفراج عنه", []string{"a"}, false, 0},
		{"the subject before the verb of telling", "الوزير أبلغ الصحفيين أن", []string{"a"}, false, 0},
	}
	for _, c := range rows {
		t.Run(c.name, func(t *testing.T) {
			toks := arabic.Tokenize(c.text)
			arabic.DefaultSegmenter().Segment(toks)
			v := 0
			for v < len(toks) && !Describes(&toks[v]) && toks[v].Norm != "وقال" {
				v++
			}
			if v == len(toks) {
				v = 0
			}
			var words []Word
			for _, w := range c.words {
				x := Word{Mention: -1, Person: strings.ContainsRune(w, 'p'), Nisba: strings.ContainsRune(w, 'n'),
					Article: strings.ContainsRune(w, 'a'), Body: strings.ContainsRune(w, 'b'),
					Title: strings.ContainsRune(w, 't'), Role: strings.ContainsRune(w, 'r')}
				if i := strings.IndexAny(w, "0123456789"); i >= 0 {
					x.Mention = int(w[i] - '0')
				}
				words = append(words, x)
			}
			if got := Describer(toks[:v], &toks[v], words, c.role); got != c.want {
				t.Errorf("%s: %d words of the subject, want %d", c.text, got, c.want)
			}
		})
	}
}

// TestWhile reads phrases written for the test: how many of their last
// words join two clauses of the writer.
func TestWhile(t *testing.T) {
	rows := []struct {
		text string
		want int
	}{
		{"قال إن الجيش تقدم، فيما", 1},
		{"قال إن الجيش تقدم، بينما", 1},
		{"قال إن الجيش تقدم في حين", 2},
		{"قال إن الجيش تقدم حين", 0},
		{"ذكرت البلدية أنها بدأت المشروع، حيث", 1},
		{"قال إن الجيش تقدم، كما", 0},
		{"", 0},
	}
	if toks := arabic.Tokenize("قال إن العمل بدأ، حيث"); While(toks, false) != 0 {
		t.Errorf("While(حيث) without a named speaker after it = %d, want 0", While(toks, false))
	}
	for _, c := range rows {
		toks := arabic.Tokenize(c.text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := While(toks, true); got != c.want {
			t.Errorf("While(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// TestExplains: وبين as the verb بيّن or the preposition بين (sentences
// written for the test).
func TestExplains(t *testing.T) {
	rows := []struct {
		text string
		want bool
	}{
		{"وبين مدير الجمعية أن عدد المتطوعين بلغ مئة", true},
		{"وبين المتحدث الرسمي باسم الوزارة أنه سيتم الإعلان", true},
		{"وبين الرئيس والوزير خلاف قديم على أن", false},
		{"وبين أن العمل مستمر", true},
		{"بين الحكومة والمعارضة", false},
		{"وبين هذه الدول، أن", false},
		{"وبين حينها، أن خبراء موجودون", true},
		{"وبين آنذاك أن العمل مستمر", true},
		{"وبين حينها والآن فرق، أن", false},
		{"وبين جيرانها الذين اختارت أن", false},
	}
	for _, c := range rows {
		toks := arabic.Tokenize(c.text)
		arabic.DefaultSegmenter().Segment(toks)
		if got := Explains(toks, 0); got != c.want {
			t.Errorf("Explains(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestExplainsPair: the second بين of a pair is the preposition.
func TestExplainsPair(t *testing.T) {
	toks := arabic.Tokenize("الثقة بين إيران كدولة كبيرة وبين جيرانها أن")
	arabic.DefaultSegmenter().Segment(toks)
	for i := range toks {
		if Explains(toks, i) {
			t.Errorf("Explains(%q) = true at %d, want false: the second بين of a pair", toks[i].Text, i)
		}
	}
}
