package actor

import (
	"strings"
	"testing"

	"rasad/internal/golden"
	"rasad/internal/lexicon"
	"rasad/internal/tabletest"
)

func TestAddAgents(t *testing.T) {
	lx := lexicon.New()
	err := lx.Read(strings.NewReader(`[agent:GOVMIL unnamed:defence_minister]
وزير الدفاع ; وزيرة الدفاع
[agent:GOV unnamed:secretary_of_state gloss=US_secretary_of_state]
وزير الخارجية الأمريكي ;
[agent:GOV unnamed:leader ambiguous]
الزعيم
[agent:MIL event-agent]
قوات
`), "agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b builder
	if err := b.addAgents(lx); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range b.actors {
		got = append(got, strings.Join([]string{a.ID, a.Name, a.Code, a.File, strings.Join(a.Names, "+")}, "|"))
		if a.Type != Agent || a.Ambiguous != (a.ID == "agent.leader") {
			t.Errorf("%s: type %s ambiguous %v", a.ID, a.Type, a.Ambiguous)
		}
	}
	golden.Check(t, "testdata/agents.golden", strings.Join(got, "\n")+"\n")
}

func TestAddAgentsErrors(t *testing.T) {
	tabletest.Errors(t, "addAgents", func(text string) error {
		lx := lexicon.New()
		if err := lx.Read(strings.NewReader(text), "agents.txt"); err != nil {
			return err // the rows are read without error: addAgents refuses them
		}
		var b builder
		return b.addAgents(lx)
	}, [][3]string{
		{"two codes", "[unnamed:militia]\nميليشيات | agent:UAF\nالميليشيات | agent:REB\n", "agents.txt:3: agent.militia: الميليشيات: agent:REB, but agent:UAF at agents.txt:2"},
		{"no code", "[unnamed:militia]\nميليشيات\n", `agents.txt:2: agent.militia: ميليشيات: bad agent code ""`},
		{"two glosses", "[agent:GOV unnamed:speaker]\nرئيس البرلمان ; | gloss=speaker_of_parliament\nرئيس المجلس ;\n", `agents.txt:3: agent.speaker: رئيس المجلس: gloss "", but "speaker of parliament" at agents.txt:2`},
		{"ambiguity", "[agent:GOV unnamed:leader]\nالزعيم | ambiguous\nزعيم\n", "agents.txt:3: agent.leader: زعيم: ambiguous differs from agents.txt:2"},
	})
}
