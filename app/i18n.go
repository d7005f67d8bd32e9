package app

import (
	"fmt"

	"github.com/klantwaarde/klantwaarde/calc"
)

// msg identifies a text of the interface. Texts are keyed by identifier,
// never by their English wording; a few ids are prefixes followed by a
// kind or an id (msgKindTitle+"benefits").
type msg string

// The identifiers of the texts.
const (
	msgAppName             msg = "appName"
	msgTagline             msg = "tagline"
	msgLanguage            msg = "language"
	msgResults             msg = "results"
	msgPortfolio           msg = "portfolio"
	msgCustomers           msg = "customers"
	msgValue               msg = "value"
	msgValueHelp           msg = "valueHelp"
	msgGap                 msg = "gap"
	msgGapHelp             msg = "gapHelp"
	msgVerdict             msg = "verdict"
	msgCLV                 msg = "cLV"
	msgCLVHelp             msg = "cLVHelp"
	msgEquity              msg = "equity"
	msgUplift              msg = "uplift"
	msgUpliftContext       msg = "upliftContext"
	msgUpliftOwn           msg = "upliftOwn"
	msgUndefined           msg = "undefined"
	msgShareOpened         msg = "shareOpened"
	msgShareBroken         msg = "shareBroken"
	msgDismiss             msg = "dismiss"
	msgVerdictNone         msg = "verdictNone"
	msgVerdictPrefix       msg = "verdictPrefix_"
	msgVerdictExplain      msg = "verdictExplain_"
	msgSkipToResults       msg = "skipToResults"
	msgNoSegments          msg = "noSegments"
	msgSegmentsCounted     msg = "segmentsCounted"
	msgScenarios           msg = "scenarios"
	msgScenario            msg = "scenario"
	msgTitle               msg = "title"
	msgUntitled            msg = "untitled"
	msgNewBlank            msg = "newBlank"
	msgNewExample          msg = "newExample"
	msgNewScenarioTitle    msg = "newScenarioTitle"
	msgDuplicate           msg = "duplicate"
	msgDelete              msg = "delete"
	msgDeleted             msg = "deleted"
	msgCopyOf              msg = "copyOf"
	msgUndo                msg = "undo"
	msgRedo                msg = "redo"
	msgUndoKeys            msg = "undoKeys"
	msgRedoKeys            msg = "redoKeys"
	msgReadOnly            msg = "readOnly"
	msgStorageBroken       msg = "storageBroken"
	msgStorageNewer        msg = "storageNewer"
	msgStorageDamaged      msg = "storageDamaged"
	msgConflict            msg = "conflict"
	msgConflictCopy        msg = "conflictCopy"
	msgOtherTab            msg = "otherTab"
	msgSegments            msg = "segments"
	msgAddSegment          msg = "addSegment"
	msgSegmentN            msg = "segmentN"
	msgSegmentName         msg = "segmentName"
	msgRemoveSegment       msg = "removeSegment"
	msgMoveUp              msg = "moveUp"
	msgMoveDown            msg = "moveDown"
	msgRemove              msg = "remove"
	msgCriteria            msg = "criteria"
	msgCriteriaHelp        msg = "criteriaHelp"
	msgKindTitle           msg = "kindTitle_"
	msgKindItem            msg = "kindItem_"
	msgAdd                 msg = "add_"
	msgRatingHelp          msg = "ratingHelp_"
	msgCriterion           msg = "criterion"
	msgWeight              msg = "weight"
	msgScore               msg = "score"
	msgWeightOf            msg = "weightOf"
	msgScoreOf             msg = "scoreOf"
	msgExpected            msg = "expected"
	msgExperienced         msg = "experienced"
	msgExpectedOf          msg = "expectedOf"
	msgExperiencedOf       msg = "experiencedOf"
	msgMoney               msg = "money"
	msgRevenue             msg = "revenue"
	msgMargin              msg = "margin"
	msgRetention           msg = "retention"
	msgGrowth              msg = "growth"
	msgLoyalty             msg = "loyalty"
	msgLoyaltyHelp         msg = "loyaltyHelp"
	msgLoyaltyKey          msg = "loyaltyKey_"
	msgNPS                 msg = "nPS"
	msgNPSHelp             msg = "nPSHelp"
	msgPromoters           msg = "promoters"
	msgPassives            msg = "passives"
	msgDetractors          msg = "detractors"
	msgSettings            msg = "settings"
	msgPoints              msg = "points"
	msgDiscountRate        msg = "discountRate"
	msgDiscountRateHelp    msg = "discountRateHelp"
	msgRetentionUplift     msg = "retentionUplift"
	msgRetentionUpliftHelp msg = "retentionUpliftHelp"
	msgSayDo               msg = "sayDo"
	msgSayDoHelp           msg = "sayDoHelp"
	msgTolerance           msg = "tolerance"
	msgToleranceHelp       msg = "toleranceHelp"
	msgDefaultCriterion    msg = "defaultCriterion_"
	msgErrNumber           msg = "errNumber"
	msgErrRange            msg = "errRange"
	msgErrWhole            msg = "errWhole"
	msgErrAmbiguous        msg = "errAmbiguous"
	msgErrNameEmpty        msg = "errNameEmpty"
	msgErrNameLong         msg = "errNameLong"
	msgLevers              msg = "levers"
	msgNoLevers            msg = "noLevers"
	msgLeverBenefit        msg = "leverBenefit"
	msgLeverSacrifice      msg = "leverSacrifice"
	msgPainPoints          msg = "painPoints"
	msgNoPainPoints        msg = "noPainPoints"
	msgBelowBy             msg = "belowBy"
	msgInstrSLA            msg = "instrSLA"
	msgInstrNoHassle       msg = "instrNoHassle"
	msgInstrShortWaits     msg = "instrShortWaits"
	msgInstrTraining       msg = "instrTraining"
	msgInstrShortTerms     msg = "instrShortTerms"
	msgInstrCRM            msg = "instrCRM"
	msgInstrConcept        msg = "instrConcept"
	msgLoyaltyAndNPS       msg = "loyaltyAndNPS"
	msgLoyaltyIndex        msg = "loyaltyIndex"
	msgSayDoLabel          msg = "sayDoLabel"
	msgSayDoValue          msg = "sayDoValue"
	msgWorth               msg = "worth"
	msgCurrentValue        msg = "currentValue"
	msgCurrentValueHelp    msg = "currentValueHelp"
	msgPotentialValue      msg = "potentialValue"
	msgPotentialValueHelp  msg = "potentialValueHelp"

	// Sharing, files, printing and presenting.
	msgShareAndFiles    msg = "shareAndFiles"
	msgShareLink        msg = "shareLink"
	msgShareLinkLabel   msg = "shareLinkLabel"
	msgShareCopied      msg = "shareCopied"
	msgShareCopyByHand  msg = "shareCopyByHand"
	msgShareTooLong     msg = "shareTooLong"
	msgExportJSON       msg = "exportJSON"
	msgExportCSV        msg = "exportCSV"
	msgImport           msg = "import"
	msgDropHint         msg = "dropHint"
	msgDownloadFailed   msg = "downloadFailed"
	msgImportUnreadable msg = "importUnreadable"
	msgImportBroken     msg = "importBroken"
	msgImported         msg = "imported"
	msgPrint            msg = "print"
	msgPrintedOn        msg = "printedOn"
	msgPresent          msg = "present"
	msgPresentClose     msg = "presentClose"
	msgPresentNext      msg = "presentNext"
	msgPresentPrevious  msg = "presentPrevious"
	msgSlideOf          msg = "slideOf"
	msgCSVColumn        msg = "cSVColumn_"

	// Charts.
	msgChart      msg = "chart_"
	msgChartTable msg = "chartTable"

	// The update notice (update.go).
	msgUpdateReady  msg = "updateReady"
	msgUpdateReload msg = "updateReload"
	msgUpdateLater  msg = "updateLater"

	// Recovered failures (guard.go).
	msgInternalError msg = "internalError"
)

