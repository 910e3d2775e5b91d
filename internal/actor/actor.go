package actor

import "strings"

// Type says what kind of actor a record is.
type Type string

// The types of actor, as written in the TYPE field of a record header.
const (
	Country Type = "country" // a state or territory with an ISO 3166-1 code
	City    Type = "city"    // a city or town; a capital stands for its government
	Place   Type = "place"   // a region, province or landmark (the Kremlin)
	Org     Type = "org"     // an organisation, movement, party or news agency
	Person  Type = "person"  // a person, with dated roles
	Agent   Type = "agent"   // a role noun that makes an unnamed actor (الرئيس, الشرطة)
)

// typeOrder ranks types when several actors share a phrase: the order of
// Hits from Match.
var typeOrder = map[Type]int{Country: 0, Org: 1, Place: 2, City: 3, Person: 4, Agent: 5}

// Actor is one record of the gazetteer.
type Actor struct {
	ID         string      // lowercase ASCII key, unique across all files: rus, moscow, nato
	Type       Type        // country, city, place, org, person or agent
	Name       string      // English canonical name
	NameAr     string      // canonical Arabic name: the first of Names
	Names      []string    // Arabic names as written in the data, most usual first
	Adjectives []string    // Arabic nisba adjectives in all their forms (روسي, الروسية, الروس)
	Aliases    []string    // other English names
	Country    string      // ISO 3166-1 alpha-3 (upper case) of the country it belongs to; a country's own
	Code       string      // CAMEO actor code (RUS, IGOUNO, PSEREBHMS) or agent code (GOV, MIL)
	Capital    bool        // a capital city, which stands for its government
	StandsFor  string      // ID of the actor this place stands for in politics (الكرملين → rus)
	Roles      []Role      // dated roles of a person or an organisation, in date order
	Dated      []DatedName // the names it bore before its present one, in date order
	Ambiguous  bool        // a name is also a common word or another actor's name
	Joined     Joined      // short names read only after another place and و (المدينة in مكة والمدينة)
	Source     string      // where the record was checked, free text
	NER        []NERMark   // the names the named-entity recogniser reads, and as what; none: not read

	File string // the data file the record came from
	Line int    // the line of its header

	nameKeys, adjKeys [][]string // search keys of Names and Adjectives, until the trie is built
}

// Joined is a record's joined: line: short names, common words alone,
// that name the record only joined by و to the mention of the record After
// (المدينة "the city" after مكة: the two holy cities are named as a pair).
type Joined struct {
	After string   // ID of the record they follow
	Names []string // Arabic names as written in the data
}

// NERKinds are the kinds a record's ner: marker may give its names: the
// place and organisation kinds the named-entity recogniser's model was
// trained with (package ner, its DefaultGazetteer).
var NERKinds = []string{"country", "capital", "city", "region", "org"}

// NERMark is one ner: line of a record: the named-entity recogniser's
// gazetteer reads Names, a selection of the record's ar: names, as each of
// Kinds (of NERKinds). The marks select the names the recogniser's model
// was trained with, as the lexicon's name-cue marks its cue words.
type NERMark struct {
	Kinds []string
	Names []string
}

// Role is a position an actor held, with the CAMEO code in force while they
// held it. From and To are YYYY-MM-DD; To is empty while the role lasts.
type Role struct {
	Code        string // CAMEO actor code: RUSGOV, CHNMIL, USAGOV
	From        string // first day, YYYY-MM-DD
	To          string // last day, YYYY-MM-DD, or "" for still in office
	Description string // English free text: "president", "defence minister"
}

// DatedName is a name an actor bore for a time: جبهة النصرة (Al-Nusra
// Front) until 2016-07-28, then جبهة فتح الشام, before هيئة تحرير الشام.
// From and To are YYYY-MM-DD; To is empty while the name lasts.
type DatedName struct {
	From, To     string
	Name, NameAr string // English and Arabic
}

// NameOn returns the English and Arabic names an actor bore on date
// (YYYY-MM-DD): a dated name in force then, else its canonical names.
func (a *Actor) NameOn(date string) (name, nameAr string) {
	for i := len(a.Dated) - 1; i >= 0; i-- {
		if n := a.Dated[i]; date != "" && n.From <= date && (n.To == "" || date <= n.To) {
			return n.Name, n.NameAr
		}
	}
	return a.Name, a.NameAr
}

// On reports whether the role is in force on date (YYYY-MM-DD).
func (r Role) On(date string) bool {
	return r.From <= date && (r.To == "" || date <= r.To)
}

// RoleOn returns the role in force on date, a YYYY-MM-DD string, and whether
// there is one. When roles overlap, the one that began last wins.
//
// Li Shangfu on 2023-04-16 holds CHNMIL (defence minister); on 2024-01-01 he
// holds none.
func (a *Actor) RoleOn(date string) (Role, bool) {
	for i := len(a.Roles) - 1; i >= 0; i-- {
		if a.Roles[i].On(date) {
			return a.Roles[i], true
		}
	}
	return Role{}, false
}

// CodeOn returns the CAMEO code that applies to the actor on date: the code
// of the role in force for a person or an organisation, the actor's own code
// otherwise (and for a person with a code but no role on that date): the
// Taliban are AFGREB in 2015 and AFGGOV since 2021-08-15.
func (a *Actor) CodeOn(date string) string {
	if r, ok := a.RoleOn(date); ok {
		return r.Code
	}
	return a.Code
}

// BodyCode returns the CAMEO code of the international body a is, "" if
// none (or a nil): a body of no country whose code is an IGO's or an NGO's
// (الأمم المتحدة, الأممي, هيومن رايتس ووتش).
func (a *Actor) BodyCode() string {
	if a == nil || a.Type != Org || a.Country != "" || !International(a.Code) {
		return ""
	}
	return a.Code
}

// International reports whether a CAMEO code is an international body's,
// an IGO's or an NGO's (IGOUNO, NGOHRIAMN).
func International(code string) bool {
	return strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO")
}

// CountryID returns the gazetteer ID of the actor's country ("rus" for RUS),
// or "" if it has none.
func (a *Actor) CountryID() string { return strings.ToLower(a.Country) }

// ActorCode returns the CAMEO code of the actor with the given ID on a date
// (YYYY-MM-DD, or YYYY-MM and YYYY, read as their first day): the code of a
// person's role in force then, or the actor's own code; "" for an unknown
// ID.
func (g *Gazetteer) ActorCode(id, date string) string {
	a := g.Get(id)
	if a == nil {
		return ""
	}
	switch len(date) {
	case 4:
		date += "-01-01"
	case 7:
		date += "-01"
	}
	return a.CodeOn(date)
}
