package store

import (
	"context"
	"fmt"
	"sync"

	"rasad/internal/search"
)

// Known remembers index terms that are committed to a store's vocabulary
// table, so that Put writes only the terms it has not seen (after a few
// thousand documents, almost none). Terms are added only after their
// transaction commits; the vocabulary never loses a term, so a remembered
// term is always there. It is safe for concurrent use.
type Known struct {
	mu  sync.Mutex
	set map[string]struct{}
}

// maxKnown bounds the memory Known uses (about 40 MB of terms); past it,
// new terms are written every time, which is only slower.
const maxKnown = 1 << 20

// Unknown returns the terms that are not known to be stored.
func (k *Known) Unknown(terms []string) []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	var out []string
	for _, t := range terms {
		if _, ok := k.set[t]; !ok {
			out = append(out, t)
		}
	}
	return out
}

// Add remembers terms that a committed transaction stored.
func (k *Known) Add(terms []string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.set == nil {
		k.set = make(map[string]struct{}, 1024)
	}
	for _, t := range terms {
		if len(k.set) >= maxKnown {
			return
		}
		k.set[t] = struct{}{}
	}
}

// Prune looks the keys of plan up in the vocabulary with q and drops the
// forms that occur nowhere (search.Plan.Prune); it reports false when
// nothing can match. exactSQL and prefixSQL are the adapter's queries: each
// takes the keys, as arg makes them, for its one argument, and returns
// those of them that are a term, or the start of one.
func Prune(ctx context.Context, q Querier, plan *search.Plan, exactSQL, prefixSQL string, arg func([]string) (any, error)) (bool, error) {
	exact, prefixes := plan.Keys()
	has, hasPrefix := map[string]bool{}, map[string]bool{}
	lookup := func(query string, keys []string, into map[string]bool) error {
		if len(keys) == 0 {
			return nil
		}
		a, err := arg(keys)
		if err != nil {
			return err
		}
		err = q.Each(ctx, query, []any{a}, func(row Scanner) error {
			var k string
			err := row.Scan(&k)
			into[k] = true
			return err
		})
		if err != nil {
			return fmt.Errorf("search: %w", err)
		}
		return nil
	}
	if err := lookup(exactSQL, exact, has); err != nil {
		return false, err
	}
	if err := lookup(prefixSQL, prefixes, hasPrefix); err != nil {
		return false, err
	}
	return plan.Prune(func(k string, prefix bool) bool {
		if prefix {
			return hasPrefix[k]
		}
		return has[k]
	}), nil
}

// SetSnippet cuts h's snippet from its document's text and stored index
// terms (terms and offsets, as the stores keep them), marking the words of
// plan.
func (h *Hit) SetSnippet(text, terms string, offsets []byte, plan *search.Plan, size int) error {
	tt, err := search.DecodeTerms(terms, offsets)
	if err != nil {
		return fmt.Errorf("document %s: %w", h.ID, err)
	}
	if plan.Empty() {
		plan = nil
	}
	h.Snippet = search.MakeSnippet(text, tt, plan, size)
	return nil
}
