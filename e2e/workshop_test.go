package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/klantwaarde/klantwaarde/calc"
)

// workshopParticipant is what one participant does on the phone: the
// language of the phone, the segment picked, the weights tapped (radio id
// suffix → weight) and the marks typed (input id suffix → text), and the
// response calc must read from the code.
type workshopParticipant struct {
	lang    string
	segment string
	weights map[string]int
	marks   map[string]string
	want    func(q *calc.Questionnaire) *calc.Response
	// phone is the viewport, 360×740 when zero; atDimensions, when set,
	// runs on the quality step once the marks are typed.
	phone        [2]int64
	atDimensions func(tb *tab)
}

// workshopParticipants rate the commuters of the bike shop; two of them
// disagree by 3 points or more on several ratings.
var workshopParticipants = []workshopParticipant{
	{
		lang: "nl-NL", segment: "commuters",
		weights: map[string]int{"benefits-quality": 4, "benefits-advice": 2, "sacrifices-price": 3, "dimensions-reliability": 5},
		marks: map[string]string{
			"benefits-quality-score": "8", "benefits-advice-score": "7,5", "sacrifices-price-score": "6",
			"dimensions-reliability-expected": "8", "dimensions-reliability-experienced": "6",
		},
		want: func(q *calc.Questionnaire) *calc.Response {
			r := calc.NewResponse(q, 0)
			r.Benefits[0] = calc.Answer{Weight: calc.Float(4), Score: calc.Float(8)}
			r.Benefits[1] = calc.Answer{Weight: calc.Float(2), Score: calc.Float(7.5)}
			r.Sacrifices[0] = calc.Answer{Weight: calc.Float(3), Score: calc.Float(6)}
			r.Dimensions[0] = calc.QualityAnswer{Weight: calc.Float(5), Expected: calc.Float(8), Experienced: calc.Float(6)}
			return r
		},
	},
	{
		lang: "en-GB", segment: "commuters",
		weights: map[string]int{"benefits-quality": 5, "sacrifices-price": 1, "dimensions-reliability": 4},
		marks: map[string]string{
			"benefits-quality-score": "6.5", "sacrifices-price-score": "9",
			"dimensions-reliability-expected": "9", "dimensions-reliability-experienced": "7",
		},
		want: func(q *calc.Questionnaire) *calc.Response {
			r := calc.NewResponse(q, 0)
			r.Benefits[0] = calc.Answer{Weight: calc.Float(5), Score: calc.Float(6.5)}
			r.Sacrifices[0] = calc.Answer{Weight: calc.Float(1), Score: calc.Float(9)}
			r.Dimensions[0] = calc.QualityAnswer{Weight: calc.Float(4), Expected: calc.Float(9), Experienced: calc.Float(7)}
			return r
		},
	},
	{
		lang: "nl-BE", segment: "commuters",
		weights: map[string]int{"benefits-quality": 2, "benefits-advice": 3, "sacrifices-price": 4, "dimensions-reliability": 5},
		marks: map[string]string{
			"benefits-quality-score": "9,5", "benefits-advice-score": "7",
			"dimensions-reliability-expected": "7", "dimensions-reliability-experienced": "8",
		},
		want: func(q *calc.Questionnaire) *calc.Response {
			r := calc.NewResponse(q, 0)
			r.Benefits[0] = calc.Answer{Weight: calc.Float(2), Score: calc.Float(9.5)}
			r.Benefits[1] = calc.Answer{Weight: calc.Float(3), Score: calc.Float(7)}
			r.Sacrifices[0] = calc.Answer{Weight: calc.Float(4)}
			r.Dimensions[0] = calc.QualityAnswer{Weight: calc.Float(5), Expected: calc.Float(7), Experienced: calc.Float(8)}
			return r
		},
	},
}

