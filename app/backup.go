package app

import (
	"time"

	"github.com/klantwaarde/klantwaarde/app/i18n"
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

// backup downloads every scenario as one backup file. Scenarios of a newer
// version are left out: this version would write them in its older form.
func (ft *FileTools) backup(ctx app.Context) {
	l := ft.Locale
	entries := ft.Tools.entries()
	scenarios := make([]*calc.Scenario, 0, len(entries))
	for _, e := range entries {
		if !e.readOnly {
			scenarios = append(scenarios, e.scenario)
		}
	}
	now := time.Now()
	name := "klantwaarde-backup-" + now.Format(time.DateOnly) + ".json"
	data, err := calc.EncodeBackup(scenarios, now)
	if err == nil {
		err = download(name, "application/json", data)
	}
	ft.reportDownload(err)
	if err != nil {
		return
	}
	ft.message = i18n.BackupDone.F(l, len(scenarios), name)
	if skipped := len(entries) - len(scenarios); skipped > 0 {
		ft.message += i18n.BackupSkipped.F(l, skipped)
	}
	win := app.Window()
	win.Call("dispatchEvent", win.Get("Event").New(backupEvent))
}
