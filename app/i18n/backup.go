package i18n

// Texts of the backup of every scenario and its restore (docs/backup.md).
var (
	BackupButton = Text{NL: "Back-up van alles", EN: "Back up everything"}
	// BackupDone takes the number of scenarios and the file name.
	BackupDone = Plural{
		One: Text{
			NL: "%d scenario staat in „%s”. Bewaar het bestand buiten deze browser; importeren zet het terug.",
			EN: "%d scenario is in “%s”. Keep the file outside this browser; importing it brings it back.",
		},
		Other: Text{
			NL: "Alle %d scenario's staan in „%s”. Bewaar het bestand buiten deze browser; importeren zet ze terug.",
			EN: "All %d scenarios are in “%s”. Keep the file outside this browser; importing it brings them back.",
		},
	}
	// BackupSkipped takes the number of scenarios of a newer version.
	BackupSkipped = Plural{
		One: Text{
			NL: " %d scenario van een nieuwere versie van de app is niet meegenomen: maak daarvan een back-up in die versie.",
			EN: " %d scenario of a newer version of the app was left out: back it up in that version.",
		},
		Other: Text{
			NL: " %d scenario's van een nieuwere versie van de app zijn niet meegenomen: maak daarvan een back-up in die versie.",
			EN: " %d scenarios of a newer version of the app were left out: back them up in that version.",
		},
	}
	// Restored takes the file name, RestoredAdded and RestoredThere.
	Restored = Text{
		NL: "Back-up „%s” teruggezet: %s, %s. Niets is overschreven.",
		EN: "Backup “%s” restored: %s, %s. Nothing was overwritten.",
	}
	RestoredAdded = Plural{
		One:   Text{NL: "%d scenario toegevoegd", EN: "%d scenario added"},
		Other: Text{NL: "%d scenario's toegevoegd", EN: "%d scenarios added"},
	}
	RestoredThere = Plural{
		One:   Text{NL: "%d was er al", EN: "%d was already there"},
		Other: Text{NL: "%d waren er al", EN: "%d were already there"},
	}
	// RestoredPartly follows Restored; it takes the problems of the
	// scenarios that could not be read.
	RestoredPartly = Text{
		NL: " Niet alles kon worden gelezen: %s.",
		EN: " Some of it could not be read: %s.",
	}
	// RestoreBroken takes the file name and the problems.
	RestoreBroken = Text{
		NL: "„%s” is geen bruikbare back-up: %s. Er is niets veranderd.",
		EN: "“%s” is not a usable backup: %s. Nothing has changed.",
	}
	problemNotBackup = Text{NL: "dit is geen Klantwaarde-back-up", EN: "this is not a Klantwaarde backup"}
)
