package agent

import (
	"strconv"
	"testing"

	"rasad/internal/actor"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

// TestCode reads a word's agent code and whether it is an armed group's
// noun, as "CODE armed" (testdata/code.tsv).
func TestCode(t *testing.T) {
	tabletest.Strings(t, "Code", codeAndArmed(actor.Default()), tabletest.Rows(t, "testdata/code.tsv"))
}

// codeAndArmed returns what TestCode reads of a word.
func codeAndArmed(g *actor.Gazetteer) func(string) string {
	return func(word string) string {
		tok := lexicon.Tokens(word)[0]
		return Code(g, tok) + " " + strconv.FormatBool(ArmedHead(g, &tok))
	}
}
