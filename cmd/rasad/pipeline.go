package main

import (
	"fmt"
	"os"

	"rasad/internal/ner"
	"rasad/internal/pipeline"
)

// newPipeline returns the pipeline that the commands which analyse articles
// use: the data embedded in the binary, with the named-entity model of the
// file RASAD_NER_MODEL names when it is set (from "rasad train ner", with
// word classes learned from a team's own archive, say).
func newPipeline() (*pipeline.Pipeline, error) {
	name := os.Getenv("RASAD_NER_MODEL")
	if name == "" {
		return pipeline.New(), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("RASAD_NER_MODEL: %w", err)
	}
	defer f.Close()
	rec, err := ner.LoadRecognizer(f)
	if err != nil {
		return nil, fmt.Errorf("RASAD_NER_MODEL %s: %w", name, err)
	}
	return pipeline.NewWith(rec), nil
}
