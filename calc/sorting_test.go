package calc

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortStable checks sortStable against package slices' stable sort on
// random lists with many equal keys.
func TestSortStable(t *testing.T) {
	type item struct{ key, at int }
	byKey := func(a, b item) int { return cmp.Compare(a.key, b.key) }
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 60 {
		s := make([]item, n)
		for i := range s {
			s[i] = item{r.IntN(5), i}
		}
		want := slices.Clone(s)
		slices.SortStableFunc(want, byKey)
		sortStable(s, byKey)
		if !slices.Equal(s, want) {
			t.Fatalf("n=%d: %v, want %v", n, s, want)
		}
	}
}
