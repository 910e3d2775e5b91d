package doer

import (
	"strings"
	"testing"

	"rasad/internal/event/frame/frametest"
)

func TestDocument(t *testing.T) {
	checkHolds(t, "Document", told, func(s *frametest.Sentence, r holds) bool {
		if strings.Contains(r.name, "person") {
			s.Phr[0].PersonIn = true
		}
		return Document(s, 1)
	}, "testdata/document.tsv")
}
