package search

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"rasad/internal/arabic"
)

// Query is a parsed query: an expression over words and the filters.
type Query struct {
	Expr   Node   // nil when the query has filters only
	Filter Filter // restrictions on the documents, all of which must hold
}

// Filter restricts a search to some documents. Empty fields do not
// restrict; within a field any value may match.
type Filter struct {
	From      string   // published on or after: YYYY, YYYY-MM or YYYY-MM-DD
	To        string   // published on or before, same forms, inclusive
	Sources   []string // the outlet, exactly
	Entities  []string // an entity's name, Arabic name, actor code or actor id
	Countries []string // an entity's country, ISO 3166-1 alpha-3
	Codes     []string // an event's CAMEO code or its prefix ("04" for 04x)
}

// IsZero reports whether f restricts nothing.
func (f Filter) IsZero() bool {
	return f.From == "" && f.To == "" && len(f.Sources) == 0 && len(f.Entities) == 0 &&
		len(f.Countries) == 0 && len(f.Codes) == 0
}

// Node is an expression of a query: *Word, *And, *Or or *Not.
type Node interface{ node() }

// Word is a word, a prefix (روس*) or a quoted phrase as typed. It may
// analyse to several terms ("وزير الدفاع", or U.S.), which then match as a
// phrase, or to none (punctuation), which then matches nothing and is
// dropped.
type Word struct {
	Text   string
	Phrase bool // it was quoted
	Prefix bool // the last term matches as a prefix
}

// And matches what all of its nodes match.
type And struct{ Nodes []Node }

// Or matches what any of its nodes matches.
type Or struct{ Nodes []Node }

// Not excludes what its node matches; it must stand in an And beside a
// node that is not excluded.
type Not struct{ Node Node }

func (*Word) node() {}
func (*And) node()  {}
func (*Or) node()   {}
func (*Not) node()  {}

// ErrQuery is wrapped by every error that a query causes, as opposed to a
// failure of the store; a caller may show its message to the user.
var ErrQuery = errors.New("bad query")

// maxDepth bounds the nesting of brackets; deeper brackets are ignored.
const maxDepth = 32

// maxQuery bounds the length of a query in bytes.
const maxQuery = 4096

// Parse parses a query. It accepts anything: unbalanced quotes and brackets
// are closed, stray operators are dropped. It fails, with an error wrapping
// ErrQuery, only on a filter with a bad value (a *FilterError) or on a
// query over 4 KB.
func Parse(s string) (Query, error) {
	var q Query
	if len(s) > maxQuery {
		return q, fmt.Errorf("%w: longer than %d bytes", ErrQuery, maxQuery)
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	p := &parser{toks: lex(s)}
	q.Expr = simplify(p.or(0))
	if p.err != nil {
		return Query{}, p.err
	}
	if err := p.filter.Validate(); err != nil {
		return Query{}, err
	}
	q.Filter = p.filter
	return q, nil
}

type tokKind int

const (
	tWord tokKind = iota
	tPhrase
	tOpen
	tClose
	tAnd
	tOr
	tNot
	tFilter
)

type token struct {
	kind  tokKind
	text  string
	key   string // the filter's name for tFilter
	minus bool   // a word written -word
}

var filterNames = map[string]bool{"from": true, "to": true, "source": true, "entity": true, "country": true, "code": true}

func lex(s string) []token {
	var out []token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || arabic.IsIgnorable(r):
			i += n
		case r == '(':
			out = append(out, token{kind: tOpen})
			i += n
		case r == ')':
			out = append(out, token{kind: tClose})
			i += n
		case isQuote(r):
			text, end := quoted(s, i+n)
			out = append(out, token{kind: tPhrase, text: text})
			i = end
		default:
			start := i
			for i < len(s) {
				r, n := utf8.DecodeRuneInString(s[i:])
				if unicode.IsSpace(r) || r == '(' || r == ')' || isQuote(r) {
					break
				}
				i += n
			}
			w := s[start:i]
			if w == "-" && i < len(s) {
				// -"a phrase" and -(a group) exclude what follows.
				if r, _ := utf8.DecodeRuneInString(s[i:]); isQuote(r) || r == '(' {
					out = append(out, token{kind: tNot})
					continue
				}
			}
			if name, _, ok := strings.Cut(w, ":"); ok && filterNames[strings.ToLower(name)] {
				value := w[len(name)+1:]
				if value == "" && i < len(s) {
					if r, n := utf8.DecodeRuneInString(s[i:]); isQuote(r) {
						value, i = quoted(s, i+n)
					}
				}
				out = append(out, token{kind: tFilter, key: strings.ToLower(name), text: value})
				continue
			}
			out = append(out, wordToken(w))
		}
	}
	return out
}

