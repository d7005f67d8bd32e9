package calc

import (
	"cmp"
	"math"
	"strconv"
)

// PathStep is how far one step of the path to ambassador moves a mark: to
// the next multiple of half a point (SPEC §3.4).
const PathStep = 0.5

// StepUp returns the next multiple of PathStep above x, at most MaxRating:
// 7.3 → 7.5, 7.5 → 8, 10 → 10. A mark off the scale (only in an invalid
// scenario) steps onto it at once, so that a path never takes more than
// a few steps per mark.
func StepUp(x float64) float64 {
	return min(max((math.Floor(x/PathStep)+1)*PathStep, MinRating), MaxRating)
}

// StepDown returns the next multiple of PathStep below x, at least
// MinRating: 7.3 → 7, 7 → 6.5, 1 → 1; a mark above the scale steps to
// MaxRating.
func StepDown(x float64) float64 {
	return max(min((math.Ceil(x/PathStep)-1)*PathStep, MaxRating), MinRating)
}

// move is a mark the path changes: the benefit, sacrifice or dimension at
// position at, from its value now to the last value the path gave it.
type move struct {
	kind     StepKind
	at       int
	from, to float64
}

// pathFinder walks the path to ambassador of one segment on copies of its
// marks, recomputing the segment with Compute's own functions (marks.mean,
// serviceOf, dimension.standing) after every step.
type pathFinder struct {
	s                    *Scenario
	tol                  float64
	benefits, sacrifices marks
	dims                 []dimension
	moves                []move
}

// pathToAmbassador returns the path to ambassador of a segment that has a
// verdict and is not an ambassador (SPEC §3.4). pains are its pain points
// in order.
func pathToAmbassador(s *Scenario, in segmentInput, pains []ranked, buf *buffers) *Path {
	// The copies of the marks stay on the stack for a valid scenario: the
	// path is found on every keystroke for every segment that needs one.
	var benefitStack, sacrificeStack [max(MaxBenefits, MaxSacrifices)]float64
	var dimStack [MaxDimensions]dimension
	var moveStack [MaxBenefits + MaxSacrifices + MaxDimensions]move
	var leverStack [MaxBenefits + MaxSacrifices]leverAt
	var orderStack [MaxDimensions]int
	p := pathFinder{
		s: s, tol: s.Settings.Tolerance,
		benefits:   marks{in.benefits.weights, copyInto(benefitStack[:], in.benefits.scores)},
		sacrifices: marks{in.sacrifices.weights, copyInto(sacrificeStack[:], in.sacrifices.scores)},
		dims:       copyInto(dimStack[:], in.dims),
	}
	items := len(in.benefits.scores) + len(in.sacrifices.scores)
	// Each mark is one move however often it steps, so the moves never
	// outgrow the marks: record reslices, and never appends.
	p.moves = room(moveStack[:], items+len(in.dims))

	p.value(room(leverStack[:], items))
	p.service(pains, room(orderStack[:], len(in.dims)))

	path := buf.path(len(p.moves))
	for i, m := range p.moves {
		path.Steps[i] = Step{Kind: m.kind, ID: p.id(m), From: m.from, To: m.to}
		path.Points += math.Abs(m.to - m.from)
	}
	return path
}

// value raises benefit scores and lowers sacrifice scores, in lever order,
// until the value V is positive (SPEC §3.4 step 1).
func (p *pathFinder) value(levers []leverAt) {
	benefit, _ := p.benefits.mean()
	sacrifice, _ := p.sacrifices.mean()
	if benefit-sacrifice > 0 {
		return
	}
	levers = p.allLevers(levers)
	t := topLevers{benefits: p.s.Benefits, sacrifices: p.s.Sacrifices}
	// The levers are taken best first by picking the best of the rest:
	// the value is mostly positive after one or two, and sorting all of
	// them would cost more than the steps.
	for len(levers) > 0 {
		best := 0
		for i := 1; i < len(levers); i++ {
			if t.before(&levers[i], &levers[best]) {
				best = i
			}
		}
		l := levers[best]
		levers[best] = levers[len(levers)-1]
		levers = levers[:len(levers)-1]
		m, kind, next := &p.benefits, BenefitStep, StepUp
		if l.sacrifice {
			m, kind, next = &p.sacrifices, SacrificeStep, StepDown
		}
		for benefit-sacrifice <= 0 {
			from := m.scores[l.at]
			to := next(from)
			if to == from {
				break // at its end
			}
			m.scores[l.at] = to
			p.record(kind, l.at, from, to)
			if l.sacrifice {
				sacrifice, _ = m.mean()
			} else {
				benefit, _ = m.mean()
			}
		}
		if benefit-sacrifice > 0 {
			return
		}
	}
}

