package i18n

// The two-level zone of tolerance (SPEC §3.1): the switch of a scenario's
// quality table between one expected level and a minimum and a desired
// level, its columns and its messages.
var (
	QualityLevels     = Text{NL: "Zo meet u de verwachting", EN: "How you measure the expectation"}
	QualityLevelsOne  = Text{NL: "Eén verwacht niveau, met de tolerantiezone eromheen", EN: "One expected level, with the zone of tolerance around it"}
	QualityLevelsTwo  = Text{NL: "Een minimum en een gewenst niveau", EN: "A minimum and a desired level"}
	DimensionsHelpTwo = Text{NL: "Wat vindt de klant net voldoende (minimum), wat hoopt hij (gewenst), en wat ervaart hij? Cijfers 1–10; ertussen ligt de tolerantiezone.", EN: "What does the customer find just enough (minimum), what does he hope for (desired), and what does he experience? Marks 1–10; the zone of tolerance lies between them."}
	// The table's labels of a dimension's minimum and desired level (the
	// questionnaire's, MinimumOf and DesiredOf, explain them).
	LevelMinimumOf = Text{NL: "Minimum voor %s", EN: "Minimum for %s"}
	LevelDesiredOf = Text{NL: "Gewenst niveau voor %s", EN: "Desired level for %s"}
	// What the two-level table says about a pair it cannot use yet,
	// naming the field and what to do; LevelsMeanwhile follows when an
	// earlier pair still counts.
	LevelsMissingMinimum = Text{NL: "Vul voor %s ook het minimum in: een minimum en een gewenst niveau horen samen.", EN: "Fill in the minimum for %s too: a minimum and a desired level go together."}
	LevelsMissingDesired = Text{NL: "Vul voor %s ook het gewenste niveau in: een minimum en een gewenst niveau horen samen.", EN: "Fill in the desired level for %s too: a minimum and a desired level go together."}
	LevelsOrder          = Text{NL: "Het minimum voor %s (%s) ligt boven het gewenste niveau (%s); het mag er hooguit gelijk aan zijn.", EN: "The minimum for %s (%s) is above the desired level (%s); it may at most equal it."}
	LevelsMeanwhile      = Text{NL: "Tot dan rekent de app met %s–%s.", EN: "Until then the results use %s–%s."}
	// The service figure of a segment in a scenario with two levels, in
	// place of the expectation gap (serviceFigure).
	Adequacy      = Text{NL: "Toereikendheid", EN: "Adequacy"}
	AdequacyHelp  = Text{NL: "beleefd min het minimum, gewogen; vanaf 0 voldoet u", EN: "experienced minus the minimum, weighted; from 0 up you meet expectations"}
	ExpectedStill = Text{NL: "verwacht %s", EN: "expected %s"}
)
