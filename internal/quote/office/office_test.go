package office

import (
	"strings"
	"testing"
)

// sameRows are office keys as package quote builds them: the office
// written with a person's name, the key of a description, and whether
// they name one office.
const sameRows = `
وزير خارجية | وزير خارجية | true
متحدث رسمي | متحدث | true
متحدث | متحدث رسمي | false
نائب رئيس مجلس ادارة | نائب رئيس مجلس ادارة سابك | true
وزير دفاع | وزير دفاع روسيا | false
قائد منطقة عسكرية رابعة | قائد منطقة رابعة | true
قائد منطقة عسكرية رابعة | قائد منطقة خامسة | false
وزير خارجية | وزير داخلية | false
`

func TestSame(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSpace(sameRows), "\n") {
		f := strings.Split(line, " | ")
		if got := Same(f[0], f[1]); got != (f[2] == "true") {
			t.Errorf("Same(%q, %q) = %v, want %s", f[0], f[1], got, f[2])
		}
	}
}
