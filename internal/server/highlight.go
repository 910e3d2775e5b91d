package server

import (
	"html"
	"html/template"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"rasad/internal/news"
	"rasad/internal/search"
)

// validSpan reports whether [start, end) is a non-empty byte range of text
// that begins and ends on rune boundaries.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// markSnippet renders a snippet with its matches in <mark>: each piece of
// text is escaped first, then the markup is put around it.
func markSnippet(s search.Snippet) template.HTML {
	var b strings.Builder
	if s.Before {
		b.WriteString("… ")
	}
	at := 0
	for _, h := range s.Highlights {
		if h.Start < at || !validSpan(s.Text, h.Start, h.End) {
			continue
		}
		b.WriteString(html.EscapeString(s.Text[at:h.Start]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(s.Text[h.Start:h.End]))
		b.WriteString("</mark>")
		at = h.End
	}
	b.WriteString(html.EscapeString(s.Text[at:]))
	if s.After {
		b.WriteString(" …")
	}
	return template.HTML(b.String())
}

// annotation is one highlighted range of an article's text.
type annotation struct {
	start, end int
	kind       string // ent, quote, speaker, date, trig
	idx        int    // index in its list (entity, quote, date, event)
	ent        *news.Entity
	quote      *news.Quote
	date       *news.Date
	event      *news.Event
}

// annotations lists the ranges of the text to highlight: entity mentions,
// quotes and their speakers, dates and event triggers. Ranges that do not
// fit the text are left out.
func annotations(d *news.Document) []annotation {
	var as []annotation
	add := func(a annotation) {
		if validSpan(d.Text, a.start, a.end) {
			as = append(as, a)
		}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		for _, m := range e.Mentions {
			add(annotation{start: m.Start, end: m.End, kind: "ent", idx: i, ent: e})
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		add(annotation{start: q.Start, end: q.End, kind: "quote", idx: i, quote: q})
		if q.Speaker != nil {
			add(annotation{start: q.Speaker.Start, end: q.Speaker.End, kind: "speaker", idx: i, quote: q})
		}
	}
	for i := range d.Dates {
		dt := &d.Dates[i]
		add(annotation{start: dt.Start, end: dt.End, kind: "date", idx: i, date: dt})
	}
	for i := range d.Events {
		ev := &d.Events[i]
		if ev.Trigger != nil {
			add(annotation{start: ev.Trigger.Start, end: ev.Trigger.End, kind: "trig", idx: i, event: ev})
		}
	}
	return as
}

// highlightText renders an article's text with its annotations. The text
// is cut at every start and end of an annotation; each piece is escaped and
// wrapped in one element that carries the classes of every annotation
// covering it (an entity's piece is a link to its actor page), so that
// overlapping annotations still make well-formed HTML.
func highlightText(d *news.Document, lang string) template.HTML {
	as := annotations(d)
	cuts := []int{0, len(d.Text)}
	for _, a := range as {
		cuts = append(cuts, a.start, a.end)
	}
	sort.Ints(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		lo, hi := cuts[i], cuts[i+1]
		if lo == hi {
			continue
		}
		piece := html.EscapeString(d.Text[lo:hi])
		var classes []string
		var ent *news.Entity
		var q *news.Quote
		var titles []string
		attrs := ""
		seen := map[string]bool{}
		for _, a := range as {
			if a.start > lo || a.end < hi {
				continue
			}
			if !seen[a.kind] {
				seen[a.kind] = true
				classes = append(classes, "hl-"+a.kind)
			}
			switch a.kind {
			case "ent":
				if ent == nil {
					ent = a.ent
					attrs += ` data-ent="` + strconv.Itoa(a.idx) + `"`
				}
			case "quote", "speaker":
				if q == nil {
					q = a.quote
					attrs += ` data-quote="` + strconv.Itoa(a.idx) + `"`
					if q.Speaker != nil && q.Speaker.Name != "" {
						attrs += ` data-speaker="` + html.EscapeString(q.Speaker.Name) + `"`
						titles = append(titles, tr(lang, "speaker")+": "+q.Speaker.Name)
					}
				}
			case "date":
				attrs += ` data-date="` + strconv.Itoa(a.idx) + `"`
				titles = append(titles, a.date.Value)
			case "trig":
				attrs += ` data-event="` + strconv.Itoa(a.idx) + `"`
				titles = append(titles, a.event.Code+" "+eventLabel(lang, a.event))
			}
		}
		if len(classes) == 0 {
			b.WriteString(piece)
			continue
		}
		if ent != nil {
			titles = append([]string{entityTitle(ent)}, titles...)
		}
		title := ""
		if len(titles) > 0 {
			title = ` title="` + html.EscapeString(strings.Join(titles, " · ")) + `"`
		}
		cls := html.EscapeString(strings.Join(classes, " "))
		if ent != nil {
			b.WriteString(`<a class="` + cls + `" href="/actors/` + url.PathEscape(actorPageID(ent)) + `"` + attrs + title + `>` + piece + `</a>`)
		} else {
			b.WriteString(`<span class="` + cls + `"` + attrs + title + `>` + piece + `</span>`)
		}
	}
	return template.HTML(b.String())
}

// entityTitle describes an entity in a tooltip: its English name, type and
// country.
func entityTitle(e *news.Entity) string {
	s := e.Name
	if s == "" {
		s = e.NameAr
	}
	s += " (" + string(e.Type)
	if e.Country != "" {
		s += ", " + e.Country
	}
	if e.Actor != "" {
		s += ", " + e.Actor
	}
	return s + ")"
}

// eventLabel is an event's label in lang: the coder's label in English,
// else the CAMEO root's name.
func eventLabel(lang string, ev *news.Event) string {
	if lang == langEn && ev.Label != "" {
		return ev.Label
	}
	return rootLabel(lang, ev.Code)
}
