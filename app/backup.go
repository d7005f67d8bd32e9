package app

import (
	"time"

	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Backup of every scenario into one file, and its restore through import
// (docs/backup.md). The storage panel and the crash screen
// (web/rescue.js) are JavaScript: they cost the WebAssembly nothing, and
// the crash screen must work when Go no longer does.

// backupEvent tells web/rescue.js that a backup was made, for its storage
// panel's date of the last backup.
const backupEvent = "klantwaarde-backup"

// downloadBackup downloads every scenario of entries as one backup file
// named name, and tells web/rescue.js so. Scenarios of a newer version
// are left out (skipped): this version would write them in its older form.
func downloadBackup(entries []*entry) (name string, saved, skipped int, err error) {
	scenarios := make([]*calc.Scenario, 0, len(entries))
	for _, e := range entries {
		if !e.readOnly {
			scenarios = append(scenarios, e.scenario)
		}
	}
	now := time.Now()
	name = "klantwaarde-backup-" + now.Format(time.DateOnly) + ".json"
	data, err := calc.EncodeBackup(scenarios, now)
	if err == nil {
		err = download(name, "application/json", data)
	}
	if err != nil {
		return name, 0, 0, err
	}
	win := app.Window()
	win.Call("dispatchEvent", win.Get("Event").New(backupEvent))
	return name, len(scenarios), len(entries) - len(scenarios), nil
}
