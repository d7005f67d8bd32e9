package app

import "github.com/klantwaarde/klantwaarde/app/i18n"

// instrumentsFor returns the instruments (SPEC §2.9) that address a pain
// point in a quality dimension. The five SERVQUAL dimensions get their own
// suggestions; a dimension the user made up gets the general ones.
func instrumentsFor(dimensionID string) []*i18n.Text {
	switch dimensionID {
	case "reliability":
		return []*i18n.Text{&i18n.InstrSLA, &i18n.InstrNoHassle}
	case "responsiveness":
		return []*i18n.Text{&i18n.InstrShortWaits, &i18n.InstrSLA}
	case "assurance":
		return []*i18n.Text{&i18n.InstrTraining, &i18n.InstrShortTerms}
	case "empathy":
		return []*i18n.Text{&i18n.InstrTraining, &i18n.InstrCRM}
	case "tangibles":
		return []*i18n.Text{&i18n.InstrConcept}
	}
	return []*i18n.Text{&i18n.InstrSLA, &i18n.InstrTraining}
}
