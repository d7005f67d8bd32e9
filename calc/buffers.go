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
}

// newBuffers sizes the buffers for the report of s.
func newBuffers(s *Scenario) *buffers {
	n, dims := len(s.Segments), len(s.Dimensions)
	return &buffers{
		floats: make([]float64, 0, n*(figuresPerSegment+dims)+figuresOfPortfolio),
		dims:   make([]DimensionResult, 0, n*dims),
		levers: make([]Lever, 0, n*maxLevers),
		ids:    make([]string, 0, n*dims+n), // pain points, priorities
	}
}

// How many optional figures a segment report and the portfolio hold, not
// counting the dimensions' gaps.
const (
	figuresPerSegment  = 9
	figuresOfPortfolio = 5
)

// float returns a pointer to a copy of x.
func (b *buffers) float(x float64) *float64 {
	p := carve(&b.floats, 1)
	p[0] = x
	return &p[0]
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
