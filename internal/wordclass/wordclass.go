package wordclass

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// MaxK is the most classes there may be: classes fit in 16 bits, and the
// largest value is left for users to mean "no class".
const MaxK = math.MaxUint16

// Classes maps words to their classes, numbered from 0 to K()-1.
type Classes struct {
	class map[string]uint16
	count map[string]int64 // how often each word occurred in the corpus
	k     int
}

// New returns the classes of m; k is the number of classes (every class
// in m is below it).
func New(m map[string]uint16, k int) (*Classes, error) {
	if k < 1 || k > MaxK {
		return nil, fmt.Errorf("wordclass: %d classes: want 1 to %d", k, MaxK)
	}
	c := &Classes{class: make(map[string]uint16, len(m)), k: k}
	for w, x := range m {
		if int(x) >= k {
			return nil, fmt.Errorf("wordclass: class %d of %q is not below %d", x, w, k)
		}
		c.class[w] = x
	}
	return c, nil
}

// Of returns the class of w, and false for a word the classes do not know.
func (c *Classes) Of(w string) (uint16, bool) {
	if c == nil {
		return 0, false
	}
	x, ok := c.class[w]
	return x, ok
}

// Len is the number of words that have a class.
func (c *Classes) Len() int {
	if c == nil {
		return 0
	}
	return len(c.class)
}

// K is the number of classes.
func (c *Classes) K() int {
	if c == nil {
		return 0
	}
	return c.k
}

// Words returns the words that have a class, sorted.
func (c *Classes) Words() []string {
	if c == nil {
		return nil
	}
	ws := make([]string, 0, len(c.class))
	for w := range c.class {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return ws
}

// Members returns the words of class x, the most frequent first (then in
// lexical order).
func (c *Classes) Members(x uint16) []string {
	var ws []string
	for w, y := range c.class {
		if y == x {
			ws = append(ws, w)
		}
	}
	slices.SortFunc(ws, func(a, b string) int {
		if d := c.count[b] - c.count[a]; d != 0 {
			return int(max(-1, min(1, d)))
		}
		return strings.Compare(a, b)
	})
	return ws
}

const header = "# wordclass"

// Write writes the classes as text: a header line "# wordclass K", then
// "word<TAB>class<TAB>count" lines, words sorted.
func (c *Classes) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s %d\n", header, c.k)
	for _, word := range c.Words() {
		fmt.Fprintf(bw, "%s\t%d\t%d\n", word, c.class[word], c.count[word])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write word classes: %w", err)
	}
	return nil
}

// Read reads classes written by Write; name is what errors call the input.
func Read(r io.Reader, name string) (*Classes, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	c := &Classes{class: make(map[string]uint16), count: make(map[string]int64)}
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if line == 1 {
			k, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(l, header)))
			if !strings.HasPrefix(l, header) || err != nil || k < 1 || k > MaxK {
				return nil, fmt.Errorf("%s:%d: not a word class file (want %q and a class count)", name, line, header+" K")
			}
			c.k = k
			continue
		}
		if l == "" || strings.HasPrefix(l, "#") && !strings.Contains(l, "\t") {
			continue // a comment; a word may begin with # (a hashtag)
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 || f[0] == "" {
			return nil, fmt.Errorf("%s:%d: want word<TAB>class<TAB>count", name, line)
		}
		x, err := strconv.Atoi(f[1])
		if err != nil || x < 0 || x >= c.k {
			return nil, fmt.Errorf("%s:%d: class %q is not a number below %d", name, line, f[1], c.k)
		}
		n, err := strconv.ParseInt(f[2], 10, 64)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%s:%d: bad count %q", name, line, f[2])
		}
		if _, dup := c.class[f[0]]; dup {
			return nil, fmt.Errorf("%s:%d: %q listed twice", name, line, f[0])
		}
		c.class[f[0]] = uint16(x)
		c.count[f[0]] = n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("%s: empty, not a word class file", name)
	}
	return c, nil
}

// ErrTooSmall is returned by Cluster when the corpus has too few frequent
// words for the classes asked for.
var ErrTooSmall = errors.New("wordclass: corpus too small")
