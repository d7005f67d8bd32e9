package calc

// ResultSection names one part of what a segment's results consist of
// (SPEC §6 Results). ResultSections lists them once, in order; each
// rendering of a segment's results — the app's results panel, its slides,
// its printed report, and the command's readable table — draws from that
// list in its own form, and its tests fail when it has no entry for one of
// them. A form may leave a section out on purpose (the slides show no
// levers), but it says so in its entry.
type ResultSection string

// The sections of a segment's results.
const (
	// SectionVerdict is the verdict (§3.4) and what it means.
	SectionVerdict ResultSection = "verdict"
	// SectionScores are the value, the gap, and the benefit and sacrifice
	// scores (§3.1).
	SectionScores ResultSection = "scores"
	// SectionLevers are the benefits and sacrifices to improve first
	// (§2.9).
	SectionLevers ResultSection = "levers"
	// SectionPainPoints are the quality dimensions below the zone of
	// tolerance, with the instruments that address them (§2.9).
	SectionPainPoints ResultSection = "pain-points"
	// SectionLoyalty is the loyalty index, the NPS and its say-do (§2.8).
	SectionLoyalty ResultSection = "loyalty"
	// SectionWorth is what the customers are worth: current and potential
	// value, lifetime value, equity, and what more retention adds (§2.7).
	SectionWorth ResultSection = "worth"
)

// ResultSections are the sections of a segment's results, in the order a
// reader meets them.
var ResultSections = []ResultSection{
	SectionVerdict, SectionScores, SectionLevers, SectionPainPoints, SectionLoyalty, SectionWorth,
}
