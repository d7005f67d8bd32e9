package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
)

// The path to ambassador (SPEC §3.4) in words, as every form of a
// segment's results says it: one plain sentence per step, and the steps
// of half a point in all. Numbers are marks as the user types them:
// "5,5" in Dutch, "5.5" in English.

// pathSentences says each step of p as a sentence, with the marks by the
// names the user gave them (criterionNames): "Verlaag het cijfer voor
// Prijs van 7 naar 5,5". None for no path.
func pathSentences(l calc.Locale, names map[string]string, p *calc.Path) []string {
	if p == nil {
		return nil
	}
	out := make([]string, len(p.Steps))
	for i, st := range p.Steps {
		out[i] = pathSentence(l, names, st)
	}
	return out
}

func pathSentence(l calc.Locale, names map[string]string, st calc.Step) string {
	text := &i18n.PathQuality
	switch st.Kind {
	case calc.BenefitStep:
		text = &i18n.PathBenefit
	case calc.SacrificeStep:
		text = &i18n.PathSacrifice
	}
	return text.F(l, stepName(names, st), markText(l, st.From), markText(l, st.To))
}

// stepName is the name the user gave the mark a step changes
// (criterionNames: a quality step's is the dimension's).
func stepName(names map[string]string, st calc.Step) string {
	if st.Kind == calc.QualityStep {
		return names["dimension:"+st.ID]
	}
	return names[string(st.Kind)+":"+st.ID]
}

// pathTotal says how many steps of half a point p takes in all.
func pathTotal(l calc.Locale, p *calc.Path) string {
	return i18n.PathTotal.F(l, p.HalfSteps())
}

// pathShort writes p in a few words for the live summary: "Prijs 7 →
// 5,5 · Reactiesnelheid 5 → 5,5".
func pathShort(l calc.Locale, names map[string]string, p *calc.Path) string {
	s := ""
	for i, st := range p.Steps {
		if i > 0 {
			s += " · "
		}
		s += stepName(names, st) + " " + markText(l, st.From) + " → " + markText(l, st.To)
	}
	return s
}

// markText writes a mark as the user types it: as many decimals as it has, up
// to two.
func markText(l calc.Locale, x float64) string { return l.FormatDecimal(x, 2) }

// delighterText says how far a delighter exceeds the zone of tolerance
// (its superiority s_d, SPEC §3.1).
func delighterText(l calc.Locale, r calc.SegmentReport, id string) string {
	if d := r.Dimension(id); d != nil && d.Superiority != nil {
		return i18n.AboveBy.F(l, l.FormatFixed(*d.Superiority, 1))
	}
	return ""
}
