package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

//go:embed model/ner.model
var defaultModel []byte

var (
	defaultOnce sync.Once
	defaultRec  *Recognizer
)

// DefaultRecognizer returns the Recognizer of the embedded model
// (model/ner.model, trained on ANERcorp; see model/README.md) with
// DefaultGazetteer. It is loaded once, on first use.
func DefaultRecognizer() *Recognizer {
	defaultOnce.Do(func() {
		r, err := LoadRecognizer(bytes.NewReader(defaultModel))
		if err != nil {
			panic(fmt.Sprintf("ner: embedded model: %v", err))
		}
		defaultRec = r
	})
	return defaultRec
}
