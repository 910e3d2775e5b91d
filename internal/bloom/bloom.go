// Package bloom holds a Bloom filter over words, with one hash: a set that
// never turns away a word it holds, and lets through about one other word
// in sixteen. Small enough to stay in the CPU's cache, it answers for most
// words of a text that a large map does not hold, without a lookup in it.
package bloom

import "hash/maphash"

// bitsPerWord is the filter's size for each word it holds: with one hash,
// a word not held passes with a chance of 1 - e^(-1/16), about 6%.
const bitsPerWord = 16

// Filter is a Bloom filter over words. The zero Filter holds nothing and
// lets nothing through. Add must not run concurrently with anything else;
// MayHave is safe for concurrent use.
type Filter struct {
	seed  maphash.Seed
	shift uint // 64 minus the log2 of the number of bits
	bits  []uint64
	words []string // what Add was given, to build a larger filter from
}

// Of returns a Filter of the keys of m.
func Of[V any](m map[string]V) *Filter {
	f := &Filter{}
	f.size(len(m))
	for w := range m {
		f.words = append(f.words, w)
		f.set(w)
	}
	return f
}

// size makes f empty, with room for n words.
func (f *Filter) size(n int) {
	size, shift := 64, uint(64-6)
	for size < bitsPerWord*n {
		size <<= 1
		shift--
	}
	f.seed, f.shift, f.bits = maphash.MakeSeed(), shift, make([]uint64, size/64)
}

func (f *Filter) set(w string) {
	i := maphash.String(f.seed, w) >> f.shift
	f.bits[i/64] |= 1 << (i % 64)
}

// Add puts w in the filter, making it larger as it fills (it keeps the
// words given to Add for that).
func (f *Filter) Add(w string) {
	f.words = append(f.words, w)
	if len(f.bits)*64 < bitsPerWord*len(f.words) {
		f.size(2 * len(f.words))
		for _, w := range f.words {
			f.set(w)
		}
		return
	}
	f.set(w)
}

// MayHave reports whether w may be in the filter: false only for a word
// that is not. A nil Filter holds nothing.
func (f *Filter) MayHave(w string) bool {
	if f == nil || len(f.bits) == 0 {
		return false
	}
	i := maphash.String(f.seed, w) >> f.shift
	return f.bits[i/64]&(1<<(i%64)) != 0
}
