package search

import (
	"fmt"
	"strings"

	"rasad/internal/arabic"
	"rasad/internal/news"
)

// ErrEmpty is returned when a query has no word that can be searched for
// and no filter. It wraps ErrQuery.
var ErrEmpty = fmt.Errorf("%w: nothing to search for", ErrQuery)

// errNoPositive is wrapped when a NOT has nothing to be subtracted from.
var errNoPositive = fmt.Errorf("%w: NOT needs a word beside it that is not excluded", ErrQuery)

// Plan is a query analysed for a store: the match expression, whose leaves
// are index terms, and the terms to highlight.
type Plan struct {
	expr plan
	// Terms are the index keys that a match may show, for Highlight.
	Terms map[string]bool
	// Prefixes are the index key prefixes that a match may show.
	Prefixes []string
}

// Empty reports whether the plan matches by filters alone.
func (p *Plan) Empty() bool { return p.expr == nil }

type plan interface{ isPlan() }

// leaf matches any of its alternatives; each is a phrase of index keys.
type leaf struct {
	alts   [][]string
	prefix bool
}

type andPlan struct{ pos, neg []plan }
type orPlan struct{ nodes []plan }

func (*leaf) isPlan()    {}
func (*andPlan) isPlan() {}
func (*orPlan) isPlan()  {}

// maxAlternatives bounds the index terms one query word may expand to.
const maxAlternatives = 512

// Compile analyses a query's words with a and checks that the query can
// run: every NOT must stand beside a word that is not excluded. A query that
// is empty after analysis fails with ErrEmpty unless it has filters.
func Compile(q Query, a Analyzer) (*Plan, error) {
	p := &Plan{Terms: map[string]bool{}}
	if q.Expr != nil {
		e, err := p.compile(q.Expr, a)
		if err != nil {
			return nil, err
		}
		p.expr = e
	}
	if p.expr == nil && q.Filter.IsZero() {
		return nil, ErrEmpty
	}
	return p, nil
}

func (p *Plan) compile(n Node, a Analyzer) (plan, error) {
	switch n := n.(type) {
	case *Word:
		keys, whole := queryKeys(n, a)
		if len(keys) == 0 {
			return nil, nil
		}
		l := &leaf{prefix: n.Prefix}
		forms := a.Forms(keys[0])
		if whole != keys[0] {
			// The stem the index holds first, then the word as typed
			// with its own clitics, in case a document kept it whole.
			seen := map[string]bool{}
			for _, f := range forms {
				seen[f] = true
			}
			for _, f := range a.Forms(whole) {
				if !seen[f] {
					seen[f] = true
					forms = append(forms, f)
				}
			}
		}
		if len(forms) > maxAlternatives {
			forms = forms[:maxAlternatives]
		}
		last := len(keys) - 1
		for _, f := range forms {
			alt := append([]string{f}, keys[1:]...)
			l.alts = append(l.alts, alt)
			if n.Prefix && last == 0 {
				p.Prefixes = append(p.Prefixes, f)
			} else {
				p.Terms[f] = true
			}
		}
		for i, k := range keys[1:] {
			if n.Prefix && i+1 == last {
				p.Prefixes = append(p.Prefixes, k)
			} else {
				p.Terms[k] = true
			}
		}
		return l, nil
	case *Not:
		// Terms under NOT are never highlighted: compile into a scratch plan.
		scratch := &Plan{Terms: map[string]bool{}}
		return scratch.compileNot(n, a)
	case *And:
		out := &andPlan{}
		for _, c := range n.Nodes {
			if not, ok := c.(*Not); ok {
				scratch := &Plan{Terms: map[string]bool{}}
				x, err := scratch.compile(not.Node, a)
				if err != nil {
					return nil, err
				}
				if x != nil {
					out.neg = append(out.neg, x)
				}
				continue
			}
			x, err := p.compile(c, a)
			if err != nil {
				return nil, err
			}
			if x != nil {
				out.pos = append(out.pos, x)
			}
		}
		switch {
		case len(out.pos) == 0 && len(out.neg) > 0:
			return nil, errNoPositive
		case len(out.pos) == 0:
			return nil, nil
		case len(out.pos) == 1 && len(out.neg) == 0:
			return out.pos[0], nil
		}
		return out, nil
	case *Or:
		out := &orPlan{}
		for _, c := range n.Nodes {
			x, err := p.compile(c, a)
			if err != nil {
				return nil, err
			}
			if x != nil {
				out.nodes = append(out.nodes, x)
			}
		}
		switch len(out.nodes) {
		case 0:
			return nil, nil
		case 1:
			return out.nodes[0], nil
		}
		return out, nil
	}
	return nil, nil
}

