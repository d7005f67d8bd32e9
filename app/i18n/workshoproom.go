package i18n

// The texts of the trainer's room: the codes collected so far, kept with
// the scenario, and their slides on the projector.

var (
	CodeCollectedBefore = Text{
		NL: "Regel %d: deze code was al binnen; telt één keer.",
		EN: "Line %d: this code was already in; counted once.",
	}
	CodeDamagedLine = Text{
		NL: "Regel %d: lijkt een code, maar er ontbreekt of staat een teken te veel. Vraag de code nog eens.",
		EN: "Line %d: looks like a code with a character missing or extra. Ask for the code again.",
	}
	RoomCount = Plural{
		One:   Text{NL: "%d deelnemer in de zaal.", EN: "%d participant in the room."},
		Other: Text{NL: "%d deelnemers in de zaal.", EN: "%d participants in the room."},
	}
	RoomKeptHint = Text{
		NL: "De codes blijven bij dit scenario bewaard in deze browser, ook als u het tabblad sluit.",
		EN: "The codes are kept with this scenario in this browser, even when you close the tab.",
	}
	ExportCodes  = Text{NL: "Codes opslaan als tekst", EN: "Save the codes as text"}
	ImportCodes  = Text{NL: "Codes uit bestand", EN: "Codes from a file"}
	ClearCodes   = Text{NL: "Alle codes vergeten", EN: "Forget all codes"}
	ClearConfirm = Plural{
		One: Text{
			NL: "De %d code van deze zaal vergeten? Sla hem eerst op als u hem nog nodig hebt.",
			EN: "Forget the %d code of this room? Save it first if you still need it.",
		},
		Other: Text{
			NL: "Alle %d codes van deze zaal vergeten? Sla ze eerst op als u ze nog nodig hebt.",
			EN: "Forget all %d codes of this room? Save them first if you still need them.",
		},
	}
	// The room's slides in present mode.
	RoomSlideTitle = Text{NL: "Wat de zaal zegt: %s", EN: "What the room says: %s"}
	RoomSlideN     = Plural{One: Text{NL: "%d deelnemer", EN: "%d participant"}, Other: Text{NL: "%d deelnemers", EN: "%d participants"}}
	RoomSlideHelp  = Text{
		NL: "Elke stip is één deelnemer; het streepje is het gemiddelde, de band loopt van laagste tot hoogste.",
		EN: "Each dot is one participant; the line is the mean, the band runs from lowest to highest.",
	}
	RoomDivided   = Text{NL: "verdeeld", EN: "divided"}
	RoomCellLabel = Plural{
		One:   Text{NL: "%s, %s: %d antwoord, gemiddeld %s, van %s tot %s", EN: "%s, %s: %d answer, mean %s, from %s to %s"},
		Other: Text{NL: "%s, %s: %d antwoorden, gemiddeld %s, van %s tot %s", EN: "%s, %s: %d answers, mean %s, from %s to %s"},
	}
	RoomGroupWords = Text{NL: "Voordelen|Offers|Kwaliteit", EN: "Benefits|Sacrifices|Quality"} // split on |
)
