package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/klantwaarde/klantwaarde/calc"
)

// A workshop on a scenario with two-level dimensions (docs/workshop.md):
// the questionnaire asks minimum, desired and experienced per quality
// dimension on a phone, the codes carry them (version 3), and the room's
// means fill them into the scenario.

// phone390 is the viewport of the two-level participants: a 390×844 phone.
var phone390 = [2]int64{390, 844}

// twoLevelParticipants rate the kapsalon example's customer groups. The
// first also types a minimum above the desired level and a minimum
// without a desired level, and mends both (mendZone).
func twoLevelParticipants(t *testing.T) []workshopParticipant {
	return []workshopParticipant{
		{
			lang: "nl-NL", segment: "regulars", phone: phone390,
			weights: map[string]int{"benefits-result": 5, "dimensions-reliability": 5, "dimensions-responsiveness": 3},
			marks: map[string]string{
				"benefits-result-score":           "8",
				"dimensions-reliability-adequate": "6", "dimensions-reliability-desired": "8,5", "dimensions-reliability-experienced": "7",
				"dimensions-responsiveness-adequate": "5", "dimensions-responsiveness-desired": "7,5", "dimensions-responsiveness-experienced": "4,5",
				"dimensions-assurance-experienced": "9",
			},
			atDimensions: func(tb *tab) { checkPhoneLayout(tb, "two-level-questionnaire-390-nl"); mendZone(tb) },
			want: func(q *calc.Questionnaire) *calc.Response {
				r := calc.NewResponse(q, 0)
				r.Benefits[0] = calc.Answer{Weight: calc.Float(5), Score: calc.Float(8)}
				r.Dimensions[0] = calc.QualityAnswer{Weight: calc.Float(5), Adequate: calc.Float(6), Desired: calc.Float(8.5), Experienced: calc.Float(7)}
				r.Dimensions[1] = calc.QualityAnswer{Weight: calc.Float(3), Adequate: calc.Float(5), Desired: calc.Float(7.5), Experienced: calc.Float(4.5)}
				r.Dimensions[2] = calc.QualityAnswer{Experienced: calc.Float(9)}
				r.Dimensions[3] = calc.QualityAnswer{Adequate: calc.Float(9), Desired: calc.Float(9.5)}
				return r
			},
		},
		{
			lang: "en-GB", segment: "regulars", phone: phone390,
			weights: map[string]int{"dimensions-reliability": 4},
			marks: map[string]string{
				"dimensions-reliability-adequate": "7", "dimensions-reliability-desired": "9", "dimensions-reliability-experienced": "6",
				"dimensions-responsiveness-adequate": "6", "dimensions-responsiveness-desired": "8", "dimensions-responsiveness-experienced": "5.5",
			},
			atDimensions: func(tb *tab) { checkPhoneLayout(tb, "two-level-questionnaire-390-en") },
			want: func(q *calc.Questionnaire) *calc.Response {
				r := calc.NewResponse(q, 0)
				r.Dimensions[0] = calc.QualityAnswer{Weight: calc.Float(4), Adequate: calc.Float(7), Desired: calc.Float(9), Experienced: calc.Float(6)}
				r.Dimensions[1] = calc.QualityAnswer{Adequate: calc.Float(6), Desired: calc.Float(8), Experienced: calc.Float(5.5)}
				return r
			},
		},
		{
			lang: "nl-NL", segment: "students", phone: phone390,
			marks: map[string]string{
				"dimensions-tangibles-adequate": "4", "dimensions-tangibles-desired": "6", "dimensions-tangibles-experienced": "8",
			},
			want: func(q *calc.Questionnaire) *calc.Response {
				r := calc.NewResponse(q, 1)
				r.Dimensions[4] = calc.QualityAnswer{Adequate: calc.Float(4), Desired: calc.Float(6), Experienced: calc.Float(8)}
				return r
			},
		},
	}
}

