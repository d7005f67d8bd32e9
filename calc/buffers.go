package calc

// buffers hands out the parts of a report (its optional figures, the
// dimensions' results, the lever, pain-point and priority lists) from a few
// allocations instead of one each. Compute runs on every keystroke, and at
// the limits of SPEC §3.3 a report has over two thousand parts; in the
// browser every allocation also costs garbage collection later. A buffer
// that runs out starts a new one; the parts already handed out keep theirs.
type buffers struct {
	floats []float64
	dims   []DimensionResult
	levers []Lever
	ids    []string
	steps  []Step
	paths  []Path
}

// newBuffers sizes the buffers for the report of s.
func newBuffers(s *Scenario) *buffers {
	n, dims := len(s.Segments), len(s.Dimensions)
	return &buffers{
		floats: make([]float64, 0, n*(figuresPerSegment+figuresPerDimension*dims)+figuresOfPortfolio),
		dims:   make([]DimensionResult, 0, n*dims),
		levers: make([]Lever, 0, n*maxLevers),
		ids:    make([]string, 0, n*dims+n), // pain points and delighters, priorities
	}
}

// How many optional figures a segment report, a dimension's result and the
// portfolio hold.
const (
	figuresPerSegment   = 11
	figuresPerDimension = 5 // gap, zone (2), adequacy, superiority
	figuresOfPortfolio  = 5
)

// float returns a pointer to a copy of x.
func (b *buffers) float(x float64) *float64 {
	p := carve(&b.floats, 1)
	p[0] = x
	return &p[0]
}

// pair returns a pointer to a copy of [lo, hi].
func (b *buffers) pair(lo, hi float64) *[2]float64 {
	p := carve(&b.floats, 2)
	p[0], p[1] = lo, hi
	return (*[2]float64)(p)
}

// path returns a new path with room for n steps. Paths are made only for
// segments that are not ambassadors, so their buffers start empty.
func (b *buffers) path(n int) *Path {
	p := &carve(&b.paths, 1)[0]
	p.Steps = carve(&b.steps, n)
	return p
}

func (b *buffers) dimensions(n int) []DimensionResult { return carve(&b.dims, n) }

func (b *buffers) leverList(n int) []Lever { return carve(&b.levers, n) }

func (b *buffers) idList(n int) []string { return carve(&b.ids, n) }

// carve takes n zero elements from the buffer. The slice's capacity ends
// where it does, so that appending to it can never write over the next
// part.
func carve[T any](buf *[]T, n int) []T {
	if cap(*buf)-len(*buf) < n {
		*buf = make([]T, 0, max(n, 64))
	}
	start := len(*buf)
	*buf = (*buf)[:start+n]
	return (*buf)[start : start+n : start+n]
}