// TestWorkshop runs a workshop: the trainer's page shows the
// questionnaire link; three participants, each in a browser context of
// their own, answer on a phone-sized screen and read their codes; the
// trainer pastes them with a code for another questionnaire, a mistyped
// code and a duplicate, sees the aggregates calc computes, applies the
// means and undoes that.
func TestWorkshop(t *testing.T) {
	srv := startServer(t)
	q := calc.QuestionnaireOf(calc.Example())

	// The trainer's link: the browser packs it (CompressionStream), Go's
	// decoder reads it, and the participants open it.
	trainer := newTab(t)
	openWorkshop(trainer, srv, "nl-NL")
	link := trainer.attr(`#workshop-link`, "data-questionnaire-link")
	payload, ok := strings.CutPrefix(link, srv.URL+calc.QuestionnairePrefix)
	if !ok {
		t.Fatalf("the trainer's link is %q, want %s%s…", link, srv.URL, calc.QuestionnairePrefix)
	}
	got, err := calc.DecodeQuestionnaire(payload)
	if err != nil {
		t.Fatalf("the trainer's link does not decode: %v", err)
	}
	want := *q
	want.Version = calc.QuestionnaireVersionOneLevel
	if diff := cmp.Diff(&want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("the trainer's link holds another questionnaire (-want +got):\n%s", diff)
	}
	if n := trainer.count(`.qr-link svg path`); n != 1 {
		t.Errorf("%d QR code drawings for the link, want 1", n)
	}
	if got := trainer.attr(`[data-fingerprint]`, "data-fingerprint"); got != q.Fingerprint().String() {
		t.Errorf("fingerprint shown %q, want %q", got, q.Fingerprint())
	}
	trainer.screenshot("workshop-trainer-link-1440")

	// The participants.
	var codes []string
	var responses []*calc.Response
	for i, p := range workshopParticipants {
		want, err := calc.EncodeResponse(q, p.want(q))
		if err != nil {
			t.Fatal(err)
		}
		code := answerQuestionnaire(t, q, link, p, i == 0)
		if got, err := calc.DecodeResponse(q, code); err != nil || !sameAnswers(got, p.want(q)) || strings.Count(code, "-") != strings.Count(want, "-") {
			t.Errorf("participant %d's code %q reads as %+v, %v; want the answers of %q", i+1, code, got, err, want)
		}
		codes = append(codes, code)
		responses = append(responses, p.want(q))
	}

	// A code for another questionnaire (a benefit renamed since) and a
	// code with one character changed.
	other := calc.Example()
	other.Benefits[0].Name = "Kwaliteit"
	oq := calc.QuestionnaireOf(other)
	otherCode, err := calc.EncodeResponse(oq, workshopParticipants[0].want(oq))
	if err != nil {
		t.Fatal(err)
	}
	typo := []byte(codes[1])
	typo[6] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[(strings.IndexByte("0123456789ABCDEFGHJKMNPQRSTVWXYZ", typo[6])+1)%32]

	trainer = newTab(t)
	openWorkshop(trainer, srv, "nl-NL")
	original := trainer.attr(`[data-segment="commuters"]`, "data-value")
	pasted := strings.Join([]string{
		codes[0], codes[1], "", codes[2], otherCode, string(typo),
		strings.ToLower(strings.ReplaceAll(codes[0], "-", " ")),
	}, "\n")
	trainer.paste(`#workshop-codes`, pasted)
	trainer.run(chromedp.Click(`[data-action="read-codes"]`, chromedp.ByQuery))
	trainer.run(chromedp.Poll(`document.querySelectorAll("[data-code-result]").length === 6`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)))
	var results []struct{ Line, Result, Text string }
	trainer.run(chromedp.Evaluate(`[...document.querySelectorAll("[data-code-result]")].map(el =>
		({line: el.dataset.line, result: el.dataset.codeResult, text: el.textContent}))`, &results))
	wantResults := []struct{ line, result, says string }{
		{"1", "accepted", "Regel 1: gelezen (Forenzen)"},
		{"2", "accepted", "Regel 2"},
		{"4", "accepted", "Regel 4"},
		{"5", "other", "andere vragenlijst (" + oq.Fingerprint().String()},
		{"6", "mistyped", "Regel 6: een typefout"},
		{"7", "duplicate", "Regel 7: dezelfde code als regel 1; telt één keer"},
	}
	for i, w := range wantResults {
		if i >= len(results) {
			break
		}
		got := results[i]
		if got.Line != w.line || got.Result != w.result || !strings.Contains(got.Text, w.says) {
			t.Errorf("result %d: line %s %s %q; want line %s %s saying %q", i+1, got.Line, got.Result, got.Text, w.line, w.result, w.says)
		}
	}

	// The aggregates, against calc's.
	aggs := calc.Aggregate(q, responses)
	if diff := cmp.Diff(expectedAggregates(aggs), trainer.readAggregates(), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("aggregates on the page (-calc +page):\n%s", diff)
	}
	if n := trainer.count(`tr[data-disagreement="true"] .divided-mark`); n != 4 {
		t.Errorf("%d rows marked as divided in words, want 4", n)
	}
	trainer.screenshot("workshop-trainer-codes-1440")

	// Apply the means, then undo.
	applied := calc.Compute(calc.Apply(calc.Example(), aggs))
	trainer.run(chromedp.Click(`[data-action="apply-means"]`, chromedp.ByQuery))
	for _, sg := range applied.Segments {
		trainer.waitAttr(fmt.Sprintf(`[data-segment=%q]`, sg.ID), "data-value", calc.FormatNumber(*sg.Value))
	}
	if got := trainer.attr(`[data-segment="commuters"]`, "data-value"); got == original {
		t.Errorf("applying the means left the commuters' value at %s", got)
	}
	trainer.waitAttr(`[data-notice]`, "data-notice", "info")
	trainer.run(chromedp.Click(`[data-action="undo"]`, chromedp.ByQuery))
	trainer.waitAttr(`[data-segment="commuters"]`, "data-value", original)
	for _, sg := range calc.Compute(calc.Example()).Segments {
		trainer.waitAttr(fmt.Sprintf(`[data-segment=%q]`, sg.ID), "data-value", calc.FormatNumber(*sg.Value))
	}
}

