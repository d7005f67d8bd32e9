package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// A room of 60: the trainer pastes a chat with 60 participants' codes at
// once and presses "Read the codes" (issue 17). Measured in the page from
// the click to the room's count showing all of them, and to the next
// frame after it, for roomRounds pastes of 60 new codes each into the
// bike-shop example's workshop.
const (
	roomSize   = 60
	roomRounds = 5
)

// roomPasteResult is what the pastes measured, in ms.
type roomPasteResult struct {
	dom, frame []float64
}

// roomChat is 60 codes of the example's questionnaire (in the browser's language) as a chat export
// lays them out: names and times before them, two on a line now and then.
func roomChat(q *calc.Questionnaire, round int) (string, error) {
	var b strings.Builder
	for i := range roomSize {
		r := calc.NewResponse(q, i%len(q.Segments))
		r.Nonce = uint32(round*roomSize + i)
		r.Benefits[0] = calc.Answer{Weight: calc.Float(float64(i % 6)), Score: calc.Float(float64(10+i%91) / 10)}
		code, err := calc.EncodeResponse(q, r)
		if err != nil {
			return "", err
		}
		if i%3 == 2 {
			fmt.Fprintf(&b, " and %s\n", code)
		} else {
			fmt.Fprintf(&b, "[09:%02d] Participant %d: %s", i, i+1, code)
			if i%3 == 0 {
				b.WriteByte('\n')
			}
		}
	}
	return b.String(), nil
}

// pasteJS pastes text, clicks "Read the codes" and returns the ms until
// the room counts want, and until the next animation frame.
const pasteJS = `(async () => {
	const ta = document.querySelector("#workshop-codes");
	ta.value = %q;
	ta.dispatchEvent(new Event("input", {bubbles: true}));
	await new Promise(r => setTimeout(r, 50));
	const t0 = performance.now();
	document.querySelector('[data-action="read-codes"]').click();
	const counted = () => { const el = document.querySelector("[data-room-n]"); return el && el.dataset.roomN === %q; };
	while (!counted()) {
		if (performance.now() - t0 > 10000) throw new Error("the room did not count " + %q);
		await new Promise(r => setTimeout(r, 1));
	}
	const dom = performance.now() - t0;
	await new Promise(r => requestAnimationFrame(() => r()));
	return [dom, performance.now() - t0];
})()`

// measureRoomPaste opens the app in a fresh browser, unfolds the workshop
// panel and pastes roomRounds chats of 60 new codes.
func measureRoomPaste(ctx context.Context, chromium, appURL string) (*roomPasteResult, error) {
	b, err := newBrowser(ctx, chromium)
	if err != nil {
		return nil, err
	}
	defer b.close()
	if _, err := b.load(appURL, time.Minute); err != nil {
		return nil, err
	}
	err = chromedp.Run(b.ctx,
		chromedp.Click(`details[data-panel="workshop"] > summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#workshop-codes`, chromedp.ByQuery),
	)
	if err != nil {
		return nil, fmt.Errorf("opening the workshop panel: %w", err)
	}
	// A first visit opens the example in the browser's language, and only
	// that questionnaire's codes count in its room.
	var lang string
	if err := chromedp.Run(b.ctx, chromedp.Evaluate(`navigator.language`, &lang)); err != nil {
		return nil, err
	}
	q := calc.QuestionnaireOf(calc.ExampleIn(calc.LocaleOf(lang)))
	res := &roomPasteResult{}
	for round := range roomRounds {
		chat, err := roomChat(q, round)
		if err != nil {
			return nil, err
		}
		want := fmt.Sprint(roomSize * (round + 1))
		var times []float64
		err = chromedp.Run(b.ctx, chromedp.Evaluate(fmt.Sprintf(pasteJS, chat, want, want), &times,
			func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
		if err != nil || len(times) != 2 {
			return nil, fmt.Errorf("pasting 60 codes, round %d: %v", round+1, err)
		}
		res.dom, res.frame = append(res.dom, times[0]), append(res.frame, times[1])
	}
	return res, nil
}

func (r *report) writeRoomPaste(w io.Writer) {
	if r.roomPaste == nil {
		return
	}
	fmt.Fprintln(w, "## A room of 60 codes pasted at once")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "The example's workshop panel (in the browser's language); a chat with %d new codes (names and times around them, two on a line now and then) pasted %d times, the room growing to %d. From the click on \"Read the codes\" to the room's count in the DOM, and to the next frame.\n\n",
		roomSize, roomRounds, roomSize*roomRounds)
	fmt.Fprintln(w, "| | p50 | max |")
	fmt.Fprintln(w, "|---|---:|---:|")
	fmt.Fprintf(w, "| count in the DOM | %.1f ms | %.1f ms |\n", percentile(r.roomPaste.dom, 50), percentile(r.roomPaste.dom, 100))
	fmt.Fprintf(w, "| next frame | %.1f ms | %.1f ms |\n", percentile(r.roomPaste.frame, 50), percentile(r.roomPaste.frame, 100))
	fmt.Fprintln(w)
}
