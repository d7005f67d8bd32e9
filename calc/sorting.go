package calc

// sortStable sorts s by cmp, keeping equal elements in their order, by
// insertion. The lists calc sorts are short or nearly sorted already (a
// report's segments, a scenario's dimensions, one rating's answers in a
// room, the codes found line by line in a text), and each element type
// package slices sorts brings its own copy of pattern-defeating quicksort
// or of the stable merge sort into the WebAssembly (up to 10 kB of code
// each); this loop is a few hundred bytes.
func sortStable[E any](s []E, cmp func(a, b E) int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && cmp(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
