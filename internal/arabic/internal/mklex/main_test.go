package main

import (
	"os"
	"slices"
	"strings"
	"testing"

	"rasad/internal/actor"
	words "rasad/internal/lexicon"
)

// TestAddKnownNames checks which names of the word lexicon and the actor
// gazetteer become names of the segmenter's lexicon.
func TestAddKnownNames(t *testing.T) {
	lx := words.New()
	if err := lx.Read(strings.NewReader("[given-name]\nوليد ; روحي ; لي\n[family-name]\nالحريري\n[title]\nالرئيس\n"), "names.txt"); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := actor.Load("testdata/actors.txt", f)
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon{}
	lex.add("روحي", 3, "s") // dictionary words: "my soul"
	lex.add("لي", 28, "sw") // "to me"
	lex.add("بيت", 40, "s")
	addKnownNames(lex, lx, g)
	var names []string
	for w, e := range lex {
		if e.flags['n'] {
			names = append(names, w)
		}
	}
	slices.Sort(names)
	want := []string{
		"الحريري", // a family name
		"الصين",   // a country's one-word name
		"جينبينغ", // a word of a person's name of several words that no list knows
		"لحم",     // of a city's
		"وليد",    // a given name the dictionary lacks
	}
	// Not: روحي, لي (dictionary words), شي and الخليل (one-word names of
	// ambiguous records), بيت (a dictionary stem), قطاع and غزة (a place's
	// name of several words: only people's and cities' are read word by
	// word), الرئيس (an agent, a common noun).
	if !slices.Equal(names, want) {
		t.Errorf("names = %q, want %q", names, want)
	}
}