// checkPhoneLayout checks the quality step on the phone: the three
// marks of every dimension, nothing wider than the viewport, inputs wide
// enough for a mark, and no word broken across lines.
func checkPhoneLayout(tb *tab, shot string) {
	tb.t.Helper()
	if n, want := tb.count(`main input[id$="-adequate"]`), 5; n != want {
		tb.t.Errorf("%d minimum fields, want %d", n, want)
	}
	if n := tb.count(`main input[id$="-desired"]`); n != 5 {
		tb.t.Errorf("%d desired fields, want 5", n)
	}
	if n := tb.count(`main input[id$="-expected"]`); n != 0 {
		tb.t.Errorf("%d expected fields in a two-level questionnaire", n)
	}
	var layout struct {
		Wide   []string
		Narrow []string
		Broken []string
	}
	tb.run(chromedp.Evaluate(`(() => {
		const seen = el => !el.closest(".visually-hidden") && el.getClientRects().length > 0;
		const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + el.className : "");
		const wide = [...document.querySelectorAll("body *")].filter(seen)
			.filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5).map(name);
		const narrow = [...document.querySelectorAll("main input[type=text]")]
			.filter(el => el.getBoundingClientRect().width < 48).map(name);
		const broken = [];
		const walk = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			if (!n.parentElement || !seen(n.parentElement)) continue;
			for (const m of n.data.matchAll(/\S+/g)) {
				const r = document.createRange();
				r.setStart(n, m.index);
				r.setEnd(n, m.index + m[0].length);
				const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.bottom)));
				if (lines.size > 1) broken.push(m[0]);
			}
		}
		return {Wide: wide, Narrow: narrow, Broken: broken};
	})()`, &layout))
	var scrolls bool
	tb.run(chromedp.Evaluate(`document.documentElement.scrollWidth > window.innerWidth + 1`, &scrolls))
	if scrolls || len(layout.Wide) > 0 {
		tb.t.Errorf("the quality step is wider than the phone: scrolls sideways %v, past its edge %q", scrolls, layout.Wide)
	}
	if len(layout.Narrow) > 0 {
		tb.t.Errorf("inputs narrower than a mark: %q", layout.Narrow)
	}
	if len(layout.Broken) > 0 {
		tb.t.Errorf("words broken across lines: %q", layout.Broken)
	}
	tb.screenshot(shot)
}

