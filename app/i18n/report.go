package i18n

// The tables of `klantwaarde report` (SPEC §5), in the app's words: a
// column says "Voordelen" where the app does. The table reuses the app's
// texts where they fit a column; these are the shorter headers and the
// notes under each table.
var (
	ReportUntitled   = Text{NL: "Scenario zonder titel", EN: "Untitled scenario"}
	ReportValueTitle = Text{NL: "Waarde en verwachtingen", EN: "Value and expectations"}
	ReportValue      = Text{NL: "Waarde", EN: "Value"}
	ReportGap        = Text{NL: "Kloof", EN: "Gap"}
	ReportAdequacy   = Text{NL: "Toereikend", EN: "Adequacy"}
	ReportValueNote  = Text{
		NL: "Voordelen en offers zijn gewogen rapportcijfers (1–10); waarde = voordelen − offers.\n" +
			"Kloof = beleefd − verwacht; tot %s punt eronder telt een verwachting als waargemaakt.\n" +
			"Toereikend = beleefd − ondergrens van de zone van tolerantie, gewogen; vanaf 0 zijn de verwachtingen waargemaakt.",
		EN: "Benefits and sacrifices are weighted marks (1–10); value = benefits − sacrifices.\n" +
			"Gap = experienced − expected; up to %s points below still counts as expectations met.\n" +
			"Adequacy = experienced − the floor of the zone of tolerance, weighted; from 0 up, expectations are met.",
	}
	ReportMoneyTitle = Text{NL: "Geld", EN: "Money"}
	ReportMargin     = Text{NL: "Marge per jaar", EN: "Margin per year"}
	ReportPotential  = Text{NL: "Met groei", EN: "With growth"}
	ReportCLV        = Text{NL: "CLV per klant", EN: "CLV per customer"}
	ReportEquity     = Text{NL: "Alle klanten", EN: "Customer equity"}
	ReportUplift     = Text{NL: "+%s pt behoud", EN: "+%s pts retention"}
	ReportMoneyNote  = Text{
		NL: "Met groei: de marge per jaar als de groeipotentie waar wordt.\n" +
			"CLV: de marge die één klant over de hele relatie oplevert, verdisconteerd tegen %s per jaar.\n" +
			"Alle klanten = klanten × CLV: de waarde van alle klanten samen.\n" +
			"+%s pt behoud: wat alle klanten samen meer waard zijn als elk jaar %s procentpunt meer klanten blijft.",
		EN: "With growth: the margin per year if the growth potential comes true.\n" +
			"CLV: the margin one customer yields over the whole relationship, discounted at %s a year.\n" +
			"Customer equity = customers × CLV: the value of all customers together.\n" +
			"+%s pts retention: what customer equity gains if %s percentage points more customers stay each year.",
	}
	ReportAll           = Text{NL: "Alle segmenten", EN: "All segments"}
	ReportPriorities    = Text{NL: "Waar klanten behouden het meest oplevert: %s.", EN: "Where keeping customers is worth most: %s."}
	ReportBenefitKind   = Text{NL: "voordeel", EN: "benefit"}
	ReportSacrificeKind = Text{NL: "offer", EN: "sacrifice"}
	ReportLevers        = Text{NL: "Hefbomen (waarde erbij per punt verbetering):", EN: "Levers (value gained per point of improvement):"}
	ReportNoLevers      = Text{NL: "Geen hefbomen: niets beoordeeld, of alles staat al op zijn best.", EN: "No levers: nothing is rated, or everything is at its best already."}
	ReportPainPoints    = Text{NL: "Pijnpunten, grootste gewogen tekort eerst (beleefd − ondergrens van de zone):", EN: "Pain points, largest weighted shortfall first (experienced − floor of the zone):"}
	ReportQualityKind   = Text{NL: "beleefd", EN: "experienced"}
	ReportPath          = Text{NL: "Naar ambassadeur, in halve punten (samen %s):", EN: "To ambassador, in half-point steps (total %s):"}
	ReportDelighters    = Text{NL: "Hier blinkt u uit, grootste gewogen overschot eerst (beleefd − bovengrens van de zone):", EN: "Where you excel, largest weighted surplus first (experienced − top of the zone):"}
	ReportNoPainPoints  = Text{NL: "Geen pijnpunten: geen verwachting wordt duidelijk gemist.", EN: "No pain points: no expectation is clearly missed."}
	ReportLoyalty       = Text{NL: "Loyaliteitsindex %s; verwachte aanbevelers %s (zeggen-doen %s).", EN: "Loyalty index %s; expected referrers %s (say-do %s)."}
	ReportPercent       = Text{NL: "%s %%", EN: "%s%%"}
)
