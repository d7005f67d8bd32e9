package i18n

import "github.com/klantwaarde/klantwaarde/calc"

// The results: per segment and for the portfolio, what the figures mean,
// the verdicts, levers, pain points and the instruments against them.
var (
	Results            = Text{NL: "Resultaten", EN: "Results"}
	Portfolio          = Text{NL: "Alle segmenten samen", EN: "All segments together"}
	Customers          = Text{NL: "Klanten", EN: "Customers"}
	Value              = Text{NL: "Klantwaarde", EN: "Customer value"}
	ValueHelp          = Text{NL: "voordelen min offers", EN: "benefits minus sacrifices"}
	Gap                = Text{NL: "Verwachtingskloof", EN: "Expectation gap"}
	GapHelp            = Text{NL: "beleefd min verwacht", EN: "experienced minus expected"}
	VerdictHeading     = Text{NL: "Oordeel", EN: "Verdict"}
	CLV                = Text{NL: "Waarde van een klant over de hele relatie", EN: "Value of one customer over the whole relationship"}
	CLVHelp            = Text{NL: "marge per jaar, zolang de klant blijft, omgerekend naar nu", EN: "yearly margin while the customer stays, in today's money"}
	Equity             = Text{NL: "Waarde van alle klanten samen", EN: "Value of all customers together"}
	Uplift             = Text{NL: "Wat %s procentpunt meer klantbehoud waard is", EN: "What %s percentage points more retention is worth"}
	UpliftContext      = Text{NL: "Een veel aangehaald onderzoek vond dat 5%% meer klantbehoud 25 tot 95%% meer winst gaf. Voor uw cijfers: %s.", EN: "A widely quoted study found that keeping 5%% more customers raised profit by 25 to 95%%. For your figures: %s."}
	UpliftOwn          = Text{NL: "%s procentpunt meer behoud maakt uw klanten %s%% meer waard", EN: "%s percentage points more retention makes your customers worth %s%% more"}
	Undefined          = Text{NL: "nog niet te berekenen", EN: "not yet computable"}
	verdictNone        = Text{NL: "Nog geen oordeel", EN: "No verdict yet"}
	verdictAmbassador  = Text{NL: "Ambassadeur", EN: "Ambassador"}
	verdictVulnerable  = Text{NL: "Kwetsbaar", EN: "Vulnerable"}
	verdictIndifferent = Text{NL: "Onverschillig", EN: "Indifferent"}
	verdictDefector    = Text{NL: "Overloper", EN: "Defector"}
	explainAmbassador  = Text{NL: "Ze krijgen meer dan ze geven en u maakt hun verwachtingen waar: deze klanten brengen nieuwe klanten mee.", EN: "They get more than they give and you meet their expectations: these customers bring in new ones."}
	explainVulnerable  = Text{NL: "Ze krijgen meer dan ze geven, maar u blijft onder hun verwachtingen: een concurrent die dat wel waarmaakt, neemt ze over.", EN: "They get more than they give, but you fall short of their expectations: a competitor who delivers will take them."}
	explainIndifferent = Text{NL: "U maakt hun verwachtingen waar, maar ze geven evenveel of meer dan ze krijgen: ze blijven zolang niets beters langskomt.", EN: "You meet their expectations, but they give as much as they get or more: they stay until something better comes along."}
	explainDefector    = Text{NL: "Ze geven meer dan ze krijgen en u blijft onder hun verwachtingen: deze klanten lopen weg.", EN: "They give more than they get and you fall short of their expectations: these customers are leaving."}
	explainNone        = Text{NL: "Vul voordelen, offers en verwachtingen in om een oordeel te krijgen.", EN: "Fill in benefits, sacrifices and expectations to get a verdict."}
	SkipToResults      = Text{NL: "Naar de resultaten", EN: "Skip to the results"}
	NoSegments         = Text{NL: "Dit scenario heeft nog geen segmenten. Voeg er een toe om te beginnen.", EN: "This scenario has no segments yet. Add one to begin."}
	Levers             = Text{NL: "Waar u het meest wint", EN: "Where you gain most"}
	NoLevers           = Text{NL: "Nog niets te verbeteren: vul cijfers in voor voordelen en offers.", EN: "Nothing to improve yet: fill in marks for benefits and sacrifices."}
	LeverBenefit       = Text{NL: "Verbeter „%s”: elk punt hoger geeft %s klantwaarde erbij.", EN: "Improve “%s”: each point higher adds %s customer value."}
	LeverSacrifice     = Text{NL: "Verminder „%s”: elk punt lager geeft %s klantwaarde erbij.", EN: "Reduce “%s”: each point lower adds %s customer value."}
	PainPoints         = Text{NL: "Pijnpunten en wat u eraan doet", EN: "Pain points and what to do"}
	NoPainPoints       = Text{NL: "Geen pijnpunten: u maakt de verwachtingen waar.", EN: "No pain points: you meet the expectations."}
	NothingToJudge     = Text{NL: "Nog niets te beoordelen: vul bij de kwaliteit verwacht en beleefd in.", EN: "Nothing to judge yet: fill in expected and experienced for quality."}
	BelowBy            = Text{NL: "blijft %s punt onder de verwachting.", EN: "falls %s points short of the expectation."}
	InstrSLA           = Text{NL: "Leg vaste werkwijzen vast met gegarandeerde serviceniveaus (SLA's) en meet ze.", EN: "Set up fixed processes with guaranteed service levels (SLAs), and measure them."}
	InstrNoHassle      = Text{NL: "Geen gedoe bij klachten, garantie of een kwijtgeraakte bon.", EN: "No hassle over complaints, warranty or a lost receipt."}
	InstrShortWaits    = Text{NL: "Korte wachttijden en telefonisch goed bereikbaar.", EN: "Short waits, and easy to reach by phone."}
	InstrTraining      = Text{NL: "Train medewerkers in klantvriendelijkheid.", EN: "Train your staff in customer-friendliness."}
	InstrShortTerms    = Text{NL: "Korte, begrijpelijke voorwaarden.", EN: "Short, clear terms and conditions."}
	InstrCRM           = Text{NL: "Een CRM-systeem zodat iedereen de klant en zijn geschiedenis kent.", EN: "A CRM tool so everyone knows the customer and their history."}
	InstrConcept       = Text{NL: "Een eigen concept per segment: winkel, website en materiaal die passen bij deze klanten.", EN: "A concept per segment: shop, website and materials that suit these customers."}
	LoyaltyAndNPS      = Text{NL: "Loyaliteit en aanbevelen", EN: "Loyalty and recommendation"}
	LoyaltyIndex       = Text{NL: "Loyaliteitsindex", EN: "Loyalty index"}
	SayDoLabel         = Text{NL: "Wie echt aanbeveelt", EN: "Who actually recommends"}
	SayDoValue         = Text{NL: "%s zeggen het, ongeveer %s doen het (%s%%)", EN: "%s say so, about %s do (%s%%)"}
	Worth              = Text{NL: "Wat deze klanten waard zijn", EN: "What these customers are worth"}
	CurrentValue       = Text{NL: "Marge per jaar, nu", EN: "Margin per year, now"}
	CurrentValueHelp   = Text{NL: "korte termijn", EN: "short term"}
	PotentialValue     = Text{NL: "Marge per jaar met groei", EN: "Margin per year with growth"}
	PotentialValueHelp = Text{NL: "middellange termijn", EN: "medium term"}
)

// Verdict is the name of v; calc.NoVerdict is "no verdict yet".
func Verdict(v calc.Verdict) *Text {
	switch v {
	case calc.Ambassador:
		return &verdictAmbassador
	case calc.Vulnerable:
		return &verdictVulnerable
	case calc.Indifferent:
		return &verdictIndifferent
	case calc.Defector:
		return &verdictDefector
	}
	return &verdictNone
}

// VerdictExplanation says in one plain sentence what v means.
func VerdictExplanation(v calc.Verdict) *Text {
	switch v {
	case calc.Ambassador:
		return &explainAmbassador
	case calc.Vulnerable:
		return &explainVulnerable
	case calc.Indifferent:
		return &explainIndifferent
	case calc.Defector:
		return &explainDefector
	}
	return &explainNone
}
