package when

import (
	"bufio"
	"fmt"
	"os"
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
		line := sc.Text()
		pub := "2023-04-16"
		if len(line) > 11 && line[10] == '\t' {
			pub, line = line[:10], line[11:]
		}
		toks := arabic.Tokenize(line)
		fmt.Println(pub, line)
		for _, d := range Find(line, toks, pub) {
			fmt.Printf("   => %q %s\n", d.Text, d.Value)
		}
		for _, sp := range Spans(line, toks) {
			fmt.Printf("   ~~ %q\n", line[sp.Start:sp.End])
		}
	}
}
