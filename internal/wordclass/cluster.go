package wordclass

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// Counter collects the counts of words and of pairs of adjacent words of
// a corpus. Its zero value is not ready: use NewCounter.
type Counter struct {
	ids    map[string]int32
	words  []string
	n      []int64          // count of each word
	pairs  map[uint64]int32 // (left id, right id) -> count; id 0 is the sentence boundary
	tokens int64
}

// NewCounter returns an empty Counter.
func NewCounter() *Counter {
	return &Counter{ids: map[string]int32{"": 0}, words: []string{""}, n: []int64{0}, pairs: make(map[uint64]int32)}
}

// Add counts one sentence. Empty words, and words with a tab or a line
// break (which the text form cannot hold), are skipped.
func (c *Counter) Add(sentence []string) {
	prev := int32(0)
	c.n[0]++
	for _, w := range sentence {
		if w == "" || strings.ContainsAny(w, "\t\n\r") {
			continue
		}
		id, ok := c.ids[w]
		if !ok {
			id = int32(len(c.words))
			c.ids[w] = id
			c.words = append(c.words, w)
			c.n = append(c.n, 0)
		}
		c.n[id]++
		c.pairs[uint64(prev)<<32|uint64(id)]++
		prev = id
		c.tokens++
	}
	c.pairs[uint64(prev)<<32]++
}

// Tokens is the number of words counted.
func (c *Counter) Tokens() int64 { return c.tokens }

// Options say how to cluster.
type Options struct {
	K          int // classes, at least 4; 0 means 256
	Iterations int // passes over the vocabulary; 0 means 6
	MinCount   int // words seen fewer times share one class of rare words; 0 means 3
	// Progress, if set, is told after each pass how many words moved and
	// the log-likelihood of the corpus (up to a constant).
	Progress func(pass, moved int, loglik float64)
}

