package i18n

// The page the server sends while the app loads (app/shell.go).
var (
	ShellLoading = Text{NL: "Klantwaarde wordt geladen…", EN: "Klantwaarde is loading…"}
)
