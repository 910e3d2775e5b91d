package server

import (
	"cmp"
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"rasad/internal/arabic"
	"rasad/internal/news"
	"rasad/internal/search"
	"rasad/internal/server/period"
	"rasad/internal/store"
)

// maxActorDocs bounds the documents an actor's profile reads.
const maxActorDocs = 200

// profile is an actor over time: who it is, where it is mentioned, what it
// said and what it did or suffered.
type profile struct {
	ID        string        `json:"id"`
	Name      string        `json:"name"`
	NameAr    string        `json:"name_ar"`
	Type      string        `json:"type,omitempty"`
	Country   string        `json:"country,omitempty"`
	Codes     []string      `json:"codes"` // CAMEO actor codes seen for it
	Documents int           `json:"documents"`
	Mentions  int           `json:"mentions"`
	Truncated bool          `json:"truncated"` // more documents mention it than were read
	Months    []monthCount  `json:"months"`
	Quotes    []actorQuote  `json:"quotes"`
	Events    []actorEvent  `json:"events"`
	Docs      []profileDoc  `json:"docs"`
	Partners  []partnerLink `json:"-"`
	// Group is set when the id is a CAMEO actor code (RUSGOV): a body,
	// whose members are the people with roles under the code.
	Group *group `json:"group,omitempty"`
}

// monthCount is what happened to an actor in one month.
type monthCount struct {
	Month    string `json:"month"` // YYYY-MM
	Mentions int    `json:"mentions"`
	Events   int    `json:"events"`
}

