package sense

import (
	"rasad/internal/lexicon"
	"rasad/internal/news"
)

// Weapon reports whether the device at d (a word of the code of a bombing,
// 183…: سيارة مفخخة 1832, عبوة ناسفة 1833, حزام ناسف 1831) is the instrument
// of the act of force at v whose code names no manner (190, 180): the
// device is introduced by the preposition of instrument ب attached to it,
// within six words after the act (استهدف هجوم بسيارة مفخخة مركزا للشرطة;
// هاجم مسلحون الحاجز بعبوة ناسفة). The attack is that bombing: its code is
// the device's. A device that is not the instrument (انفجرت سيارة مفخخة; a
// toll caused by one, قتل خمسة بعبوة: no act of force) leaves the act alone.
func Weapon(toks []news.Token, d int, device string, v int, act string) bool {
	if len(device) < 3 || device[:3] != "183" || act != "190" && act != "180" || d <= v || d > v+6 || d >= len(toks) {
		return false
	}
	_, c := lexicon.StemOf(&toks[d])
	return c.Prep == "ب"
}
