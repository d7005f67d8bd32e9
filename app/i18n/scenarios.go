package i18n

// The scenario bar: the kept scenarios and what can be done with them.
var (
	Scenarios        = Text{NL: "Scenario's", EN: "Scenarios"}
	ScenarioMenu     = Text{NL: "Scenario's en bestanden", EN: "Scenarios and files"}
	Scenario         = Text{NL: "Scenario", EN: "Scenario"}
	Title            = Text{NL: "Titel", EN: "Title"}
	Untitled         = Text{NL: "Zonder titel", EN: "Untitled"}
	NewBlank         = Text{NL: "Nieuw, leeg", EN: "New, blank"}
	NewExample       = Text{NL: "Nieuw voorbeeld (fietsenwinkel)", EN: "New example (bicycle shop)"}
	NewScenarioTitle = Text{NL: "Mijn bedrijf", EN: "My business"}
	Duplicate        = Text{NL: "Dupliceren", EN: "Duplicate"}
	Delete           = Text{NL: "Verwijderen", EN: "Delete"}
	Deleted          = Text{NL: "„%s” is verwijderd.", EN: "“%s” was deleted."}
	SegmentDeleted   = Text{NL: "Segment „%s” is verwijderd.", EN: "Segment “%s” was deleted."}
	CopyOf           = Text{NL: "%s (kopie)", EN: "%s (copy)"}
	Undo             = Text{NL: "Ongedaan maken", EN: "Undo"}
	Redo             = Text{NL: "Opnieuw", EN: "Redo"}
	UndoKeys         = Text{NL: "Ctrl+Z", EN: "Ctrl+Z"}
	RedoKeys         = Text{NL: "Ctrl+Shift+Z of Ctrl+Y", EN: "Ctrl+Shift+Z or Ctrl+Y"}
	ReadOnly         = Text{NL: "Dit scenario is gemaakt met een nieuwere versie van Klantwaarde. U kunt het bekijken; wijzigen kan pas na een update.", EN: "This scenario was made with a newer version of Klantwaarde. You can look at it; to change it, update the app."}
)
