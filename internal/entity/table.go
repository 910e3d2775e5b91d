package entity

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
type jointTable struct {
	slots []jointSlot
	shift uint
	step  [2]float32
}

type jointSlot struct {
	key  fhash
	used uint16
	w    [2][numLabels]int16
}

func newJointTable(a, b *model) *jointTable {
	n := len(a.index)
	for k := range b.index {
		if _, ok := a.index[k]; !ok {
			n++
		}
	}
	size, shift := 1, uint(32)
	for size*7 < n*10+1 {
		size <<= 1
		shift--
	}
	t := &jointTable{slots: make([]jointSlot, size), shift: shift}
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
			i := t.home(k)
			for t.slots[i].used != 0 && t.slots[i].key != k {
				i = (i + 1) & mask
			}
			s := &t.slots[i]
			s.key, s.used = k, 1
			for l := range numLabels {
				s.w[p][l] = int16(math.Round(float64(m.w[int(r)*numLabels+l] / t.step[p])))
			}
		}
	}
	return t
}

func (t *jointTable) home(k fhash) uint32 {
	return uint32(k) * 2654435769 >> t.shift
}

func (t *jointTable) find(k fhash) *jointSlot {
	mask := uint32(len(t.slots) - 1)
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.used == 0 {
			return nil
		}
		if s.key == k {
			return s
		}
	}
}

// emissions writes the emission scores of both passes for each token.
func (t *jointTable) emissions(em1, em2 [][numLabels]float32, feats []fhash, offs []int32) {
	for i := range em1 {
		var a, b [numLabels]int32
		for _, h := range feats[offs[i]:offs[i+1]] {
			s := t.find(h)
			if s == nil {
				continue
			}
			for l := range numLabels {
				a[l] += int32(s.w[0][l])
				b[l] += int32(s.w[1][l])
			}
		}
		for l := range numLabels {
			em1[i][l] = float32(a[l]) * t.step[0]
			em2[i][l] = float32(b[l]) * t.step[1]
		}
	}
}

// addSecond adds the second-pass weights of feats to e.
func (t *jointTable) addSecond(e *[numLabels]float32, feats []fhash) {
	for _, h := range feats {
		if s := t.find(h); s != nil {
			for l := range numLabels {
				e[l] += float32(s.w[1][l]) * t.step[1]
			}
		}
	}
}
