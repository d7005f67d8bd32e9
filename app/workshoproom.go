package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The room part of the Workshop: how many participants it counts, and the
// codes saved as text, read back from a file, or forgotten.

func (w *Workshop) renderRoom() app.UI {
	if !w.ready {
		return nil
	}
	l := w.Locale
	return app.Div().Class("room").Body(
		app.P().Class("room-count").Attr("role", "status").DataSet("room-n", w.participants()).
			Text(i18n.RoomCount.F(l, w.participants())),
		app.P().Class("hint").Text(i18n.RoomKeptHint.In(l)),
		app.Div().Class("buttons").Body(
			button(i18n.ExportCodes.In(l), "export-codes", len(w.room) == 0, w.exportRoom),
			button(i18n.ImportCodes.In(l), "import-codes", false, func(ctx app.Context) {
				app.Window().GetElementByID("room-file").Call("click")
			}),
			button(i18n.ClearCodes.In(l), "clear-codes", len(w.room) == 0, w.clearRoom),
		),
		app.Input().Type("file").ID("room-file").Class("hidden").Accept(".txt,text/plain").
			Aria("label", i18n.ImportCodes.In(l)).OnChange(w.roomFileChosen),
	)
}

// exportRoom downloads the room's codes, one per line.
func (w *Workshop) exportRoom(ctx app.Context) {
	name := "codes-" + w.q.Fingerprint().String() + ".txt"
	if err := download(name, "text/plain;charset=utf-8", []byte(strings.Join(w.room, "\n")+"\n")); err != nil {
		w.status = i18n.DownloadFailed.F(w.Locale, i18n.Problem(w.Locale, err))
	}
}

func (w *Workshop) roomFileChosen(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if files.Length() == 0 {
		return
	}
	name := files.Index(0).Get("name").String()
	readFileText(files.Index(0), func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			input.Set("value", "")
			if err != nil {
				w.status = i18n.ImportUnreadable.F(w.Locale, name)
				return
			}
			w.addText(string(data))
		})
	})
}

func (w *Workshop) clearRoom(ctx app.Context) {
	if !confirmed(i18n.ClearConfirm.F(w.Locale, len(w.room))) {
		return
	}
	w.room, w.lines, w.read = nil, nil, false
	w.Store.saveRoom(w.Key, nil)
	w.aggregate()
}
