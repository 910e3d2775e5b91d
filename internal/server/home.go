package server

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/store"
)

// Periods of the home page and of the network opened without a query,
// counted back from the archive's latest article (an archive of old news
// still shows something).
const (
	homeDays    = 7
	networkDays = 30
)

// maxRecentDocs bounds the documents the home page and the default network
// read.
const maxRecentDocs = 200

// recent is the archive's latest articles: those published in the days up
// to the latest publication date.
type recent struct {
	Since, Until string // YYYY-MM-DD, inclusive
	Hits         []store.Hit
	Docs         []*news.Document
	Truncated    bool // more articles were published in the period than were read
}

// recentDocs reads the articles published in the last days days of the
// archive, latest first, up to limit; none when the archive holds no
// dated article.
func (s *Server) recentDocs(ctx context.Context, days, limit int) (*recent, error) {
	latest, err := s.st.Search(ctx, search.Query{Filter: search.Filter{From: "0001"}}, store.Page{Limit: 1, SnippetBytes: 1})
	if err != nil {
		return nil, err
	}
	rc := &recent{}
	if len(latest.Hits) == 0 {
		return rc, nil
	}
	until, err := time.Parse(time.DateOnly, latest.Hits[0].Published[:min(10, len(latest.Hits[0].Published))])
	if err != nil {
		return rc, nil // a date of another form: nothing to count back from
	}
	rc.Until = until.Format(time.DateOnly)
	rc.Since = until.AddDate(0, 0, 1-days).Format(time.DateOnly)
	res, err := s.st.Search(ctx, search.Query{Filter: search.Filter{From: rc.Since}}, store.Page{Limit: limit, SnippetBytes: 160})
	if err != nil {
		return nil, err
	}
	rc.Hits, rc.Truncated = res.Hits, res.Total > len(res.Hits)
	for _, h := range res.Hits {
		rec, err := s.st.Get(ctx, h.ID)
		if err != nil {
			return nil, fmt.Errorf("recent document %s: %w", h.ID, err)
		}
		rc.Docs = append(rc.Docs, rec.Doc)
	}
	return rc, nil
}

// home is the home page's panels.
type home struct {
	*recent
	Actors []actorCount
	Dyads  []dyadCount
	// Feeds is the health of the feeds the archive follows, failing ones
	// first, when it follows any (issue 16's feeds view in brief).
	Feeds []feedRow
	// FeedsFailing counts the feeds whose last check failed.
	FeedsFailing int
}

// actorCount is an actor and the mentions of it in some articles.
type actorCount struct {
	Link, Name, Type   string
	Code               string // CAMEO actor code, "" when unlinked
	Mentions, Articles int
}

// dyadCount is a pair of actors and the events between them.
type dyadCount struct {
	A, B           actorCount // Link and Name only
	Coop, Conflict int
	Events         int
}

// Rows of each panel of the home page.
const homeRows = 10

// homePage gathers the home page: the latest articles, the actors most
// mentioned and the pairs of actors with most events in the last homeDays
// days of the archive.
func (s *Server) homePage(ctx context.Context, lang string) (*home, error) {
	rc, err := s.recentDocs(ctx, homeDays, maxRecentDocs)
	if err != nil {
		return nil, err
	}
	h := &home{recent: rc}
	if err := s.homeFeeds(ctx, h); err != nil {
		return nil, err
	}
	actors := map[string]*actorCount{}
	dyads := map[[2]string]*dyadCount{}
	for _, d := range rc.Docs {
		keyOf := map[string]*news.Entity{}
		seen := map[string]bool{}
		for i := range d.Entities {
			e := &d.Entities[i]
			k := actorPageID(e)
			if k == "" || e.Type == news.MISC {
				continue
			}
			keyOf[e.ID] = e
			a := actors[k]
			if a == nil {
				a = &actorCount{Link: k, Name: entityName(e, lang), Type: string(e.Type)}
				actors[k] = a
			}
			a.Mentions += len(e.Mentions)
			if !seen[k] {
				seen[k] = true
				a.Articles++
			}
		}
		for _, ev := range d.Events {
			if ev.Target == nil {
				continue
			}
			src, tgt := keyOf[ev.Source.Entity], keyOf[ev.Target.Entity]
			if src == nil || tgt == nil || actorPageID(src) == actorPageID(tgt) {
				continue
			}
			a := actorCount{Link: actorPageID(src), Name: entityName(src, lang), Code: src.Actor}
			b := actorCount{Link: actorPageID(tgt), Name: entityName(tgt, lang), Code: tgt.Actor}
			if b.Link < a.Link {
				a, b = b, a
			}
			k := [2]string{a.Link, b.Link}
			dc := dyads[k]
			if dc == nil {
				dc = &dyadCount{A: a, B: b}
				dyads[k] = dc
			}
			dc.Events++
			switch quadOf(ev.QuadClass, ev.Code) {
			case 1, 2:
				dc.Coop++
			case 3, 4:
				dc.Conflict++
			}
		}
	}
	for _, a := range actors {
		h.Actors = append(h.Actors, *a)
	}
	slices.SortFunc(h.Actors, func(a, b actorCount) int {
		return cmp.Or(b.Mentions-a.Mentions, strings.Compare(a.Link, b.Link))
	})
	h.Actors = h.Actors[:min(homeRows, len(h.Actors))]
	for _, d := range dyads {
		h.Dyads = append(h.Dyads, *d)
	}
	slices.SortFunc(h.Dyads, func(a, b dyadCount) int {
		return cmp.Or(b.Events-a.Events, strings.Compare(a.A.Link, b.A.Link), strings.Compare(a.B.Link, b.B.Link))
	})
	h.Dyads = h.Dyads[:min(homeRows, len(h.Dyads))]
	rc.Hits = rc.Hits[:min(homeRows, len(rc.Hits))]
	return h, nil
}

// entityName names an entity in lang: its Arabic name in Arabic where it
// has one.
func entityName(e *news.Entity, lang string) string {
	if lang != langEn && e.NameAr != "" {
		return e.NameAr
	}
	if e.Name != "" {
		return e.Name
	}
	return e.NameAr
}

// maxHomeFeeds bounds the feeds the home page lists; the feeds page lists
// them all.
const maxHomeFeeds = 8

// homeFeeds gives the home page the health of the archive's feeds: failing
// ones first, then the most recently fetched.
func (s *Server) homeFeeds(ctx context.Context, h *home) error {
	fs, err := s.feedList(ctx)
	if err != nil || len(fs) == 0 {
		return err
	}
	for _, f := range fs {
		row := feedRow{Feed: f, Outlet: f.Outlet(), Healthy: f.Errors == 0, LastFetch: clock(f.LastFetch), NextCheck: clock(f.NextCheck)}
		if !row.Healthy {
			h.FeedsFailing++
		}
		h.Feeds = append(h.Feeds, row)
	}
	slices.SortStableFunc(h.Feeds, func(a, b feedRow) int {
		if a.Healthy != b.Healthy {
			if a.Healthy {
				return 1
			}
			return -1
		}
		return b.Feed.LastFetch.Compare(a.Feed.LastFetch)
	})
	h.Feeds = h.Feeds[:min(len(h.Feeds), maxHomeFeeds)]
	return nil
}
