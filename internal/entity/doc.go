// Package entity turns the names of an article into its entities: it finds
// the gazetteer's actors (package actor) by their Arabic names through
// clitics, takes the statistical recogniser's spans (package ner) for the
// names the gazetteer lacks, attaches titles and descriptors (الرئيس الروسي,
// وزير الدفاع الصيني) to the names they describe, resolves an ambiguous name
// by its context, and groups every mention of one person, place or
// organisation within the article into one entity linked to an actor with
// the role in force on the article's day.
//
// What a reader of the whole article knows is used too: a name the
// gazetteer lacks takes its country from what introduces it (a nisba just
// before a person, across quotation marks and titles: الشاب الفلسطيني «محمد
// علاونة», الفلسطينية اللواء عدنان الضميري; a descriptor in apposition
// after one; a nisba just after an organisation, or a place or nisba inside
// its name: وزارة الداخلية المصرية, نادي الأسير الفلسطيني; the known place
// an unknown place lies in or near, or the one country of its sentence's
// places), and a surname alone after the full name is the same person
// (هويدي after فهمي هويدي), unless two people of the article share it.
package entity
