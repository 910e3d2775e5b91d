// Package layers holds no code: its test keeps Rasad's imports running one
// way, from the nouns at the bottom to the commands at the top:
//
//	news ← arabic ← stages ← pipeline ← store, search ← server, eval ← commands
//
// A package may import packages of its own layer or of a lower one, never
// of a higher one; packages that help tests (golden, storetest) may
// import anything and be imported by tests alone. Every package of the
// module belongs to a layer: a new package is added to the table in
// layers_test.go, which says what each layer holds.
package layers
