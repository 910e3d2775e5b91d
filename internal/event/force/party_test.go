package force

import (
	"strings"

	"rasad/internal/news"
)

// testParty reads a party of a table test, "NAME/COUNTRY/ACTOR"; a name in
// Latin capitals is an entity's.
func testParty(s string) news.Party {
	f := strings.Split(s, "/")
	p := news.Party{Name: f[0], Country: f[1], Actor: f[2]}
	if strings.ContainsAny(p.Name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		p.Entity = "e1"
	}
	return p
}
