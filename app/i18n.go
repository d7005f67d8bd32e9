package app

import (
	"fmt"

	"github.com/klantwaarde/klantwaarde/calc"
)

// msg identifies a text of the interface; the words live in messages.
type msg string

// The texts of the interface, keyed by identifier.
const (
	msgAppName         msg = "appName"
	msgTagline         msg = "tagline"
	msgLanguage        msg = "language"
	msgResults         msg = "results"
	msgPortfolio       msg = "portfolio"
	msgCustomers       msg = "customers"
	msgValue           msg = "value"
	msgValueHelp       msg = "valueHelp"
	msgGap             msg = "gap"
	msgGapHelp         msg = "gapHelp"
	msgVerdict         msg = "verdict"
	msgCLV             msg = "clv"
	msgEquity          msg = "equity"
	msgUplift          msg = "uplift"
	msgUpliftContext   msg = "upliftContext"
	msgUndefined       msg = "undefined"
	msgShareOpened     msg = "shareOpened"
	msgShareBroken     msg = "shareBroken"
	msgDismiss         msg = "dismiss"
	msgVerdictNone     msg = "verdictNone"
	msgVerdictPrefix   msg = "verdict_"
	msgVerdictExplain  msg = "explain_"
	msgSkipToResults   msg = "skipToResults"
	msgNoSegments      msg = "noSegments"
	msgSegmentsCounted msg = "segmentsCounted"

	// The update notice (update.go).
	msgUpdateReady  msg = "updateReady"
	msgUpdateReload msg = "updateReload"
	msgUpdateLater  msg = "updateLater"
)

var messages = map[calc.Locale]map[msg]string{
	calc.Dutch: {
		msgAppName:                               "Klantwaarde",
		msgTagline:                               "Wat levert u uw klanten, en wat levert het u op?",
		msgLanguage:                              "Taal",
		msgResults:                               "Resultaten",
		msgPortfolio:                             "Alle segmenten samen",
		msgCustomers:                             "Klanten",
		msgValue:                                 "Klantwaarde",
		msgValueHelp:                             "voordelen min offers",
		msgGap:                                   "Verwachtingskloof",
		msgGapHelp:                               "beleefd min verwacht",
		msgVerdict:                               "Oordeel",
		msgCLV:                                   "Waarde van een klant over de hele relatie",
		msgEquity:                                "Waarde van alle klanten samen",
		msgUplift:                                "Wat %s procentpunt meer klantbehoud waard is",
		msgUpliftContext:                         "Een veel aangehaald onderzoek vond dat 5%% meer klantbehoud 25–95%% meer winst gaf. Voor uw cijfers: %s.",
		msgUndefined:                             "nog niet te berekenen",
		msgShareOpened:                           "Dit scenario komt uit een gedeelde link. Uw eigen werk is niet aangeraakt.",
		msgShareBroken:                           "Deze gedeelde link is niet te openen: %s. Er is niets veranderd.",
		msgDismiss:                               "Sluiten",
		msgVerdictNone:                           "Nog geen oordeel",
		msgVerdictPrefix + msg(calc.Ambassador):  "Ambassadeur",
		msgVerdictPrefix + msg(calc.Vulnerable):  "Kwetsbaar",
		msgVerdictPrefix + msg(calc.Indifferent): "Onverschillig",
		msgVerdictPrefix + msg(calc.Defector):    "Overloper",
		msgVerdictExplain + msg(calc.Ambassador): "Ze krijgen meer dan ze geven en u maakt hun verwachtingen waar: deze klanten brengen nieuwe klanten mee.",
		msgVerdictExplain + msg(calc.Vulnerable): "Ze krijgen meer dan ze geven, maar u blijft onder hun verwachtingen: een concurrent die dat wel waarmaakt, neemt ze over.",
		msgVerdictExplain + msg(calc.Indifferent): "U maakt hun verwachtingen waar, maar ze geven evenveel of meer dan ze krijgen: ze blijven zolang niets beters langskomt.",
		msgVerdictExplain + msg(calc.Defector):    "Ze geven meer dan ze krijgen en u blijft onder hun verwachtingen: deze klanten lopen weg.",
		msgVerdictExplain + msgVerdictNone:        "Vul voordelen, offers en verwachtingen in om een oordeel te krijgen.",
		msgSkipToResults:                          "Naar de resultaten",
		msgNoSegments:                             "Dit scenario heeft nog geen segmenten.",
		msgSegmentsCounted:                        "%d segmenten, %s klanten",

		msgUpdateReady:  "Er staat een nieuwe versie van Klantwaarde klaar.",
		msgUpdateReload: "Nu vernieuwen",
		msgUpdateLater:  "Later",
	},
	calc.English: {
		msgAppName:                               "Klantwaarde",
		msgTagline:                               "What do you give your customers, and what does it bring you?",
		msgLanguage:                              "Language",
		msgResults:                               "Results",
		msgPortfolio:                             "All segments together",
		msgCustomers:                             "Customers",
		msgValue:                                 "Customer value",
		msgValueHelp:                             "benefits minus sacrifices",
		msgGap:                                   "Expectation gap",
		msgGapHelp:                               "experienced minus expected",
		msgVerdict:                               "Verdict",
		msgCLV:                                   "Value of one customer over the whole relationship",
		msgEquity:                                "Value of all customers together",
		msgUplift:                                "What %s percentage points more retention is worth",
		msgUpliftContext:                         "A widely quoted study found that keeping 5%% more customers raised profit by 25–95%%. For your figures: %s.",
		msgUndefined:                             "not yet computable",
		msgShareOpened:                           "This scenario comes from a shared link. Your own work is untouched.",
		msgShareBroken:                           "This shared link cannot be opened: %s. Nothing has changed.",
		msgDismiss:                               "Close",
		msgVerdictNone:                           "No verdict yet",
		msgVerdictPrefix + msg(calc.Ambassador):  "Ambassador",
		msgVerdictPrefix + msg(calc.Vulnerable):  "Vulnerable",
		msgVerdictPrefix + msg(calc.Indifferent): "Indifferent",
		msgVerdictPrefix + msg(calc.Defector):    "Defector",
		msgVerdictExplain + msg(calc.Ambassador): "They get more than they give and you meet their expectations: these customers bring in new ones.",
		msgVerdictExplain + msg(calc.Vulnerable): "They get more than they give, but you fall short of their expectations: a competitor who delivers will take them.",
		msgVerdictExplain + msg(calc.Indifferent): "You meet their expectations, but they give as much as they get or more: they stay until something better comes along.",
		msgVerdictExplain + msg(calc.Defector):    "They give more than they get and you fall short of their expectations: these customers are leaving.",
		msgVerdictExplain + msgVerdictNone:        "Fill in benefits, sacrifices and expectations to get a verdict.",
		msgSkipToResults:                          "Skip to the results",
		msgNoSegments:                             "This scenario has no segments yet.",
		msgSegmentsCounted:                        "%d segments, %s customers",

		msgUpdateReady:  "A new version of Klantwaarde is ready.",
		msgUpdateReload: "Reload now",
		msgUpdateLater:  "Later",
	},
}

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
