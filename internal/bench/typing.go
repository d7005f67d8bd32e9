package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/klantwaarde/klantwaarde/internal/synthetic"
)

// typingSetup says what is typed where: the score of the first benefit of
// the first segment of a synthetic scenario, opened by its share link, and
// the segment's card in the results overview whose data-value follows it.
const (
	scoreField  = `#seg-seg1-benefits-b1-score`
	segmentCard = `[data-segment="seg1"]`
	// chartDrawing is the value map's drawing: it is replaced when the
	// chart is drawn anew.
	chartDrawing = `[data-chart="value-map"] svg`
	// keyTimeout bounds the wait for one keystroke's result.
	keyTimeout = 10 * time.Second
	// keyPause is the time between keystrokes, about a fast typist's.
	keyPause = 100 * time.Millisecond
	// warmUpKeys are typed first and not counted.
	warmUpKeys = 5
)

// typingPage is where a typing session types: a page with the field and
// the card.
type typingPage struct {
	url  string
	name string         // as the report calls it
	size synthetic.Size // of the app's scenario; zero for the floor
	link int            // characters of the share link's payload; 0 for none
}

// appTypingPage is the app with a synthetic scenario of the given size,
// opened by its share link.
func appTypingPage(baseURL string, sz synthetic.Size) (typingPage, error) {
	payload, err := calc.EncodeShare(synthetic.Scenario(sz))
	if err != nil {
		return typingPage{}, err
	}
	return typingPage{url: baseURL + calc.SharePrefix + payload, name: sz.String(), size: sz, link: len(payload)}, nil
}

// floorTypingPage is the floor's /typing page (internal/floor/typing.go).
func floorTypingPage(baseURL string) typingPage {
	return typingPage{url: baseURL + "typing", name: "go-app floor: one input echoed"}
}

// typingResult is what one typing session measured.
type typingResult struct {
	typingPage
	load    pageMetrics // the page with the scenario open, before typing
	after   pageMetrics // memory after the keystrokes
	dom     []float64   // ms from keydown to the new data-value, per keystroke
	frame   []float64   // ms from keydown to the next animation frame after it
	charts  []float64   // ms from keydown to the value map drawn anew
	noFrame int         // keystrokes whose frame never came (hidden page)
	noChart int         // keystrokes whose chart did not follow within a second
}

// measureTyping opens the page in a fresh browser, then types keys
// keystrokes into its score field, each replacing the field's text with a
// digit that changes the value, and measures in the page how long each
// takes to reach the DOM. A watch, if given, starts before the keystrokes
// and its stop func runs after them.
func measureTyping(ctx context.Context, chromium string, page typingPage, keys int, watch func(*browserSession) (stop func() error, err error)) (*typingResult, error) {
	b, err := newBrowser(ctx, chromium)
	if err != nil {
		return nil, err
	}
	defer b.close()
	res := &typingResult{typingPage: page}
	if res.load, err = b.load(page.url, time.Minute); err != nil {
		return nil, err
	}
	stop := func() error { return nil }
	if watch != nil {
		if stop, err = watch(b); err != nil {
			return nil, err
		}
	}
	digits := [2]string{"7", "8"}
	for i := range warmUpKeys + keys {
		armed, err := b.armKey()
		if err != nil {
			return nil, fmt.Errorf("keystroke %d: %w", i+1, err)
		}
		key := digits[i%2]
		if armed.Text == key { // the value would not change
			digits[0], digits[1] = digits[1], digits[0]
			key = digits[i%2]
		}
		lat, err := b.typeKey(key)
		if err != nil {
			return nil, fmt.Errorf("keystroke %d (%q over %q): %w", i+1, key, armed.Text, err)
		}
		if i >= warmUpKeys {
			res.dom = append(res.dom, lat.DOM)
			if lat.Frame < 0 {
				res.noFrame++
			} else {
				res.frame = append(res.frame, lat.Frame)
			}
			if lat.Charts < 0 {
				res.noChart++
			} else {
				res.charts = append(res.charts, lat.Charts)
			}
		}
		if err := sleep(ctx, keyPause); err != nil {
			return nil, err
		}
	}
	if err := stop(); err != nil {
		return nil, err
	}
	if res.after, err = b.metrics(); err != nil {
		return nil, err
	}
	return res, nil
}

// armed is what the probe saw before a keystroke.
type armed struct {
	Before *string `json:"before"` // the card's data-value
	Text   string  `json:"text"`   // the field's text
}

func (b *browserSession) armKey() (armed, error) {
	var a *armed
	js := fmt.Sprintf(`window.__bench.arm(%q, %q, %q, %d)`, scoreField, segmentCard, chartDrawing, keyTimeout.Milliseconds())
	if err := chromedp.Run(b.ctx, chromedp.Evaluate(js, &a)); err != nil {
		return armed{}, err
	}
	if a == nil {
		return armed{}, fmt.Errorf("no %s or %s on the page", scoreField, segmentCard)
	}
	return *a, nil
}

// latency is one keystroke's times in milliseconds.
type latency struct {
	DOM    float64 `json:"dom"`
	Frame  float64 `json:"frame"`
	Charts float64 `json:"charts"`
	Value  string  `json:"value"`
}

// typeKey presses a key through the DevTools protocol (Input.dispatchKeyEvent,
// as a person's key arrives) and waits for the probe's result.
func (b *browserSession) typeKey(key string) (latency, error) {
	var lat *latency
	err := chromedp.Run(b.ctx,
		chromedp.KeyEvent(key),
		chromedp.Evaluate(`window.__bench.result`, &lat, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}),
	)
	if err != nil {
		return latency{}, err
	}
	if lat == nil {
		return latency{}, errors.New("the segment's data-value did not change")
	}
	return *lat, nil
}

func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(d):
		return nil
	}
}

// percentile returns the p-th percentile (0–100) of xs by the
// nearest-rank method: a value that was measured.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	rank := int(math.Ceil(p / 100 * float64(len(s))))
	return s[min(max(rank, 1), len(s))-1]
}

func median(xs []float64) float64 { return percentile(xs, 50) }

// values returns one number of each of rs, as get reads it: one
// measurement of every run.
func values[T any](rs []T, get func(T) float64) []float64 {
	xs := make([]float64, len(rs))
	for i, r := range rs {
		xs[i] = get(r)
	}
	return xs
}
