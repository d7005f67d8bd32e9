package i18n

// Sharing, files and printing: share links, export, import and the
// columns of the results CSV.
var (
	ShareOpened     = Text{NL: "Dit scenario komt uit een gedeelde link en is als kopie toegevoegd. Uw eigen scenario's zijn niet aangeraakt.", EN: "This scenario comes from a shared link and was added as a copy. Your own scenarios are untouched."}
	ShareBroken     = Text{NL: "Deze gedeelde link is niet te openen: %s. Er is niets veranderd.", EN: "This shared link cannot be opened: %s. Nothing has changed."}
	ShareAndFiles   = Text{NL: "Delen en bestanden", EN: "Share and files"}
	ShareLink       = Text{NL: "Link delen", EN: "Share link"}
	ShareLinkLabel  = Text{NL: "Link naar dit scenario", EN: "Link to this scenario"}
	ShareCopied     = Text{NL: "De link staat op het klembord. Wie hem opent, krijgt een kopie; er gaat niets naar een server.", EN: "The link is on the clipboard. Whoever opens it gets a copy; nothing goes to a server."}
	ShareCopyByHand = Text{NL: "Kopieer de link hieronder. Wie hem opent, krijgt een kopie; er gaat niets naar een server.", EN: "Copy the link below. Whoever opens it gets a copy; nothing goes to a server."}
	ShareTooLong    = Plural{
		One:   Text{NL: "Dit scenario is te groot voor een link (%d teken; chat-apps en QR-codes dragen er %d). Exporteer het als bestand en deel dat.", EN: "This scenario is too big for a link (%d character; chat apps and QR codes carry %d). Export it as a file and share that."},
		Other: Text{NL: "Dit scenario is te groot voor een link (%d tekens; chat-apps en QR-codes dragen er %d). Exporteer het als bestand en deel dat.", EN: "This scenario is too big for a link (%d characters; chat apps and QR codes carry %d). Export it as a file and share that."},
	}
	ExportJSON       = Text{NL: "Exporteren (.json)", EN: "Export (.json)"}
	ExportCSV        = Text{NL: "Resultaten als CSV", EN: "Results as CSV"}
	Import           = Text{NL: "Importeren…", EN: "Import…"}
	DropHint         = Text{NL: "U kunt een scenariobestand ook op deze pagina slepen.", EN: "You can also drop a scenario file onto this page."}
	DownloadFailed   = Text{NL: "Downloaden lukte niet: %s", EN: "The download failed: %s"}
	ImportUnreadable = Text{NL: "„%s” kon niet worden gelezen. Er is niets veranderd.", EN: "“%s” could not be read. Nothing has changed."}
	ImportBroken     = Text{NL: "„%s” is geen geldig scenario: %s. Er is niets veranderd.", EN: "“%s” is not a valid scenario: %s. Nothing has changed."}
	Imported         = Text{NL: "„%s” is toegevoegd als nieuw scenario.", EN: "“%s” was added as a new scenario."}
	Print            = Text{NL: "Afdrukken", EN: "Print"}
	PrintedOn        = Text{NL: "Afgedrukt op %s", EN: "Printed on %s"}
)

var csvColumns = []keyedText{
	{"segment", Text{NL: "segment", EN: "segment"}},
	{"name", Text{NL: "naam", EN: "name"}},
	{"customers", Text{NL: "klanten", EN: "customers"}},
	{"benefitScore", Text{NL: "voordelen", EN: "benefits"}},
	{"sacrificeScore", Text{NL: "offers", EN: "sacrifices"}},
	{"value", Text{NL: "klantwaarde", EN: "customer value"}},
	{"valueRatio", Text{NL: "verhouding voordelen/offers", EN: "benefit/sacrifice ratio"}},
	{"gap", Text{NL: "verwachtingskloof", EN: "expectation gap"}},
	{"adequacy", Text{NL: "toereikendheid", EN: "adequacy"}},
	{"verdict", Text{NL: "oordeel", EN: "verdict"}},
	{"loyaltyIndex", Text{NL: "loyaliteitsindex (%)", EN: "loyalty index (%)"}},
	{"nps", Text{NL: "NPS", EN: "NPS"}},
	{"expectedReferrers", Text{NL: "verwachte aanbevelers", EN: "expected referrers"}},
	{"currentValue", Text{NL: "marge per jaar", EN: "margin per year"}},
	{"potentialValue", Text{NL: "marge per jaar met groei", EN: "margin per year with growth"}},
	{"clv", Text{NL: "waarde per klant (CLV)", EN: "value per customer (CLV)"}},
	{"equity", Text{NL: "waarde van alle klanten", EN: "customer equity"}},
	{"equityUplift", Text{NL: "meerwaarde bij meer behoud", EN: "uplift from more retention"}},
	{"equityUpliftPct", Text{NL: "meerwaarde (%)", EN: "uplift (%)"}},
	{"toAmbassador", Text{NL: "pad naar ambassadeur", EN: "path to ambassador"}},
}

// CSVColumn is the header of one of calc.CSVColumns; the test checks that
// every column has one.
func CSVColumn(name string) *Text { return find(csvColumns, name) }