// openWorkshop opens the app at the width of a projector and unfolds the
// workshop panel.
func openWorkshop(tb *tab, srv *server, lang string) {
	tb.t.Helper()
	tb.run(
		chromedp.EmulateViewport(1440, 900),
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage(lang),
		chromedp.Navigate(srv.URL),
		waitReady(),
		chromedp.Click(`details[data-panel="workshop"] > summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#workshop-link`, chromedp.ByQuery),
	)
}

// answerQuestionnaire opens the link on a phone (360 pixels wide unless p
// says otherwise) in a browser context of its own, answers as p does, and
// returns the code shown.
func answerQuestionnaire(t *testing.T, q *calc.Questionnaire, link string, p workshopParticipant, look bool) string {
	t.Helper()
	tb := newTab(t)
	if p.phone == [2]int64{} {
		p.phone = [2]int64{360, 740}
	}
	tb.run(
		chromedp.EmulateViewport(p.phone[0], p.phone[1]),
		emulation.SetUserAgentOverride("Mozilla/5.0 (Linux; Android 14) klantwaarde-e2e").WithAcceptLanguage(p.lang),
		chromedp.Navigate(link),
		waitReady(),
	)
	tb.waitAttr(`main[data-step]`, "data-step", "segment")
	if n := tb.count(`[data-segment]`); n != 0 {
		t.Errorf("the participant sees %d results cards: the scenario's numbers", n)
	}
	// The questionnaire speaks the workshop's language (the scenario's,
	// Dutch) until the participant switches.
	tb.waitAttr(`html`, "lang", "nl")
	if strings.HasPrefix(p.lang, "en") {
		tb.run(chromedp.Click(`[data-locale="en"]`, chromedp.ByQuery))
		tb.waitText(`#step-heading`, "Which customer group are you rating?")
	}
	if look {
		tb.screenshot("workshop-participant-segment-360")
	}
	tb.run(
		chromedp.Click(`label[for="q-segment-`+p.segment+`"]`, chromedp.ByQuery),
		// "Next" is enabled once a segment is chosen, on the next render.
		chromedp.Poll(`!document.querySelector('[data-action="next"]').disabled`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)),
		chromedp.Click(`[data-action="next"]`, chromedp.ByQuery),
	)
	for _, group := range []string{"benefits", "sacrifices", "dimensions"} {
		tb.waitAttr(`main[data-step]`, "data-step", group)
		var legends []string
		tb.run(chromedp.Evaluate(`[...document.querySelectorAll(".rate-item > legend")].map(el => el.textContent)`, &legends))
		if diff := cmp.Diff(itemNames(q, group), legends); diff != "" {
			t.Errorf("the %s on screen (-want +got):\n%s", group, diff)
		}
		for item, w := range p.weights {
			if strings.HasPrefix(item, group+"-") {
				tb.run(chromedp.Click(fmt.Sprintf(`label[for="q-%s-weight-%d"]`, item, w), chromedp.ByQuery))
			}
		}
		for field, text := range p.marks {
			if strings.HasPrefix(field, group+"-") {
				tb.typeInto("#q-"+field, text)
			}
		}
		if look && group == "benefits" {
			tb.screenshot("workshop-participant-benefits-360")
		}
		next := `[data-action="next"]`
		if group == "dimensions" {
			next = `[data-action="make-code"]`
			if p.atDimensions != nil {
				p.atDimensions(tb)
			}
		}
		tb.run(chromedp.Click(next, chromedp.ByQuery))
	}
	tb.waitAttr(`main[data-step]`, "data-step", "code")
	code := tb.attr(`[data-response-code]`, "data-response-code")
	if n := tb.count(`.qr-code svg path`); n != 1 {
		t.Errorf("%d QR code drawings of the code, want 1", n)
	}
	if look {
		tb.screenshot("workshop-participant-code-360")
		res := tb.runAxe()
		for _, v := range res.Violations {
			if v.Impact == "serious" || v.Impact == "critical" {
				t.Errorf("axe-core on the participant's code: %s (%s): %s", v.ID, v.Impact, v.Help)
			}
		}
		var overflow bool
		tb.run(chromedp.Evaluate(`document.documentElement.scrollWidth > window.innerWidth + 1`, &overflow))
		if overflow {
			t.Error("the participant's page scrolls sideways at 360 px")
		}
	}
	return code
}

