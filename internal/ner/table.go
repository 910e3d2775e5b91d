package ner

import "math"

// table is the frozen form of a model's weights for decoding: open
// addressing with linear probing, each slot holding a feature hash and its
// label weights quantised to 16 bits, so that a lookup touches one cache
// line.
type table struct {
	slots []slot
	shift uint
	step  float32 // a weight is its quantised value times step
}

type slot struct {
	key  fhash
	used uint16
	w    [numLabels]int16
}

func newTable(index map[fhash]int32, w []float32) *table {
	size, shift := 1, uint(32)
	for size*7 < len(index)*10+1 {
		size <<= 1
		shift--
	}
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	t := &table{slots: make([]slot, size), shift: shift, step: maxAbs / 32767}
	if t.step == 0 {
		t.step = 1
	}
	mask := uint32(size - 1)
	for k, r := range index {
		i := t.home(k)
		for t.slots[i].used != 0 {
			i = (i + 1) & mask
		}
		s := &t.slots[i]
		s.key, s.used = k, 1
		for l := range numLabels {
			s.w[l] = int16(math.Round(float64(w[int(r)*numLabels+l] / t.step)))
		}
	}
	return t
}

func (t *table) home(k fhash) uint32 {
	return uint32(k) * 2654435769 >> t.shift
}

// add adds the weights of k, if any, to acc.
func (t *table) add(acc *[numLabels]int32, k fhash) {
	mask := uint32(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.used == 0 {
			return
		}
		if s.key == k {
			for l := range numLabels {
				acc[l] += int32(s.w[l])
			}
			return
		}
	}
}

// jointTable holds the weights of both passes of a two-pass model in one
// slot per feature, so that one lookup gives a token's emission scores for
// both passes: the second pass then costs only its document features.
//
// The keys are an open-addressing table of their own, at most half full,
// and the weights a parallel array: most features of a token are not in the
// model, and a miss then probes a few keys in one cache line instead of
// striding over weights.
type jointTable struct {
	keys  []fhash // 0 marks an empty slot; a key of 0 is stored as 1
	w     [][2][numLabels]int16
	shift uint
	step  [2]float32
}

func newJointTable(a, b *model) *jointTable {
	n := len(a.index)
	for k := range b.index {
		if _, ok := a.index[k]; !ok {
			n++
		}
	}
	size, shift := 1, uint(32)
	for size < 2*n+1 {
		size <<= 1
		shift--
	}
	t := &jointTable{keys: make([]fhash, size), w: make([][2][numLabels]int16, size), shift: shift}
	for p, m := range [2]*model{a, b} {
		var maxAbs float32
		for _, v := range m.w {
			maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
		}
		t.step[p] = maxAbs / 32767
		if t.step[p] == 0 {
			t.step[p] = 1
		}
	}
	mask := uint32(size - 1)
	for p, m := range [2]*model{a, b} {
		for k, r := range m.index {
			k := slotKey(k)
			i := t.home(k)
			for t.keys[i] != 0 && t.keys[i] != k {
				i = (i + 1) & mask
			}
			t.keys[i] = k
			for l := range numLabels {
				t.w[i][p][l] = int16(math.Round(float64(m.w[int(r)*numLabels+l] / t.step[p])))
			}
		}
	}
	return t
}

// slotKey maps a feature hash to the key stored for it: 0 means empty.
func slotKey(k fhash) fhash {
	if k == 0 {
		return 1
	}
	return k
}

func (t *jointTable) home(k fhash) uint32 {
	return uint32(k) * 2654435769 >> t.shift
}

// find returns the slot of feature k, or -1.
func (t *jointTable) find(k fhash) int {
	k = slotKey(k)
	mask := uint32(len(t.keys) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return int(i)
		case 0:
			return -1
		}
	}
}

// sum adds the weights of feats, both passes, to acc.
func (t *jointTable) sum(acc *[2][numLabels]int32, feats []fhash) {
	for _, h := range feats {
		s := t.find(h)
		if s < 0 {
			continue
		}
		w := &t.w[s]
		for l := range numLabels {
			acc[0][l] += int32(w[0][l])
			acc[1][l] += int32(w[1][l])
		}
	}
}

// scale writes the emission scores of both passes from sums.
func (t *jointTable) scale(em1, em2 *[numLabels]float32, acc *[2][numLabels]int32) {
	for l := range numLabels {
		em1[l] = float32(acc[0][l]) * t.step[0]
		em2[l] = float32(acc[1][l]) * t.step[1]
	}
}

// addSecond adds the second-pass weights of feats to e.
func (t *jointTable) addSecond(e *[numLabels]float32, feats []fhash) {
	for _, h := range feats {
		if s := t.find(h); s >= 0 {
			for l := range numLabels {
				e[l] += float32(t.w[s][1][l]) * t.step[1]
			}
		}
	}
}
