package calc

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of s, so that an editor can keep earlier states
// for undo while it changes the current one.
func (s *Scenario) Clone() *Scenario {
	c := *s
	c.X = slices.Clone(s.X)
	c.Settings.X = slices.Clone(s.Settings.X)
	c.Benefits = cloneCriteria(s.Benefits)
	c.Sacrifices = cloneCriteria(s.Sacrifices)
	c.Dimensions = cloneCriteria(s.Dimensions)
	if s.Segments != nil {
		c.Segments = make([]Segment, len(s.Segments))
		for i := range s.Segments {
			c.Segments[i] = s.Segments[i].Clone()
		}
	}
	return &c
}

// Clone returns a deep copy of the segment.
func (sg *Segment) Clone() Segment {
	c := *sg
	c.X = slices.Clone(sg.X)
	c.Benefits = cloneRatings(sg.Benefits)
	c.Sacrifices = cloneRatings(sg.Sacrifices)
	if sg.Quality != nil {
		c.Quality = make(map[string]QualityRating, len(sg.Quality))
		for id, q := range sg.Quality {
			c.Quality[id] = QualityRating{
				Weight: cloneFloat(q.Weight), Adequate: cloneFloat(q.Adequate), Desired: cloneFloat(q.Desired),
				Expected:    cloneFloat(q.Expected),
				Experienced: cloneFloat(q.Experienced), X: slices.Clone(q.X),
			}
		}
	}
	c.Loyalty = maps.Clone(sg.Loyalty)
	if sg.NPS != nil {
		n := *sg.NPS
		n.X = slices.Clone(sg.NPS.X)
		c.NPS = &n
	}
	return c
}

func cloneCriteria(list []Criterion) []Criterion {
	if list == nil {
		return nil
	}
	c := make([]Criterion, len(list))
	for i, cr := range list {
		c[i] = Criterion{ID: cr.ID, Name: cr.Name, X: slices.Clone(cr.X)}
	}
	return c
}

func cloneRatings(m map[string]Rating) map[string]Rating {
	if m == nil {
		return nil
	}
	c := make(map[string]Rating, len(m))
	for id, r := range m {
		c[id] = Rating{Weight: cloneFloat(r.Weight), Score: cloneFloat(r.Score), X: slices.Clone(r.X)}
	}
	return c
}

func cloneFloat(p *float64) *float64 {
	if p == nil {
		return nil
	}
	return Float(*p)
}
