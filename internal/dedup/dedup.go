// Package dedup recognises near-duplicate articles, such as one wire story
// printed by several outlets, by SimHash over shingles of their normalised
// words, and splits a hash into bands so that a store can find the stored
// hashes within a small Hamming distance by exact lookups.
//
// Two hashes within distance MaxDistance differ in at most MaxDistance bits,
// so by the pigeonhole principle at least one of their NumBands bands is
// equal: a store indexes each band and checks the distance of the candidates
// that share one.
package dedup

import "math/bits"

// NumBands is how many parts Bands splits a hash into.
const NumBands = 6

// MaxDistance is the largest Hamming distance at which Bands guarantees a
// shared band: NumBands-1.
const MaxDistance = NumBands - 1

// Shingle is the number of consecutive words hashed together.
const Shingle = 3

// SimHash returns the 64-bit SimHash of words (normalised search keys, in
// order), each feature being a run of Shingle words. Texts that share most
// of their runs get hashes a few bits apart. It returns 0 for no words.
func SimHash(words []string) uint64 {
	if len(words) == 0 {
		return 0
	}
	var v [64]int
	n := len(words) - Shingle + 1
	if n < 1 {
		n = 1
	}
	for i := 0; i < n; i++ {
		h := uint64(fnvOffset)
		for j := i; j < i+Shingle && j < len(words); j++ {
			h = fnvString(h, words[j])
			h *= fnvPrime // the separator, a zero byte (h ^ 0 is h)
		}
		x := mix(h)
		for b := range v {
			v[b] += int(x>>b&1)*2 - 1
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

// FNV-1a, 64 bits (hash/fnv's New64a, inlined: no allocation per word).
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// mix spreads FNV's bits (splitmix64's finaliser), whose high bits are poorly
// mixed for short inputs.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Distance returns the Hamming distance between two hashes.
func Distance(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// bandBits are the widths of the bands, high bits first; they add up to 64.
var bandBits = [NumBands]uint{11, 11, 11, 11, 10, 10}

// Bands splits h into NumBands values, each tagged with its band's index in
// its top bits so that equal values always come from the same band.
func Bands(h uint64) [NumBands]int64 {
	var out [NumBands]int64
	shift := uint(64)
	for i, w := range bandBits {
		shift -= w
		out[i] = int64(i)<<16 | int64((h>>shift)&(1<<w-1))
	}
	return out
}
