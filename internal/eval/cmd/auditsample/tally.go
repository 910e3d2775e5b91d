package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Tally is what a judged items.tsv says, counted as the audits' "What was
// found" tables count it.
type Tally struct {
	Events, EventsRight, EventsRightEvent, EventsRightEmptyTarget int
	Quotes, QuotesRight                                           int
	Entities, EntitiesRight                                       int
	// Errors counts the error categories of each kind (event, quote,
	// entity).
	Errors map[string]map[string]int
	// Unjudged lists the items whose verdict is empty.
	Unjudged []string
}

// ReadTally counts the verdicts of a judged items.tsv: an event is fully
// right with verdict C; its event is right with a_event Y; it is right if an
// empty target is allowed when a_event and b_source are Y and c_target is
// Y or missing. A quote or an entity is right with verdict C.
func ReadTally(r io.Reader) (Tally, error) {
	t := Tally{Errors: map[string]map[string]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	col := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		cells := strings.Split(sc.Text(), "\t")
		if line == 1 {
			for i, c := range cells {
				col[c] = i
			}
			for _, c := range []string{"item", "kind", "verdict", "a_event", "b_source", "c_target", "error_category"} {
				if _, ok := col[c]; !ok {
					return t, fmt.Errorf("tally: the header has no %q column", c)
				}
			}
			continue
		}
		if len(cells) != len(col) {
			return t, fmt.Errorf("tally: line %d has %d cells, want %d", line, len(cells), len(col))
		}
		get := func(c string) string { return strings.TrimSpace(cells[col[c]]) }
		kind, verdict := get("kind"), get("verdict")
		if verdict == "" {
			t.Unjudged = append(t.Unjudged, get("item"))
			continue
		}
		if cat := get("error_category"); cat != "" {
			if t.Errors[kind] == nil {
				t.Errors[kind] = map[string]int{}
			}
			t.Errors[kind][cat]++
		}
		right := verdict == "C"
		switch kind {
		case "event":
			t.Events++
			if right {
				t.EventsRight++
			}
			if get("a_event") == "Y" {
				t.EventsRightEvent++
				if c := get("c_target"); get("b_source") == "Y" && (c == "Y" || c == "missing") {
					t.EventsRightEmptyTarget++
				}
			}
		case "quote":
			t.Quotes++
			if right {
				t.QuotesRight++
			}
		case "entity":
			t.Entities++
			if right {
				t.EntitiesRight++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return t, fmt.Errorf("tally: %w", err)
	}
	return t, nil
}

// Write prints the tally as the audit README's table and error lists.
func (t Tally) Write(w io.Writer) {
	fmt.Fprintln(w, "| measure | result |")
	fmt.Fprintln(w, "|---|---|")
	fmt.Fprintf(w, "| events fully right (event, source, target) | %s |\n", share(t.EventsRight, t.Events))
	fmt.Fprintf(w, "| events with the right event, whatever the actors | %s |\n", share(t.EventsRightEvent, t.Events))
	fmt.Fprintf(w, "| events fully right if an empty target is allowed | %s |\n", share(t.EventsRightEmptyTarget, t.Events))
	fmt.Fprintf(w, "| quotes with the right speaker | %s |\n", share(t.QuotesRight, t.Quotes))
	fmt.Fprintf(w, "| entities right | %s |\n", share(t.EntitiesRight, t.Entities))
	for _, kind := range []string{"event", "quote", "entity"} {
		cats := t.Errors[kind]
		if len(cats) == 0 {
			continue
		}
		names := make([]string, 0, len(cats))
		for c := range cats {
			names = append(names, c)
		}
		sort.Slice(names, func(i, j int) bool {
			if cats[names[i]] != cats[names[j]] {
				return cats[names[i]] > cats[names[j]]
			}
			return names[i] < names[j]
		})
		parts := make([]string, len(names))
		for i, c := range names {
			parts[i] = fmt.Sprintf("%s %d", c, cats[c])
		}
		fmt.Fprintf(w, "\n%s errors by kind: %s\n", kind, strings.Join(parts, "; "))
	}
	if len(t.Unjudged) > 0 {
		fmt.Fprintf(w, "\nnot judged yet: %s\n", strings.Join(t.Unjudged, " "))
	}
}

func share(n, of int) string {
	if of == 0 {
		return "0 of 0"
	}
	return fmt.Sprintf("%d of %d (%d%%)", n, of, (200*n+of)/(2*of))
}
