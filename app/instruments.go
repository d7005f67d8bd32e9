package app

// instrumentsFor returns the instruments (SPEC §2.9) that address a pain
// point in a quality dimension. The five SERVQUAL dimensions get their own
// suggestions; a dimension the user made up gets the general ones.
func instrumentsFor(dimensionID string) []msg {
	switch dimensionID {
	case "reliability":
		return []msg{msgInstrSLA, msgInstrNoHassle}
	case "responsiveness":
		return []msg{msgInstrShortWaits, msgInstrSLA}
	case "assurance":
		return []msg{msgInstrTraining, msgInstrShortTerms}
	case "empathy":
		return []msg{msgInstrTraining, msgInstrCRM}
	case "tangibles":
		return []msg{msgInstrConcept}
	}
	return []msg{msgInstrSLA, msgInstrTraining}
}
