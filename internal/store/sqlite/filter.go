package sqlite

import (
	"fmt"
	"strings"

	"rasad/internal/search"
	"rasad/internal/store"
)

// matchFilter adds the conditions of a search filter on the document whose
// seq is the SQL expression seq, each one that an index answers for that
// document alone (entities by country or by document, events by document
// and code), so that testing a document costs the same however many
// documents pass the filter. The conditions on entities and events come
// first; those on the date and the source, which read the document's row,
// come last, on documents d itself when seq is "d.seq". They select what
// store.Where.Documents selects.
func matchFilter(w *store.Where, f search.Filter, seq string) {
	if len(f.Countries) > 0 {
		w.Add("EXISTS (SELECT 1 FROM entities e WHERE e.doc = " + seq + " AND e.country IN (" + w.List(f.Countries) + "))")
	}
	if len(f.Codes) > 0 {
		w.Add("EXISTS (SELECT 1 FROM events v WHERE v.doc = " + seq + " AND (" + w.CodeMatch(f.Codes) + "))")
	}
	if len(f.Entities) > 0 {
		w.Add("EXISTS (SELECT 1 FROM entities e WHERE e.doc = " + seq + " AND (" + entityMatch(w, f.Entities) + "))")
	}
	var conds []string
	if f.From != "" {
		conds = append(conds, "d.published >= "+w.Arg(f.From))
	}
	if f.To != "" {
		conds = append(conds, fmt.Sprintf("substr(d.published, 1, %d) <= %s", len(f.To), w.Arg(f.To)))
	}
	if len(f.Sources) > 0 {
		conds = append(conds, "d.source IN ("+w.List(f.Sources)+")")
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

// filterSet returns a subquery that selects, once each, the seq (as doc)
// of the documents that pass one of the filter's conditions on entities or
// events: its countries, else its codes, else its entities; and the filter
// without that condition. ok is false when the filter has none of them.
func filterSet(w *store.Where, f search.Filter) (set string, rest search.Filter, ok bool) {
	rest = f
	switch {
	case len(f.Countries) > 0:
		rest.Countries = nil
		return "SELECT DISTINCT e.doc FROM entities e WHERE e.country IN (" + w.List(f.Countries) + ")", rest, true
	case len(f.Codes) > 0:
		rest.Codes = nil
		return "SELECT DISTINCT v.doc FROM events v WHERE " + w.CodeMatch(f.Codes), rest, true
	case len(f.Entities) > 0:
		rest.Entities = nil
		return "SELECT DISTINCT e.doc FROM entities e WHERE " + entityMatch(w, f.Entities), rest, true
	}
	return "", f, false
}

// entityMatch returns the condition that entities e is one of names. The
// name is compared with COLLATE NOCASE, which folds the same letters (A-Z)
// as SQLite's lower(), so that the index on name answers it.
func entityMatch(w *store.Where, names []string) string {
	var or []string
	for _, e := range names {
		or = append(or, fmt.Sprintf("e.name = %s COLLATE NOCASE OR e.name_key = %s OR e.actor = %s OR e.actor_id = %s",
			w.Arg(strings.ToLower(e)), w.Arg(store.EntityKey(e)), w.Arg(e), w.Arg(e)))
	}
	return strings.Join(or, " OR ")
}
