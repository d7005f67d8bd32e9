package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// TestTryThisPlan clicks "Probeer dit plan" beside the commuters' path to
// ambassador: a copy of the scenario with the path applied is added, and
// the comparison of now against it opens, where the commuters become
// ambassadors; every hook reads what calc.Compare gives. Undo in the
// notice removes the copy and shows the scenario as it was.
func TestTryThisPlan(t *testing.T) {
	srv := startServer(t)
	tb := openApp(t, srv, "nl-NL")
	kept := tb.storedScenarios()
	if len(kept) != 1 {
		t.Fatalf("a first visit keeps %d scenarios, want 1", len(kept))
	}
	now := kept[0]
	r := calc.Compute(now).Segments[0]
	if r.ToAmbassador == nil {
		t.Fatalf("the example's first segment %s (%s) has no path: nothing to try", r.ID, r.Verdict)
	}
	plan := now.Clone()
	r.ToAmbassador.Apply(&plan.Segments[0])
	plan.Title = now.Title + " — plan"

	results := fmt.Sprintf(`[data-results=%q]`, r.ID)
	card := fmt.Sprintf(`[data-compare-segment=%q]`, r.ID)
	tb.run(chromedp.Click(results+` [data-action="try-plan"]`, chromedp.ByQuery))
	tb.run(chromedp.WaitVisible(card, chromedp.ByQuery))
	tb.waitAttr(card, "data-verdict-from", string(r.Verdict))
	tb.waitAttr(card, "data-verdict-to", string(calc.Ambassador))
	tb.waitCompareHooks(now, plan)
	var open bool
	tb.run(chromedp.Evaluate(`document.querySelector('details[data-panel="compare"]').open`, &open))
	if !open {
		t.Error("the comparison panel is not open")
	}
	tb.waitText(`#results > h2`, plan.Title)
	tb.waitAttr(fmt.Sprintf(`[data-segment=%q]`, r.ID), "data-verdict", string(calc.Ambassador))
	tb.waitAttr(fmt.Sprintf(`[data-segment=%q]`, r.ID), "data-path", "")
	tb.flushSaves()
	if got := tb.storedScenarios(); len(got) != 2 || got[1].Title != plan.Title {
		t.Fatalf("after trying the plan, kept %d scenarios (want 2, the second %q)", len(got), plan.Title)
	}
	tb.screenshot("try-plan")

	tb.run(chromedp.Click(`[data-notice="info"] [data-action="notice-action"]`, chromedp.ByQuery))
	tb.waitText(`#results > h2`, now.Title)
	tb.waitAttr(fmt.Sprintf(`[data-segment=%q]`, r.ID), "data-verdict", string(r.Verdict))
	tb.waitAttr(fmt.Sprintf(`[data-segment=%q]`, r.ID), "data-path", r.ToAmbassador.String())
	deadline := time.Now().Add(pollTimeout)
	for len(tb.storedScenarios()) != 1 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if got := tb.storedScenarios(); len(got) != 1 || got[0].Title != now.Title {
		t.Fatalf("after undo, kept %d scenarios (want 1, %q)", len(got), now.Title)
	}
}

// pathWords is the wording of a path step in each language, as the app
// says it: the test builds the sentences from calc's path with it.
var pathWords = map[calc.Locale]map[calc.StepKind]string{
	calc.Dutch: {
		calc.BenefitStep:   "Verhoog het cijfer voor %s van %s naar %s",
		calc.SacrificeStep: "Verlaag het cijfer voor %s van %s naar %s",
		calc.QualityStep:   "Breng %s van %s naar %s",
	},
	calc.English: {
		calc.BenefitStep:   "Raise the mark for %s from %s to %s",
		calc.SacrificeStep: "Lower the mark for %s from %s to %s",
		calc.QualityStep:   "Raise %s from %s to %s",
	},
}

// wantPath is the sentences of path p of a segment of s, from calc.
func wantPath(l calc.Locale, s *calc.Scenario, p *calc.Path) []string {
	if p == nil {
		return nil
	}
	var out []string
	for _, st := range p.Steps {
		criteria := s.Dimensions
		switch st.Kind {
		case calc.BenefitStep:
			criteria = s.Benefits
		case calc.SacrificeStep:
			criteria = s.Sacrifices
		}
		name := st.ID
		for _, c := range criteria {
			if c.ID == st.ID {
				name = c.Name
			}
		}
		out = append(out, fmt.Sprintf(pathWords[l][st.Kind], name, l.FormatDecimal(st.From, 2), l.FormatDecimal(st.To, 2)))
	}
	return out
}