// The identifiers of the texts of workshop mode (SPEC §6).
const (
	msgWorkshop            msg = "workshop"
	msgWorkshopIntro       msg = "workshopIntro"
	msgWorkshopNeeds       msg = "workshopNeeds"
	msgWorkshopLink        msg = "workshopLink"
	msgWorkshopFingerprint msg = "workshopFingerprint"
	msgWorkshopQR          msg = "workshopQR"
	msgWorkshopTooLong     msg = "workshopTooLong"
	msgCopyLink            msg = "copyLink"
	msgOpenAsParticipant   msg = "openAsParticipant"
	msgCopied              msg = "copied"
	msgCopyByHand          msg = "copyByHand"
	msgCodesLabel          msg = "codesLabel"
	msgCodesHint           msg = "codesHint"
	msgReadCodes           msg = "readCodes"
	msgCodeResult          msg = "codeResult_"
	msgCodesSummary        msg = "codesSummary"
	msgAggregates          msg = "aggregates"
	msgAggregatesHelp      msg = "aggregatesHelp"
	msgResponsesFor        msg = "responsesFor"
	msgRating              msg = "rating"
	msgRatingOf            msg = "ratingOf"
	msgMean                msg = "mean"
	msgMedian              msg = "median"
	msgMinMax              msg = "minMax"
	msgSpread              msg = "spread"
	msgDivided             msg = "divided"
	msgApplyMeans          msg = "applyMeans"
	msgApplyHint           msg = "applyHint"
	msgMeansApplied        msg = "meansApplied"
	msgQuestionnaireBroken msg = "questionnaireBroken"
	msgParticipantIntro    msg = "participantIntro"
	msgChooseSegment       msg = "chooseSegment"
	msgStepOf              msg = "stepOf"
	msgNext                msg = "next"
	msgBack                msg = "back"
	msgMakeCode            msg = "makeCode"
	msgSkip                msg = "skip"
	msgImportanceOf        msg = "importanceOf"
	msgImportanceScale     msg = "importanceScale"
	msgParticipantHelp     msg = "participantHelp_"
	msgYourCode            msg = "yourCode"
	msgYourCodeHelp        msg = "yourCodeHelp"
	msgCodeFor             msg = "codeFor"
	msgCodeQR              msg = "codeQR"
	msgCopyCode            msg = "copyCode"
	msgShareCode           msg = "shareCode"
	msgChangeAnswers       msg = "changeAnswers"
	msgNothingRated        msg = "nothingRated"
	msgOneDecimal          msg = "oneDecimal"
	msgIntro               msg = "intro"
)

