package app

import (
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// slides are whether the slides (Presenter) are on screen, and which one.
type slides struct {
	on    bool
	slide int
}

// start shows the slides from slide, full screen where the browser
// allows.
func (s *slides) start(slide int) {
	s.on, s.slide = true, slide
	setFullscreen(true)
}

// stop closes the slides.
func (s *slides) stop() {
	s.on = false
	setFullscreen(false)
}

// move shows slide to, kept within the count slides there are.
func (s *slides) move(to, count int) {
	s.slide = min(max(to, 0), count-1)
}

// step moves by slides from the one on screen now, kept within the count
// slides there are.
func (s *slides) step(by, count int) { s.move(s.slide+by, count) }

// key moves through the count slides with the keys a presenter's clicker
// sends, and closes them with Escape; it says whether the key was one of
// those.
func (s *slides) key(ev app.Event, count int) bool {
	switch ev.Get("key").String() {
	case "ArrowRight", "ArrowDown", "PageDown", " ", "Enter":
		s.move(s.slide+1, count)
	case "ArrowLeft", "ArrowUp", "PageUp", "Backspace":
		s.move(s.slide-1, count)
	case "Home":
		s.move(0, count)
	case "End":
		s.move(1<<20, count)
	case "Escape":
		s.stop()
	default:
		return false
	}
	return true
}

// onFullscreenChange closes the slides when the browser leaves full screen
// (its own Escape handling never reaches the page).
func (s *slides) onFullscreenChange(ctx app.Context, ev app.Event) {
	if s.on && !app.Window().Get("document").Get("fullscreenElement").Truthy() {
		s.on = false
	}
}

// slidesOf is the number of slides of e: its segments, the portfolio and
// the segments its room, kept in st, has answers for.
func slidesOf(e *entry, st *store) int {
	return slideCount(e.report, len(st.roomAggregates(e.id, e.scenario)))
}

// segmentSlideRef is one of the slides a segment has: its results, and after
// them, for a segment that is not an ambassador, its path to ambassador
// (SPEC §3.4) on a slide of its own, one large line a step: a segment's
// slide has no room left for it at a projector's 1280×720.
type segmentSlideRef struct {
	segment int
	path    bool
}

// segmentSlides are the slides of r's segments, in order.
func segmentSlides(r calc.Report) []segmentSlideRef {
	var out []segmentSlideRef
	for i, sr := range r.Segments {
		out = append(out, segmentSlideRef{segment: i})
		if sr.ToAmbassador != nil {
			out = append(out, segmentSlideRef{segment: i, path: true})
		}
	}
	return out
}

// firstSlideOf is the slide that shows segment i's results.
func firstSlideOf(r calc.Report, i int) int {
	for n, ref := range segmentSlides(r) {
		if ref.segment == i {
			return n
		}
	}
	return 0
}

// slideCount is the number of slides: the segments' (segmentSlides), the
// portfolio and the room's segments.
func slideCount(r calc.Report, roomSlides int) int { return len(segmentSlides(r)) + 1 + roomSlides }