// queryKeys returns the index keys of a query word (a phrase has several)
// and the key of its first word as typed. The words are segmented as the
// pipeline segments a document's words, so that a query word is keyed by the
// stem the index holds for that same word: لكرة by كرة, وقاص by whatever
// stem the segmenter gives it in every document. The last word of a prefix
// query is kept as typed, since a fragment segments as no word does.
func queryKeys(n *Word, a Analyzer) ([]string, string) {
	toks := arabic.Tokenize(n.Text)
	var whole string
	if t := a.Terms(toks); len(t) > 0 {
		whole = t[0].Key
	}
	var last news.Token
	if n.Prefix && len(toks) > 0 {
		last = toks[len(toks)-1]
	}
	arabic.DefaultSegmenter().Segment(toks)
	if n.Prefix && len(toks) > 0 {
		toks[len(toks)-1] = last
	}
	terms := a.Terms(toks)
	keys := make([]string, len(terms))
	for i, t := range terms {
		keys[i] = t.Key
	}
	return keys, whole
}

// compileNot handles a NOT that does not stand in an And: NOT alone, or
// inside an OR. Nothing can be subtracted from, so it fails unless the
// excluded node analyses to nothing.
func (p *Plan) compileNot(n *Not, a Analyzer) (plan, error) {
	x, err := p.compile(n.Node, a)
	if err != nil || x == nil {
		return nil, err
	}
	return nil, errNoPositive
}

// FTS5 renders the plan as an FTS5 MATCH expression over a table whose one
// column holds the index keys, space separated. Keys are letters and digits
// only and always quoted, so the result is valid FTS5 syntax for any input.
func (p *Plan) FTS5() string { return fts5.render(p.expr) }

// TSQuery renders the plan as PostgreSQL tsquery text, to be cast with
// ::tsquery (not parsed by to_tsquery, which would analyse the keys again).
// Keys are letters and digits only and always quoted.
func (p *Plan) TSQuery() string { return tsquery.render(p.expr) }

// dialect is a query language a plan is written in: its operators, and how
// it writes a leaf (a word's alternative key sequences).
type dialect struct {
	and, andNot, or string
	leaf            func(b *strings.Builder, l *leaf)
}

var fts5 = &dialect{and: " AND ", andNot: " NOT ", or: " OR ", leaf: func(b *strings.Builder, e *leaf) {
	if len(e.alts) > 1 {
		b.WriteByte('(')
	}
	for i, alt := range e.alts {
		if i > 0 {
			b.WriteString(" OR ")
		}
		b.WriteByte('"')
		b.WriteString(strings.Join(alt, " "))
		b.WriteByte('"')
		if e.prefix {
			b.WriteString(" *")
		}
	}
	if len(e.alts) > 1 {
		b.WriteByte(')')
	}
}}

var tsquery = &dialect{and: " & ", andNot: " & !", or: " | ", leaf: func(b *strings.Builder, e *leaf) {
	b.WriteByte('(')
	for i, alt := range e.alts {
		if i > 0 {
			b.WriteString(" | ")
		}
		if len(alt) > 1 {
			b.WriteByte('(')
		}
		for j, k := range alt {
			if j > 0 {
				b.WriteString(" <-> ")
			}
			b.WriteByte('\'')
			b.WriteString(k)
			b.WriteByte('\'')
			if e.prefix && j == len(alt)-1 {
				b.WriteString(":*")
			}
		}
		if len(alt) > 1 {
			b.WriteByte(')')
		}
	}
	b.WriteByte(')')
}}

