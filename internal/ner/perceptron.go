package ner

import (
	"math"
	"math/rand/v2"
)

// model holds the weights of the sequence labeller: a row of label weights
// per feature hash and a matrix of transition weights (row numLabels is the
// start of a sentence).
type model struct {
	index  map[fhash]int32
	frozen *table    // index for decoding once training is over; nil while training
	w      []float32 // len(index) rows of numLabels
	trans  [numLabels + 1][numLabels]float32
}

func newModel() *model { return &model{index: make(map[fhash]int32)} }

// freeze builds the decoding table; the model must not be trained after.
func (m *model) freeze() { m.frozen = newTable(m.index, m.w) }

// emissions sums the weights of each token's features.
func (m *model) emissions(em [][numLabels]float32, feats []fhash, offs []int32) {
	for i := range em {
		em[i] = [numLabels]float32{}
		m.addEmission(&em[i], feats[offs[i]:offs[i+1]])
	}
}

// addEmission adds the weights of feats to e.
func (m *model) addEmission(e *[numLabels]float32, feats []fhash) {
	if t := m.frozen; t != nil {
		var acc [numLabels]int32
		for _, h := range feats {
			t.add(&acc, h)
		}
		for l := range numLabels {
			e[l] += float32(acc[l]) * t.step
		}
		return
	}
	for _, h := range feats {
		r, ok := m.index[h]
		if !ok {
			continue
		}
		row := (*[numLabels]float32)(m.w[int(r)*numLabels:])
		for l := range numLabels {
			e[l] += row[l]
		}
	}
}

var negInf = float32(math.Inf(-1))

// viterbi writes the best label sequence into out; it obeys allowed.
// back is scratch of len(em).
func (m *model) viterbi(em [][numLabels]float32, out []int, delta [][numLabels]float32, back [][numLabels]int8) {
	n := len(em)
	if n == 0 {
		return
	}
	for l := range numLabels {
		if allowed(-1, l) {
			delta[0][l] = m.trans[numLabels][l] + em[0][l]
		} else {
			delta[0][l] = negInf
		}
	}
	trans := &m.trans
	var into [numLabels][numLabels]float32 // into[l][p] = trans[p][l]: what comes before l, in a row
	for p := range numLabels {
		for l := range numLabels {
			into[l][p] = trans[p][l]
		}
	}
	for i := 1; i < n; i++ {
		prev, cur, bk, e := &delta[i-1], &delta[i], &back[i], &em[i]
		for l := range numLabels {
			var best float32
			var arg int8
			if isInside(l) { // only B-X and I-X come before I-X
				best, arg = negInf, 0
				if s := prev[l-1] + trans[l-1][l]; s > best {
					best, arg = s, int8(l-1)
				}
				if s := prev[l] + trans[l][l]; s > best {
					best, arg = s, int8(l)
				}
			} else {
				best, arg = bestBefore(prev, &into[l])
			}
			cur[l] = best + e[l]
			bk[l] = arg
		}
	}
	best, arg := negInf, 0
	for l := range numLabels {
		if delta[n-1][l] > best {
			best, arg = delta[n-1][l], l
		}
	}
	out[n-1] = arg
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i][out[i]])
	}
}

// bestBefore returns the largest prev[p] + into[p] and the first p that
// gives it (negInf and 0 where none is above negInf), as a loop over p
// would: written out for the nine labels, the innermost step of viterbi.
func bestBefore(prev, into *[numLabels]float32) (float32, int8) {
	best, arg := negInf, int8(0)
	if s := prev[0] + into[0]; s > best {
		best, arg = s, 0
	}
	if s := prev[1] + into[1]; s > best {
		best, arg = s, 1
	}
	if s := prev[2] + into[2]; s > best {
		best, arg = s, 2
	}
	if s := prev[3] + into[3]; s > best {
		best, arg = s, 3
	}
	if s := prev[4] + into[4]; s > best {
		best, arg = s, 4
	}
	if s := prev[5] + into[5]; s > best {
		best, arg = s, 5
	}
	if s := prev[6] + into[6]; s > best {
		best, arg = s, 6
	}
	if s := prev[7] + into[7]; s > best {
		best, arg = s, 7
	}
	if s := prev[8] + into[8]; s > best {
		best, arg = s, 8
	}
	return best, arg
}

// bestBefore is written for nine labels.
var _ = [1]struct{}{}[numLabels-9]

// instance is one training sentence: the feature hashes of its tokens (token
// i has feats[offs[i]:offs[i+1]]) and its gold labels.
type instance struct {
	feats []fhash
	offs  []int32
	gold  []int
}

// trainer is an averaged perceptron: w are the current weights, u the
// updates weighted by the time they were made, so that the average is
// w - u/c (Daumé's trick).
type trainer struct {
	m      *model
	rare   map[fhash]bool // features too rare to learn from
	u      []float32
	transU [numLabels + 1][numLabels]float32
	c      float32
}

func (t *trainer) row(h fhash) int {
	r, ok := t.m.index[h]
	if !ok {
		r = int32(len(t.m.index))
		t.m.index[h] = r
		t.m.w = append(t.m.w, make([]float32, numLabels)...)
		t.u = append(t.u, make([]float32, numLabels)...)
	}
	return int(r) * numLabels
}

func (t *trainer) update(feats []fhash, l int, d float32) {
	for _, h := range feats {
		if t.rare[h] {
			continue
		}
		r := t.row(h)
		t.m.w[r+l] += d
		t.u[r+l] += d * t.c
	}
}

