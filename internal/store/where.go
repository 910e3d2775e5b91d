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
	if from != "" {
		w.Add(col + " >= " + w.Arg(from))
	}
	if to != "" {
		w.Add(fmt.Sprintf("substr(%s, 1, %d) <= %s", col, len(to), w.Arg(to)))
	}
}

// Documents adds the conditions of a search filter on documents d.
func (w *Where) Documents(f search.Filter) {
	w.dateRange("d.published", f.From, f.To)
	if len(f.Sources) > 0 {
		w.Add("d.source IN (" + w.List(f.Sources) + ")")
	}
	if len(f.Entities) > 0 {
		var or []string
		for _, e := range f.Entities {
			or = append(or, fmt.Sprintf("lower(e.name) = %s OR e.name_key = %s OR e.actor = %s OR e.actor_id = %s",
				w.Arg(strings.ToLower(e)), w.Arg(EntityKey(e)), w.Arg(e), w.Arg(e)))
		}
		w.Add("EXISTS (SELECT 1 FROM entities e WHERE e.doc = d.seq AND (" + strings.Join(or, " OR ") + "))")
	}
	if len(f.Countries) > 0 {
		// IN, not EXISTS: the planner can drive a search by filters alone
		// from the index on country instead of testing every document.
		w.Add("d.seq IN (SELECT e.doc FROM entities e WHERE e.country IN (" + w.List(f.Countries) + "))")
	}
	if len(f.Codes) > 0 {
		w.Add("EXISTS (SELECT 1 FROM events v WHERE v.doc = d.seq AND (" + w.CodeMatch(f.Codes) + "))")
	}
}

// List adds vals as arguments and returns their placeholders, comma
// separated, for an IN list.
func (w *Where) List(vals []string) string {
	in := make([]string, len(vals))
	for i, v := range vals {
		in[i] = w.Arg(v)
	}
	return strings.Join(in, ", ")
}

// CodeMatch returns the condition that events v has a code under one of
// codes. Each is a range, not substr(), so that the planner can use the
// index on code and estimate how many rows pass.
func (w *Where) CodeMatch(codes []string) string {
	or := make([]string, len(codes))
	for i, c := range codes {
		lo, hi := codeRange(c)
		if hi == "" {
			or[i] = "v.code >= " + w.Arg(lo)
		} else {
			or[i] = fmt.Sprintf("(v.code >= %s AND v.code < %s)", w.Arg(lo), w.Arg(hi))
		}
	}
	return strings.Join(or, " OR ")
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

// EventOrder returns the ORDER BY, LIMIT and OFFSET clauses of Events for
// f's Sort, Offset and Limit, or an error for a sort it does not know.
func (w *Where) EventOrder(f EventFilter) (string, error) {
	var by string
	switch f.Sort {
	case "", "date":
		by = "v.date, v.doc, v.idx"
	case "-date":
		by = "v.date DESC, v.doc DESC, v.idx"
	case "code", "-code", "goldstein", "-goldstein":
		col, dir := strings.TrimPrefix(f.Sort, "-"), ""
		if strings.HasPrefix(f.Sort, "-") {
			dir = " DESC"
		}
		by = "v." + col + dir + ", v.date DESC, v.doc DESC, v.idx"
	default:
		return "", fmt.Errorf("events sorted by %q: want one of %s", f.Sort, strings.Join(EventSorts, ", "))
	}
	sql := " ORDER BY " + by
	switch {
	case f.Limit > 0:
		sql += " LIMIT " + w.Arg(f.Limit)
	case f.Offset > 0 && w.Dollar:
		sql += " LIMIT ALL"
	case f.Offset > 0:
		sql += " LIMIT -1"
	}
	if f.Offset > 0 {
		sql += " OFFSET " + w.Arg(f.Offset)
	}
	return sql, nil
}
