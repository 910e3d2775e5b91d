package store

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"

	"rasad/internal/search"
)

// EntityNamer is an archive that lists the entities a typed name may
// mean (both of Rasad's stores are one): up to limit of the distinct
// entities whose Arabic name has the words of key (arabic.SearchKey forms)
// or whose English name has the words of lower (lower case), most
// mentioned first.
type EntityNamer interface {
	EntityNames(ctx context.Context, key, lower string, limit int) ([]EntityName, error)
}

// EntityName is one entity as an archive stores it, with how much the
// archive mentions it: a candidate of a name typed in a filter.
type EntityName struct {
	Name      string `json:"name"`
	NameKey   string `json:"-"` // arabic.SearchKey of its Arabic name
	Type      string `json:"type"`
	Country   string `json:"country,omitempty"`
	Actor     string `json:"actor,omitempty"`    // CAMEO actor code
	ActorID   string `json:"actor_id,omitempty"` // gazetteer key
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
}

// EntityNamesSQL returns the query that both stores run for EntityNames:
// the distinct entities whose Arabic name (as its search key) or English
// name (in lower case) holds the words of key, or of lower, as whole words,
// most mentioned first, and its arguments. ph(i) writes the placeholder of
// argument i (from 1). It reads every entity row once (no index answers a
// word inside a name).
func EntityNamesSQL(key, lower string, limit int, ph func(int) string) (string, []any) {
	var or []string
	var args []any
	for _, c := range []struct{ col, phrase string }{{"e.name_key", key}, {"lower(e.name)", lower}} {
		if p := wordPattern(c.phrase); p != "" {
			args = append(args, p)
			or = append(or, "(' ' || "+c.col+" || ' ') LIKE "+ph(len(args))+` ESCAPE '\'`)
		}
	}
	if len(or) == 0 {
		or = []string{"1 = 0"}
	}
	args = append(args, limit)
	return `SELECT e.name, e.name_key, e.type, e.country, e.actor, e.actor_id, count(DISTINCT e.doc), sum(e.mentions)
		FROM entities e
		WHERE ` + strings.Join(or, " OR ") + `
		GROUP BY e.name, e.name_key, e.type, e.country, e.actor, e.actor_id
		ORDER BY 8 DESC, 1 LIMIT ` + ph(len(args)), args
}

// wordPattern returns the LIKE pattern of a phrase as whole words of a
// space-padded value, "" for a phrase of no words.
func wordPattern(phrase string) string {
	phrase = strings.Join(strings.Fields(phrase), " ")
	if phrase == "" {
		return ""
	}
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "% " + r.Replace(phrase) + " %"
}

// maxArchiveCandidates bounds the archive's own entities a typed name adds.
const maxArchiveCandidates = 8

// Resolve expands the entity filters of f to the actors and entities each
// may mean: the gazetteer's actors (search.Names), and, for a name that is
// none of the gazetteer's whole names, the archive's own entities that
// have its words in their names (a footballer the gazetteer does not know,
// a surname alone) when st is an EntityNamer. It returns the candidates of
// each typed name. The API, the page and rasad search resolve alike.
func Resolve(ctx context.Context, names *search.Names, st Store, f search.Filter) (search.Filter, map[string][]search.Candidate, error) {
	out, found := names.Expand(f)
	if found == nil {
		found = map[string][]search.Candidate{}
	}
	namer, ok := st.(EntityNamer)
	if !ok {
		return out, found, nil
	}
	for _, typed := range f.Entities {
		cs := found[typed]
		if len(cs) > 0 && cs[0].Exact {
			continue
		}
		key, lower := names.Keys(typed)
		ents, err := namer.EntityNames(ctx, key, lower, maxArchiveCandidates)
		if err != nil {
			return f, nil, err
		}
		for _, e := range ents {
			id := cmp.Or(e.ActorID, e.Name)
			if slices.ContainsFunc(cs, func(c search.Candidate) bool { return c.ID == id }) {
				continue
			}
			c := search.Candidate{ID: id, Name: e.Name, Type: e.Type, Country: e.Country, Exact: e.NameKey == key && key != ""}
			if strings.ContainsFunc(e.Name, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
				c.NameAr = e.Name // an entity the linker did not name in English
			}
			cs = append(cs, c)
			if !slices.Contains(out.Entities, id) {
				out.Entities = append(out.Entities, id)
			}
		}
		if len(cs) > 0 {
			found[typed] = cs
		}
	}
	return out, found, nil
}
