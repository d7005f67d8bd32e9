package app

import (
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/klantwaarde/klantwaarde/internal/synthetic"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// BenchmarkKeystroke is what the page does in Go for one keystroke in a
// score field, natively: the edit (clone, validate, compute; saving is a
// no-op outside the browser) and drawing every component again, without
// the DOM. `make bench` measures the whole keystroke in the browser; this
// splits off the Go part, for profiling with -cpuprofile.
func BenchmarkKeystroke(b *testing.B) {
	for _, sz := range []synthetic.Size{synthetic.Small, synthetic.Large} {
		b.Run(sz.String(), func(b *testing.B) {
			r := &Root{}
			d := app.NewClientTester(r)
			defer d.Close()
			r.ws.add(synthetic.Scenario(sz))
			r.Update()
			d.Consume()
			b.ReportAllocs()
			v := 7.0
			for b.Loop() {
				v = 15 - v // 7, 8, 7, …
				x := v
				r.editSegment(nil, "seg1.benefits.b1.score", "seg1", func(sg *calc.Segment) {
					rt := sg.Benefits["b1"]
					rt.Score = &x
					sg.Benefits["b1"] = rt
				})
				r.Update()
				d.Consume()
			}
		})
	}
}
