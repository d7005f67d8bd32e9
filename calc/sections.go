package calc

import "strconv"

// ResultSection names one part of what a segment's results consist of
// (SPEC §6 Results). ResultSections lists them once, in order; each
// rendering of a segment's results — the app's results panel, its slides,
// its printed report, and the command's readable table — draws from that
// list in its own form, as an array indexed by ResultSection, and its
// tests fail when it has no entry for one of them. A form may leave a
// section out on purpose (the slides show no levers), but it says so in
// its entry.
type ResultSection int

// The sections of a segment's results, in order; NumResultSections counts
// them.
const (
	// SectionVerdict is the verdict (§3.4) and what it means.
	SectionVerdict ResultSection = iota
	// SectionScores are the value, the gap, and the benefit and sacrifice
	// scores (§3.1).
	SectionScores
	// SectionLevers are the benefits and sacrifices to improve first
	// (§2.9).
	SectionLevers
	// SectionPainPoints are the quality dimensions below the zone of
	// tolerance, with the instruments that address them (§2.9).
	SectionPainPoints
	// SectionPath is the path to ambassador (§3.4): the marks to change,
	// step by step, and the steps of half a point in all; nothing for an
	// ambassador.
	SectionPath
	// SectionDelighters are the quality dimensions above the zone of
	// tolerance (§3.1 delighters): where the segment's customers get more
	// than they hoped for.
	SectionDelighters
	// SectionLoyalty is the loyalty index, the NPS and its say-do (§2.8).
	SectionLoyalty
	// SectionWorth is what the customers are worth: current and potential
	// value, lifetime value, equity, and what more retention adds (§2.7).
	SectionWorth
	// NumResultSections is the number of sections: the length of each
	// form's array of them.
	NumResultSections
)

// ResultSections are the sections of a segment's results, in the order a
// reader meets them.
var ResultSections = []ResultSection{
	SectionVerdict, SectionScores, SectionLevers, SectionPainPoints, SectionPath, SectionDelighters,
	SectionLoyalty, SectionWorth,
}

// String names the section, as tests and messages do.
func (s ResultSection) String() string {
	if s < 0 || s >= NumResultSections {
		return "section(" + strconv.Itoa(int(s)) + ")"
	}
	return [...]string{"verdict", "scores", "levers", "pain-points", "path", "delighters", "loyalty",
		"worth"}[s]
}
