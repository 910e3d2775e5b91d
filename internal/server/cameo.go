package server

import "rasad/internal/event"

// rootLabel names the root of a code in lang (the event package's table of
// CAMEO roots).
func rootLabel(lang, code string) string {
	r, ok := event.RootOf(code)
	switch {
	case !ok:
		return code
	case lang == langEn:
		return r.En
	}
	return r.Ar
}

// quadOf returns an event's quad class, from its code's root where the
// event carries none (1 verbal and 2 material cooperation, 3 verbal and 4
// material conflict, as the event package's code table has them).
func quadOf(quad int, code string) int {
	if quad >= 1 && quad <= 4 {
		return quad
	}
	if r, ok := event.RootOf(code); ok {
		return r.Quad
	}
	return 0
}
