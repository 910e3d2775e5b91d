package seed_test

import (
	"strings"
	"testing"

	"rasad/internal/seed"
)

func TestText(t *testing.T) {
	text := seed.Text(t)
	title, _, _ := strings.Cut(text, "\n")
	if title != "وزير الدفاع الصيني يشيد خلال لقاء مع بوتين بالتعاون العسكري مع روسيا" {
		t.Errorf("the reference article's title is %q", title)
	}
	if n := len(strings.Split(strings.TrimSpace(text), "\n")); n != 16 {
		t.Errorf("the reference article has %d lines, want 16", n)
	}
}
