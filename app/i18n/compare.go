package i18n

// Texts of the comparison of two scenarios (app/compare.go).
var (
	CompareTitle    = Text{NL: "Vergelijk met een ander scenario", EN: "Compare with another scenario"}
	CompareHelp     = Text{NL: "Zet een plan naast de huidige situatie: dupliceer een scenario, pas de kopie aan en vergelijk ze hier. Per segment zie je wat er verandert.", EN: "Set a plan beside the current situation: duplicate a scenario, change the copy and compare them here. You see what changes per segment."}
	CompareNeedTwo  = Text{NL: "Je hebt nog maar één scenario. Maak er een tweede met Dupliceren en pas dat aan.", EN: "You have only one scenario so far. Make a second one with Duplicate and change it."}
	CompareWith     = Text{NL: "Vergelijken met", EN: "Compare with"}
	CompareNone     = Text{NL: "— kies een scenario —", EN: "— choose a scenario —"}
	CompareSwap     = Text{NL: "Omdraaien", EN: "Swap"}
	CompareFromTo   = Text{NL: "Van %s naar %s", EN: "From %s to %s"}
	CompareDiff     = Text{NL: "Verschil", EN: "Difference"}
	CompareFigure   = Text{NL: "Cijfer", EN: "Figure"}
	CompareChanged  = Text{NL: "%s: %s → %s", EN: "%s: %s → %s"}
	CompareSame     = Text{NL: "%s: blijft %s", EN: "%s: stays %s"}
	CompareAdded    = Text{NL: "%s: nieuw segment (%s)", EN: "%s: new segment (%s)"}
	CompareRemoved  = Text{NL: "%s: vervalt (was %s)", EN: "%s: dropped (was %s)"}
	CompareChart    = Text{NL: "Van nu naar plan: waarde en verwachtingskloof per segment", EN: "From now to plan: value and expectation gap per segment"}
	CompareChartAlt = Text{NL: "Elk segment staat als open cirkel waar het nu staat en als gevulde cirkel waar het plan het brengt, met een pijl ertussen.", EN: "Each segment is an open circle where it is now and a filled circle where the plan takes it, with an arrow in between."}
)

// Texts of the live summary of the segment being edited (app/livesummary.go).
var LiveSummary = Text{NL: "Uitkomst van %s terwijl je typt", EN: "Results of %s as you type"}
