package i18n

// The page around the work: the masthead, app-wide notices about storage,
// other tabs, updates and failures.
var (
	AppName        = Text{NL: "Klantwaarde", EN: "Klantwaarde"}
	PageTitle      = Text{NL: "Klantwaarde – klantwaarde berekenen", EN: "Klantwaarde – customer value calculator"}
	Tagline        = Text{NL: "Wat levert u uw klanten, en wat levert het u op?", EN: "What do you give your customers, and what does it bring you?"}
	Intro          = Text{NL: "Klantwaarde zet per klantgroep af wat uw klanten krijgen tegen wat zij ervoor geven, en zegt wat dat u oplevert.", EN: "Klantwaarde weighs, per group of customers, what they get against what they give, and tells you what that is worth to you."}
	Language       = Text{NL: "Taal", EN: "Language"}
	Dismiss        = Text{NL: "Sluiten", EN: "Close"}
	StorageBroken  = Text{NL: "Uw browser laat Klantwaarde niets bewaren. U kunt gewoon doorwerken, maar exporteer uw scenario voordat u dit venster sluit.", EN: "Your browser does not let Klantwaarde keep anything. You can go on working, but export your scenario before you close this window."}
	StorageNewer   = Text{NL: "Een bewaard scenario is gemaakt met een nieuwere versie van Klantwaarde. Het is alleen te bekijken en blijft onaangeroerd; werk de app bij om het te wijzigen.", EN: "A kept scenario was made with a newer version of Klantwaarde. It can only be viewed and stays untouched; update the app to change it."}
	StorageDamaged = Text{NL: "Een bewaard scenario kon niet worden gelezen. Het blijft onaangeroerd in uw browser.", EN: "A kept scenario could not be read. It stays untouched in your browser."}
	Conflict       = Text{NL: "Dit scenario is ook in een ander venster gewijzigd. Beide versies zijn bewaard: die van dit venster heet nu „%s”.", EN: "This scenario was also changed in another window. Both versions are kept: this window's is now called “%s”."}
	ConflictCopy   = Text{NL: "%s (dit venster)", EN: "%s (this window)"}
	OtherTab       = Text{NL: "Bijgewerkt met wijzigingen uit een ander venster.", EN: "Updated with changes from another window."}
	UpdateReady    = Text{NL: "Er staat een nieuwe versie van Klantwaarde klaar.", EN: "A new version of Klantwaarde is ready."}
	UpdateReload   = Text{NL: "Nu vernieuwen", EN: "Reload now"}
	UpdateLater    = Text{NL: "Later", EN: "Later"}
	InternalError  = Text{NL: "Er ging iets mis in Klantwaarde. Uw werk is bewaard; exporteer het voor de zekerheid en laad de pagina opnieuw.", EN: "Something went wrong in Klantwaarde. Your work is kept; export it to be safe and reload the page."}
)