func wordToken(w string) token {
	switch w {
	case "AND", "&&", "&":
		return token{kind: tAnd}
	case "OR", "||", "|":
		return token{kind: tOr}
	case "NOT", "!":
		return token{kind: tNot}
	}
	if arabic.SearchKey(w) == "او" { // أو
		return token{kind: tOr}
	}
	if strings.HasPrefix(w, "-") && len(w) > 1 {
		return token{kind: tWord, text: w[1:], minus: true}
	}
	return token{kind: tWord, text: w}
}

// quoted reads a quoted string from i, just after its opening mark, to the
// next closing mark or the end; it returns the text and where it stopped.
func quoted(s string, i int) (string, int) {
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isQuote(r) {
			return s[i:j], j + n
		}
		j += n
	}
	return s[i:], len(s)
}

func isQuote(r rune) bool {
	switch r {
	case '"', '«', '»', '“', '”', '„', '＂':
		return true
	}
	return false
}

type parser struct {
	toks   []token
	pos    int
	filter Filter
	err    error
}

func (p *parser) peek() (token, bool) {
	if p.pos < len(p.toks) {
		return p.toks[p.pos], true
	}
	return token{}, false
}

// or parses: and (OR and)*
func (p *parser) or(depth int) Node {
	var nodes []Node
	for {
		if n := p.and(depth); n != nil {
			nodes = append(nodes, n)
		}
		t, ok := p.peek()
		if !ok || (t.kind == tClose && depth > 0) {
			break
		}
		if t.kind == tOr {
			p.pos++
		}
	}
	return &Or{Nodes: nodes}
}

// and parses: unary (AND? unary)*
func (p *parser) and(depth int) Node {
	var nodes []Node
	for {
		t, ok := p.peek()
		if !ok || t.kind == tOr || (t.kind == tClose && depth > 0) {
			break
		}
		if t.kind == tAnd || t.kind == tClose { // a stray ) at the top is dropped
			p.pos++
			continue
		}
		if n := p.unary(depth); n != nil {
			nodes = append(nodes, n)
		}
	}
	return &And{Nodes: nodes}
}

func (p *parser) unary(depth int) Node {
	t := p.toks[p.pos]
	p.pos++
	switch t.kind {
	case tNot:
		if next, ok := p.peek(); ok && next.kind != tOr && next.kind != tClose && next.kind != tAnd {
			if n := p.unary(depth); n != nil {
				return &Not{Node: n}
			}
		}
		return nil
	case tOpen:
		if depth >= maxDepth {
			return nil
		}
		n := p.or(depth + 1)
		if next, ok := p.peek(); ok && next.kind == tClose {
			p.pos++
		}
		return n
	case tPhrase:
		return &Word{Text: t.text, Phrase: true}
	case tFilter:
		p.addFilter(t.key, t.text)
		return nil
	case tWord:
		text, prefix := t.text, false
		if strings.HasSuffix(text, "*") {
			text, prefix = strings.TrimRight(text, "*"), true
		}
		var n Node = &Word{Text: text, Prefix: prefix}
		if t.minus {
			n = &Not{Node: n}
		}
		return n
	}
	return nil
}

