package store

import (
	"fmt"
	"strings"

	"rasad/internal/search"
)

// Where builds the WHERE clause of the adapters' queries from filters. The
// adapters share their table and column names (documents d, entities,
// events v); values always travel as arguments, never in the SQL text.
type Where struct {
	// Dollar numbers placeholders $1, $2 … (PostgreSQL) instead of ?.
	Dollar bool
	conds  []string
	Args   []any
}

// Arg adds an argument and returns its placeholder.
func (w *Where) Arg(v any) string {
	w.Args = append(w.Args, v)
	if w.Dollar {
		return fmt.Sprintf("$%d", len(w.Args))
	}
	return "?"
}

// Add adds a condition; placeholders in it must come from Arg.
func (w *Where) Add(cond string) { w.conds = append(w.conds, cond) }

// SQL returns " WHERE c1 AND c2 …", or "" without conditions.
func (w *Where) SQL() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// dateRange adds conditions on a YYYY-MM-DD column for From and To, each
// YYYY, YYYY-MM or YYYY-MM-DD, To inclusive.
func (w *Where) dateRange(col, from, to string) {
	for _, c := range w.dateConds(col, from, to) {
		w.Add(c)
	}
}

func (w *Where) dateConds(col, from, to string) []string {
	var out []string
	if from != "" {
		out = append(out, col+" >= "+w.Arg(from))
	}
	if to != "" {
		out = append(out, fmt.Sprintf("substr(%s, 1, %d) <= %s", col, len(to), w.Arg(to)))
	}
	return out
}

// list returns placeholders for vals, comma separated.
func (w *Where) list(vals []string) string {
	var in []string
	for _, v := range vals {
		in = append(in, w.Arg(v))
	}
	return strings.Join(in, ", ")
}

// entityMatch returns the condition that entities e is one of names.
func (w *Where) entityMatch(names []string) string {
	var or []string
	for _, e := range names {
		or = append(or, fmt.Sprintf("lower(e.name) = %s OR e.name_key = %s OR e.actor = %s OR e.actor_id = %s",
			w.Arg(strings.ToLower(e)), w.Arg(EntityKey(e)), w.Arg(e), w.Arg(e)))
	}
	return strings.Join(or, " OR ")
}

// codeMatch returns the condition that events v has a code under one of
// codes. A range, not substr(), so that the planner can use an index on
// code and estimate how many rows pass.
func (w *Where) codeMatch(codes []string) string {
	var or []string
	for _, c := range codes {
		lo, hi := codeRange(c)
		if hi == "" {
			or = append(or, "v.code >= "+w.Arg(lo))
		} else {
			or = append(or, fmt.Sprintf("(v.code >= %s AND v.code < %s)", w.Arg(lo), w.Arg(hi)))
		}
	}
	return strings.Join(or, " OR ")
}

// Documents adds the conditions of a search filter on documents d.
func (w *Where) Documents(f search.Filter) {
	w.dateRange("d.published", f.From, f.To)
	if len(f.Sources) > 0 {
		w.Add("d.source IN (" + w.list(f.Sources) + ")")
	}
	if len(f.Entities) > 0 {
		w.Add("EXISTS (SELECT 1 FROM entities e WHERE e.doc = d.seq AND (" + w.entityMatch(f.Entities) + "))")
	}
	if len(f.Countries) > 0 {
		// IN, not EXISTS: the planner can drive a search by filters alone
		// from the index on country instead of testing every document.
		w.Add("d.seq IN (SELECT e.doc FROM entities e WHERE e.country IN (" + w.list(f.Countries) + "))")
	}
	if len(f.Codes) > 0 {
		w.Add("EXISTS (SELECT 1 FROM events v WHERE v.doc = d.seq AND (" + w.codeMatch(f.Codes) + "))")
	}
}

