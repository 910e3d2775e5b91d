// Package actor is Rasad's gazetteer: the countries, cities, places,
// organisations and people that news is about, each with its Arabic names,
// nisba adjectives and CAMEO actor code, plus the role nouns (الرئيس,
// الشرطة, المتظاهرون) that make an unnamed actor with a CAMEO agent code.
//
// The data is plain text, one record per actor, in data/*.txt (the format
// is in data/README.md), embedded in the binary and loaded once by Default.
// The role nouns are word knowledge and live in the lexicon
// (internal/lexicon/data/agents.txt, class unnamed:ID with agent:CODE):
// Default makes one agent record of the forms of each ID. Load and LoadFS
// read other files (where a record of TYPE agent may still be written);
// any error in them is reported as file:line: message.
//
// The entity stage asks two questions of a gazetteer at every word: does a
// known name or adjective start here (Match, MatchAgent, over the
// arabic.SearchKey forms of the next words, longest phrase first), and what
// does that actor stand for on the article's date (StandsFor, CountryOf,
// Actor.RoleOn): بكين is the city of Beijing standing for China, الكرملين
// stands for Russia, and Li Shangfu is CHNMIL on 2023-04-16.
package actor