// allLevers returns every lever of the segment (SPEC §3.1 levers, not
// only the first three), appended to list.
func (p *pathFinder) allLevers(list []leverAt) []leverAt {
	for _, sacrifice := range []bool{false, true} {
		m := p.benefits
		if sacrifice {
			m = p.sacrifices
		}
		for at, impact := range m.levers(sacrifice) {
			list = append(list, leverAt{sacrifice, at, impact})
		}
	}
	return list
}

// service raises experienced levels until the adequacy Aq is at least 0
// (SPEC §3.4 step 2): first each pain point's until it is no longer below
// its zone, then every weighted dimension's, the heaviest first.
func (p *pathFinder) service(pains []ranked, order []int) {
	sv := serviceOf(p.dims, p.tol)
	for _, pain := range pains {
		d := &p.dims[pain.at]
		for sv.adequacy < 0 {
			if st, _, _ := d.standing(p.tol); st != Below || !p.raise(pain.at) {
				break
			}
			sv = serviceOf(p.dims, p.tol)
		}
	}
	if sv.adequacy >= 0 {
		return
	}
	for i := range p.dims {
		if d := &p.dims[i]; d.weight > 0 && d.rated() {
			order = append(order, i)
		}
	}
	sortStable(order, func(a, b int) int {
		if wa, wb := p.dims[a].weight, p.dims[b].weight; wa != wb {
			if wa > wb {
				return -1
			}
			return 1
		}
		return cmp.Compare(p.s.Dimensions[a].ID, p.s.Dimensions[b].ID)
	})
	for _, at := range order {
		for sv.adequacy < 0 && p.raise(at) {
			sv = serviceOf(p.dims, p.tol)
		}
	}
}

// raise moves the experienced level of dimension at one step up; false
// when it is at 10 already.
func (p *pathFinder) raise(at int) bool {
	d := &p.dims[at]
	from := d.experienced
	to := StepUp(from)
	if to == from {
		return false
	}
	d.experienced = to
	p.record(QualityStep, at, from, to)
	return true
}

// record notes a step of a mark: a mark moved again keeps its first value.
func (p *pathFinder) record(kind StepKind, at int, from, to float64) {
	for i := range p.moves {
		if m := &p.moves[i]; m.kind == kind && m.at == at {
			m.to = to
			return
		}
	}
	n := len(p.moves)
	p.moves = p.moves[:n+1]
	p.moves[n] = move{kind, at, from, to}
}

// room returns an empty slice with room for n elements: stack's, when
// they fit.
func room[T any](stack []T, n int) []T {
	if n > len(stack) {
		return make([]T, 0, n)
	}
	return stack[:0]
}

// copyInto copies src into stack when it fits, else into a new slice, and
// returns the copy.
func copyInto[T any](stack, src []T) []T {
	if len(src) > len(stack) {
		return append([]T(nil), src...)
	}
	return stack[:copy(stack, src)]
}

// id returns the id of the criterion a move changes.
func (p *pathFinder) id(m move) string {
	switch m.kind {
	case BenefitStep:
		return p.s.Benefits[m.at].ID
	case SacrificeStep:
		return p.s.Sacrifices[m.at].ID
	}
	return p.s.Dimensions[m.at].ID
}

// String writes the path as the app's data-path hook does (SPEC §6): one
// kind:id:from>to per step, separated by single spaces, numbers in full
// precision (FormatNumber): "sacrifice:price:7>5.5 quality:tangibles:5>6.5".
// A nil path (no path) is the empty string.
func (p *Path) String() string {
	if p == nil {
		return ""
	}
	var b []byte
	for i, st := range p.Steps {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, st.Kind...)
		b = append(b, ':')
		b = append(b, st.ID...)
		b = append(b, ':')
		b = strconv.AppendFloat(b, st.From, 'g', -1, 64)
		b = append(b, '>')
		b = strconv.AppendFloat(b, st.To, 'g', -1, 64)
	}
	return string(b)
}
