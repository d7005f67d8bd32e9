package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/klantwaarde/klantwaarde/internal/synthetic"
)

// abRounds is how many turns an A/B of typing takes: each build types its
// keystrokes in this many sessions, one build after the other, so that a
// change in the machine's load falls on all alike.
const abRounds = 4

// abTyping types keys keystrokes at 5×10 into each build of the app
// (appURLs, served by the binaries named in names) and into the floor's
// /typing page, taking turns in abRounds sessions each, and prints each
// one's p50 and p95 to progress: the typing half of an A/B of a change
// (-against).
func abTyping(ctx context.Context, progress io.Writer, chromium string, appURLs, names []string, floorURL string, keys int) error {
	pages := []typingPage{floorTypingPage(floorURL)}
	for _, u := range appURLs {
		p, err := appTypingPage(u, synthetic.Small)
		if err != nil {
			return err
		}
		pages = append(pages, p)
	}
	names = append([]string{"floor /typing"}, names...)
	dom := make([][]float64, len(pages))
	perRound := max(keys/abRounds, 1)
	for round := range abRounds {
		for i, p := range pages {
			t, err := measureTyping(ctx, chromium, p, perRound, nil)
			if err != nil {
				return fmt.Errorf("A/B typing into %s: %w", names[i], err)
			}
			dom[i] = append(dom[i], t.dom...)
			fmt.Fprintf(progress, "bench: A/B typing, round %d of %d, %s: p50 %.1f ms, p95 %.1f ms\n",
				round+1, abRounds, names[i], percentile(t.dom, 50), percentile(t.dom, 95))
		}
	}
	floorP95 := percentile(dom[0], 95)
	for i, name := range names {
		fmt.Fprintf(progress, "bench: A/B: %s: keystroke at %s: p50 %.1f ms, p95 %.1f ms (%.2f× the floor's p95), max %.1f ms, of %d\n",
			name, strings.TrimPrefix(pages[i].name, "go-app "), percentile(dom[i], 50), percentile(dom[i], 95),
			percentile(dom[i], 95)/floorP95, percentile(dom[i], 100), len(dom[i]))
	}
	return nil
}
