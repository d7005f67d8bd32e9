package i18n

import "github.com/klantwaarde/klantwaarde/calc"

// Workshop mode (SPEC §6): the trainer's panel, the pasted codes, the
// aggregates and the participant's questionnaire on a phone.
var (
	Workshop                  = Text{NL: "Workshop: de zaal laten beoordelen", EN: "Workshop: let the room rate"}
	WorkshopIntro             = Text{NL: "Deelnemers openen de link of scannen de QR-code, beoordelen één klantgroep op hun telefoon en krijgen een korte code. Plak de codes hieronder: u ziet per beoordeling het gemiddelde en waar de zaal het oneens is. Er gaat niets naar een server: de vragenlijst zit in de link, de antwoorden in de codes.", EN: "Participants open the link or scan the QR code, rate one customer group on their phone and get a short code. Paste the codes below: you see the mean of each rating and where the room disagrees. Nothing goes to a server: the questionnaire is in the link, the answers are in the codes."}
	WorkshopNeeds             = Text{NL: "Voeg eerst minstens één segment en één voordeel, offer of kwaliteitsaspect toe.", EN: "First add at least one segment and one benefit, sacrifice or quality dimension."}
	WorkshopLink              = Text{NL: "Link naar de vragenlijst", EN: "Link to the questionnaire"}
	WorkshopFingerprint       = Text{NL: "Vragenlijst %s: de codes van de deelnemers horen bij deze naam. Verandert u segmenten of criteria, dan krijgt de vragenlijst een nieuwe naam en horen oude codes er niet meer bij.", EN: "Questionnaire %s: the participants' codes belong to this name. If you change segments or criteria, the questionnaire gets a new name and earlier codes no longer belong to it."}
	WorkshopQR                = Text{NL: "QR-code met de link naar de vragenlijst", EN: "QR code with the link to the questionnaire"}
	WorkshopTooLong           = Text{NL: "Deze vragenlijst is te lang voor een QR-code; deel de link.", EN: "This questionnaire is too long for a QR code; share the link."}
	CopyLink                  = Text{NL: "Link kopiëren", EN: "Copy the link"}
	OpenAsParticipant         = Text{NL: "Bekijken als deelnemer", EN: "View as a participant"}
	Copied                    = Text{NL: "Gekopieerd.", EN: "Copied."}
	CopyByHand                = Text{NL: "Kopiëren lukte niet; selecteer de tekst en kopieer hem met de hand.", EN: "Could not copy; select the text and copy it by hand."}
	CodesLabel                = Text{NL: "Codes van de deelnemers, één per regel", EN: "Participants' codes, one per line"}
	CodesHint                 = Text{NL: "Plakken of typen; hoofdletters, spaties en streepjes maken niet uit.", EN: "Paste or type; capitals, spaces and dashes do not matter."}
	ReadCodes                 = Text{NL: "Codes lezen", EN: "Read the codes"}
	codeAccepted              = Text{NL: "Regel %d: gelezen (%s).", EN: "Line %d: accepted (%s)."}
	codeDuplicate             = Text{NL: "Regel %d: dezelfde code als regel %d; telt één keer.", EN: "Line %d: the same code as line %d; counted once."}
	codeOther                 = Text{NL: "Regel %d: een code voor een andere vragenlijst (%s; deze heet %s). Gebruikte de deelnemer een oude link?", EN: "Line %d: a code for another questionnaire (%s; this one is %s). Did the participant use an old link?"}
	codeMistyped              = Text{NL: "Regel %d: een typefout; de controletekens kloppen niet. Vraag de code nog eens.", EN: "Line %d: mistyped; the check characters do not match. Ask for the code again."}
	codeInvalid               = Text{NL: "Regel %d: geen bruikbare code: %s.", EN: "Line %d: not a usable code: %s."}
	CodesSummary              = Text{NL: "Gelezen: %d, dubbel: %d, geweigerd: %d.", EN: "Accepted: %d, duplicates: %d, refused: %d."}
	Aggregates                = Text{NL: "Wat de zaal zegt", EN: "What the room says"}
	AggregatesHelp            = Text{NL: "Een spreiding van 3 punten of meer is gemarkeerd met „verdeeld”: daar is de zaal het oneens. Bespreek die voordat u de gemiddelden overneemt.", EN: "A spread of 3 points or more is marked “divided”: there the room disagrees. Discuss those before you apply the means."}
	ResponsesFor              = Plural{One: Text{NL: "%s: %d deelnemer", EN: "%s: %d participant"}, Other: Text{NL: "%s: %d deelnemers", EN: "%s: %d participants"}}
	Rating                    = Text{NL: "Beoordeling", EN: "Rating"}
	RatingOf                  = Text{NL: "%s: %s", EN: "%s: %s"}
	Mean                      = Text{NL: "Gemiddelde", EN: "Mean"}
	Median                    = Text{NL: "Mediaan", EN: "Median"}
	MinMax                    = Text{NL: "Laagste–hoogste", EN: "Lowest–highest"}
	Spread                    = Text{NL: "Spreiding", EN: "Spread"}
	Divided                   = Text{NL: "verdeeld", EN: "divided"}
	ApplyMeans                = Text{NL: "Gemiddelden overnemen in het scenario", EN: "Apply the means to the scenario"}
	ApplyHint                 = Text{NL: "Alleen beoordelingen met antwoorden veranderen. Ongedaan maken zet alles in één keer terug.", EN: "Only ratings that were answered change. Undo puts everything back at once."}
	MeansApplied              = Plural{One: Text{NL: "De antwoorden van %d deelnemer staan nu in het scenario.", EN: "The answers of %d participant are now in the scenario."}, Other: Text{NL: "De gemiddelden van %d deelnemers staan nu in het scenario.", EN: "The means of %d participants are now in the scenario."}}
	QuestionnaireBroken       = Text{NL: "Deze vragenlijst is niet te openen: %s.", EN: "This questionnaire cannot be opened: %s."}
	ParticipantIntro          = Text{NL: "Geef uw oordeel, stap voor stap. Uw antwoorden blijven op dit apparaat; aan het eind krijgt u een code voor de trainer.", EN: "Give your view, step by step. Your answers stay on this device; at the end you get a code for the trainer."}
	ChooseSegment             = Text{NL: "Over welke klantgroep geeft u uw oordeel?", EN: "Which customer group are you rating?"}
	StepOf                    = Text{NL: "Stap %d van %d", EN: "Step %d of %d"}
	Next                      = Text{NL: "Volgende", EN: "Next"}
	Back                      = Text{NL: "Terug", EN: "Back"}
	MakeCode                  = Text{NL: "Maak mijn code", EN: "Make my code"}
	Skip                      = Text{NL: "Weet niet", EN: "Don't know"}
	ImportanceOf              = Text{NL: "Hoe belangrijk is %s?", EN: "How important is %s?"}
	ImportanceScale           = Text{NL: "0 telt niet mee, 5 is heel belangrijk", EN: "0 does not count, 5 is very important"}
	BenefitsParticipantHelp   = Text{NL: "Wat levert het de klant op? Kies hoe belangrijk het is en geef een cijfer van 1 tot 10. Overslaan mag.", EN: "What does the customer get? Choose how important it is and give a mark from 1 to 10. You may skip any."}
	SacrificesParticipantHelp = Text{NL: "Wat kost het de klant, in geld, tijd, moeite of risico? Hoe hoger het cijfer, hoe zwaarder het offer. Overslaan mag.", EN: "What does it cost the customer, in money, time, effort or risk? The higher the mark, the heavier the sacrifice. You may skip any."}
	DimensionsParticipantHelp = Text{NL: "Wat verwacht de klant, en wat ervaart hij? Cijfers van 1 tot 10. Overslaan mag.", EN: "What does the customer expect, and what does he experience? Marks from 1 to 10. You may skip any."}
	YourCode                  = Text{NL: "Uw code", EN: "Your code"}
	YourCodeHelp              = Text{NL: "Geef deze code aan de trainer: lees hem voor, laat de QR-code zien of stuur hem op. Hij bevat alleen uw cijfers.", EN: "Give this code to the trainer: read it aloud, show the QR code or send it. It holds only your marks."}
	CodeFor                   = Text{NL: "Voor %s, vragenlijst %s", EN: "For %s, questionnaire %s"}
	CodeQR                    = Text{NL: "QR-code met uw code", EN: "QR code with your code"}
	CopyCode                  = Text{NL: "Code kopiëren", EN: "Copy the code"}
	ShareCode                 = Text{NL: "Code delen", EN: "Share the code"}
	ChangeAnswers             = Text{NL: "Antwoorden aanpassen", EN: "Change my answers"}
	NothingRated              = Text{NL: "U heeft nog niets beoordeeld; deze code voegt dan niets toe.", EN: "You have not rated anything yet; this code adds nothing."}
	OneDecimal                = Text{NL: "1–10, één decimaal", EN: "1–10, one decimal"}
	// A two-level questionnaire (docs/workshop.md) asks per quality
	// dimension the minimum and the desired level besides the experience;
	// MinimumLevel and DesiredLevel name them in the room's table.
	TwoLevelParticipantHelp = Text{NL: "Wat is voor de klant net goed genoeg (minimum), wat zou hij graag krijgen (gewenst), en wat ervaart hij? Cijfers van 1 tot 10; het minimum ligt niet boven het gewenste niveau. Overslaan mag.", EN: "What is just good enough for the customer (minimum), what would they like to get (desired), and what do they experience? Marks from 1 to 10; the minimum is not above the desired level. You may skip any."}
	MinimumOf               = Text{NL: "Minimum voor %s: net goed genoeg", EN: "Minimum for %s: just good enough"}
	DesiredOf               = Text{NL: "Gewenst voor %s: wat de klant graag krijgt", EN: "Desired for %s: what the customer would like"}
	WorkshopTwoLevel        = Text{NL: "Dit scenario werkt met een minimum en een gewenst niveau: de vragenlijst vraagt per kwaliteitsdimensie het minimum, het gewenste niveau en de ervaring.", EN: "This scenario works with a minimum and a desired level: the questionnaire asks per quality dimension the minimum, the desired level and the experience."}
	MinimumLevel            = Text{NL: "Minimum", EN: "Minimum"}
	DesiredLevel            = Text{NL: "Gewenst", EN: "Desired"}
)

// CodeResult says what became of one pasted line; its arguments are the
// line and then, per status, what calc.CodeLine carries (see Workshop).
func CodeResult(st calc.CodeStatus) *Text {
	switch st {
	case calc.CodeAccepted:
		return &codeAccepted
	case calc.CodeDuplicate:
		return &codeDuplicate
	case calc.CodeOther:
		return &codeOther
	case calc.CodeMistyped:
		return &codeMistyped
	}
	return &codeInvalid
}
