package i18n

// The prescription: a segment's path to ambassador in sentences (SPEC
// §3.4), the plan that tries it, and where the segment excels.
var (
	PathTitle = Text{NL: "De weg naar ambassadeur", EN: "The path to ambassador"}
	PathIntro = Text{NL: "Het minste dat u moet verbeteren om deze klanten te winnen:", EN: "The least you must improve to win these customers over:"}
	// The steps, with the mark's name, from and to.
	PathBenefit   = Text{NL: "Verhoog het cijfer voor %s van %s naar %s", EN: "Raise the mark for %s from %s to %s"}
	PathSacrifice = Text{NL: "Verlaag het cijfer voor %s van %s naar %s", EN: "Lower the mark for %s from %s to %s"}
	PathQuality   = Text{NL: "Breng %s van %s naar %s", EN: "Raise %s from %s to %s"}
	PathTotal     = Plural{
		One:   Text{NL: "Samen %d stap van een half punt.", EN: "In all %d half-point step."},
		Other: Text{NL: "Samen %d stappen van een half punt.", EN: "In all %d half-point steps."},
	}
	// PathShort names the path in the live summary: "Naar ambassadeur:".
	PathShort = Text{NL: "Naar ambassadeur:", EN: "To ambassador:"}
	TryPlan   = Text{NL: "Probeer dit plan", EN: "Try this plan"}
	// TryPlanHelp says what the button does, for a screen reader too.
	TryPlanHelp = Text{NL: "Voegt een kopie van dit scenario toe met deze stappen, en vergelijkt die met nu.", EN: "Adds a copy of this scenario with these steps, and compares it with now."}
	PlanTitle   = Text{NL: "%s — plan", EN: "%s — plan"}
	PlanAdded   = Text{NL: "„%s” is toegevoegd en staat naast nu in de vergelijking.", EN: "“%s” was added and is compared with now."}
	Delighters  = Text{NL: "Hier blinkt u uit", EN: "Where you excel"}
	AboveBy     = Text{NL: "ligt %s punt boven wat ze verwachten.", EN: "exceeds what they expect by %s points."}
)
