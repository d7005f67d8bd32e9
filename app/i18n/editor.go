package i18n

// The editor: segments, the criteria lists, the ratings, money, loyalty,
// NPS, the settings and the inline messages of the inputs.
var (
	Segments              = Text{NL: "Segmenten", EN: "Segments"}
	AddSegment            = Text{NL: "Segment toevoegen", EN: "Add a segment"}
	SegmentN              = Text{NL: "Segment %d", EN: "Segment %d"}
	SegmentName           = Text{NL: "Naam van het segment", EN: "Name of the segment"}
	RemoveSegment         = Text{NL: "Segment verwijderen", EN: "Remove segment"}
	MoveUp                = Text{NL: "%s naar voren", EN: "Move %s earlier"}
	MoveDown              = Text{NL: "%s naar achteren", EN: "Move %s later"}
	Remove                = Text{NL: "%s verwijderen", EN: "Remove %s"}
	Criteria              = Text{NL: "Voordelen, offers en kwaliteit", EN: "Benefits, sacrifices and quality"}
	CriteriaHelp          = Text{NL: "Deze lijsten gelden voor alle segmenten. Elk segment weegt ze op zijn eigen manier.", EN: "These lists apply to every segment. Each segment weighs them its own way."}
	BenefitsTitle         = Text{NL: "Voordelen", EN: "Benefits"}
	SacrificesTitle       = Text{NL: "Offers", EN: "Sacrifices"}
	DimensionsTitle       = Text{NL: "Kwaliteit van de dienstverlening", EN: "Service quality"}
	BenefitN              = Text{NL: "Voordeel %d", EN: "Benefit %d"}
	SacrificeN            = Text{NL: "Offer %d", EN: "Sacrifice %d"}
	DimensionN            = Text{NL: "Kwaliteitsaspect %d", EN: "Quality dimension %d"}
	AddBenefit            = Text{NL: "Voordeel toevoegen", EN: "Add a benefit"}
	AddSacrifice          = Text{NL: "Offer toevoegen", EN: "Add a sacrifice"}
	AddDimension          = Text{NL: "Kwaliteitsaspect toevoegen", EN: "Add a quality dimension"}
	BenefitsHelp          = Text{NL: "Wat levert het de klant op? Gewicht 0–5 (leeg is 1, 0 telt niet mee), cijfer 1–10.", EN: "What does the customer get? Weight 0–5 (empty is 1, 0 leaves it out), mark 1–10."}
	SacrificesHelp        = Text{NL: "Wat kost het de klant, in geld, tijd, moeite of risico? Hoe hoger het cijfer, hoe zwaarder het offer.", EN: "What does it cost the customer, in money, time, effort or risk? The higher the mark, the heavier the sacrifice."}
	DimensionsHelp        = Text{NL: "Wat verwacht de klant, en wat ervaart hij? Cijfers 1–10.", EN: "What does the customer expect, and what does he experience? Marks 1–10."}
	Criterion             = Text{NL: "Onderdeel", EN: "Item"}
	Weight                = Text{NL: "Gewicht", EN: "Weight"}
	Score                 = Text{NL: "Cijfer", EN: "Mark"}
	WeightOf              = Text{NL: "Gewicht van %s", EN: "Weight of %s"}
	ScoreOf               = Text{NL: "Cijfer voor %s", EN: "Mark for %s"}
	Expected              = Text{NL: "Verwacht", EN: "Expected"}
	Experienced           = Text{NL: "Beleefd", EN: "Experienced"}
	ExpectedOf            = Text{NL: "Verwachting voor %s", EN: "Expectation for %s"}
	ExperiencedOf         = Text{NL: "Ervaring met %s", EN: "Experience of %s"}
	Money                 = Text{NL: "Klanten en geld", EN: "Customers and money"}
	Revenue               = Text{NL: "Omzet per klant per jaar", EN: "Revenue per customer per year"}
	Margin                = Text{NL: "Marge", EN: "Margin"}
	Retention             = Text{NL: "Klantbehoud per jaar", EN: "Retention per year"}
	Growth                = Text{NL: "Groeipotentie", EN: "Growth potential"}
	Loyalty               = Text{NL: "Loyaliteit", EN: "Loyalty"}
	LoyaltyHelp           = Text{NL: "Welk deel van de klanten doet dit? Vul in wat u weet; lege velden tellen niet mee.", EN: "What share of the customers does this? Fill in what you know; empty fields are left out."}
	NPS                   = Text{NL: "Net Promoter Score", EN: "Net Promoter Score"}
	NPSHelp               = Text{NL: "Aantal antwoorden: promotors (9–10), passieven (7–8), criticasters (0–6).", EN: "Number of answers: promoters (9–10), passives (7–8), detractors (0–6)."}
	Promoters             = Text{NL: "Promotors", EN: "Promoters"}
	Passives              = Text{NL: "Passieven", EN: "Passives"}
	Detractors            = Text{NL: "Criticasters", EN: "Detractors"}
	Settings              = Text{NL: "Instellingen", EN: "Settings"}
	Points                = Text{NL: "punten", EN: "points"}
	DiscountRate          = Text{NL: "Rekenrente", EN: "Discount rate"}
	DiscountRateHelp      = Text{NL: "Hoeveel toekomstig geld minder waard is dan geld nu, per jaar.", EN: "How much less future money is worth than money now, per year."}
	RetentionUplift       = Text{NL: "Extra klantbehoud", EN: "Extra retention"}
	RetentionUpliftHelp   = Text{NL: "Hoeveel procentpunt meer klantbehoud de berekening van de meerwaarde aanneemt.", EN: "How many percentage points more retention the uplift assumes."}
	SayDo                 = Text{NL: "Zeggen-doen", EN: "Say-do ratio"}
	SayDoHelp             = Text{NL: "Welk deel van wie zegt aan te bevelen, het ook doet.", EN: "What share of those who say they will recommend actually do."}
	Tolerance             = Text{NL: "Tolerantiezone", EN: "Zone of tolerance"}
	ToleranceHelp         = Text{NL: "Zoveel punten onder de verwachting telt nog als waargemaakt.", EN: "This many points below the expectation still counts as met."}
	DefaultQuality        = Text{NL: "Kwaliteit van product of dienst", EN: "Quality of the product or service"}
	DefaultService        = Text{NL: "Service en advies", EN: "Service and advice"}
	DefaultConvenience    = Text{NL: "Gemak", EN: "Convenience"}
	DefaultImage          = Text{NL: "Uitstraling", EN: "Image"}
	DefaultPrice          = Text{NL: "Prijs", EN: "Price"}
	DefaultTime           = Text{NL: "Tijd en wachten", EN: "Time and waiting"}
	DefaultEffort         = Text{NL: "Moeite en gedoe", EN: "Effort and hassle"}
	DefaultRisk           = Text{NL: "Risico", EN: "Risk"}
	DefaultReliability    = Text{NL: "Betrouwbaarheid", EN: "Reliability"}
	DefaultResponsiveness = Text{NL: "Reactiesnelheid", EN: "Responsiveness"}
	DefaultAssurance      = Text{NL: "Deskundigheid en vertrouwen", EN: "Assurance"}
	DefaultEmpathy        = Text{NL: "Empathie", EN: "Empathy"}
	DefaultTangibles      = Text{NL: "Uitstraling van winkel en materiaal", EN: "Tangibles"}
	ErrNumber             = Text{NL: "Typ een getal, bijvoorbeeld 7,5.", EN: "Type a number, for example 7.5."}
	ErrRange              = Text{NL: "Kies een waarde van %s tot en met %s.", EN: "Choose a value from %s to %s."}
	ErrWhole              = Text{NL: "Typ een heel getal.", EN: "Type a whole number."}
	ErrAmbiguous          = Text{NL: "Dit getal is niet eenduidig; typ het zonder punten voor duizendtallen, bijvoorbeeld 1234,5.", EN: "This number is ambiguous; type it without thousands separators, for example 1234.5."}
	ErrNameEmpty          = Text{NL: "Een naam is nodig.", EN: "A name is needed."}
	ErrNameLong           = Plural{One: Text{NL: "Hooguit %d teken.", EN: "At most %d character."}, Other: Text{NL: "Hooguit %d tekens.", EN: "At most %d characters."}}
)

var loyaltyIndicators = []keyedText{
	{"repeatPurchase", Text{NL: "Koopt opnieuw", EN: "Buys again"}},
	{"repeatVisits", Text{NL: "Komt terug met koopintentie", EN: "Comes back intending to buy"}},
	{"recommends", Text{NL: "Beveelt aan", EN: "Recommends you"}},
	{"openness", Text{NL: "Is open in de relatie", EN: "Is open in the relationship"}},
	{"crossSelling", Text{NL: "Koopt ook andere producten", EN: "Buys other products too"}},
	{"partnership", Text{NL: "Groeit naar partnerschap", EN: "Grows into a partnership"}},
}

// LoyaltyIndicator names one of calc.LoyaltyKeys; the test checks that
// every key has a name.
func LoyaltyIndicator(key string) *Text { return find(loyaltyIndicators, key) }
