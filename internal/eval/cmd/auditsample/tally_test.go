package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestTally(t *testing.T) {
	head := strings.Join(Columns, "\t")
	row := func(cells ...string) string {
		// item kind article out_index what source target verdict a b c category note text
		return strings.Join(cells, "\t")
	}
	tsv := strings.Join([]string{head,
		row("E01", "event", "c01", "0", "042", "A|X|X", "B|Y|Y", "C", "Y", "Y", "Y", "", "", "s"),
		row("E02", "event", "c01", "1", "042", "A|X|X", "", "A", "Y", "Y", "missing", "A-tgt-missing", "", "s"),
		row("E03", "event", "c01", "2", "042", "A||", "", "A", "Y", "nocountry", "missing", "A-unlinked", "", "s"),
		row("E04", "event", "c01", "3", "090", "A|X|X", "", "W", "N", "n/a", "n/a", "W-sense", "", "s"),
		row("E05", "event", "c02", "0", "090", "A|X|X", "", "", "", "", "", "", "", "s"),
		row("Q01", "quote", "c01", "0", "direct", "A|X|a|via=", "", "C", "Y", "Y", "", "", "", "q"),
		row("Q02", "quote", "c01", "1", "direct", "||a|via=", "", "P", "Y", "P", "", "Q-descriptor", "", "q"),
		row("N01", "entity", "c01", "0", "PER", "A", "X|X", "C", "", "", "", "", "", "n"),
		row("N02", "entity", "c01", "1", "PER", "B", "|", "I", "", "", "", "N-no-country", "", "n"),
	}, "\n") + "\n"
	got, err := ReadTally(strings.NewReader(tsv))
	if err != nil {
		t.Fatal(err)
	}
	want := Tally{Events: 4, EventsRight: 1, EventsRightEvent: 3, EventsRightEmptyTarget: 2,
		Quotes: 2, QuotesRight: 1, Entities: 2, EntitiesRight: 1}
	if got.Events != want.Events || got.EventsRight != want.EventsRight || got.EventsRightEvent != want.EventsRightEvent ||
		got.EventsRightEmptyTarget != want.EventsRightEmptyTarget || got.Quotes != want.Quotes || got.QuotesRight != want.QuotesRight ||
		got.Entities != want.Entities || got.EntitiesRight != want.EntitiesRight {
		t.Errorf("tally = %+v, want %+v", got, want)
	}
	if len(got.Unjudged) != 1 || got.Unjudged[0] != "E05" {
		t.Errorf("unjudged %v, want [E05]", got.Unjudged)
	}
	if got.Errors["event"]["A-tgt-missing"] != 1 || got.Errors["quote"]["Q-descriptor"] != 1 || got.Errors["entity"]["N-no-country"] != 1 {
		t.Errorf("errors %v", got.Errors)
	}
	var out bytes.Buffer
	got.Write(&out)
	for _, s := range []string{"| events fully right (event, source, target) | 1 of 4 (25%) |",
		"| events fully right if an empty target is allowed | 2 of 4 (50%) |", "not judged yet: E05"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("the table lacks %q:\n%s", s, out.String())
		}
	}
	for _, bad := range []string{"item\tkind\n", head + "\nE01\tevent\n"} {
		if _, err := ReadTally(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadTally(%q) gave no error", bad)
		}
	}
}
