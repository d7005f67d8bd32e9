package i18n

// The texts of the trainer's camera scanner.

var (
	ScanOpen  = Text{NL: "Codes scannen met de camera", EN: "Scan codes with the camera"}
	ScanClose = Text{NL: "Scanner sluiten", EN: "Close the scanner"}
	ScanHelp  = Text{
		NL: "Laat deelnemers hun QR-code één voor één voor de camera houden. Elke code geeft een piep en telt één keer.",
		EN: "Let participants hold up their QR code to the camera one by one. Each code beeps and counts once.",
	}
	ScanStarting = Text{NL: "Camera wordt gestart…", EN: "Starting the camera…"}
	ScanNew      = Plural{
		One:   Text{NL: "✓ Nieuwe code: %d deelnemer", EN: "✓ New code: %d participant"},
		Other: Text{NL: "✓ Nieuwe code: %d deelnemers", EN: "✓ New code: %d participants"},
	}
	ScanDuplicate = Plural{
		One:   Text{NL: "Deze code was al binnen: %d deelnemer", EN: "This code was already in: %d participant"},
		Other: Text{NL: "Deze code was al binnen: %d deelnemers", EN: "This code was already in: %d participants"},
	}
	ScanOther  = Text{NL: "Een code voor een andere vragenlijst; telt niet.", EN: "A code for another questionnaire; not counted."}
	ScanNoCode = Text{NL: "Dit is geen antwoordcode.", EN: "This is not a response code."}
	ScanVideo  = Text{NL: "Camerabeeld voor het scannen", EN: "Camera view for scanning"}
	ScanDenied = Text{
		NL: "De camera mag niet gebruikt worden. Geef toestemming in de browser, of plak de codes hierboven.",
		EN: "The camera may not be used. Allow it in the browser, or paste the codes above.",
	}
	ScanNoCamera = Text{
		NL: "Geen camera gevonden. Plak de codes hierboven.",
		EN: "No camera found. Paste the codes above.",
	}
	ScanFailed = Text{
		NL: "De camera kon niet starten (%s). Plak de codes hierboven.",
		EN: "The camera could not start (%s). Paste the codes above.",
	}
)
