package app

import "github.com/klantwaarde/klantwaarde/calc"

// blankScenario is where a user's own model starts: sensible benefits, the
// four kinds of sacrifice (SPEC §2.1), the five SERVQUAL dimensions (§2.3)
// and one segment to fill in, named in the user's language.
func blankScenario(l calc.Locale) *calc.Scenario {
	crit := func(ids ...string) []calc.Criterion {
		list := make([]calc.Criterion, len(ids))
		for i, id := range ids {
			list[i] = calc.Criterion{ID: id, Name: T(l, msgDefaultCriterion+msg(id))}
		}
		return list
	}
	return &calc.Scenario{
		Format:     calc.Format,
		Version:    calc.Version,
		Title:      T(l, msgNewScenarioTitle),
		Locale:     string(l),
		Currency:   "EUR",
		Settings:   calc.DefaultSettings(),
		Benefits:   crit("quality", "service", "convenience", "image"),
		Sacrifices: crit("price", "time", "effort", "risk"),
		Dimensions: crit("reliability", "responsiveness", "assurance", "empathy", "tangibles"),
		Segments:   []calc.Segment{newSegment(l, "segment-1", 1)},
	}
}

// newSegment returns an empty segment with the given id, named after its
// position.
func newSegment(l calc.Locale, id string, n int) calc.Segment {
	return calc.Segment{ID: id, Name: T(l, msgSegmentN, n)}
}
