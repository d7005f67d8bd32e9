package i18n

// The charts: titles, descriptions, axes and legends (app/chart.Labels).
var (
	ChartValueMapTitle   = Text{NL: "Waardekaart", EN: "Value map"}
	ChartGapProfileTitle = Text{NL: "Verwachting en beleving", EN: "Expectations and experience"}
	ChartQuadrantTitle   = Text{NL: "Portfolio", EN: "Portfolio"}
	ChartLifetimeTitle   = Text{NL: "Klantwaarde over de relatie en klantbehoud", EN: "Lifetime value and retention"}
	ChartValueMapDesc    = Text{NL: "Elke bel is een segment, naar aantal klanten: boven de diagonaal krijgen klanten meer dan ze geven.", EN: "Each bubble is a segment, sized by customers: above the diagonal customers get more than they give."}
	ChartGapProfileDesc  = Text{NL: "Per kwaliteitsdimensie de tolerantiezone, rond de verwachting of van minimum tot gewenst, en de beleefde dienst: onder, binnen of boven de zone.", EN: "Per quality dimension the zone of tolerance, around the expectation or from minimum to desired, and the experienced service: below, within or above the zone."}
	ChartQuadrantDesc    = Text{NL: "Elke bel is een segment naar klantwaarde en verwachtingskloof, in het kwadrant van zijn oordeel.", EN: "Each bubble is a segment by customer value and expectation gap, in the quadrant of its verdict."}
	ChartLifetimeDesc    = Text{NL: "De waarde van een klant over de hele relatie bij elk percentage klantbehoud.", EN: "The value of one customer over the whole relationship at each retention rate."}
	ChartAdequacy        = Text{NL: "Toereikendheid (beleefd − minimum)", EN: "Adequacy (experienced − minimum)"}
	ChartLevelZone       = Text{NL: "Zone van minimum tot gewenst", EN: "Zone from minimum to desired"}
	ChartZone            = Text{NL: "Zone", EN: "Zone"}
	ChartSegment         = Text{NL: "Segment", EN: "Segment"}
	ChartValue           = Text{NL: "Klantwaarde (voordelen − offers)", EN: "Customer value (benefits − sacrifices)"}
	ChartGap             = Text{NL: "Verwachtingskloof (beleefd − verwacht)", EN: "Expectation gap (experienced − expected)"}
	ChartFairValue       = Text{NL: "Eerlijke waarde: voordelen = offers", EN: "Fair value: benefits = sacrifices"}
	ChartMoreValue       = Text{NL: "Meer waarde voor de klant", EN: "More value for the customer"}
	ChartDimension       = Text{NL: "Kwaliteitsdimensie", EN: "Quality dimension"}
	ChartStatus          = Text{NL: "Stand", EN: "Status"}
	ChartNotRated        = Text{NL: "niet beoordeeld", EN: "not rated"}
	ChartRetention       = Text{NL: "Klantbehoud", EN: "Retention"}
	ChartCLV             = Text{NL: "Waarde per klant over de relatie", EN: "Lifetime value per customer"}
	ChartCurrent         = Text{NL: "Nu", EN: "Now"}
	ChartUplifted        = Text{NL: "+%s procentpunt", EN: "+%s points"}
	ChartNoData          = Text{NL: "Nog niets te tonen", EN: "Nothing to show yet"}
	ChartBelow           = Text{NL: "onder de zone", EN: "below the zone"}
	ChartWithin          = Text{NL: "binnen de zone", EN: "within the zone"}
	ChartAbove           = Text{NL: "boven de zone", EN: "above the zone"}
	ChartTable           = Text{NL: "Tabel bij de grafiek", EN: "Table of the chart"}
)
