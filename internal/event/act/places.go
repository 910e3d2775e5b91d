package act

import "rasad/internal/news"

// One act told in several places of one country is one act, not one per
// place: «خرجت البصرة والناصرية والعمارة في مظاهرات» names the scenes of
// one protest, whose doers are the people of those towns. Coded phrase by
// phrase, a sentence gives a record per town, each town standing as the
// doer; CAMEO codes the event once, with the country's people as its
// source and the places as its locations. Records of one sentence and one
// event word (the same trigger), of one code, date, polarity and target,
// whose doers are distinct places of the article (Places: a town or a
// state) of one country, each named at the country level (Karbala, actor
// IRQ), are one record: its doer is that country at the country level,
// its location the first place named (a record holds one location; the
// first is the one the sentence puts first). Doers of two countries
// (بريطانيا وفرنسا), persons of one country (وطالب محمد النفيعي ويوسف
// ناصر), a place beside a body, and acts of two event words stay apart.

// Towns returns evs with the records of one act told in several places of
// one country folded into the first (see above); evs itself is left as it
// is.
func Towns(evs []news.Event, places *Places) []news.Event {
	out := make([]news.Event, 0, len(evs))
	at := make([]int, len(evs)) // the record of out each of evs went to
	for j := range evs {
		if i := sameTowns(evs[:j], &evs[j], places); i >= 0 {
			foldTown(&out[at[i]], &evs[j])
			at[j] = at[i]
			continue
		}
		at[j] = len(out)
		out = append(out, evs[j])
	}
	return out
}

// sameTowns returns the index of the record of before that ev tells again
// in another place of the same country, -1 if none.
func sameTowns(before []news.Event, ev *news.Event, places *Places) int {
	if !town(&ev.Source, places) || ev.Trigger == nil {
		return -1
	}
	for i := len(before) - 1; i >= 0; i-- {
		e := &before[i]
		if e.Sentence != ev.Sentence || e.Trigger == nil || *e.Trigger != *ev.Trigger || e.Code != ev.Code || e.Date != ev.Date || e.Polarity != ev.Polarity || partyKey(e.Target) != partyKey(ev.Target) {
			continue
		}
		if e.Source.Country == ev.Source.Country && e.Source.Entity != ev.Source.Entity && town(&e.Source, places) {
			return i
		}
	}
	return -1
}

// town reports whether p is a place of the article that stands for its
// country alone: an entity of Places whose actor code is its country's.
func town(p *news.Party, places *Places) bool {
	place, _ := places.place(p.Entity)
	return place && p.Country != "" && p.Actor == p.Country
}

// foldTown folds ev into e, the record of the first place: the doer
// becomes the people of the country, at the country level, and the first
// place named stays as the location.
func foldTown(e *news.Event, ev *news.Event) {
	if e.Location == "" && e.Source.Entity != "" {
		e.Location = e.Source.Name
	}
	e.Source = news.Party{Country: ev.Source.Country, Actor: ev.Source.Country}
}
