package app

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// startPresenting shows the slides, full screen where the browser allows.
func (r *Root) startPresenting(ctx app.Context) {
	r.presenting, r.slide = true, r.segment
	setFullscreen(true)
}

func (r *Root) stopPresenting(ctx app.Context) {
	r.presenting = false
	setFullscreen(false)
}

func (r *Root) moveSlide(ctx app.Context, slide int) {
	e := r.ws.cur()
	r.slide = min(max(slide, 0), slideCount(e.report, len(roomAggregates(e.id, e.scenario)))-1)
}

// stepSlide moves by slides from the one on screen now.
func (r *Root) stepSlide(ctx app.Context, by int) { r.moveSlide(ctx, r.slide+by) }

// presentKey moves through the slides with the keys a presenter's clicker
// sends, and closes them with Escape.
func (r *Root) presentKey(ctx app.Context, ev app.Event) {
	switch ev.Get("key").String() {
	case "ArrowRight", "ArrowDown", "PageDown", " ", "Enter":
		r.moveSlide(ctx, r.slide+1)
	case "ArrowLeft", "ArrowUp", "PageUp", "Backspace":
		r.moveSlide(ctx, r.slide-1)
	case "Home":
		r.moveSlide(ctx, 0)
	case "End":
		r.moveSlide(ctx, 1<<20)
	case "Escape":
		r.stopPresenting(ctx)
	default:
		return
	}
	ev.PreventDefault()
}

// onFullscreenChange closes the slides when the browser leaves full screen
// (its own Escape handling never reaches the page).
func (r *Root) onFullscreenChange(ctx app.Context, ev app.Event) {
	if r.presenting && !app.Window().Get("document").Get("fullscreenElement").Truthy() {
		r.presenting = false
	}
}