// minCount is how many times a feature must occur in the training data for
// the perceptron to learn a weight for it; rarer features stay at zero (a
// little regularisation, and a smaller model; chosen by cross-validation).
const minCount = 2

// trainParams are the settings of one perceptron's training.
type trainParams struct {
	epochs int
	// margin is added in training to the score of every label but the
	// gold one (cost-augmented decoding): the perceptron then also learns
	// from labellings that were right by less than this margin.
	margin float32
}

// trainPerceptron trains on data for tp.epochs epochs, visiting the
// sentences in a shuffled order fixed by seed, and returns the averaged
// model.
func trainPerceptron(data []instance, tp trainParams, seed uint64) *model {
	t := &trainer{m: newModel(), c: 1}
	if minCount > 1 {
		count := make(map[fhash]int32)
		for k := range data {
			for _, h := range data[k].feats {
				count[h]++
			}
		}
		t.rare = make(map[fhash]bool)
		for h, c := range count {
			if int(c) < minCount {
				t.rare[h] = true
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	var em, delta [][numLabels]float32
	var back [][numLabels]int8
	var pred []int
	for range tp.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			in := &data[k]
			n := len(in.gold)
			if cap(em) < n {
				em = make([][numLabels]float32, n)
				delta = make([][numLabels]float32, n)
				back = make([][numLabels]int8, n)
				pred = make([]int, n)
			}
			em, delta, back, pred = em[:n], delta[:n], back[:n], pred[:n]
			t.m.emissions(em, in.feats, in.offs)
			if tp.margin != 0 {
				for i := range n {
					for l := range numLabels {
						if l != in.gold[i] {
							em[i][l] += tp.margin
						}
					}
				}
			}
			t.m.viterbi(em, pred, delta, back)
			for i := range n {
				g, p := in.gold[i], pred[i]
				pg, pp := numLabels, numLabels
				if i > 0 {
					pg, pp = in.gold[i-1], pred[i-1]
				}
				if g != p {
					f := in.feats[in.offs[i]:in.offs[i+1]]
					t.update(f, g, 1)
					t.update(f, p, -1)
				}
				if g != p || pg != pp {
					t.m.trans[pg][g]++
					t.transU[pg][g] += t.c
					t.m.trans[pp][p]--
					t.transU[pp][p] -= t.c
				}
			}
			t.c++
		}
	}
	// Average.
	for i := range t.m.w {
		t.m.w[i] -= t.u[i] / t.c
	}
	for p := range t.m.trans {
		for l := range t.m.trans[p] {
			t.m.trans[p][l] -= t.transU[p][l] / t.c
		}
	}
	t.m.freeze()
	return t.m
}

// margins writes, for each token, how much the best path beats the best path
// that gives the token another label (max-marginals from delta, the forward
// Viterbi scores, and a backward pass). beta is scratch of len(em).
func (m *model) margins(em [][numLabels]float32, labels []int, delta, beta [][numLabels]float32, out []float32) {
	n := len(em)
	if n == 0 {
		return
	}
	beta[n-1] = [numLabels]float32{}
	for i := n - 2; i >= 0; i-- {
		e, next, cur := &em[i+1], &beta[i+1], &beta[i]
		for p := range numLabels {
			cur[p] = bestAfter(&m.trans[p], e, next, p)
		}
	}
	for i := range n {
		own := delta[i][labels[i]] + beta[i][labels[i]]
		other := negInf
		for l := range numLabels {
			if l != labels[i] {
				if s := delta[i][l] + beta[i][l]; s > other {
					other = s
				}
			}
		}
		out[i] = own - other
	}
}

// bestAfter returns the largest trans[l] + e[l] + next[l] over the labels l
// that may follow label p (labelLinks.succ[p]: O and every B-X, and I-X
// after B-X or I-X), each sum made in the same order as a loop over them
// would make it: written out, the innermost step of margins' backward pass.
func bestAfter(trans, e, next *[numLabels]float32, p int) float32 {
	best := negInf
	if s := trans[lO] + e[lO] + next[lO]; s > best {
		best = s
	}
	if s := trans[lBPER] + e[lBPER] + next[lBPER]; s > best {
		best = s
	}
	if s := trans[lBLOC] + e[lBLOC] + next[lBLOC]; s > best {
		best = s
	}
	if s := trans[lBORG] + e[lBORG] + next[lBORG]; s > best {
		best = s
	}
	if s := trans[lBMISC] + e[lBMISC] + next[lBMISC]; s > best {
		best = s
	}
	if p != lO {
		in := p // I-X after I-X, or after B-X
		if !isInside(p) {
			in = p + 1
		}
		if s := trans[in] + e[in] + next[in]; s > best {
			best = s
		}
	}
	return best
}

// trainBagged trains k perceptrons on data, each visiting it in its own
// order, and returns the average of their weights: one model of the same
// size and speed whose result depends less on the order of training.
func trainBagged(data []instance, tp trainParams, seed uint64, k int) *model {
	if k <= 1 {
		return trainPerceptron(data, tp, seed)
	}
	out := newModel()
	for j := range k {
		m := trainPerceptron(data, tp, seed+uint64(j)*7919)
		for h, r := range m.index {
			o, ok := out.index[h]
			if !ok {
				o = int32(len(out.index))
				out.index[h] = o
				out.w = append(out.w, make([]float32, numLabels)...)
			}
			for l := range numLabels {
				out.w[int(o)*numLabels+l] += m.w[int(r)*numLabels+l] / float32(k)
			}
		}
		for p := range m.trans {
			for l := range m.trans[p] {
				out.trans[p][l] += m.trans[p][l] / float32(k)
			}
		}
	}
	out.freeze()
	return out
}
