package server

import (
	"cmp"
	"slices"
	"strings"

	"rasad/internal/actor"
)

// group is what an actor page names when its id is a CAMEO actor code
// (RUSGOV): the body the code stands for, and the people whose dated roles
// carry the code.
type group struct {
	Code    string   `json:"code"`
	Members []member `json:"members"`
}

// member is a person of the gazetteer with roles in a group.
type member struct {
	ID       string       `json:"id"`
	Name     string       `json:"name"`
	NameAr   string       `json:"name_ar"`
	Roles    []memberRole `json:"roles"`
	Mentions int          `json:"mentions"` // in the documents the profile read
}

// memberRole is one dated role of a member under the group's code.
type memberRole struct {
	Description string `json:"description"`
	From        string `json:"from"`
	To          string `json:"to,omitempty"` // "" while in office
}

// groupNames names a CAMEO actor code in English and Arabic: the
// gazetteer's actor of that code (RUS: Russia, IGOUNO: United Nations),
// else its country and sectors ("Russia: government", "روسيا: الحكومة"),
// else the code itself.
func (s *Server) groupNames(code string) (en, ar, country string) {
	for _, a := range s.gaz.Actors(actor.Country, actor.Org) {
		if a.Code == code {
			return a.Name, a.NameAr, a.Country
		}
	}
	var c *actor.Actor
	rest := code
	if len(code) >= 3 {
		if a := s.gaz.Get(strings.ToLower(code[:3])); a != nil && a.Type == actor.Country {
			c, rest = a, code[3:]
		}
	}
	var secEn, secAr []string
	for ; len(rest) >= 3; rest = rest[3:] {
		key := "sector:" + rest[:3] // a CAMEO agent code: data/words.tsv
		sec, ok := messages[langAr][key]
		if !ok {
			break
		}
		secEn, secAr = append(secEn, messages[langEn][key]), append(secAr, sec)
	}
	if rest != "" || c == nil && len(secEn) == 0 {
		return code, "", ""
	}
	en, ar = strings.Join(secEn, ", "), strings.Join(secAr, "، ")
	if c != nil {
		country = c.Country
		if en == "" {
			return c.Name, c.NameAr, country
		}
		en, ar = c.Name+": "+en, c.NameAr+": "+ar
	}
	return en, ar, country
}

// groupMembers lists the people of the gazetteer with a role under code,
// those mentioned most in the profile's documents first (mentions: person
// id → mentions), then by their latest role, latest first.
func (s *Server) groupMembers(code string, mentions map[string]int) []member {
	var out []member
	for _, a := range s.gaz.Actors(actor.Person) {
		var roles []memberRole
		for _, r := range a.Roles {
			if r.Code == code {
				roles = append(roles, memberRole{Description: r.Description, From: r.From, To: r.To})
			}
		}
		if len(roles) > 0 {
			out = append(out, member{ID: a.ID, Name: a.Name, NameAr: a.NameAr, Roles: roles, Mentions: mentions[a.ID]})
		}
	}
	latest := func(m member) string {
		r := m.Roles[len(m.Roles)-1]
		if r.To == "" {
			return "9999" // still in office
		}
		return r.To
	}
	slices.SortFunc(out, func(a, b member) int {
		return cmp.Or(b.Mentions-a.Mentions, strings.Compare(latest(b), latest(a)), strings.Compare(a.ID, b.ID))
	})
	return out
}