func (p *parser) addFilter(name, value string) {
	if p.err != nil {
		return
	}
	value = strings.TrimSpace(value)
	if value == "" {
		p.err = fmt.Errorf("%w: %s: has no value", ErrQuery, name)
		return
	}
	switch name {
	case "from":
		p.filter.From = value
	case "to":
		p.filter.To = value
	case "source":
		p.filter.Sources = append(p.filter.Sources, value)
	case "entity":
		p.filter.Entities = append(p.filter.Entities, value)
	case "country":
		p.filter.Countries = append(p.filter.Countries, strings.ToUpper(value))
	case "code":
		p.filter.Codes = append(p.filter.Codes, value)
	}
}

// ValidDate reports whether s is a real year, month or day: YYYY,
// YYYY-MM or YYYY-MM-DD (2023-02-30 is not).
func ValidDate(s string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
	if layout == "" {
		return false
	}
	_, err := time.Parse(layout, s)
	return err == nil
}

// flatten simplifies the children of an And or an Or (of type T), lifts
// the children of a child of the same type (inner returns them), and builds
// the node anew, or returns its one child, or nil.
func flatten[T Node](children []Node, inner func(T) []Node, build func([]Node) Node) Node {
	var nodes []Node
	for _, c := range simplifyAll(children) {
		if in, ok := c.(T); ok {
			nodes = append(nodes, inner(in)...)
		} else {
			nodes = append(nodes, c)
		}
	}
	switch len(nodes) {
	case 0:
		return nil
	case 1:
		return nodes[0]
	}
	return build(nodes)
}

// simplify drops empty nodes and unwraps nodes of one child.
func simplify(n Node) Node {
	switch n := n.(type) {
	case *And:
		return flatten(n.Nodes, func(a *And) []Node { return a.Nodes }, func(nodes []Node) Node { return &And{Nodes: nodes} })
	case *Or:
		return flatten(n.Nodes, func(o *Or) []Node { return o.Nodes }, func(nodes []Node) Node { return &Or{Nodes: nodes} })
	case *Not:
		if x := simplify(n.Node); x != nil {
			if inner, ok := x.(*Not); ok { // NOT NOT x is x
				return inner.Node
			}
			return &Not{Node: x}
		}
		return nil
	case *Word:
		if strings.TrimSpace(n.Text) == "" {
			return nil
		}
		return n
	}
	return nil
}

func simplifyAll(nodes []Node) []Node {
	out := nodes[:0:0]
	for _, c := range nodes {
		if c = simplify(c); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// String returns the query in the syntax Parse reads, for messages and tests.
func (q Query) String() string {
	var b strings.Builder
	if q.Expr != nil {
		writeNode(&b, q.Expr)
	}
	f := q.Filter
	add := func(name string, vals ...string) {
		for _, v := range vals {
			if v == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s:%q", name, v)
		}
	}
	add("from", f.From)
	add("to", f.To)
	add("source", f.Sources...)
	add("entity", f.Entities...)
	add("country", f.Countries...)
	add("code", f.Codes...)
	return b.String()
}

func writeNode(b *strings.Builder, n Node) {
	switch n := n.(type) {
	case *Word:
		if n.Phrase {
			fmt.Fprintf(b, "%q", n.Text)
		} else {
			b.WriteString(n.Text)
		}
		if n.Prefix {
			b.WriteByte('*')
		}
	case *Not:
		b.WriteString("NOT ")
		writeNode(b, n.Node)
	case *And, *Or:
		var nodes []Node
		sep := " "
		if a, ok := n.(*And); ok {
			nodes = a.Nodes
		} else {
			nodes = n.(*Or).Nodes
			sep = " OR "
		}
		b.WriteByte('(')
		for i, c := range nodes {
			if i > 0 {
				b.WriteString(sep)
			}
			writeNode(b, c)
		}
		b.WriteByte(')')
	}
}
