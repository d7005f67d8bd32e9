package calc

// dimension is what the model reads from a segment's rating of one quality
// dimension (SPEC §3.1): its weight u, and which of the expected level E,
// the experienced level P and the two-level zone [A, D] are given. Compute
// and the path to ambassador both work on these, so that a step of the
// path is judged by exactly the formulas of the report.
type dimension struct {
	weight                      float64
	expected, experienced       float64
	adequate, desired           float64
	hasExpected, hasExperienced bool
	twoLevel                    bool // adequate and desired are given
}

// dimensionOf reads quality rating q.
func dimensionOf(q *QualityRating) dimension {
	d := dimension{weight: weightOf(q.Weight)}
	if q.Expected != nil {
		d.expected, d.hasExpected = *q.Expected, true
	}
	if q.Experienced != nil {
		d.experienced, d.hasExperienced = *q.Experienced, true
	}
	if q.TwoLevel() {
		d.adequate, d.desired, d.twoLevel = *q.Adequate, *q.Desired, true
	}
	return d
}

// hasZone reports whether the dimension has a zone of tolerance: a
// two-level one, or one around the expected level.
func (d *dimension) hasZone() bool { return d.twoLevel || d.hasExpected }

// zone is the zone of tolerance [lo, hi]: [A, D] for a two-level
// dimension, else [E − tol, E + tol]. Only for a dimension with a zone.
func (d *dimension) zone(tol float64) (lo, hi float64) {
	if d.twoLevel {
		return d.adequate, d.desired
	}
	return d.expected - tol, d.expected + tol
}

// hasGap reports whether the expectation gap P − E is defined.
func (d *dimension) hasGap() bool { return d.hasExpected && d.hasExperienced }

// rated reports whether status, adequacy and superiority are defined: the
// experienced level and a zone are given.
func (d *dimension) rated() bool { return d.hasExperienced && d.hasZone() }

// standing returns the status, adequacy a_d and superiority s_d of a rated
// dimension (SPEC §3.1). A one-level dimension keeps version 1's rule,
// comparing the gap with the tolerance, so that no boundary case flips.
func (d *dimension) standing(tol float64) (st Status, adequacy, superiority float64) {
	if d.twoLevel {
		p := d.experienced
		switch {
		case p < d.adequate:
			st = Below
		case p > d.desired:
			st = Above
		default:
			st = Within
		}
		return st, p - d.adequate, p - d.desired
	}
	g := d.experienced - d.expected
	return status(g, tol), g + tol, g - tol
}

func status(gap, tol float64) Status {
	switch {
	case gap < -tol:
		return Below
	case gap > tol:
		return Above
	}
	return Within
}

// service is what a segment's quality ratings add up to (SPEC §3.1): the
// weighted gap G, adequacy Aq and superiority Sq; a figure whose has… is
// false is undefined.
type service struct {
	gap, adequacy, superiority float64
	hasGap, hasAdequacy        bool
}

// serviceOf computes G, Aq and Sq over dims. Where no dimension with
// weight > 0 and a defined adequacy is two-level, Aq and Sq are G ± tol,
// so that the verdict is exactly version 1's (G ≥ −tol); otherwise they
// are the weighted means of a_d and s_d.
func serviceOf(dims []dimension, tol float64) service {
	var gap, adequacy, superiority weightedMean
	twoLevel := false
	for i := range dims {
		d := &dims[i]
		if d.hasGap() {
			gap.add(d.weight, d.experienced-d.expected)
		}
		if !d.rated() {
			continue
		}
		_, a, s := d.standing(tol)
		adequacy.add(d.weight, a)
		superiority.add(d.weight, s)
		twoLevel = twoLevel || d.twoLevel && d.weight > 0
	}
	var sv service
	if gap.weight > 0 {
		sv.gap, sv.hasGap = gap.sum/gap.weight, true
	}
	switch {
	case !twoLevel && sv.hasGap:
		sv.adequacy, sv.superiority, sv.hasAdequacy = sv.gap+tol, sv.gap-tol, true
	case twoLevel:
		sv.adequacy, sv.superiority, sv.hasAdequacy = adequacy.sum/adequacy.weight, superiority.sum/superiority.weight, true
	}
	return sv
}

// verdictOf combines value V and adequacy Aq (SPEC §3.1).
func verdictOf(value, adequacy float64) Verdict {
	met := adequacy >= 0
	switch {
	case value > 0 && met:
		return Ambassador
	case value > 0:
		return Vulnerable
	case met:
		return Indifferent
	}
	return Defector
}

// ranked is a dimension by its position, with the figure it is ordered by.
type ranked struct {
	at  int
	key float64
}

// insertRanked adds r to list, kept ordered by key (ascending, or
// descending with desc set), then by id: the order of pain points and
// delighters.
func insertRanked(list []ranked, r ranked, desc bool, crit []Criterion) []ranked {
	j := len(list)
	list = append(list, r)
	for ; j > 0; j-- {
		prev := list[j-1]
		before := r.key < prev.key
		if desc {
			before = r.key > prev.key
		}
		if !before && !(r.key == prev.key && crit[r.at].ID < crit[prev.at].ID) {
			break
		}
		list[j] = prev
	}
	list[j] = r
	return list
}

// rankedIDs writes the ids of a ranked list.
func rankedIDs(list []ranked, crit []Criterion, buf *buffers) []string {
	ids := buf.idList(len(list))
	for i, r := range list {
		ids[i] = crit[r.at].ID
	}
	return ids
}
