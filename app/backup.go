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

// restoreBackup adds the scenarios of a backup that are not there yet
// (calc.Restore), and says how many were added and how many were there
// already; a backup that cannot be read changes nothing.
func (r *Root) restoreBackup(name string, data []byte) {
	l := r.locale
	b, err := calc.DecodeBackup(data)
	if b == nil {
		r.notes.current = notice{kind: "error", text: i18n.RestoreBroken.F(l, name, problems(l, err))}
		return
	}
	have := make([]*calc.Scenario, len(r.ws.entries))
	for i, e := range r.ws.entries {
		have[i] = e.scenario
	}
	add, already := calc.Restore(have, b.Scenarios)
	for _, s := range add {
		r.persist(r.ws.add(s))
	}
	if len(add) > 0 {
		r.segment = 0
		r.persistIndex()
	}
	r.notes.current = notice{kind: "info", text: i18n.Restored.F(l, name, i18n.RestoredAdded.F(l, len(add)), i18n.RestoredThere.F(l, already))}
	if err != nil {
		r.notes.current.kind = "warning"
		r.notes.current.text += i18n.RestoredPartly.F(l, problems(l, err))
	}
}
