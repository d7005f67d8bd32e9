package calc

// maxLevers is how many levers a segment report lists (SPEC §3.1).
const maxLevers = 3

// topLevers keeps the best levers of a segment offered so far, best first.
// It holds each lever's item by its position in the scenario's benefits or
// sacrifices and looks the id up only to break ties and to write the list:
// copying ids around would write pointers, each with a write barrier while
// the garbage collector runs.
type topLevers struct {
	benefits, sacrifices []Criterion
	n                    int
	ls                   [maxLevers]leverAt
}

// leverAt is a lever whose item is the benefit, or with sacrifice set the
// sacrifice, at position at.
type leverAt struct {
	sacrifice bool
	at        int
	impact    float64
}

// add offers the lever of the item at position at with the given impact.
// It is small enough to be inlined: most items have less impact than the
// third lever so far, and are turned away without a call.
func (t *topLevers) add(sacrifice bool, at int, impact float64) {
	if t.n == maxLevers && impact < t.ls[maxLevers-1].impact {
		return
	}
	t.insert(leverAt{sacrifice, at, impact})
}

// insert keeps lever l if it comes before the third lever so far.
func (t *topLevers) insert(l leverAt) {
	i := t.n
	if i == maxLevers {
		if !t.before(&l, &t.ls[maxLevers-1]) {
			return
		}
		i--
	} else {
		t.n++
	}
	for ; i > 0 && t.before(&l, &t.ls[i-1]); i-- {
		t.ls[i] = t.ls[i-1]
	}
	t.ls[i] = l
}

// before reports whether lever a comes before b: more impact, then a
// benefit before a sacrifice, then by id. (Impacts are never NaN: the
// weights are finite and their sum is positive.)
func (t *topLevers) before(a, b *leverAt) bool {
	if a.impact != b.impact {
		return a.impact > b.impact
	}
	if a.sacrifice != b.sacrifice {
		return !a.sacrifice
	}
	return t.id(a) < t.id(b)
}

// id returns the id of lever l's item.
func (t *topLevers) id(l *leverAt) string {
	if l.sacrifice {
		return t.sacrifices[l.at].ID
	}
	return t.benefits[l.at].ID
}

// list returns the levers kept, best first; an empty list, not nil, when
// there are none.
func (t *topLevers) list(buf *buffers) []Lever {
	ls := buf.leverList(t.n)
	for i := range ls {
		l := &t.ls[i]
		kind := BenefitLever
		if l.sacrifice {
			kind = SacrificeLever
		}
		ls[i] = Lever{Kind: kind, ID: t.id(l), Impact: l.impact}
	}
	return ls
}