type actorQuote struct {
	DocID     string `json:"doc_id"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Direct    bool   `json:"direct"`
	Via       string `json:"via,omitempty"`
	Speaker   string `json:"speaker"`              // the speaker's name, in English where linked
	SpeakerAr string `json:"speaker_ar,omitempty"` // in Arabic
	// SpeakerID is the speaker's actor page id.
	SpeakerID string `json:"speaker_id"`
}

type actorEvent struct {
	DocID     string     `json:"doc_id"`
	Published string     `json:"published"`
	Role      string     `json:"role"` // source or target
	Event     news.Event `json:"event"`
}

type profileDoc struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Mentions  int    `json:"mentions"`
}

// partnerLink is another party of an actor's events, by CAMEO root.
type partnerLink struct {
	Root   string
	Role   string // source: the actor did it; target: it was done to the actor
	Name   string // in English where the party is linked
	NameAr string // in Arabic, "" when unknown
	Link   string // actor page id, "" when the party is not an entity
	Count  int
	Sample news.Event
}

// matches reports whether an entity is the actor id names: by gazetteer
// key, CAMEO code, English name or Arabic name, as the store's entity
// filter matches.
func matches(e *news.Entity, id, key string) bool {
	return e.ActorID == id || e.Actor == id || strings.EqualFold(e.Name, id) ||
		(key != "" && arabic.SearchKey(e.NameAr) == key)
}

// actorPageID is the id of an entity's actor page.
func actorPageID(e *news.Entity) string {
	if e.ActorID != "" {
		return e.ActorID
	}
	if e.Name != "" {
		return e.Name
	}
	return e.NameAr
}

// actorProfile composes an actor's profile from a search of the documents
// that mention it (the store's entity filter) and those documents' own
// entities, quotes and events.
func (s *Server) actorProfile(ctx context.Context, id string) (*profile, error) {
	id = strings.TrimSpace(id)
	if id == "" || len(id) > maxID {
		return nil, &missing{"actor", id, "in the archive"}
	}
	if s.gaz.Get(id) == nil && !search.IsActorCode(id) {
		// A name as typed (Putin, بوتين) that means one actor is that actor.
		if cs := s.names.Resolve(id); len(cs) == 1 {
			id = cs[0].ID
		}
	}
	p := &profile{ID: id, Codes: []string{}, Months: []monthCount{}, Quotes: []actorQuote{}, Events: []actorEvent{}}
	if a := s.gaz.Get(id); a != nil {
		p.Name, p.NameAr, p.Type, p.Country = a.Name, a.NameAr, string(a.Type), a.Country
	} else if search.IsActorCode(id) {
		p.Name, p.NameAr, p.Country = s.groupNames(id)
		p.Type, p.Group = "group", &group{Code: id}
	}
	memberMentions := map[string]int{}
	res, err := s.st.Search(ctx, search.Query{Filter: search.Filter{Entities: []string{id}}}, store.Page{Limit: maxActorDocs, SnippetBytes: 1})
	if err != nil {
		return nil, err
	}
	p.Truncated = res.Total > len(res.Hits)
	key := store.EntityKey(id)
	months := map[string]*monthCount{}
	month := func(m string) *monthCount {
		if len(m) >= 7 {
			m = m[:7]
		}
		if m == "" {
			m = "????-??"
		}
		mc := months[m]
		if mc == nil {
			mc = &monthCount{Month: m}
			months[m] = mc
		}
		return mc
	}
	codes := map[string]bool{}
	partners := map[[3]string]*partnerLink{}
	for _, h := range res.Hits {
		rec, err := s.st.Get(ctx, h.ID)
		if err != nil {
			return nil, fmt.Errorf("actor %s: document %s: %w", id, h.ID, err)
		}
		d := rec.Doc
		var ents []*news.Entity
		ids := map[string]bool{}
		names := map[string]bool{}
		for i := range d.Entities {
			e := &d.Entities[i]
			if !matches(e, id, key) {
				continue
			}
			ents = append(ents, e)
			if e.ID != "" {
				ids[e.ID] = true
			}
			names[e.Name] = true
			if e.Actor != "" {
				codes[e.Actor] = true
			}
			if e.ActorID != "" {
				memberMentions[e.ActorID] += len(e.Mentions)
			}
			if p.Name == "" {
				p.Name, p.NameAr, p.Type, p.Country = e.Name, e.NameAr, string(e.Type), e.Country
			}
		}
		if len(ents) == 0 {
			continue
		}
		n := 0
		for _, e := range ents {
			n += len(e.Mentions)
		}
		p.Documents++
		p.Mentions += n
		month(d.Published).Mentions += n
		p.Docs = append(p.Docs, profileDoc{ID: d.ID, Title: d.Title, Published: d.Published, Source: d.Source, Mentions: n})
		for _, q := range d.Quotes {
			if q.Speaker == nil {
				continue
			}
			for _, e := range ents {
				if speaks(q.Speaker, []*news.Entity{e}) {
					p.Quotes = append(p.Quotes, actorQuote{DocID: d.ID, Published: d.Published, Title: d.Title, Text: q.Text, Direct: q.Direct, Via: q.Via,
						Speaker: cmp.Or(e.Name, e.NameAr), SpeakerAr: e.NameAr, SpeakerID: actorPageID(e)})
					break
				}
			}
		}
		for _, ev := range d.Events {
			role, other := "", (*news.Party)(nil)
			switch {
			case isParty(&ev.Source, ids, names):
				role, other = "source", ev.Target
			case ev.Target != nil && isParty(ev.Target, ids, names):
				role, other = "target", &ev.Source
			default:
				continue
			}
			p.Events = append(p.Events, actorEvent{DocID: d.ID, Published: d.Published, Role: role, Event: ev})
			date := ev.Date
			if date == "" {
				date = d.Published
			}
			month(date).Events++
			name, nameAr, link := "", "", ""
			if other != nil {
				name = other.Name
				if oe := entityByID(d, other.Entity); oe != nil {
					link, nameAr = actorPageID(oe), oe.NameAr
				}
			}
			k := [3]string{rootOf(ev.Code), role, name}
			pl := partners[k]
			if pl == nil {
				pl = &partnerLink{Root: k[0], Role: role, Name: name, NameAr: nameAr, Link: link, Sample: ev}
				partners[k] = pl
			}
			pl.Count++
		}
	}
	if p.Documents == 0 && p.Name == "" {
		return nil, &missing{"actor", id, "in the archive"}
	}
	for c := range codes {
		p.Codes = append(p.Codes, c)
	}
	if p.Group != nil {
		p.Group.Members = s.groupMembers(id, memberMentions)
	}
	sort.Strings(p.Codes)
	p.Months = fillMonths(months)
	for _, pl := range partners {
		p.Partners = append(p.Partners, *pl)
	}
	sort.Slice(p.Partners, func(i, j int) bool {
		a, b := p.Partners[i], p.Partners[j]
		if a.Root != b.Root {
			return a.Root < b.Root
		}
		if a.Role != b.Role {
			return a.Role < b.Role
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Name < b.Name
	})
	return p, nil
}

// speaks reports whether a quote's speaker is one of the entities: its
// words are a mention of one, or it carries one's name.
func speaks(sp *news.Speaker, ents []*news.Entity) bool {
	for _, e := range ents {
		if sp.Name != "" && sp.Name == e.Name {
			return true
		}
		for _, m := range e.Mentions {
			if sp.End > sp.Start && m.Start < sp.End && sp.Start < m.End {
				return true
			}
		}
	}
	return false
}

func isParty(pt *news.Party, ids, names map[string]bool) bool {
	if pt.Entity != "" {
		return ids[pt.Entity]
	}
	return pt.Name != "" && names[pt.Name]
}

func entityByID(d *news.Document, id string) *news.Entity {
	if id == "" {
		return nil
	}
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}

func rootOf(code string) string {
	if len(code) > 2 {
		return code[:2]
	}
	return code
}

// fillMonths returns the months from the first to the last (600 at the
// most), those without anything included, so that a timeline shows gaps.
// What is not a month (unknown dates, ????-??) comes last.
func fillMonths(m map[string]*monthCount) []monthCount {
	var first, last time.Time
	var other []string
	for k := range m {
		d, ok := period.ParseDay(k, "month")
		if !ok {
			other = append(other, k)
			continue
		}
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	out := []monthCount{}
	if !first.IsZero() {
		starts := period.Starts(first, last, "month")
		for _, start := range starts[:min(len(starts), 600)] {
			k := period.Label(start, "month")
			if v := m[k]; v != nil {
				out = append(out, *v)
			} else {
				out = append(out, monthCount{Month: k})
			}
		}
	}
	sort.Strings(other)
	for _, k := range other {
		out = append(out, *m[k])
	}
	return out
}
