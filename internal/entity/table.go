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
