package i18n

// The texts of reading response codes from pasted text: the klantwaarde
// codes command and the trainer's paste box.

var (
	// CodesFoundSummary takes the fingerprint, CodesN and ParticipantsN.
	CodesFoundSummary = Text{
		NL: "Vragenlijst %s: %s gevonden, %s geteld.",
		EN: "Questionnaire %s: %s found, %s counted.",
	}
	CodesN         = Plural{One: Text{NL: "%d code", EN: "%d code"}, Other: Text{NL: "%d codes", EN: "%d codes"}}
	ParticipantsN  = Plural{One: Text{NL: "%d deelnemer", EN: "%d participant"}, Other: Text{NL: "%d deelnemers", EN: "%d participants"}}
	CodesNoneFound = Text{
		NL: "Geen codes gevonden in de tekst.",
		EN: "No codes found in the text.",
	}
	CodeLineWord = Text{NL: "regel %d", EN: "line %d"}
	// The status of a code found, by calc.CodeStatus.
	CodeStatusAccepted  = Text{NL: "geteld", EN: "counted"}
	CodeStatusDuplicate = Text{NL: "dubbel (zie regel %d)", EN: "duplicate (see line %d)"}
	CodeStatusOther     = Text{NL: "andere vragenlijst (%s)", EN: "other questionnaire (%s)"}
	CodeStatusMistyped  = Text{NL: "tikfout", EN: "mistyped"}
	CodeStatusInvalid   = Text{NL: "lijkt een beschadigde code", EN: "looks like a damaged code"}
	CodesSegmentHeading = Text{NL: "%s (n = %d)", EN: "%s (n = %d)"}
	CodesTableHeader    = Text{
		NL: "beoordeling\tn\tgemiddeld\tmediaan\tlaagste\thoogste\tspreiding",
		EN: "rating\tn\tmean\tmedian\tlowest\thighest\tspread",
	}
	CodesDivided = Text{NL: "verdeeld", EN: "divided"}
	// The ratings, by calc.RatingWeight … calc.RatingExperienced.
	RatingWeightWord      = Text{NL: "gewicht", EN: "weight"}
	RatingScoreWord       = Text{NL: "score", EN: "score"}
	RatingExpectedWord    = Text{NL: "verwacht", EN: "expected"}
	RatingAdequateWord    = Text{NL: "minimum", EN: "minimum"}
	RatingDesiredWord     = Text{NL: "gewenst", EN: "desired"}
	RatingExperiencedWord = Text{NL: "ervaren", EN: "experienced"}
)
