package i18n

// Texts of the printed A4 report (app/printreport.go); the report command
// has its own in report.go.
var (
	PrintMadeWith = Text{NL: "Klantwaarde · afgedrukt op %s", EN: "Klantwaarde · printed on %s"}
	// ReportDocumentTitle is the document's title while the report prints:
	// the title of the PDF a browser saves.
	ReportDocumentTitle = Text{NL: "Klantwaarderapport – %s", EN: "Customer value report – %s"}
	PrintRank           = Text{NL: "Prioriteit", EN: "Priority"}
	PrintRankHelp       = Text{
		NL: "Prioriteit 1 is het segment waar meer klantbehoud het meest waard is.",
		EN: "Priority 1 is the segment where keeping more customers is worth most.",
	}
	PrintScan = Text{
		NL: "Scan deze code: hij opent precies deze cijfers in Klantwaarde, als kopie naast uw eigen scenario's.",
		EN: "Scan this code: it opens exactly these figures in Klantwaarde, as a copy beside your own scenarios.",
	}
	PrintNoQR = Text{
		NL: "Dit scenario is te groot voor een QR-code: open deze cijfers met het geëxporteerde bestand (.klantwaarde.json).",
		EN: "This scenario is too large for a QR code: open these figures from the exported file (.klantwaarde.json).",
	}
	PrintQRLabel        = Text{NL: "QR-code van de deellink van dit scenario", EN: "QR code of this scenario's share link"}
	PrintInputs         = Text{NL: "Invoer", EN: "Inputs"}
	PrintBenefitScore   = Text{NL: "Voordelen (gewogen cijfer)", EN: "Benefits (weighted mark)"}
	PrintSacrificeScore = Text{NL: "Offers (gewogen cijfer)", EN: "Sacrifices (weighted mark)"}
)
