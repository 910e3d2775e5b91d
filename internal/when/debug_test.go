package when

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"rasad/internal/arabic"
)

func TestDebugLines(t *testing.T) {
	f := os.Getenv("WHEN_DEBUG")
	if f == "" {
		t.Skip()
	}
	fh, _ := os.Open(f)
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		pub, line, src := fs[0], fs[1], ""
		if len(fs) > 2 {
			src = fs[2]
		}
		toks := arabic.Tokenize(line)
		var res []string
		for _, d := range Find(line, toks, pub) {
			res = append(res, fmt.Sprintf("%q:%s", d.Text, d.Value))
		}
		fmt.Printf("%s\t%s\t%s\t%s\n", pub, line, src, strings.Join(res, " | "))
	}
}
