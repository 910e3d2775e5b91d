package server

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"rasad/internal/search"
	"rasad/internal/server/draw"
	"rasad/internal/server/period"
	"rasad/internal/store"
)

// Bounds of a timeline: the periods drawn (past it, a coarser period is
// taken), the articles counted and the articles whose events are read
// when the timeline is of a search rather than of an actor or a dyad.
const (
	maxTimelinePeriods  = 120
	maxTimelineArticles = 5000
	maxTimelineDocs     = 300
)

// timelineView is the timeline page: what was asked, the chart and the
// table of the same counts.
type timelineView struct {
	Form     url.Values
	Err      string
	By       string // the period counted by
	Coarser  bool   // By is coarser than asked, to fit the chart
	Subject  string // "events" for an actor or dyad, "search" for a query
	Chart    draw.Chart
	Rows     []timelineRow
	Outside  int  // events dated outside the range shown, or less precisely than By
	Partial  bool // only the first articles were read
	Articles int  // articles counted (near-duplicates once)
}

// timelineRow is one period of the table.
type timelineRow struct {
	Label        string
	From, To     string // the period's first and last day
	Events       int
	Articles     int
	EventsLink   string
	ArticlesLink string
}

// pageTimeline counts, per day, week, month or year, the events and the
// articles of an actor or a dyad (actor, source, target, dyad: as the
// events page) or of a search (q and its filters), near-duplicates once.
func (s *Server) pageTimeline(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	tv := timelineView{Form: v, By: strings.TrimSpace(v.Get("by"))}
	if err := s.timeline(r.Context(), r, &tv); err != nil {
		s.pageFailed(w, r, err, &tv.Err, "timeline", tr(langOf(r), "timeline_nav"), &tv)
		return
	}
	s.render(w, r, http.StatusOK, "timeline", tr(langOf(r), "timeline_nav"), tv)
}

func (s *Server) timeline(ctx context.Context, r *http.Request, tv *timelineView) error {
	v := r.URL.Query()
	lang := langOf(r)
	if tv.By != "" && !slices.Contains(period.Names, tv.By) {
		return badInput(fmt.Errorf("by: %q is not day, week, month or year", tv.By))
	}
	er, err := parseEvents(r)
	if err != nil {
		return err
	}
	ef := er.Filter
	sr, err := parseSearch(v, 10)
	if err != nil && !errors.Is(err, search.ErrEmpty) {
		return err
	}
	byEvents := ef.Actor != "" || ef.Source != "" || ef.Target != ""
	if !byEvents && sr.Query.Expr == nil && sr.Query.Filter.IsZero() {
		return nil // nothing asked yet: the form alone
	}
	// Articles: those that mention the actor (its code as an entity
	// filter), or that match the search.
	q := sr.Query
	var parties []string // the actor codes of an events timeline
	for _, a := range []string{ef.Actor, ef.Source, ef.Target} {
		if a != "" {
			parties = append(parties, a)
		}
	}
	if byEvents {
		tv.Subject = "events"
		q = search.Query{Filter: search.Filter{From: ef.From, To: ef.To, Entities: parties}}
	} else {
		tv.Subject = "search"
	}
	if q.Filter, _, err = store.Resolve(ctx, s.names, s.st, q.Filter); err != nil {
		return err
	}
	days := map[string][2]int{} // date → events, articles
	var ids []string
	for off := 0; off < maxTimelineArticles; off += 1000 {
		res, err := s.st.Search(ctx, q, store.Page{Offset: off, Limit: 1000, SnippetBytes: 1})
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if h.DuplicateOf != "" {
				continue // a near-duplicate: its original counts
			}
			c := days[h.Published]
			c[1]++
			days[h.Published] = c
			ids = append(ids, h.ID)
		}
		if off+len(res.Hits) >= res.Total || len(res.Hits) == 0 {
			break
		}
		tv.Partial = off+1000 >= maxTimelineArticles
	}
	tv.Articles = len(ids)
	// Events: the store's counts for an actor or a dyad (one per story,
	// code and parties); the events of the articles for a search.
	if byEvents {
		counts, err := s.st.CountEvents(ctx, ef, store.Day)
		if err != nil {
			return err
		}
		for _, c := range counts {
			x := days[c.Period]
			x[0] += c.Count
			days[c.Period] = x
		}
	} else {
		if len(ids) > maxTimelineDocs {
			ids, tv.Partial = ids[:maxTimelineDocs], true
		}
		for _, id := range ids {
			rec, err := s.st.Get(ctx, id)
			if err != nil {
				return fmt.Errorf("timeline: document %s: %w", id, err)
			}
			// By the article's day, so that a bar's link (the articles
			// published then) shows the events it counts.
			x := days[rec.Doc.Published]
			x[0] += len(rec.Doc.Events)
			days[rec.Doc.Published] = x
		}
	}
	// The range: the days with articles, else with events, unless asked.
	var withArticles, all []string
	for date, c := range days {
		all = append(all, date)
		if c[1] > 0 {
			withArticles = append(withArticles, date)
		}
	}
	first, last := period.Extent(withArticles)
	if first.IsZero() {
		first, last = period.Extent(all)
	}
	if first, last = period.Bounds(ef.From, ef.To, first, last); first.IsZero() {
		return nil
	}
	var starts []time.Time
	tv.By, starts, tv.Coarser = period.Periods(first, last, tv.By, maxTimelinePeriods)
	rows := make([]timelineRow, len(starts))
	for i, st := range starts {
		end := period.End(st, tv.By)
		rows[i] = timelineRow{Label: period.Label(st, tv.By), From: st.Format(time.DateOnly), To: end.Format(time.DateOnly)}
	}
	for date, c := range days {
		i, ok := period.Find(starts, tv.By, date)
		if !ok {
			tv.Outside += c[0]
			continue
		}
		rows[i].Events += c[0]
		rows[i].Articles += c[1]
	}
	events, articles := tr(lang, "events"), tr(lang, "documents")
	points := make([]draw.Point, len(rows))
	articleParams := searchParams(v)
	if byEvents {
		articleParams = url.Values{"entity": parties}
	}
	for i := range rows {
		row := &rows[i]
		row.ArticlesLink = "/?" + withRange(articleParams, row.From, row.To).Encode()
		if byEvents {
			row.EventsLink = "/events?" + withRange(eventParams(v), row.From, row.To).Encode()
		} else {
			row.EventsLink = row.ArticlesLink
		}
		points[i] = draw.Point{Label: row.Label, Values: []int{row.Events, row.Articles}, Links: []string{row.EventsLink, row.ArticlesLink}}
	}
	tv.Rows = rows
	tv.Chart = draw.NewChart(tr(lang, "timeline_nav"), barSeries(events, articles), points)
	return nil
}

// withRange returns a copy of p with from and to set.
func withRange(p url.Values, from, to string) url.Values {
	p = maps.Clone(p)
	p.Set("from", from)
	p.Set("to", to)
	return p
}
