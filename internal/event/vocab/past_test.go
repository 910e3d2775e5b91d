package vocab

import (
	"testing"

	"rasad/internal/event/morph"
)

func TestPastVerb(t *testing.T) {
	verb, noun := &Pattern{Kind: Verb}, &Pattern{Kind: Noun}
	tests := []struct {
		name string
		fs   []Form
		want bool
	}{
		{"no forms", nil, false},
		{"past, third person", []Form{{P: verb, Person: morph.Third}}, true},
		{"present", []Form{{P: verb, Person: morph.Third, Present: true}}, false},
		{"passive", []Form{{P: verb, Person: morph.Third, Passive: true}}, false},
		{"first person", []Form{{P: verb, Person: morph.First}}, false},
		{"a noun", []Form{{P: noun, Person: morph.Third}}, false},
		{"a noun, then the verb", []Form{{P: noun}, {P: verb, Person: morph.Third}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PastVerb(tt.fs); got != tt.want {
				t.Errorf("PastVerb(%v) = %v, want %v", tt.fs, got, tt.want)
			}
		})
	}
}