// TestPathSentences reads the path to ambassador of every segment of the
// example the app opens with, in Dutch and English, on the page, on the
// slides and in the printed report, and checks each against calc's path:
// one sentence per step, an ambassador none.
func TestPathSentences(t *testing.T) {
	srv := startServer(t)
	for _, lang := range []string{"nl-NL", "en-GB"} {
		t.Run(lang, func(t *testing.T) {
			tb := openApp(t, srv, lang)
			s := tb.storedScenarios()[0]
			l := calc.LocaleOf(lang[:2])
			rep := calc.Compute(s)
			paths := 0
			for i, r := range rep.Segments {
				want := wantPath(l, s, r.ToAmbassador)
				if want != nil {
					paths++
				}
				tb.run(chromedp.Click(fmt.Sprintf(`[data-tab=%q]`, r.ID), chromedp.ByQuery))
				tb.waitTexts(fmt.Sprintf(`[data-results=%q] .path-steps li`, r.ID), want)
				if want != nil {
					tb.waitText(fmt.Sprintf(`[data-results=%q] .path-total`, r.ID), pathTotalWant(l, r.ToAmbassador))
					if n := tb.count(fmt.Sprintf(`[data-results=%q] [data-action="try-plan"]`, r.ID)); n != 1 {
						t.Errorf("%s: %d buttons to try the plan, want 1", r.ID, n)
					}
					if n := tb.count(fmt.Sprintf(`[data-live-summary=%q] .live-path`, r.ID)); n != 1 {
						t.Errorf("%s: the live summary does not show the path", r.ID)
					}
				}
				if i == 0 && lang == "nl-NL" {
					tb.screenshot("path-" + r.ID)
				}
			}
			if paths == 0 {
				t.Fatal("the example has no segment with a path: the test hardly tests")
			}

			// The printed report: each segment's page.
			tb.run(chromedp.Evaluate(`window.dispatchEvent(new Event("beforeprint"))`, nil))
			for _, r := range rep.Segments {
				tb.waitTexts(fmt.Sprintf(`#kw-report [data-report-segment=%q] .rp-path li`, r.ID), wantPath(l, s, r.ToAmbassador))
			}
			tb.run(chromedp.Evaluate(`window.dispatchEvent(new Event("afterprint"))`, nil))

			// The slides: after a segment's, its path on a slide of its
			// own, one line per step. They open on the segment on screen
			// (the last); Home goes to the first.
			tb.run(chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
			tb.pressKey("Home")
			slide := 0
			for _, r := range rep.Segments {
				tb.waitAttr(`[data-slide]`, "data-slide", fmt.Sprint(slide))
				tb.waitText(`.slide h2`, r.Name)
				tb.waitTexts(`.slide .slide-path li`, nil)
				slide++
				tb.pressKey("ArrowRight")
				if r.ToAmbassador == nil {
					continue
				}
				tb.waitAttr(`[data-slide]`, "data-slide", fmt.Sprint(slide))
				tb.waitAttr(`[data-path-slide]`, "data-path-slide", r.ID)
				tb.waitTexts(`.slide .slide-path li`, wantPath(l, s, r.ToAmbassador))
				tb.waitText(`.slide .path-total`, pathTotalWant(l, r.ToAmbassador))
				slide++
				tb.pressKey("ArrowRight")
			}
			tb.waitText(`.slide h2`, map[calc.Locale]string{calc.Dutch: "Alle segmenten samen", calc.English: "All segments together"}[l])
			tb.pressKey("Escape")
		})
	}
}

// segmentSlides is the number of slides the segments of s take: one each,
// and one more for each path to ambassador.
func segmentSlides(s *calc.Scenario) int {
	n := 0
	for _, r := range calc.Compute(s).Segments {
		n++
		if r.ToAmbassador != nil {
			n++
		}
	}
	return n
}

// pathTotalWant is the total of a path as the page says it.
func pathTotalWant(l calc.Locale, p *calc.Path) string {
	n := p.HalfSteps()
	switch {
	case l == calc.English && n == 1:
		return "In all 1 half-point step."
	case l == calc.English:
		return fmt.Sprintf("In all %d half-point steps.", n)
	case n == 1:
		return "Samen 1 stap van een half punt."
	}
	return fmt.Sprintf("Samen %d stappen van een half punt.", n)
}

// waitTexts waits until the elements matching sel read want, in order (no
// element for none), and fails the test with what they read instead.
func (tb *tab) waitTexts(sel string, want []string) {
	tb.t.Helper()
	if want == nil {
		want = []string{}
	}
	js := fmt.Sprintf(`[...document.querySelectorAll(%q)].map(el => el.textContent.trim())`, sel)
	var got []string
	for deadline := time.Now().Add(pollTimeout); time.Now().Before(deadline); time.Sleep(30 * time.Millisecond) {
		got = nil
		tb.run(chromedp.Evaluate(js, &got))
		if fmt.Sprintf("%q", got) == fmt.Sprintf("%q", want) {
			return
		}
	}
	tb.t.Fatalf("%s reads %q, want %q", sel, got, want)
}