// render writes the plan e in the dialect, "" for none.
func (d *dialect) render(e plan) string {
	if e == nil {
		return ""
	}
	var b strings.Builder
	d.write(&b, e)
	return b.String()
}

func (d *dialect) write(b *strings.Builder, e plan) {
	switch e := e.(type) {
	case *leaf:
		d.leaf(b, e)
	case *andPlan:
		b.WriteByte('(')
		d.join(b, e.pos, d.and)
		for _, c := range e.neg {
			b.WriteString(d.andNot)
			d.write(b, c)
		}
		b.WriteByte(')')
	case *orPlan:
		b.WriteByte('(')
		d.join(b, e.nodes, d.or)
		b.WriteByte(')')
	}
}

// join writes the plans with op between them.
func (d *dialect) join(b *strings.Builder, nodes []plan, op string) {
	for i, c := range nodes {
		if i > 0 {
			b.WriteString(op)
		}
		d.write(b, c)
	}
}

// Matches reports whether an index key is one the plan highlights.
func (p *Plan) Matches(key string) bool {
	if p.Terms[key] {
		return true
	}
	for _, pre := range p.Prefixes {
		if strings.HasPrefix(key, pre) {
			return true
		}
	}
	return false
}

// Keys returns the index keys the plan's leaves name: exact keys, and the
// keys that match as prefixes. A store may look them up to Prune the plan.
func (p *Plan) Keys() (exact, prefixes []string) {
	seenE, seenP := map[string]bool{}, map[string]bool{}
	var walk func(e plan)
	walk = func(e plan) {
		switch e := e.(type) {
		case *leaf:
			for _, alt := range e.alts {
				for j, k := range alt {
					if e.prefix && j == len(alt)-1 {
						if !seenP[k] {
							seenP[k] = true
							prefixes = append(prefixes, k)
						}
					} else if !seenE[k] {
						seenE[k] = true
						exact = append(exact, k)
					}
				}
			}
		case *andPlan:
			for _, c := range e.pos {
				walk(c)
			}
			for _, c := range e.neg {
				walk(c)
			}
		case *orPlan:
			for _, c := range e.nodes {
				walk(c)
			}
		}
	}
	if p.expr != nil {
		walk(p.expr)
	}
	return exact, prefixes
}

// Prune drops the alternatives of each word that name a key the index
// does not hold (has reports whether a key, or a prefix of keys when prefix
// is set, occurs), which spares the store from ranking by terms that match
// nothing. It reports false when nothing can match at all.
func (p *Plan) Prune(has func(key string, prefix bool) bool) bool {
	if p.expr == nil {
		return true
	}
	x := prune(p.expr, has)
	if x == nil {
		return false // the plan stays as it was: correct, if slower
	}
	p.expr = x
	return true
}

// prune returns e without alternatives that cannot match, or nil when e
// matches nothing.
func prune(e plan, has func(string, bool) bool) plan {
	switch e := e.(type) {
	case *leaf:
		var alts [][]string
	next:
		for _, alt := range e.alts {
			for j, k := range alt {
				if !has(k, e.prefix && j == len(alt)-1) {
					continue next
				}
			}
			alts = append(alts, alt)
		}
		if len(alts) == 0 {
			return nil
		}
		return &leaf{alts: alts, prefix: e.prefix}
	case *andPlan:
		out := &andPlan{}
		for _, c := range e.pos {
			x := prune(c, has)
			if x == nil {
				return nil
			}
			out.pos = append(out.pos, x)
		}
		for _, c := range e.neg {
			if x := prune(c, has); x != nil {
				out.neg = append(out.neg, x)
			}
		}
		if len(out.pos) == 1 && len(out.neg) == 0 {
			return out.pos[0]
		}
		return out
	case *orPlan:
		out := &orPlan{}
		for _, c := range e.nodes {
			if x := prune(c, has); x != nil {
				out.nodes = append(out.nodes, x)
			}
		}
		switch len(out.nodes) {
		case 0:
			return nil
		case 1:
			return out.nodes[0]
		}
		return out
	}
	return e
}
