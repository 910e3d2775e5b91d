// Package reuse keeps the working arrays a stage makes for each document
// (a record per token, read while the stage runs and dropped when it
// returns) for the next document, so that they are not garbage: a pass
// over the benchmark allocated a third of its bytes in such arrays, and
// the collector ran as often as they filled the heap.
package reuse

import "sync"

// Slices hands out slices of T, zeroed, and takes them back when their
// document is done. The zero Slices is ready to use; it is safe for
// concurrent use (each goroutine gets a slice no other holds).
type Slices[T any] struct {
	pool sync.Pool
}

// Get returns a slice of n zero values: one that Put gave back when it
// holds n, else a new one.
func (s *Slices[T]) Get(n int) []T {
	if p, ok := s.pool.Get().(*[]T); ok && cap(*p) >= n {
		return (*p)[:n]
	}
	return make([]T, n)
}

// Put gives x back for a later Get, cleared (so that the pool holds no
// pointer into the document done, and Get need not clear it). x must hold
// within its length all that was written in its array since Get: a slice
// taken with [:0] and appended to is put back as it ends, not as it began.
// Nothing may read or write x after: the caller puts back only an array
// that no result of its refers to.
func (s *Slices[T]) Put(x []T) {
	if cap(x) > 0 {
		clear(x)
		s.pool.Put(&x)
	}
}