// texts holds every text in Dutch and in English, side by side, so that
// neither language can miss one.
var texts = []struct {
	id     msg
	nl, en string
}{
	{msgAppName, "Klantwaarde", "Klantwaarde"},
	{msgTagline, "Wat levert u uw klanten, en wat levert het u op?", "What do you give your customers, and what does it bring you?"},
	{msgIntro, "Vul per klantsegment in wat uw klanten aan u hebben en wat het hun kost, en wat ze verwachten en ervaren. U ziet hun klantwaarde, wie ambassadeur wordt, waar het knelt en wat klanten behouden u oplevert.",
		"Enter, per customer segment, what your customers get from you and what it costs them, and what they expect and experience. You see their customer value, who becomes an ambassador, where it hurts and what keeping customers is worth to you."},
	{msgLanguage, "Taal", "Language"},
	{msgResults, "Resultaten", "Results"},
	{msgPortfolio, "Alle segmenten samen", "All segments together"},
	{msgCustomers, "Klanten", "Customers"},
	{msgValue, "Klantwaarde", "Customer value"},
	{msgValueHelp, "voordelen min offers", "benefits minus sacrifices"},
	{msgGap, "Verwachtingskloof", "Expectation gap"},
	{msgGapHelp, "beleefd min verwacht", "experienced minus expected"},
	{msgVerdict, "Oordeel", "Verdict"},
	{msgCLV, "Waarde van een klant over de hele relatie", "Value of one customer over the whole relationship"},
	{msgCLVHelp, "marge per jaar, zolang de klant blijft, omgerekend naar nu", "yearly margin while the customer stays, in today's money"},
	{msgEquity, "Waarde van alle klanten samen", "Value of all customers together"},
	{msgUplift, "Wat %s procentpunt meer klantbehoud waard is", "What %s percentage points more retention is worth"},
	{msgUpliftContext, "Een veel aangehaald onderzoek vond dat 5%% meer klantbehoud 25 tot 95%% meer winst gaf. Voor uw cijfers: %s.", "A widely quoted study found that keeping 5%% more customers raised profit by 25 to 95%%. For your figures: %s."},
	{msgUpliftOwn, "%s procentpunt meer behoud maakt uw klanten %s%% meer waard", "%s percentage points more retention makes your customers worth %s%% more"},
	{msgUndefined, "nog niet te berekenen", "not yet computable"},
	{msgShareOpened, "Dit scenario komt uit een gedeelde link en is als kopie toegevoegd. Uw eigen scenario's zijn niet aangeraakt.", "This scenario comes from a shared link and was added as a copy. Your own scenarios are untouched."},
	{msgShareBroken, "Deze gedeelde link is niet te openen: %s. Er is niets veranderd.", "This shared link cannot be opened: %s. Nothing has changed."},
	{msgDismiss, "Sluiten", "Close"},
	{msgVerdictNone, "Nog geen oordeel", "No verdict yet"},
	{msgVerdictPrefix + "ambassador", "Ambassadeur", "Ambassador"},
	{msgVerdictPrefix + "vulnerable", "Kwetsbaar", "Vulnerable"},
	{msgVerdictPrefix + "indifferent", "Onverschillig", "Indifferent"},
	{msgVerdictPrefix + "defector", "Overloper", "Defector"},
	{msgVerdictExplain + "ambassador", "Ze krijgen meer dan ze geven en u maakt hun verwachtingen waar: deze klanten brengen nieuwe klanten mee.", "They get more than they give and you meet their expectations: these customers bring in new ones."},
	{msgVerdictExplain + "vulnerable", "Ze krijgen meer dan ze geven, maar u blijft onder hun verwachtingen: een concurrent die dat wel waarmaakt, neemt ze over.", "They get more than they give, but you fall short of their expectations: a competitor who delivers will take them."},
	{msgVerdictExplain + "indifferent", "U maakt hun verwachtingen waar, maar ze geven evenveel of meer dan ze krijgen: ze blijven zolang niets beters langskomt.", "You meet their expectations, but they give as much as they get or more: they stay until something better comes along."},
	{msgVerdictExplain + "defector", "Ze geven meer dan ze krijgen en u blijft onder hun verwachtingen: deze klanten lopen weg.", "They give more than they get and you fall short of their expectations: these customers are leaving."},
	{msgVerdictExplain + msgVerdictNone, "Vul voordelen, offers en verwachtingen in om een oordeel te krijgen.", "Fill in benefits, sacrifices and expectations to get a verdict."},
	{msgSkipToResults, "Naar de resultaten", "Skip to the results"},
	{msgNoSegments, "Dit scenario heeft nog geen segmenten. Voeg er een toe om te beginnen.", "This scenario has no segments yet. Add one to begin."},
	{msgSegmentsCounted, "%d segmenten, %s klanten", "%d segments, %s customers"},
	{msgScenarios, "Scenario's", "Scenarios"},
	{msgScenario, "Scenario", "Scenario"},
	{msgTitle, "Titel", "Title"},
	{msgUntitled, "Zonder titel", "Untitled"},
	{msgNewBlank, "Nieuw, leeg", "New, blank"},
	{msgNewExample, "Nieuw voorbeeld (fietsenwinkel)", "New example (bicycle shop)"},
	{msgNewScenarioTitle, "Mijn bedrijf", "My business"},
	{msgDuplicate, "Dupliceren", "Duplicate"},
	{msgDelete, "Verwijderen", "Delete"},
	{msgDeleted, "„%s” is verwijderd.", "“%s” was deleted."},
	{msgCopyOf, "%s (kopie)", "%s (copy)"},
	{msgUndo, "Ongedaan maken", "Undo"},
	{msgRedo, "Opnieuw", "Redo"},
	{msgUndoKeys, "Ctrl+Z", "Ctrl+Z"},
	{msgRedoKeys, "Ctrl+Shift+Z of Ctrl+Y", "Ctrl+Shift+Z or Ctrl+Y"},
	{msgReadOnly, "Dit scenario is gemaakt met een nieuwere versie van Klantwaarde. U kunt het bekijken; wijzigen kan pas na een update.", "This scenario was made with a newer version of Klantwaarde. You can look at it; to change it, update the app."},
	{msgStorageBroken, "Uw browser laat Klantwaarde niets bewaren. U kunt gewoon doorwerken, maar exporteer uw scenario voordat u dit venster sluit.", "Your browser does not let Klantwaarde keep anything. You can go on working, but export your scenario before you close this window."},
	{msgStorageNewer, "Een bewaard scenario is gemaakt met een nieuwere versie van Klantwaarde. Het is alleen te bekijken en blijft onaangeroerd; werk de app bij om het te wijzigen.", "A kept scenario was made with a newer version of Klantwaarde. It can only be viewed and stays untouched; update the app to change it."},
	{msgStorageDamaged, "Een bewaard scenario kon niet worden gelezen. Het blijft onaangeroerd in uw browser.", "A kept scenario could not be read. It stays untouched in your browser."},
	{msgConflict, "Dit scenario is ook in een ander venster gewijzigd. Beide versies zijn bewaard: die van dit venster heet nu „%s”.", "This scenario was also changed in another window. Both versions are kept: this window's is now called “%s”."},
	{msgConflictCopy, "%s (dit venster)", "%s (this window)"},
	{msgOtherTab, "Bijgewerkt met wijzigingen uit een ander venster.", "Updated with changes from another window."},
	{msgSegments, "Segmenten", "Segments"},
	{msgAddSegment, "Segment toevoegen", "Add a segment"},
	{msgSegmentN, "Segment %d", "Segment %d"},
	{msgSegmentName, "Naam van het segment", "Name of the segment"},
	{msgRemoveSegment, "Segment verwijderen", "Remove segment"},
	{msgMoveUp, "%s naar voren", "Move %s earlier"},
	{msgMoveDown, "%s naar achteren", "Move %s later"},
	{msgRemove, "%s verwijderen", "Remove %s"},
	{msgCriteria, "Voordelen, offers en kwaliteit", "Benefits, sacrifices and quality"},
	{msgCriteriaHelp, "Deze lijsten gelden voor alle segmenten. Elk segment weegt ze op zijn eigen manier.", "These lists apply to every segment. Each segment weighs them its own way."},
	{msgKindTitle + "benefits", "Voordelen", "Benefits"},
	{msgKindTitle + "sacrifices", "Offers", "Sacrifices"},
	{msgKindTitle + "dimensions", "Kwaliteit van de dienstverlening", "Service quality"},
	{msgKindItem + "benefits", "Voordeel %d", "Benefit %d"},
	{msgKindItem + "sacrifices", "Offer %d", "Sacrifice %d"},
	{msgKindItem + "dimensions", "Kwaliteitsaspect %d", "Quality dimension %d"},
	{msgAdd + "benefits", "Voordeel toevoegen", "Add a benefit"},
	{msgAdd + "sacrifices", "Offer toevoegen", "Add a sacrifice"},
	{msgAdd + "dimensions", "Kwaliteitsaspect toevoegen", "Add a quality dimension"},
	{msgRatingHelp + "benefits", "Wat levert het de klant op? Gewicht 0–5 (leeg is 1, 0 telt niet mee), cijfer 1–10.", "What does the customer get? Weight 0–5 (empty is 1, 0 leaves it out), mark 1–10."},
	{msgRatingHelp + "sacrifices", "Wat kost het de klant, in geld, tijd, moeite of risico? Hoe hoger het cijfer, hoe zwaarder het offer.", "What does it cost the customer, in money, time, effort or risk? The higher the mark, the heavier the sacrifice."},
	{msgRatingHelp + "dimensions", "Wat verwacht de klant, en wat ervaart hij? Cijfers 1–10.", "What does the customer expect, and what does he experience? Marks 1–10."},
	{msgCriterion, "Onderdeel", "Item"},
	{msgWeight, "Gewicht", "Weight"},
	{msgScore, "Cijfer", "Mark"},
	{msgWeightOf, "Gewicht van %s", "Weight of %s"},
	{msgScoreOf, "Cijfer voor %s", "Mark for %s"},
	{msgExpected, "Verwacht", "Expected"},
	{msgExperienced, "Ervaren", "Experienced"},
	{msgExpectedOf, "Verwachting voor %s", "Expectation for %s"},
	{msgExperiencedOf, "Ervaring met %s", "Experience of %s"},
	{msgMoney, "Klanten en geld", "Customers and money"},
	{msgRevenue, "Omzet per klant per jaar", "Revenue per customer per year"},
	{msgMargin, "Marge", "Margin"},
	{msgRetention, "Klantbehoud per jaar", "Retention per year"},
	{msgGrowth, "Groeipotentie", "Growth potential"},
	{msgLoyalty, "Loyaliteit", "Loyalty"},
	{msgLoyaltyHelp, "Welk deel van de klanten doet dit? Vul in wat u weet; lege velden tellen niet mee.", "What share of the customers does this? Fill in what you know; empty fields are left out."},
	{msgLoyaltyKey + "repeatPurchase", "Koopt opnieuw", "Buys again"},
	{msgLoyaltyKey + "repeatVisits", "Komt terug met koopintentie", "Comes back intending to buy"},
	{msgLoyaltyKey + "recommends", "Beveelt aan", "Recommends you"},
	{msgLoyaltyKey + "openness", "Is open in de relatie", "Is open in the relationship"},
	{msgLoyaltyKey + "crossSelling", "Koopt ook andere producten", "Buys other products too"},
	{msgLoyaltyKey + "partnership", "Groeit naar partnerschap", "Grows into a partnership"},
	{msgNPS, "Net Promoter Score", "Net Promoter Score"},
	{msgNPSHelp, "Aantal antwoorden: promotors (9–10), passieven (7–8), criticasters (0–6).", "Number of answers: promoters (9–10), passives (7–8), detractors (0–6)."},
	{msgPromoters, "Promotors", "Promoters"},
	{msgPassives, "Passieven", "Passives"},
	{msgDetractors, "Criticasters", "Detractors"},
	{msgSettings, "Instellingen", "Settings"},
	{msgPoints, "punten", "points"},
	{msgDiscountRate, "Rekenrente", "Discount rate"},
	{msgDiscountRateHelp, "Hoeveel toekomstig geld minder waard is dan geld nu, per jaar.", "How much less future money is worth than money now, per year."},
	{msgRetentionUplift, "Extra klantbehoud", "Extra retention"},
	{msgRetentionUpliftHelp, "Hoeveel procentpunt meer klantbehoud de berekening van de meerwaarde aanneemt.", "How many percentage points more retention the uplift assumes."},
	{msgSayDo, "Zeggen-doen", "Say-do ratio"},
	{msgSayDoHelp, "Welk deel van wie zegt aan te bevelen, het ook doet.", "What share of those who say they will recommend actually do."},
	{msgTolerance, "Tolerantiezone", "Zone of tolerance"},
	{msgToleranceHelp, "Zoveel punten onder de verwachting telt nog als waargemaakt.", "This many points below the expectation still counts as met."},
	{msgDefaultCriterion + "quality", "Kwaliteit van product of dienst", "Quality of the product or service"},
	{msgDefaultCriterion + "service", "Service en advies", "Service and advice"},
	{msgDefaultCriterion + "convenience", "Gemak", "Convenience"},
	{msgDefaultCriterion + "image", "Uitstraling", "Image"},
	{msgDefaultCriterion + "price", "Prijs", "Price"},
	{msgDefaultCriterion + "time", "Tijd en wachten", "Time and waiting"},
	{msgDefaultCriterion + "effort", "Moeite en gedoe", "Effort and hassle"},
	{msgDefaultCriterion + "risk", "Risico", "Risk"},
	{msgDefaultCriterion + "reliability", "Betrouwbaarheid", "Reliability"},
	{msgDefaultCriterion + "responsiveness", "Reactiesnelheid", "Responsiveness"},
	{msgDefaultCriterion + "assurance", "Deskundigheid en vertrouwen", "Assurance"},
	{msgDefaultCriterion + "empathy", "Empathie", "Empathy"},
	{msgDefaultCriterion + "tangibles", "Uitstraling van winkel en materiaal", "Tangibles"},
	{msgErrNumber, "Typ een getal, bijvoorbeeld 7,5.", "Type a number, for example 7.5."},
	{msgErrRange, "Kies een waarde van %s tot en met %s.", "Choose a value from %s to %s."},
	{msgErrWhole, "Typ een heel getal.", "Type a whole number."},
	{msgErrAmbiguous, "Dit getal is niet eenduidig; typ het zonder punten voor duizendtallen, bijvoorbeeld 1234,5.", "This number is ambiguous; type it without thousands separators, for example 1234.5."},
	{msgErrNameEmpty, "Een naam is nodig.", "A name is needed."},
	{msgErrNameLong, "Hooguit %d tekens.", "At most %d characters."},
	{msgLevers, "Waar u het meest wint", "Where you gain most"},
	{msgNoLevers, "Nog niets te verbeteren: vul cijfers in voor voordelen en offers.", "Nothing to improve yet: fill in marks for benefits and sacrifices."},
	{msgLeverBenefit, "Verbeter „%s”: elk punt hoger geeft %s klantwaarde erbij.", "Improve “%s”: each point higher adds %s customer value."},
	{msgLeverSacrifice, "Verlicht „%s”: elk punt lager geeft %s klantwaarde erbij.", "Lighten “%s”: each point lower adds %s customer value."},
	{msgPainPoints, "Pijnpunten en wat u eraan doet", "Pain points and what to do"},
	{msgNoPainPoints, "Geen pijnpunten: u maakt de verwachtingen waar.", "No pain points: you meet the expectations."},
	{msgBelowBy, "blijft %s punt onder de verwachting.", "falls %s points short of the expectation."},
	{msgInstrSLA, "Leg vaste werkwijzen vast met gegarandeerde serviceniveaus (SLA's) en meet ze.", "Set up fixed processes with guaranteed service levels (SLAs), and measure them."},
	{msgInstrNoHassle, "Geen gedoe bij klachten, garantie of een kwijtgeraakte bon.", "No hassle over complaints, warranty or a lost receipt."},
	{msgInstrShortWaits, "Korte wachttijden en telefonisch goed bereikbaar.", "Short waits, and easy to reach by phone."},
	{msgInstrTraining, "Train medewerkers in klantvriendelijkheid.", "Train your staff in customer-friendliness."},
	{msgInstrShortTerms, "Korte, begrijpelijke voorwaarden.", "Short, clear terms and conditions."},
	{msgInstrCRM, "Een CRM-systeem zodat iedereen de klant en zijn geschiedenis kent.", "A CRM tool so everyone knows the customer and their history."},
	{msgInstrConcept, "Een eigen concept per segment: winkel, website en materiaal die passen bij deze klanten.", "A concept per segment: shop, website and materials that suit these customers."},
	{msgLoyaltyAndNPS, "Loyaliteit en aanbevelen", "Loyalty and recommendation"},
	{msgLoyaltyIndex, "Loyaliteitsindex", "Loyalty index"},
	{msgSayDoLabel, "Wie echt aanbeveelt", "Who actually recommends"},
	{msgSayDoValue, "%s zeggen het, ongeveer %s doen het (%s%%)", "%s say so, about %s do (%s%%)"},
	{msgWorth, "Wat deze klanten waard zijn", "What these customers are worth"},
	{msgCurrentValue, "Marge per jaar, nu", "Margin per year, now"},
	{msgCurrentValueHelp, "korte termijn", "short term"},
	{msgPotentialValue, "Marge per jaar met groei", "Margin per year with growth"},
	{msgPotentialValueHelp, "middellange termijn", "medium term"},

	// Sharing, files, printing and presenting.
	{msgShareAndFiles, "Delen en bestanden", "Share and files"},
	{msgShareLink, "Link delen", "Share link"},
	{msgShareLinkLabel, "Link naar dit scenario", "Link to this scenario"},
	{msgShareCopied, "De link staat op het klembord. Wie hem opent, krijgt een kopie; er gaat niets naar een server.", "The link is on the clipboard. Whoever opens it gets a copy; nothing goes to a server."},
	{msgShareCopyByHand, "Kopieer de link hieronder. Wie hem opent, krijgt een kopie; er gaat niets naar een server.", "Copy the link below. Whoever opens it gets a copy; nothing goes to a server."},
	{msgShareTooLong, "Dit scenario is te groot voor een link (%d tekens; chat-apps en QR-codes dragen er %d). Exporteer het als bestand en deel dat.", "This scenario is too big for a link (%d characters; chat apps and QR codes carry %d). Export it as a file and share that."},
	{msgExportJSON, "Exporteren (.json)", "Export (.json)"},
	{msgExportCSV, "Resultaten als CSV", "Results as CSV"},
	{msgImport, "Importeren…", "Import…"},
	{msgDropHint, "U kunt een scenariobestand ook op deze pagina slepen.", "You can also drop a scenario file onto this page."},
	{msgDownloadFailed, "Downloaden lukte niet: %s", "The download failed: %s"},
	{msgImportUnreadable, "„%s” kon niet worden gelezen. Er is niets veranderd.", "“%s” could not be read. Nothing has changed."},
	{msgImportBroken, "„%s” is geen geldig scenario: %s. Er is niets veranderd.", "“%s” is not a valid scenario: %s. Nothing has changed."},
	{msgImported, "„%s” is toegevoegd als nieuw scenario.", "“%s” was added as a new scenario."},
	{msgPrint, "Afdrukken", "Print"},
	{msgPrintedOn, "Afgedrukt op %s", "Printed on %s"},
	{msgPresent, "Presenteren", "Present"},
	{msgPresentClose, "Presentatie sluiten (Esc)", "Close the presentation (Esc)"},
	{msgPresentNext, "Volgende", "Next"},
	{msgPresentPrevious, "Vorige", "Previous"},
	{msgSlideOf, "Dia %d van %d", "Slide %d of %d"},
	{msgCSVColumn + "segment", "segment", "segment"},
	{msgCSVColumn + "name", "naam", "name"},
	{msgCSVColumn + "customers", "klanten", "customers"},
	{msgCSVColumn + "benefitScore", "voordelen", "benefits"},
	{msgCSVColumn + "sacrificeScore", "offers", "sacrifices"},
	{msgCSVColumn + "value", "klantwaarde", "customer value"},
	{msgCSVColumn + "valueRatio", "verhouding voordelen/offers", "benefit/sacrifice ratio"},
	{msgCSVColumn + "gap", "verwachtingskloof", "expectation gap"},
	{msgCSVColumn + "verdict", "oordeel", "verdict"},
	{msgCSVColumn + "loyaltyIndex", "loyaliteitsindex (%)", "loyalty index (%)"},
	{msgCSVColumn + "nps", "NPS", "NPS"},
	{msgCSVColumn + "expectedReferrers", "verwachte aanbevelers", "expected referrers"},
	{msgCSVColumn + "currentValue", "marge per jaar", "margin per year"},
	{msgCSVColumn + "potentialValue", "marge per jaar met groei", "margin per year with growth"},
	{msgCSVColumn + "clv", "waarde per klant (CLV)", "value per customer (CLV)"},
	{msgCSVColumn + "equity", "waarde van alle klanten", "customer equity"},
	{msgCSVColumn + "equityUplift", "meerwaarde bij meer behoud", "uplift from more retention"},
	{msgCSVColumn + "equityUpliftPct", "meerwaarde (%)", "uplift (%)"},

	// Charts (app/chart.Labels, by field name).
	{msgChart + "ValueMapTitle", "Waardekaart", "Value map"},
	{msgChart + "GapProfileTitle", "Verwachting en beleving", "Expectations and experience"},
	{msgChart + "QuadrantTitle", "Portfolio", "Portfolio"},
	{msgChart + "LifetimeTitle", "Klantwaarde over de relatie en klantbehoud", "Lifetime value and retention"},
	{msgChart + "ValueMapDesc", "Elke bel is een segment, naar aantal klanten: boven de diagonaal krijgen klanten meer dan ze geven.", "Each bubble is a segment, sized by customers: above the diagonal customers get more than they give."},
	{msgChart + "GapProfileDesc", "Per kwaliteitsdimensie de verwachte dienst, de tolerantiezone eromheen en de beleefde dienst.", "Per quality dimension the expected service, the zone of tolerance around it and the experienced service."},
	{msgChart + "QuadrantDesc", "Elke bel is een segment naar klantwaarde en verwachtingskloof, in het kwadrant van zijn oordeel.", "Each bubble is a segment by customer value and expectation gap, in the quadrant of its verdict."},
	{msgChart + "LifetimeDesc", "De waarde van een klant over de hele relatie bij elk percentage klantbehoud.", "The value of one customer over the whole relationship at each retention rate."},
	{msgChart + "Segment", "Segment", "Segment"},
	{msgChart + "Customers", "Klanten", "Customers"},
	{msgChart + "Benefits", "Voordelen", "Benefits"},
	{msgChart + "Sacrifices", "Offers", "Sacrifices"},
	{msgChart + "Value", "Klantwaarde (voordelen − offers)", "Customer value (benefits − sacrifices)"},
	{msgChart + "Gap", "Verwachtingskloof (beleefd − verwacht)", "Expectation gap (experienced − expected)"},
	{msgChart + "Verdict", "Oordeel", "Verdict"},
	{msgChart + "FairValue", "Eerlijke waarde: voordelen = offers", "Fair value: benefits = sacrifices"},
	{msgChart + "MoreValue", "Meer waarde voor de klant", "More value for the customer"},
	{msgChart + "Dimension", "Kwaliteitsdimensie", "Quality dimension"},
	{msgChart + "Expected", "Verwacht", "Expected"},
	{msgChart + "Experienced", "Beleefd", "Experienced"},
	{msgChart + "Status", "Stand", "Status"},
	{msgChart + "ToleranceZone", "Tolerantiezone", "Zone of tolerance"},
	{msgChart + "NotRated", "niet beoordeeld", "not rated"},
	{msgChart + "Retention", "Klantbehoud", "Retention"},
	{msgChart + "CLV", "Waarde per klant over de relatie", "Lifetime value per customer"},
	{msgChart + "Current", "Nu", "Now"},
	{msgChart + "Uplifted", "+%s procentpunt", "+%s points"},
	{msgChart + "NoData", "Nog niets te tonen", "Nothing to show yet"},
	{msgChart + "Ambassador", "Ambassadeur", "Ambassador"},
	{msgChart + "Vulnerable", "Kwetsbaar", "Vulnerable"},
	{msgChart + "Indifferent", "Onverschillig", "Indifferent"},
	{msgChart + "Defector", "Overloper", "Defector"},
	{msgChart + "NoVerdict", "Nog geen oordeel", "No verdict yet"},
	{msgChart + "Below", "onder de zone", "below the zone"},
	{msgChart + "Within", "binnen de zone", "within the zone"},
	{msgChart + "Above", "boven de zone", "above the zone"},
	{msgChartTable, "Tabel bij de grafiek", "Table of the chart"},

	// The update notice.
	{msgUpdateReady, "Er staat een nieuwe versie van Klantwaarde klaar.", "A new version of Klantwaarde is ready."},
	{msgUpdateReload, "Nu vernieuwen", "Reload now"},
	{msgUpdateLater, "Later", "Later"},

	// Recovered failures.
	{msgInternalError, "Er ging iets mis in Klantwaarde. Uw werk is bewaard; exporteer het voor de zekerheid en laad de pagina opnieuw.", "Something went wrong in Klantwaarde. Your work is kept; export it to be safe and reload the page."},
	// Workshop mode.
	{msgWorkshop, "Workshop: de zaal laten beoordelen", "Workshop: let the room rate"},
	{msgWorkshopIntro, "Deelnemers openen de link of scannen de QR-code, beoordelen één klantgroep op hun telefoon en krijgen een korte code. Plak de codes hieronder: u ziet per beoordeling het gemiddelde en waar de zaal het oneens is. Er gaat niets naar een server: de vragenlijst zit in de link, de antwoorden in de codes.", "Participants open the link or scan the QR code, rate one customer group on their phone and get a short code. Paste the codes below: you see the mean of each rating and where the room disagrees. Nothing goes to a server: the questionnaire is in the link, the answers are in the codes."},
	{msgWorkshopNeeds, "Voeg eerst minstens één segment en één voordeel, offer of kwaliteitsaspect toe.", "First add at least one segment and one benefit, sacrifice or quality dimension."},
	{msgWorkshopLink, "Link naar de vragenlijst", "Link to the questionnaire"},
	{msgWorkshopFingerprint, "Vragenlijst %s: de codes van de deelnemers horen bij deze naam. Verandert u segmenten of criteria, dan krijgt de vragenlijst een nieuwe naam en horen oude codes er niet meer bij.", "Questionnaire %s: the participants' codes belong to this name. If you change segments or criteria, the questionnaire gets a new name and earlier codes no longer belong to it."},
	{msgWorkshopQR, "QR-code met de link naar de vragenlijst", "QR code with the link to the questionnaire"},
	{msgWorkshopTooLong, "Deze vragenlijst is te lang voor een QR-code; deel de link.", "This questionnaire is too long for a QR code; share the link."},
	{msgCopyLink, "Link kopiëren", "Copy the link"},
	{msgOpenAsParticipant, "Bekijken als deelnemer", "View as a participant"},
	{msgCopied, "Gekopieerd.", "Copied."},
	{msgCopyByHand, "Kopiëren lukte niet; selecteer de tekst en kopieer hem met de hand.", "Could not copy; select the text and copy it by hand."},
	{msgCodesLabel, "Codes van de deelnemers, één per regel", "Participants' codes, one per line"},
	{msgCodesHint, "Plakken of typen; hoofdletters, spaties en streepjes maken niet uit.", "Paste or type; capitals, spaces and dashes do not matter."},
	{msgReadCodes, "Codes lezen", "Read the codes"},
	{msgCodeResult + msg(calc.CodeAccepted), "Regel %d: gelezen (%s).", "Line %d: accepted (%s)."},
	{msgCodeResult + msg(calc.CodeDuplicate), "Regel %d: dezelfde code als regel %d; telt één keer.", "Line %d: the same code as line %d; counted once."},
	{msgCodeResult + msg(calc.CodeOther), "Regel %d: een code voor een andere vragenlijst (%s; deze heet %s). Gebruikte de deelnemer een oude link?", "Line %d: a code for another questionnaire (%s; this one is %s). Did the participant use an old link?"},
	{msgCodeResult + msg(calc.CodeMistyped), "Regel %d: een typefout; de controletekens kloppen niet. Vraag de code nog eens.", "Line %d: mistyped; the check characters do not match. Ask for the code again."},
	{msgCodeResult + msg(calc.CodeInvalid), "Regel %d: geen volledige code.", "Line %d: not a complete code."},
	{msgCodesSummary, "%d gelezen, %d dubbel, %d geweigerd.", "%d accepted, %d duplicates, %d refused."},
	{msgAggregates, "Wat de zaal zegt", "What the room says"},
	{msgAggregatesHelp, "Een spreiding van 3 punten of meer is gemarkeerd met „verdeeld”: daar is de zaal het oneens. Bespreek die voordat u de gemiddelden overneemt.", "A spread of 3 points or more is marked “divided”: there the room disagrees. Discuss those before you apply the means."},
	{msgResponsesFor, "%s: %d deelnemers", "%s: %d participants"},
	{msgRating, "Beoordeling", "Rating"},
	{msgRatingOf, "%s: %s", "%s: %s"},
	{msgMean, "Gemiddelde", "Mean"},
	{msgMedian, "Mediaan", "Median"},
	{msgMinMax, "Laagste–hoogste", "Lowest–highest"},
	{msgSpread, "Spreiding", "Spread"},
	{msgDivided, "verdeeld", "divided"},
	{msgApplyMeans, "Gemiddelden overnemen in het scenario", "Apply the means to the scenario"},
	{msgApplyHint, "Alleen beoordelingen met antwoorden veranderen. Ongedaan maken zet alles in één keer terug.", "Only ratings that were answered change. Undo puts everything back at once."},
	{msgMeansApplied, "De gemiddelden van %d deelnemers staan nu in het scenario.", "The means of %d participants are now in the scenario."},
	{msgQuestionnaireBroken, "Deze vragenlijst is niet te openen: %s.", "This questionnaire cannot be opened: %s."},
	{msgParticipantIntro, "Geef uw oordeel, stap voor stap. Uw antwoorden blijven op dit apparaat; aan het eind krijgt u een code voor de trainer.", "Give your view, step by step. Your answers stay on this device; at the end you get a code for the trainer."},
	{msgChooseSegment, "Over welke klantgroep geeft u uw oordeel?", "Which customer group are you rating?"},
	{msgStepOf, "Stap %d van %d", "Step %d of %d"},
	{msgNext, "Volgende", "Next"},
	{msgBack, "Terug", "Back"},
	{msgMakeCode, "Maak mijn code", "Make my code"},
	{msgSkip, "Weet niet", "Don't know"},
	{msgImportanceOf, "Hoe belangrijk is %s?", "How important is %s?"},
	{msgImportanceScale, "0 telt niet mee, 5 is heel belangrijk", "0 does not count, 5 is very important"},
	{msgParticipantHelp + "benefits", "Wat levert het de klant op? Kies hoe belangrijk het is en geef een cijfer van 1 tot 10. Overslaan mag.", "What does the customer get? Choose how important it is and give a mark from 1 to 10. You may skip any."},
	{msgParticipantHelp + "sacrifices", "Wat kost het de klant, in geld, tijd, moeite of risico? Hoe hoger het cijfer, hoe zwaarder het offer. Overslaan mag.", "What does it cost the customer, in money, time, effort or risk? The higher the mark, the heavier the sacrifice. You may skip any."},
	{msgParticipantHelp + "dimensions", "Wat verwacht de klant, en wat ervaart hij? Cijfers van 1 tot 10. Overslaan mag.", "What does the customer expect, and what does he experience? Marks from 1 to 10. You may skip any."},
	{msgYourCode, "Uw code", "Your code"},
	{msgYourCodeHelp, "Geef deze code aan de trainer: lees hem voor, laat de QR-code zien of stuur hem op. Hij bevat alleen uw cijfers.", "Give this code to the trainer: read it aloud, show the QR code or send it. It holds only your marks."},
	{msgCodeFor, "Voor %s, vragenlijst %s", "For %s, questionnaire %s"},
	{msgCodeQR, "QR-code met uw code", "QR code with your code"},
	{msgCopyCode, "Code kopiëren", "Copy the code"},
	{msgShareCode, "Code delen", "Share the code"},
	{msgChangeAnswers, "Antwoorden aanpassen", "Change my answers"},
	{msgNothingRated, "U heeft nog niets beoordeeld; deze code voegt dan niets toe.", "You have not rated anything yet; this code adds nothing."},
	{msgOneDecimal, "1–10, één decimaal", "1–10, one decimal"},
}

var messages = func() map[calc.Locale]map[msg]string {
	m := map[calc.Locale]map[msg]string{calc.Dutch: {}, calc.English: {}}
	for _, t := range texts {
		m[calc.Dutch][t.id] = t.nl
		m[calc.English][t.id] = t.en
	}
	return m
}()

// T returns the text of id in locale l, formatted with args.
func T(l calc.Locale, id msg, args ...any) string {
	s, ok := messages[l][id]
	if !ok {
		s, ok = messages[calc.English][id]
	}
	if !ok {
		return string(id)
	}
	if len(args) == 0 {
		return s
	}
	return fmt.Sprintf(s, args...)
}

// verdictName returns the translated name of v.
func verdictName(l calc.Locale, v calc.Verdict) string {
	if v == calc.NoVerdict {
		return T(l, msgVerdictNone)
	}
	return T(l, msgVerdictPrefix+msg(v))
}

// verdictExplanation returns one plain sentence on what v means.
func verdictExplanation(l calc.Locale, v calc.Verdict) string {
	if v == calc.NoVerdict {
		return T(l, msgVerdictExplain+msgVerdictNone)
	}
	return T(l, msgVerdictExplain+msg(v))
}
