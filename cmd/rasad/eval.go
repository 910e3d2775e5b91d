package main

// runEval dispatches "rasad eval KIND": each kind scores one stage against
// gold data and prints a line per figure, the figure last. Each kind lives
// in its own file, eval_KIND.go.
var runEval = withKinds("eval", "score Rasad against gold data", []kind{
	{"segment", "tokens and clitic segmentation against a CoNLL-U treebank", runEvalSegment},
	{"ner", "named-entity recognition against BIO-tagged text", runEvalNER},
	{"dates", "date expressions against Wojood's DATE mentions", runEvalDates},
	{"events", "event coding against arabic-event-gsr", runEvalEvents},
	{"search", "search quality against names of BIO-tagged text", runEvalSearch},
})