// workshopRow is one data-aggregate row of the trainer's table.
type workshopRow struct {
	N                              int
	Mean, Median, Min, Max, Spread *float64
	Disagreement                   bool
}

// readAggregates reads every data-aggregate row: key → figures.
func (tb *tab) readAggregates() map[string]workshopRow {
	tb.t.Helper()
	var raw []map[string]string
	tb.run(chromedp.Evaluate(`[...document.querySelectorAll("[data-aggregate]")].map(el => ({...el.dataset}))`, &raw))
	rows := map[string]workshopRow{}
	num := func(m map[string]string, k string) *float64 {
		if m[k] == "" {
			return nil
		}
		x, err := strconv.ParseFloat(m[k], 64)
		if err != nil {
			tb.t.Fatalf("data-%s=%q: %v", k, m[k], err)
		}
		return &x
	}
	for _, m := range raw {
		n, err := strconv.Atoi(m["n"])
		if err != nil {
			tb.t.Fatalf("data-n=%q: %v", m["n"], err)
		}
		rows[m["aggregate"]] = workshopRow{
			N: n, Mean: num(m, "mean"), Median: num(m, "median"), Min: num(m, "min"), Max: num(m, "max"),
			Spread: num(m, "spread"), Disagreement: m["disagreement"] == "true",
		}
	}
	return rows
}

// expectedAggregates is what the page must show for calc's aggregates:
// the segments that have responses.
func expectedAggregates(aggs []calc.SegmentAggregate) map[string]workshopRow {
	rows := map[string]workshopRow{}
	for _, agg := range aggs {
		if agg.Responses == 0 {
			continue
		}
		for _, ra := range agg.Ratings {
			row := workshopRow{N: ra.N, Disagreement: ra.Disagreement}
			if ra.N > 0 {
				row.Mean, row.Median, row.Min, row.Max, row.Spread = calc.Float(ra.Mean), calc.Float(ra.Median), calc.Float(ra.Min), calc.Float(ra.Max), calc.Float(ra.Spread)
			}
			rows[agg.ID+"."+ra.Group+"."+ra.ID+"."+ra.Rating] = row
		}
	}
	return rows
}

// itemNames lists the names of one group of criteria of q.
func itemNames(q *calc.Questionnaire, group string) []string {
	items := map[string][]calc.Item{"benefits": q.Benefits, "sacrifices": q.Sacrifices, "dimensions": q.Dimensions}[group]
	var names []string
	for _, it := range items {
		names = append(names, it.Name)
	}
	return names
}

// TestBrokenQuestionnaireLink: a questionnaire link that was cut off gets
// a clear message, and the editor with the user's scenarios as they were.
func TestBrokenQuestionnaireLink(t *testing.T) {
	srv := startServer(t)
	q := calc.QuestionnaireOf(calc.Example())
	payload, err := calc.EncodeQuestionnaire(q)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t)
	tb.run(
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage("en-GB"),
		chromedp.Navigate(srv.URL+calc.QuestionnairePrefix+payload[:len(payload)/2]),
		waitReady(),
	)
	tb.waitAttr(`[data-notice]`, "data-notice", "error")
	var text string
	tb.run(chromedp.Text(`[data-notice]`, &text, chromedp.ByQuery))
	if !strings.Contains(text, "This questionnaire cannot be opened") {
		t.Errorf("the notice says %q", text)
	}
	if n := tb.count(`main[data-step]`); n != 0 {
		t.Error("a broken link shows the questionnaire")
	}
	if n := tb.count(`[data-segment]`); n != 3 {
		t.Errorf("%d segments in the results, want the example's 3", n)
	}
}
