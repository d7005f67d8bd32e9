package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// storedJS reads one field of the scenario on screen as the app saved it
// (the model itself, not what the field shows), as JSON: "null" when the
// field is absent.
func storedJS(getter string) string {
	return fmt.Sprintf(`(() => {
		const idx = JSON.parse(localStorage.getItem("klantwaarde.index"));
		const doc = JSON.parse(localStorage.getItem("klantwaarde.scenario." + idx.current)).doc;
		let v; try { v = (%s)(doc); } catch (e) { v = undefined; }
		return JSON.stringify(v === undefined ? null : v);
	})()`, getter)
}

// badInputField is one kind of field and where its value is saved.
type badInputField struct {
	name, id, getter string
}

var badInputFields = []badInputField{
	{"score", "seg-commuters-benefits-quality-score", `d => d.segments[0].benefits.quality.score`},
	{"weight", "seg-commuters-benefits-quality-weight", `d => d.segments[0].benefits.quality.weight`},
	{"customers", "seg-commuters-customers", `d => d.segments[0].customers`},
	{"margin", "seg-commuters-margin", `d => d.segments[0].margin`},
	{"loyalty", "seg-commuters-loyalty-openness", `d => d.segments[0].loyalty.openness`},
	{"nps", "seg-commuters-nps-promoters", `d => d.segments[0].nps.promoters`},
	{"tolerance", "setting-tolerance", `d => d.settings.tolerance`},
}

const paragraph = "Onze klanten zijn over het algemeen tevreden.\nMaar de wachttijd bij reparaties is te lang, zegt men."

// TestBadInput types every kind of bad and good input into every kind of
// number field (Dutch conventions): each gets the right inline message or
// value, and the saved model changes only for valid input.
func TestBadInput(t *testing.T) {
	srv := startServer(t)
	const invalid = "invalid"
	// want per field, in badInputFields order: the saved JSON, or invalid.
	cases := []struct {
		typed string
		want  [7]string
	}{
		{"7,5", [7]string{"7.5", "7.5", invalid, "7.5", "7.5", invalid, invalid}},
		{"", [7]string{"null", "null", "0", "0", "null", "0", "0.5"}},
		{"   ", [7]string{"null", "null", "0", "0", "null", "0", "0.5"}},
		{"2", [7]string{"2", "2", "2", "2", "2", "2", "2"}},
		{"abc", [7]string{invalid, invalid, invalid, invalid, invalid, invalid, invalid}},
		{"7.5", [7]string{"7.5", "7.5", invalid, "7.5", "7.5", invalid, invalid}},
		{"1.234,5", [7]string{invalid, invalid, invalid, invalid, invalid, invalid, invalid}},
		{"1e309", [7]string{invalid, invalid, invalid, invalid, invalid, invalid, invalid}},
		{"-0", [7]string{invalid, "0", "0", "0", "0", "0", "0"}},
		{"NaN", [7]string{invalid, invalid, invalid, invalid, invalid, invalid, invalid}},
		{"3", [7]string{"3", "3", "3", "3", "3", "3", "3"}},
		{"101", [7]string{invalid, invalid, "101", invalid, invalid, "101", invalid}},
		{"-1", [7]string{invalid, invalid, invalid, "-1", invalid, invalid, invalid}},
		{"1.234", [7]string{invalid, invalid, "1234", invalid, invalid, "1234", invalid}},
		{paragraph, [7]string{invalid, invalid, invalid, invalid, invalid, invalid, invalid}},
	}
	tb := openApp(t, srv, "nl-NL")
	tb.openAllDetails()
	tb.flushSaves() // a first visit saves its example once the page is up
	tried := 0
	for fi, f := range badInputFields {
		saved := tb.stored(f)
		for _, c := range cases {
			want := c.want[fi]
			tb.paste("#"+f.id, c.typed)
			tried++
			if want == invalid {
				tb.waitAttr(`[data-error="`+f.id+`"]`, "data-error", f.id)
				tb.flushSaves() // typing is saved when it pauses
				if got := tb.stored(f); got != saved {
					t.Errorf("%s: %q is invalid but the model changed from %s to %s", f.name, c.typed, saved, got)
				}
				continue
			}
			if !tb.waitStored(f, want) {
				t.Errorf("%s: %q saved as %s, want %s", f.name, c.typed, tb.stored(f), want)
			}
			if !tb.waitGone(`[data-error="` + f.id + `"]`) {
				t.Errorf("%s: %q is valid but an error is shown", f.name, c.typed)
			}
			saved = want
		}
	}
	t.Logf("%d inputs tried in %d fields", tried, len(badInputFields))
}

func (tb *tab) stored(f badInputField) string {
	tb.t.Helper()
	var v string
	tb.run(chromedp.Evaluate(storedJS(f.getter), &v))
	return v
}

// waitGone waits until nothing matches sel.
func (tb *tab) waitGone(sel string) bool {
	tb.t.Helper()
	err := chromedp.Run(tb.ctx, chromedp.Poll(fmt.Sprintf(`document.querySelector(%q) === null`, sel), nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	return err == nil
}

// waitStored waits until the saved model holds want for field f.
func (tb *tab) waitStored(f badInputField, want string) bool {
	tb.t.Helper()
	deadline := time.Now().Add(pollTimeout)
	for time.Now().Before(deadline) {
		if tb.stored(f) == want {
			return true
		}
		time.Sleep(20 * time.Millisecond)
	}
	return false
}
