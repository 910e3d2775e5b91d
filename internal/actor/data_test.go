package actor

import (
	"fmt"
	"strings"
	"testing"

	"rasad/internal/tabletest"
)

// TestDefaultData checks the embedded data: it loads, it is as large as
// the entity stage needs, and its references hold.
func TestDefaultData(t *testing.T) {
	g := Default()
	count := map[Type]int{}
	for _, a := range g.Actors() {
		count[a.Type]++
	}
	mins := map[Type]int{Country: 240, City: 500, Place: 40, Org: 100, Agent: 80}
	for typ, min := range mins {
		if count[typ] < min {
			t.Errorf("%d actors of type %s, want at least %d", count[typ], typ, min)
		}
	}
	for _, a := range g.Actors() {
		if a.Country != "" {
			if c := g.CountryOf(a); c == nil || c.Type != Country {
				t.Errorf("%s:%d: %s: country %s is not a country", a.File, a.Line, a.ID, a.Country)
			}
		}
		if a.Type == City && a.Capital && g.StandsFor(a).Type != Country {
			t.Errorf("%s:%d: capital %s stands for %v", a.File, a.Line, a.ID, g.StandsFor(a))
		}
		if a.Type == Country && a.Code == "" {
			t.Errorf("%s:%d: country %s has no code", a.File, a.Line, a.ID)
		}
	}
	// Every country with a capital in the data has exactly one.
	capitals := map[string][]string{}
	for _, a := range g.Actors(City) {
		if a.Capital {
			capitals[a.Country] = append(capitals[a.Country], a.ID)
		}
	}
	for c, ids := range capitals {
		if len(ids) > 1 && c != "ZAF" && c != "BOL" && c != "NLD" && c != "MYS" && c != "LKA" {
			t.Errorf("country %s has %d capitals: %v", c, len(ids), ids)
		}
	}
}

// TestNoDuplicateNames checks that no Arabic name or adjective, as Match
// sees it, belongs to two actors of the same type unless one of them is
// marked ambiguous.
func TestNoDuplicateNames(t *testing.T) {
	g := Default()
	type owner struct {
		a    *Actor
		name string
	}
	seen := map[Type]map[string]owner{}
	for _, a := range g.Actors() {
		if seen[a.Type] == nil {
			seen[a.Type] = map[string]owner{}
		}
		for _, n := range append(append([]string(nil), a.Names...), a.Adjectives...) {
			key := strings.Join(Keys(n), " ")
			prev, dup := seen[a.Type][key]
			if dup && prev.a != a && !prev.a.Ambiguous && !a.Ambiguous {
				t.Errorf("%s:%d: %s %q is also %s's %q (%s:%d); mark one ambiguous: yes", a.File, a.Line, a.ID, n, prev.a.ID, prev.name, prev.a.File, prev.a.Line)
			}
			if !dup {
				seen[a.Type][key] = owner{a, n}
			}
		}
	}
}

// TestDefaultMatch checks names the entity stage relies on.
func TestDefaultMatch(t *testing.T) {
	g := Default()
	tabletest.Strings(t, "Match", func(text string) string {
		n, hits := g.Match(Keys(text))
		if len(hits) == 0 {
			return fmt.Sprint(n)
		}
		return fmt.Sprint(n, " ", hits[0].Actor.ID, " ", g.StandsFor(hits[0].Actor).ID)
	}, tabletest.Rows(t, "testdata/match.tsv"))
}

// agentGroups are the three-letter CAMEO codes that may follow a country
// or IGO/NGO prefix: agent (sector) codes, religions, and the regional and
// organisation acronyms used in the data.
var agentGroups = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "OPP": true, "REB": true, "UAF": true,
	"LEG": true, "JUD": true, "SPY": true, "CVL": true, "REF": true, "MED": true,
	"EDU": true, "LAB": true, "BUS": true, "HLH": true, "REL": true, "CRM": true,
	"PTY": true, "AGR": true, "DEV": true, "ENV": true, "HRI": true, "MUS": true,
	"CHR": true, "JEW": true, "NGO": true, "IGO": true, "RAD": true,
}

// regionCodes are CAMEO's regional codes.
var regionCodes = map[string]bool{
	"AFR": true, "ASA": true, "BLK": true, "CRB": true, "CAU": true, "CFR": true,
	"CAS": true, "CEU": true, "EIN": true, "EAF": true, "EEU": true, "EUR": true,
	"LAM": true, "MEA": true, "MDT": true, "NAF": true, "NMR": true, "PGS": true,
	"SCN": true, "SAM": true, "SAS": true, "SEA": true, "SAF": true, "WAF": true,
	"WEU": true, "WST": true,
}

// TestCodes checks the shape of every code: agents use agent codes only;
// other actors start with a country code of the gazetteer, IGO, NGO, IMG,
// a religion or a CAMEO region; people's roles start with a country code.
func TestCodes(t *testing.T) {
	g := Default()
	countryCodes := map[string]bool{}
	for _, c := range g.Countries() {
		countryCodes[c.Code[:3]] = true
		countryCodes[c.Country] = true
	}
	for _, a := range g.Actors() {
		if a.Code == "" {
			continue
		}
		first := a.Code[:3]
		switch {
		case a.Type == Agent:
			for i := 0; i < len(a.Code); i += 3 {
				if !agentGroups[a.Code[i:i+3]] {
					t.Errorf("%s:%d: agent %s code %s: %s is not an agent code", a.File, a.Line, a.ID, a.Code, a.Code[i:i+3])
				}
			}
		case countryCodes[first], regionCodes[first], first == "IGO", first == "NGO", first == "IMG", first == "MUS":
		default:
			t.Errorf("%s:%d: %s code %s starts with neither a country, a region, IGO nor NGO", a.File, a.Line, a.ID, a.Code)
		}
		for _, r := range a.Roles {
			if !countryCodes[r.Code[:3]] && r.Code[:3] != "IGO" && r.Code[:3] != "NGO" && r.Code[:3] != "IMG" && !regionCodes[r.Code[:3]] {
				t.Errorf("%s:%d: %s role code %s starts with no known country", a.File, a.Line, a.ID, r.Code)
			}
		}
	}
}
