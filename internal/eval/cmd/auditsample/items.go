package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"rasad/internal/news"
)

// Columns are the columns of items.tsv, as in the previous audit: what the
// program printed, then the verdict columns the coder fills, then the
// sentence.
var Columns = []string{"item", "kind", "article", "out_index", "program_code_or_type",
	"program_source_or_speaker", "program_target_or_country", "verdict", "a_event",
	"b_source", "c_target", "error_category", "note", "text"}

// TextLimit is how many characters of a sentence or quote items.tsv keeps
// (then "…"): enough to judge, short of copying the article.
const TextLimit = 200

// Item is one row of items.tsv.
type Item struct {
	ID, Kind, Article    string
	OutIndex             int
	What, Source, Target string
	Text                 string
}

// pooled is one output record of one article of the sample.
type pooled struct {
	article string
	index   int
	doc     *news.Document
}

// Pool lists the asserted events, the quotes and the entities of docs (named
// names[i]) in article order, then output order.
func Pool(names []string, docs []news.Document) (events, quotes, entities []pooled) {
	for i := range docs {
		d := &docs[i]
		for j, e := range d.Events {
			if e.Polarity == news.Asserted {
				events = append(events, pooled{names[i], j, d})
			}
		}
		for j := range d.Quotes {
			quotes = append(quotes, pooled{names[i], j, d})
		}
		for j := range d.Entities {
			entities = append(entities, pooled{names[i], j, d})
		}
	}
	return events, quotes, entities
}

// Items draws, each time from the seed again, nEvents of the pooled
// asserted events, nQuotes quotes and nEntities entities, and returns
// their rows: E01…, Q01…, N01… in the order drawn.
func Items(names []string, docs []news.Document, seed int64, nEvents, nQuotes, nEntities int) []Item {
	events, quotes, entities := Pool(names, docs)
	var items []Item
	for k, i := range Draw(seed, len(events), nEvents) {
		p := events[i]
		e := p.doc.Events[p.index]
		it := Item{ID: fmt.Sprintf("E%02d", k+1), Kind: "event", Article: p.article, OutIndex: p.index,
			What: strings.TrimSpace(e.Code + " " + e.Label), Source: party(&e.Source), Text: e.Text}
		if e.Target != nil {
			it.Target = party(e.Target)
		}
		items = append(items, it)
	}
	for k, i := range Draw(seed, len(quotes), nQuotes) {
		p := quotes[i]
		q := p.doc.Quotes[p.index]
		kind := "reported"
		if q.Direct {
			kind = "direct"
		}
		sp := "|||via=" + q.Via
		if s := q.Speaker; s != nil {
			sp = s.Name + "|" + s.Country + "|" + s.Text + "|via=" + q.Via
		}
		items = append(items, Item{ID: fmt.Sprintf("Q%02d", k+1), Kind: "quote", Article: p.article,
			OutIndex: p.index, What: kind, Source: sp, Text: q.Text})
	}
	for k, i := range Draw(seed, len(entities), nEntities) {
		p := entities[i]
		e := p.doc.Entities[p.index]
		var forms []string
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			if !seen[m.Text] {
				seen[m.Text] = true
				forms = append(forms, m.Text)
			}
		}
		items = append(items, Item{ID: fmt.Sprintf("N%02d", k+1), Kind: "entity", Article: p.article,
			OutIndex: p.index, What: string(e.Type), Source: e.Name, Target: e.Country + "|" + e.Actor,
			Text: strings.Join(forms, " / ")})
	}
	return items
}

// party prints an event's source or target as name|country|actor.
func party(p *news.Party) string { return p.Name + "|" + p.Country + "|" + p.Actor }

// WriteItems writes the items as items.tsv with empty verdict columns.
func WriteItems(w io.Writer, items []Item) error {
	if _, err := fmt.Fprintln(w, strings.Join(Columns, "\t")); err != nil {
		return err
	}
	for _, it := range items {
		row := []string{it.ID, it.Kind, it.Article, fmt.Sprint(it.OutIndex), cell(it.What),
			cell(it.Source), cell(it.Target), "", "", "", "", "", "", cell(clip(it.Text))}
		if _, err := fmt.Fprintln(w, strings.Join(row, "\t")); err != nil {
			return err
		}
	}
	return nil
}

// cell keeps a value on one TSV cell: tabs and newlines become spaces.
func cell(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)), " ")
}

// clip cuts s to TextLimit characters and marks the cut with "…".
func clip(s string) string {
	if utf8.RuneCountInString(s) <= TextLimit {
		return s
	}
	r := []rune(s)
	return string(r[:TextLimit]) + "…"
}
