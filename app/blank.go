package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
)

// blankScenario is where a user's own model starts: sensible benefits, the
// four kinds of sacrifice (SPEC §2.1), the five SERVQUAL dimensions (§2.3)
// and one segment to fill in, named in the user's language.
func blankScenario(l calc.Locale) *calc.Scenario {
	c := func(id string, name *i18n.Text) calc.Criterion { return calc.Criterion{ID: id, Name: name.In(l)} }
	return &calc.Scenario{
		Format:   calc.Format,
		Version:  calc.Version,
		Title:    i18n.NewScenarioTitle.In(l),
		Locale:   string(l),
		Currency: "EUR",
		Settings: calc.DefaultSettings(),
		Benefits: []calc.Criterion{
			c("quality", &i18n.DefaultQuality), c("service", &i18n.DefaultService),
			c("convenience", &i18n.DefaultConvenience), c("image", &i18n.DefaultImage),
		},
		Sacrifices: []calc.Criterion{
			c("price", &i18n.DefaultPrice), c("time", &i18n.DefaultTime),
			c("effort", &i18n.DefaultEffort), c("risk", &i18n.DefaultRisk),
		},
		Dimensions: []calc.Criterion{
			c("reliability", &i18n.DefaultReliability), c("responsiveness", &i18n.DefaultResponsiveness),
			c("assurance", &i18n.DefaultAssurance), c("empathy", &i18n.DefaultEmpathy),
			c("tangibles", &i18n.DefaultTangibles),
		},
		Segments: []calc.Segment{newSegment(l, "segment-1", 1)},
	}
}

// newSegment returns an empty segment with the given id, named after its
// position.
func newSegment(l calc.Locale, id string, n int) calc.Segment {
	return calc.Segment{ID: id, Name: i18n.SegmentN.F(l, n)}
}
