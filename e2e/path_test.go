package e2e

import (
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// bikeShopWith returns the report calc gives the example when the
// commuters experience responsiveness as experienced.
func bikeShopWith(t *testing.T, experienced float64) calc.SegmentReport {
	t.Helper()
	s := calc.Example()
	q := s.Segments[0].Quality["responsiveness"]
	q.Experienced = calc.Float(experienced)
	s.Segments[0].Quality["responsiveness"] = q
	return calc.Compute(s).Segments[0]
}

// TestTypingFollowsThePath types the commuters' experience of
// responsiveness along their path to ambassador (SPEC §3.4): data-path
// and data-adequacy follow every mark (SPEC §6), and once the path's last
// mark is typed the segment is an ambassador with no path left.
func TestTypingFollowsThePath(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "en-US")
	const experienced = `#seg-commuters-dimensions-responsiveness-experienced`

	start := bikeShopWith(t, 5.5)
	if got, want := tb.attr(commuters, "data-path"), start.ToAmbassador.String(); got != want || want == "" {
		t.Fatalf("data-path = %q, want %q", got, want)
	}
	if got, want := tb.attr(commuters, "data-adequacy"), calc.FormatNumber(*start.Adequacy); got != want {
		t.Errorf("data-adequacy = %q, want %q", got, want)
	}

	halfway := bikeShopWith(t, 6.5)
	tb.typeInto(experienced, "6.5")
	tb.waitAttr(commuters, "data-path", halfway.ToAmbassador.String())
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*halfway.Adequacy))
	tb.waitAttr(commuters, "data-verdict", string(calc.Vulnerable))

	// The path's last step: 7.5.
	last := start.ToAmbassador.Steps[len(start.ToAmbassador.Steps)-1]
	if last.Kind != calc.QualityStep || last.ID != "responsiveness" {
		t.Fatalf("the commuters' path ends with %+v, not with responsiveness", last)
	}
	done := bikeShopWith(t, last.To)
	tb.typeInto(experienced, calc.FormatNumber(last.To))
	tb.waitAttr(commuters, "data-verdict", string(calc.Ambassador))
	tb.waitAttr(commuters, "data-path", "")
	tb.waitAttr(commuters, "data-adequacy", calc.FormatNumber(*done.Adequacy))
	if done.ToAmbassador != nil {
		t.Errorf("calc still gives a path after it: %v", done.ToAmbassador)
	}
	tb.screenshot("path-done")
}