// DocumentsOf adds the conditions of a search filter on the document whose
// seq is the SQL expression seq, each one that an index answers for that
// document alone (EXISTS on entities by country or by document, on events
// by document and code), so that testing a document costs the same however
// many documents pass the filter. The conditions on entities and events
// come first; those on the date and the source, which read the document's
// row, come last, on documents d itself when seq is "d.seq".
func (w *Where) DocumentsOf(f search.Filter, seq string) {
	if len(f.Countries) > 0 {
		w.Add("EXISTS (SELECT 1 FROM entities e WHERE e.doc = " + seq + " AND e.country IN (" + w.list(f.Countries) + "))")
	}
	if len(f.Codes) > 0 {
		w.Add("EXISTS (SELECT 1 FROM events v WHERE v.doc = " + seq + " AND (" + w.codeMatch(f.Codes) + "))")
	}
	if len(f.Entities) > 0 {
		w.Add("EXISTS (SELECT 1 FROM entities e WHERE e.doc = " + seq + " AND (" + w.entityMatch(f.Entities) + "))")
	}
	conds := w.dateConds("d.published", f.From, f.To)
	if len(f.Sources) > 0 {
		conds = append(conds, "d.source IN ("+w.list(f.Sources)+")")
	}
	switch {
	case len(conds) == 0:
	case seq == "d.seq":
		for _, c := range conds {
			w.Add(c)
		}
	default:
		w.Add("EXISTS (SELECT 1 FROM documents d WHERE d.seq = " + seq + " AND " + strings.Join(conds, " AND ") + ")")
	}
}

// DocumentSet returns a subquery that selects the seq of each document
// (once) that passes one of the filter's conditions on entities or events:
// its countries, else its codes, else its entities; and the filter without
// that condition. ok is false when the filter has none of them.
func (w *Where) DocumentSet(f search.Filter) (set string, rest search.Filter, ok bool) {
	rest = f
	switch {
	case len(f.Countries) > 0:
		rest.Countries = nil
		return "SELECT DISTINCT e.doc FROM entities e WHERE e.country IN (" + w.list(f.Countries) + ")", rest, true
	case len(f.Codes) > 0:
		rest.Codes = nil
		return "SELECT DISTINCT v.doc FROM events v WHERE " + w.codeMatch(f.Codes), rest, true
	case len(f.Entities) > 0:
		rest.Entities = nil
		return "SELECT DISTINCT e.doc FROM entities e WHERE " + w.entityMatch(f.Entities), rest, true
	}
	return "", f, false
}

// codeRange returns the range [lo, hi) of the CAMEO codes that start with
// prefix, a string of digits: "04" gives ["04", "05"), "049" ["049", "05");
// hi is "" when there is no upper bound ("99").
func codeRange(prefix string) (lo, hi string) {
	b := []byte(prefix)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] >= '0' && b[i] < '9' {
			b[i]++
			return prefix, string(b[:i+1])
		}
	}
	return prefix, ""
}

// party returns a condition that one side (src or tgt) of events v is val:
// its actor code, or its country when val has three letters.
func (w *Where) party(side, val string) string {
	if len(val) == 3 {
		return fmt.Sprintf("(v.%s_country = %s OR v.%s_actor = %s)", side, w.Arg(val), side, w.Arg(val))
	}
	return fmt.Sprintf("v.%s_actor = %s", side, w.Arg(val))
}

// Events adds the conditions of an event filter on events v and documents d.
func (w *Where) Events(f EventFilter) {
	if f.Actor != "" {
		w.Add("(" + w.party("src", f.Actor) + " OR " + w.party("tgt", f.Actor) + ")")
	}
	switch {
	case f.Both && f.Source != "" && f.Target != "":
		w.Add(fmt.Sprintf("((%s AND %s) OR (%s AND %s))",
			w.party("src", f.Source), w.party("tgt", f.Target), w.party("src", f.Target), w.party("tgt", f.Source)))
	case f.Both && (f.Source != "" || f.Target != ""):
		one := f.Source + f.Target
		w.Add("(" + w.party("src", one) + " OR " + w.party("tgt", one) + ")")
	default:
		if f.Source != "" {
			w.Add(w.party("src", f.Source))
		}
		if f.Target != "" {
			w.Add(w.party("tgt", f.Target))
		}
	}
	if f.Code != "" {
		w.Add("v.code = " + w.Arg(f.Code))
	}
	if f.Root != "" {
		w.Add("v.root = " + w.Arg(f.Root))
	}
	w.dateRange("v.date", f.From, f.To)
	if f.Originals {
		w.Add("d.duplicate_of IS NULL")
	}
}