// Cluster groups the counted words into opt.K classes. Class 0 holds the
// rare words and class 1 the sentence boundary; neither is in the result,
// whose words have classes 2 to K-1. The result depends only on the counts
// and the options.
func (c *Counter) Cluster(opt Options) (*Classes, error) {
	if opt.K == 0 {
		opt.K = 256
	}
	if opt.Iterations == 0 {
		opt.Iterations = 6
	}
	if opt.MinCount == 0 {
		opt.MinCount = 3
	}
	if opt.K < 4 || opt.K > MaxK {
		return nil, fmt.Errorf("wordclass: %d classes: want 4 to %d", opt.K, MaxK)
	}
	// The vocabulary: frequent words, most frequent first. Index 0 is the
	// class of rare words, 1 the boundary.
	var order []int32
	for id := int32(1); id < int32(len(c.words)); id++ {
		if c.n[id] >= int64(opt.MinCount) {
			order = append(order, id)
		}
	}
	if len(order) < opt.K-2 {
		return nil, fmt.Errorf("%w: %d words seen %d times or more, fewer than %d classes", ErrTooSmall, len(order), opt.MinCount, opt.K-2)
	}
	slices.SortFunc(order, func(a, b int32) int {
		if d := cmp.Compare(c.n[b], c.n[a]); d != 0 {
			return d
		}
		return cmp.Compare(c.words[a], c.words[b])
	})
	V := len(order) + 2
	vid := make([]int32, len(c.words)) // corpus id -> vocabulary index (0: rare)
	vid[0] = 1
	for i, id := range order {
		vid[id] = int32(i + 2)
	}
	nw := make([]int64, V)
	for id, n := range c.n {
		nw[vid[id]] += n
	}
	type edge struct {
		w int32
		n int64
	}
	succ := make([][]edge, V)
	pred := make([][]edge, V)
	merged := make(map[uint64]int64, len(c.pairs))
	for p, n := range c.pairs {
		a, b := vid[p>>32], vid[p&0xffffffff]
		merged[uint64(a)<<32|uint64(b)] += int64(n)
	}
	for p, n := range merged {
		a, b := int32(p>>32), int32(p&0xffffffff)
		succ[a] = append(succ[a], edge{b, n})
		pred[b] = append(pred[b], edge{a, n})
	}
	merged = nil
	byWord := func(x, y edge) int { return cmp.Compare(x.w, y.w) }
	for w := range V {
		slices.SortFunc(succ[w], byWord)
		slices.SortFunc(pred[w], byWord)
	}

	K := opt.K
	cls := make([]int32, V)
	cls[0], cls[1] = 0, 1
	for w := 2; w < V; w++ {
		// The most frequent words each in a class of their own, the rest
		// together in the last (Martin, Liermann and Ney 1998).
		cls[w] = int32(min(w, K-1))
	}
	N := make([]int64, K*K) // class bigram counts
	Nc := make([]int64, K)  // class counts
	for w := range V {
		Nc[cls[w]] += nw[w]
		for _, e := range succ[w] {
			N[int(cls[w])*K+int(cls[e.w])] += e.n
		}
	}
	f := newXlogx(c.tokens + c.n[0])
	R := make([]int64, K) // the current word's successors by class
	L := make([]int64, K) // and its predecessors
	var rs, ls []int32
	for pass := range opt.Iterations {
		moved := 0
		for w := 2; w < V; w++ {
			a := cls[w]
			rs, ls = rs[:0], ls[:0]
			var self int64
			for _, e := range succ[w] {
				if e.w == int32(w) {
					self += e.n
					continue
				}
				x := cls[e.w]
				if R[x] == 0 {
					rs = append(rs, x)
				}
				R[x] += e.n
			}
			for _, e := range pred[w] {
				if e.w == int32(w) {
					continue
				}
				x := cls[e.w]
				if L[x] == 0 {
					ls = append(ls, x)
				}
				L[x] += e.n
			}
			// Take w out of its class.
			for _, x := range rs {
				N[int(a)*K+int(x)] -= R[x]
			}
			for _, x := range ls {
				N[int(x)*K+int(a)] -= L[x]
			}
			N[int(a)*K+int(a)] -= self
			Nc[a] -= nw[w]
			// The class that gains most from w.
			best, bestGain := a, math.Inf(-1)
			for b := int32(2); b < int32(K); b++ {
				gain := 0.0
				row := N[int(b)*K : int(b)*K+K]
				for _, x := range rs {
					if x != b {
						gain += f.diff(row[x], R[x])
					}
				}
				for _, x := range ls {
					if x != b {
						gain += f.diff(N[int(x)*K+int(b)], L[x])
					}
				}
				gain += f.diff(row[b], R[b]+L[b]+self)
				gain -= 2 * f.diff(Nc[b], nw[w])
				if gain > bestGain {
					best, bestGain = b, gain
				}
			}
			for _, x := range rs {
				N[int(best)*K+int(x)] += R[x]
			}
			for _, x := range ls {
				N[int(x)*K+int(best)] += L[x]
			}
			N[int(best)*K+int(best)] += self
			Nc[best] += nw[w]
			if best != a {
				cls[w] = best
				moved++
			}
			for _, x := range rs {
				R[x] = 0
			}
			for _, x := range ls {
				L[x] = 0
			}
		}
		if opt.Progress != nil {
			ll := 0.0
			for _, x := range N {
				ll += f.at(x)
			}
			for _, x := range Nc {
				ll -= 2 * f.at(x)
			}
			opt.Progress(pass+1, moved, ll)
		}
		if moved == 0 {
			break
		}
	}
	out := &Classes{class: make(map[string]uint16, len(order)), count: make(map[string]int64, len(order)), k: K}
	for i, id := range order {
		out.class[c.words[id]] = uint16(cls[i+2])
		out.count[c.words[id]] = c.n[id]
	}
	return out, nil
}

// xlogx holds x·ln x for the small counts, which are most of them.
type xlogx []float64

func newXlogx(n int64) xlogx {
	t := make(xlogx, min(n+1, 1<<22))
	for x := 1; x < len(t); x++ {
		t[x] = float64(x) * math.Log(float64(x))
	}
	return t
}

func (t xlogx) at(x int64) float64 {
	if x < int64(len(t)) {
		if x <= 0 {
			return 0
		}
		return t[x]
	}
	return float64(x) * math.Log(float64(x))
}

// diff is how much x·ln x grows when x grows by d.
func (t xlogx) diff(x, d int64) float64 { return t.at(x+d) - t.at(x) }
