package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/klantwaarde/klantwaarde/calc"
)

// sameAnswers compares two responses but for their nonces, which each
// participant's phone picks at random.
func sameAnswers(a, b *calc.Response) bool {
	return cmp.Equal(a, b, cmpopts.IgnoreFields(calc.Response{}, "Nonce"))
}

// TestWorkshopRoom: two participants, each in a browser context of their
// own, give identical answers and get two codes that both count; the
// trainer pastes a chat with the codes inside lines, two on a line, a
// duplicate, a mistyped and a damaged one, and gets exactly those
// statuses and n = 2; the room survives a reload, and the projector shows
// every response as a dot.
func TestWorkshopRoom(t *testing.T) {
	srv := startServer(t)
	trainer := newTab(t)
	openWorkshop(trainer, srv, "nl-NL")
	link := trainer.attr(`#workshop-link`, "data-questionnaire-link")
	q := calc.QuestionnaireOf(calc.Example())

	p := workshopParticipants[0]
	anna := answerQuestionnaire(t, q, link, p, false)
	bas := answerQuestionnaire(t, q, link, p, false)
	if anna == bas {
		t.Fatalf("two participants with identical answers got one code %s", anna)
	}
	for _, code := range []string{anna, bas} {
		if got, err := calc.DecodeResponse(q, code); err != nil || !sameAnswers(got, p.want(q)) {
			t.Errorf("%s reads as %+v, %v", code, got, err)
		}
	}

	typo := []byte(bas)
	typo[8] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"[(strings.IndexByte("0123456789ABCDEFGHJKMNPQRSTVWXYZ", typo[8])+1)%32]
	lost := anna[:15] + anna[16:]
	chat := strings.Join([]string{
		"[09:41] Anna: " + anna,
		"[09:42] Bas: " + bas + " en die van Anna nog eens: " + anna,
		"[09:43] Carla: " + string(typo),
		"[09:44] Dirk: " + lost,
		"[09:45] Eva: bedankt allemaal! 👍",
	}, "\n")
	trainer.paste(`#workshop-codes`, chat)
	trainer.run(chromedp.Click(`[data-action="read-codes"]`, chromedp.ByQuery))
	err := chromedp.Run(trainer.ctx, chromedp.Poll(`document.querySelectorAll("[data-code-result]").length === 5`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)))
	if err != nil {
		var texts []string
		trainer.run(chromedp.Evaluate(`[...document.querySelectorAll("[data-code-result]")].map(el => el.dataset.line + " " + el.textContent)`, &texts))
		t.Fatalf("%v: results %q for\n%s", err, texts, chat)
	}
	var results []struct{ Line, Result string }
	trainer.run(chromedp.Evaluate(`[...document.querySelectorAll("[data-code-result]")].map(el =>
		({line: el.dataset.line, result: el.dataset.codeResult}))`, &results))
	want := []struct{ Line, Result string }{{"1", "accepted"}, {"2", "accepted"}, {"2", "duplicate"}, {"3", "mistyped"}, {"4", "invalid"}}
	if diff := cmp.Diff(want, results); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	trainer.waitAttr(`[data-room-n]`, "data-room-n", "2")
	if got := trainer.readAggregates()["commuters.benefits.quality.score"].N; got != 2 {
		t.Errorf("n of the commuters' quality score = %d, want 2", got)
	}
	trainer.screenshot("workshop-room-codes-1440")

	// A reload keeps the room.
	trainer.run(chromedp.Reload(), waitReady(),
		chromedp.Click(`details[data-panel="workshop"] > summary`, chromedp.ByQuery))
	trainer.waitAttr(`[data-room-n]`, "data-room-n", "2")

	// The room on the projector: after the segments and the portfolio.
	trainer.run(chromedp.EmulateViewport(1920, 1080), chromedp.Click(`[data-action="present"]`, chromedp.ByQuery))
	trainer.waitAttr(`[data-slide]`, "data-slide", "0")
	trainer.pressKey("End")
	trainer.run(chromedp.WaitVisible(`[data-room-segment="commuters"]`, chromedp.ByQuery))
	cell := `[data-room-rating="commuters.benefits.quality.score"]`
	if n := trainer.count(cell + ` .room-dot`); n != 2 {
		t.Errorf("%d dots for the commuters' quality score, want 2", n)
	}
	var smallest float64
	trainer.run(chromedp.Evaluate(`Math.min(...[...document.querySelectorAll(".room-slide th, .room-slide td, .room-slide p, .room-slide strong")]
		.map(el => parseFloat(getComputedStyle(el).fontSize)))`, &smallest))
	if smallest < 24 {
		t.Errorf("the room's slide has text of %.1f px at 1920×1080, want at least 24", smallest)
	}
	var overflow bool
	trainer.run(chromedp.Evaluate(`document.documentElement.scrollHeight > window.innerHeight + 1 || document.documentElement.scrollWidth > window.innerWidth + 1`, &overflow))
	if overflow {
		t.Error("the room's slide does not fit 1920×1080")
	}
	trainer.screenshot("workshop-room-slide-1920")
}

// TestParticipantReload: a participant's answers survive a reload of the
// phone, and so does the code once made.
func TestParticipantReload(t *testing.T) {
	srv := startServer(t)
	trainer := newTab(t)
	openWorkshop(trainer, srv, "nl-NL")
	link := trainer.attr(`#workshop-link`, "data-questionnaire-link")

	tb := newTab(t)
	tb.run(chromedp.EmulateViewport(360, 740), chromedp.Navigate(link), waitReady())
	tb.waitAttr(`main[data-step]`, "data-step", "segment")
	tb.run(
		chromedp.Click(`label[for="q-segment-sport"]`, chromedp.ByQuery),
		chromedp.Poll(`!document.querySelector('[data-action="next"]').disabled`, nil,
			chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)),
		chromedp.Click(`[data-action="next"]`, chromedp.ByQuery),
	)
	tb.waitAttr(`main[data-step]`, "data-step", "benefits")
	tb.run(chromedp.Click(`label[for="q-benefits-quality-weight-3"]`, chromedp.ByQuery))
	tb.typeInto("#q-benefits-quality-score", "7,5")
	tb.run(chromedp.Reload(), waitReady())
	tb.waitAttr(`main[data-step]`, "data-step", "benefits")
	tb.run(chromedp.Poll(`document.querySelector("#q-benefits-quality-weight-3").checked &&
		document.querySelector("#q-benefits-quality-score").value === "7,5"`, nil,
		chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(5*time.Second)))
	finishQuestionnaire(tb)
	code := tb.attr(`[data-response-code]`, "data-response-code")
	tb.run(chromedp.Reload(), waitReady())
	tb.waitAttr(`main[data-step]`, "data-step", "code")
	if again := tb.attr(`[data-response-code]`, "data-response-code"); again != code {
		t.Errorf("after a reload the code is %q, was %q", again, code)
	}
}
