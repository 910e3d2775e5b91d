package sense

import (
	"maps"
	"testing"
)

func init() {
	maps.Copy(lemmas, map[string]string{
		"ويتعاون": "تعاون", "تعاون": "تعاون", "ويطرح": "طرح", "وتعاون": "تعاون",
		"انذار": "انذار", "والاتهامات": "اتهام", "التهم": "اتهام",
		"وهددت": "هدد", "عارضا": "عارض", "عارض": "عارض", "وعارض": "عارض",
		"اعتقاله": "اعتقال", "رفضهم": "رفض", "اشتباكات": "اشتباك", "ورفض": "رفض",
		"نداءها": "نداء", "لنداء": "نداء", "نداء": "نداء", "الدعوة": "دعوة", "ووجه": "وجه",
		"وتوقيع": "توقيع", "وهدد": "هدد", "سنقتحم": "اقتحم", "وحذر": "حذر", "حذر": "حذر",
	})
	maps.Copy(nouns, map[string]bool{"اشتباك": true})
}

// TestIdleWeighed holds the senses of the arts, of alarms, of charges
// that range, of lives endangered, of showing, of hearsay and of verbal
// nouns as subjects of a predicate.
func TestIdleWeighed(t *testing.T) {
	checkIdle(t, "testdata/idleweighed.tsv")
}
