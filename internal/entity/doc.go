// Package entity turns the names of an article into its entities: it finds
// the gazetteer's actors (package actor) by their Arabic names through
// clitics, takes the statistical recogniser's spans (package ner) for the
// names the gazetteer lacks, attaches titles and descriptors (الرئيس الروسي,
// وزير الدفاع الصيني) to the names they describe, resolves an ambiguous name
// by its context, and groups every mention of one person, place or
// organisation within the article into one entity linked to an actor with
// the role in force on the article's day.
package entity
