package force

import (
	"testing"

	"rasad/internal/event/vocab"
	"rasad/internal/tabletest"
)

func TestCodes(t *testing.T) {
	tests := []struct {
		code                       string
		toll, violent, mass, human bool
		group                      int
	}{
		{"1823", true, true, false, true, 1},
		{"182", true, true, false, true, 1},
		{"183", false, true, false, false, 1},
		{"190", false, true, false, false, 1},
		{"195", false, true, false, false, 1},
		{"202", false, true, true, false, 1},
		{"173", false, false, false, true, 1},
		{"1811", false, true, false, true, 1},
		{"174", false, false, false, true, 1},
		{"186", false, true, false, true, 1},
		{"145", false, false, false, false, 0},
		{"141", false, false, false, false, 0},
		{"21", false, false, false, false, 1},
	}
	for _, tt := range tests {
		if got := Toll(tt.code); got != tt.toll {
			t.Errorf("Toll(%q) = %v, want %v", tt.code, got, tt.toll)
		}
		if got := Violent(tt.code); got != tt.violent {
			t.Errorf("Violent(%q) = %v, want %v", tt.code, got, tt.violent)
		}
		if got := Human(tt.code); got != tt.human {
			t.Errorf("Human(%q) = %v, want %v", tt.code, got, tt.human)
		}
		if got := Mass(tt.code); got != tt.mass {
			t.Errorf("Mass(%q) = %v, want %v", tt.code, got, tt.mass)
		}
		if got := Group(tt.code); got != tt.group {
			t.Errorf("Group(%q) = %d, want %d", tt.code, got, tt.group)
		}
	}
}

func TestDoerPast(t *testing.T) {
	for verb, want := range map[string]bool{"ارتكبتها": true, "شنتها": true, "نفذه": true, "تشنها": false, "ينفذها": false} {
		if got := DoerPast(verb); got != want {
			t.Errorf("DoerPast(%q) = %v, want %v", verb, got, want)
		}
	}
}

func TestPastVerb(t *testing.T) {
	claim, attack := &vocab.Pattern{Kind: vocab.Verb, Code: "015"}, &vocab.Pattern{Kind: vocab.Noun, Code: "190"}
	for _, tt := range []struct {
		word        string
		forms       []vocab.Form
		past, claim bool
	}{
		{"تبنت", []vocab.Form{{P: claim, Fem: true}}, true, true},        // a past verb of measure V opens with ت
		{"تتبنى", []vocab.Form{{P: claim, Present: true}}, false, false}, // its present
		{"تبدأ", nil, false, false},                                      // not a verb of the lexicon: its first letter
		{"بدأت", nil, true, false},
		{"هجوم", []vocab.Form{{P: attack}}, true, false}, // no verb form: its first letter
	} {
		if got := PastVerb(tt.word, tt.forms); got != tt.past {
			t.Errorf("PastVerb(%q) = %v, want %v", tt.word, got, tt.past)
		}
		if got := Claim(tt.forms); got != tt.claim {
			t.Errorf("Claim(%q) = %v, want %v", tt.word, got, tt.claim)
		}
	}
}

func TestUnmanned(t *testing.T) {
	tabletest.Verdicts(t, "testdata/unmanned.tsv", 5, map[string]func(string, string, string) bool{"Unmanned": Unmanned},
		func(t *testing.T, f func(string, string, string) bool, a []string) bool { return f(a[0], a[1], a[2]) })
}

func TestAllied(t *testing.T) {
	for name, want := range map[string]bool{"طيران التحالف الدولي": true, "قوات التحالف": true, "وطيران التحالف": true,
		"الطائرات التركية": false, "قوات تحالفية": false, "التحالفات": false,
		"مقاتلات تابعة للتحالف": true, "بطائرات التحالف": true, "وحدات الجيش": false} {
		if got := Allied(name); got != want {
			t.Errorf("Allied(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestOutcome(t *testing.T) {
	tests := []struct {
		a, b           string
		outcome, joins bool // Outcome(b), Joins(a, b)
	}{
		{"195", "1712", true, true},  // قصفت الطائرات … ودمرت آليات
		{"1712", "190", false, true}, // the damage told first
		{"190", "1823", true, true},
		{"183", "182", true, true},
		{"190", "183", false, true},
		{"1712", "1712", true, false}, // damage beside damage: no act of force
		{"173", "1712", true, false},  // an arrest and a destruction
		{"1712", "042", false, false},
		{"195", "173", false, false},
	}
	for _, tt := range tests {
		if got := Outcome(tt.b); got != tt.outcome {
			t.Errorf("Outcome(%q) = %v, want %v", tt.b, got, tt.outcome)
		}
		if got := Joins(tt.a, tt.b); got != tt.joins {
			t.Errorf("Joins(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.joins)
		}
	}
}

func TestLaunches(t *testing.T) {
	tests := []struct {
		name          string
		at, cause     int
		code, outcome string
		want          bool
	}{
		{"the act's own word", 5, 5, "190", "190", true},
		{"the noun the verb launches (شنت المقاتلات غارة)", 5, 7, "195", "195", true},
		{"a noun of another act", 5, 7, "190", "195", false},
		{"too far for the verb's object", 5, 10, "195", "195", false},
		{"a noun before the verb", 7, 5, "195", "195", false},
	}
	for _, tt := range tests {
		if got := Launches(tt.at, tt.cause, tt.code, tt.outcome); got != tt.want {
			t.Errorf("%s: Launches(%d, %d, %q, %q) = %v, want %v", tt.name, tt.at, tt.cause, tt.code, tt.outcome, got, tt.want)
		}
	}
}

func TestBare(t *testing.T) {
	tests := []struct {
		name           string
		code           string
		cause, sources int
		want           bool
	}{
		{"a toll alone (كما وردت أنباء عن مقتل قيادات)", "1823", 0, 0, true},
		{"damage alone", "1712", 0, 0, true},
		{"a toll with its doer (قتل مسلحون ثلاثة مدنيين)", "1823", 0, 1, false},
		{"a toll that fell in an act named (في غارة)", "1823", 12, 0, false},
		{"a toll of combatants read as fighting", "1823", -1, 0, false},
		{"an act", "190", 0, 0, false},
	}
	for _, tt := range tests {
		if got := Bare(tt.code, tt.cause, tt.sources); got != tt.want {
			t.Errorf("%s: Bare(%q, %d, %d) = %v, want %v", tt.name, tt.code, tt.cause, tt.sources, got, tt.want)
		}
	}
}

func TestBlast(t *testing.T) {
	for _, tc := range []struct {
		device string
		d      int
		verb   string
		v      int
		want   bool
	}{
		{"1833", 6, "183", 5, true},  // انفجرت عبوة ناسفة
		{"1832", 3, "183", 5, true},  // سيارة مفخخة انفجرت
		{"1833", 2, "183", 5, true},  // عبوة ناسفة مزروعة انفجرت
		{"1832", 7, "183", 5, true},  // فجر انتحاري نفسه سيارة … (within three words)
		{"1832", 9, "183", 5, false}, // too far after: another act
		{"1833", 0, "183", 5, false}, // too far before
		{"1833", 6, "190", 5, false}, // not a verb of bombing
		{"1831", 6, "183", 5, false}, // a suicide attack is no device
		{"1833", 5, "183", 5, false}, // the same word
	} {
		if got := Blast(tc.device, tc.d, tc.verb, tc.v); got != tc.want {
			t.Errorf("Blast(%s at %d, %s at %d) = %v, want %v", tc.device, tc.d, tc.verb, tc.v, got, tc.want)
		}
	}
}