// mendZone types an empathy minimum above its desired level and sees it
// marked at once; then a minimum without a desired level, which stops the
// code and moves the focus to the desired level, with no serious finding
// of axe-core on the page; then mends it: 9 and 9,5.
func mendZone(tb *tab) {
	tb.t.Helper()
	const adequate, desired = "#q-dimensions-empathy-adequate", "#q-dimensions-empathy-desired"
	tb.typeInto(adequate, "9")
	tb.typeInto(desired, "8")
	tb.waitText(adequate+"-error", "9 ligt boven het gewenste niveau")
	tb.typeInto(desired, kb.Backspace)
	tb.run(chromedp.Poll(fmt.Sprintf(`document.querySelector(%q) === null`, adequate+"-error"), nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	tb.run(chromedp.Click(`[data-action="make-code"]`, chromedp.ByQuery))
	tb.waitText(desired+"-error", "ontbreekt: een minimum en een gewenst niveau horen samen")
	tb.waitAttr(`main[data-step]`, "data-step", "dimensions")
	tb.run(chromedp.Poll(fmt.Sprintf(`document.activeElement === document.querySelector(%q)`, desired), nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
	tb.screenshot("two-level-questionnaire-390-nl-missing-desired")
	for _, v := range tb.runAxe().Violations {
		if v.Impact == "serious" || v.Impact == "critical" {
			tb.t.Errorf("axe-core on the quality step with a field to mend: %s (%s): %s", v.ID, v.Impact, v.Help)
		}
	}
	tb.typeInto(desired, "9,5")
	tb.run(chromedp.Poll(`document.querySelector(".field-error") === null`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(pollTimeout)))
}

// TestWorkshopTwoLevel runs a workshop on the kapsalon example, which has
// a minimum and a desired level per dimension: the trainer's link is a
// two-level questionnaire; three participants answer on a 390×844 phone,
// in Dutch and English; the trainer pastes their codes (version 3), sees
// calc's aggregate of minimum, desired and experienced, applies the
// means, finds them in the scenario kept, and undoes that. The room's
// slide shows the three levels and fits the projector.
func TestWorkshopTwoLevel(t *testing.T) {
	srv := startServer(t)
	s, _ := example(t, "kapsalon")
	q := calc.TwoLevelQuestionnaireOf(s)
	if !q.TwoLevel {
		t.Fatal("the kapsalon example makes a one-level questionnaire")
	}

	trainer := newTab(t)
	trainer.seedStorage([]*calc.Scenario{s}, nil)
	openWorkshop(trainer, srv, "nl-NL")
	trainer.waitAttr(`.workshop`, "data-two-level", "true")
	link := trainer.attr(`#workshop-link`, "data-questionnaire-link")
	payload, _ := strings.CutPrefix(link, srv.URL+calc.QuestionnairePrefix)
	got, err := calc.DecodeQuestionnaire(payload)
	if err != nil {
		t.Fatalf("the trainer's link %q does not decode: %v", link, err)
	}
	wantQ := *q
	wantQ.Version = calc.QuestionnaireVersion
	if diff := cmp.Diff(&wantQ, got, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("the trainer's link holds another questionnaire (-want +got):\n%s", diff)
	}
	if got := trainer.attr(`[data-fingerprint]`, "data-fingerprint"); got != q.Fingerprint().String() {
		t.Errorf("fingerprint shown %q, want %q", got, q.Fingerprint())
	}

	var codes []string
	var responses []*calc.Response
	for i, p := range twoLevelParticipants(t) {
		code := answerQuestionnaire(t, q, link, p, false)
		got, err := calc.DecodeResponse(q, code)
		if err != nil || !sameAnswers(got, p.want(q)) {
			t.Errorf("participant %d's code %q reads as %+v, %v; want %+v", i+1, code, got, err, p.want(q))
		}
		if got != nil && got.Version != calc.ResponseVersionTwoLevel {
			t.Errorf("participant %d's code is version %d, want %d", i+1, got.Version, calc.ResponseVersionTwoLevel)
		}
		codes = append(codes, code)
		responses = append(responses, p.want(q))
	}

	// The room, in a tab of its own (each tab has two minutes): the codes
	// pasted, the aggregate against calc's.
	trainer = newTab(t)
	trainer.seedStorage([]*calc.Scenario{s}, nil)
	openWorkshop(trainer, srv, "nl-NL")
	trainer.paste(`#workshop-codes`, strings.Join(codes, "\n"))
	trainer.run(chromedp.Click(`[data-action="read-codes"]`, chromedp.ByQuery))
	trainer.waitAttr(`[data-room-n]`, "data-room-n", "3")
	aggs := calc.Aggregate(q, responses)
	rows := trainer.readAggregates()
	if diff := cmp.Diff(expectedAggregates(aggs), rows, approx); diff != "" {
		t.Errorf("aggregates on the page (-calc +page):\n%s", diff)
	}
	for _, key := range []string{"regulars.dimensions.reliability.adequate", "regulars.dimensions.reliability.desired", "regulars.dimensions.reliability.experienced"} {
		if rows[key].N != 2 {
			t.Errorf("%s: n = %d, want 2", key, rows[key].N)
		}
	}
	if _, ok := rows["regulars.dimensions.reliability.expected"]; ok {
		t.Error("the room's table has an expected level in a two-level workshop")
	}
	trainer.run(chromedp.Evaluate(`document.querySelector('[data-aggregate="regulars.dimensions.reliability.weight"]').scrollIntoView({block: "center"})`, nil))
	trainer.viewShot("two-level-room-1440-nl")

	// Apply the means: the scenario's levels are calc's, kept, and undone.
	before := calc.Compute(s)
	applied := calc.Apply(s, aggs)
	after := calc.Compute(applied)
	trainer.run(chromedp.Click(`[data-action="apply-means"]`, chromedp.ByQuery))
	trainer.waitAttr(`[data-notice]`, "data-notice", "info")
	trainer.waitText(`.toast[data-notice] p`, "De gemiddelden van 3 deelnemers staan nu in het scenario.")
	for _, sg := range after.Segments {
		trainer.waitAttr(fmt.Sprintf(`[data-segment=%q]`, sg.ID), "data-adequacy", calc.FormatNumber(*sg.Adequacy))
		trainer.waitAttr(fmt.Sprintf(`[data-segment=%q]`, sg.ID), "data-value", calc.FormatNumber(*sg.Value))
	}
	if a, b := *before.Segments[0].Adequacy, *after.Segments[0].Adequacy; a == b {
		t.Errorf("applying the means left the regulars' adequacy at %v", a)
	}
	trainer.flushSaves()
	kept := trainer.storedScenarios()
	if len(kept) != 1 {
		t.Fatalf("%d scenarios kept, want 1", len(kept))
	}
	for i, sg := range applied.Segments {
		if diff := cmp.Diff(sg.Quality, kept[0].Segments[i].Quality, approx); diff != "" {
			t.Errorf("%s's quality marks kept (-calc.Apply +page):\n%s", sg.ID, diff)
		}
	}
	reliability := kept[0].Segments[0].Quality["reliability"]
	if reliability.Adequate == nil || *reliability.Adequate != 6.5 || *reliability.Desired != 8.75 || *reliability.Experienced != 6.5 {
		t.Errorf("the regulars' reliability kept as %+v, want minimum 6.5, desired 8.75, experienced 6.5", reliability)
	}
	trainer.run(chromedp.Click(`[data-action="undo"]`, chromedp.ByQuery))
	for _, sg := range before.Segments {
		trainer.waitAttr(fmt.Sprintf(`[data-segment=%q]`, sg.ID), "data-adequacy", calc.FormatNumber(*sg.Adequacy))
	}

	// The undo made with the scenario bar takes the notice, whose undo it
	// was, away; the same room in English.
	trainer.run(chromedp.WaitNotPresent(`.toast`, chromedp.ByQuery),
		chromedp.Click(`[data-locale="en"]`, chromedp.ByQuery))
	trainer.waitText(`[data-aggregate="regulars.dimensions.reliability.adequate"] th`, "Betrouwbaarheid: Minimum")
	trainer.run(chromedp.Evaluate(`document.querySelector('[data-aggregate="regulars.dimensions.reliability.weight"]').scrollIntoView({block: "center"})`, nil))
	trainer.viewShot("two-level-room-1440-en")
	// The projector: a browser that keeps the scenario and the room.
	projector := newTab(t)
	projector.seedStorage([]*calc.Scenario{s}, map[string]string{"klantwaarde.room.seed0": strings.Join(codes, "\n")})
	projector.run(chromedp.EmulateViewport(1920, 1080),
		emulation.SetUserAgentOverride("Mozilla/5.0 (X11; Linux x86_64) klantwaarde-e2e").WithAcceptLanguage("en-GB"),
		chromedp.Navigate(srv.URL), waitReady(),
		chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
	projector.waitAttr(`[data-slide]`, "data-slide", "0")
	// The last slide is the students' room, the one before the regulars'.
	projector.pressKey("End")
	projector.run(chromedp.WaitVisible(`[data-room-segment="students"]`, chromedp.ByQuery))
	projector.pressKey("ArrowLeft")
	projector.run(chromedp.WaitVisible(`[data-room-segment="regulars"]`, chromedp.ByQuery))
	for _, rating := range []string{"adequate", "desired", "experienced"} {
		cell := `[data-room-rating="regulars.dimensions.reliability.` + rating + `"]`
		if n := projector.count(cell + ` .room-dot`); n != 2 {
			t.Errorf("%d dots for the regulars' reliability %s, want 2", n, rating)
		}
	}
	if f := projector.slideFit(); !f.fits() {
		t.Errorf("the room's slide does not fit 1920×1080: %+v", f)
	}
	projector.viewShot("two-level-room-slide-1920-en")
}
