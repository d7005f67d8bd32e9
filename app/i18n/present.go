package i18n

// Present mode: the slides for a projector.
var (
	Present         = Text{NL: "Presenteren", EN: "Present"}
	PresentClose    = Text{NL: "Presentatie sluiten (Esc)", EN: "Close the presentation (Esc)"}
	PresentPrevious = Text{NL: "Vorige", EN: "Previous"}
	SlideOf         = Text{NL: "Dia %d van %d", EN: "Slide %d of %d"}
)
