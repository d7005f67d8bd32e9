package app

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// maxShareLink is the longest share link the app offers: what chat apps
// and QR codes carry (SPEC §4.1).
const maxShareLink = 8000

// FileTools shares, exports, imports, prints and presents the scenario on
// screen. It reads the scenario when a button is pressed, through Tools,
// and not as a field: a field would draw the tools again with every
// keystroke, for nothing.
type FileTools struct {
	app.Compo

	Locale calc.Locale
	Empty  bool // no segments: nothing to present
	Tools  *fileActions

	link    string // the share link last made, shown to copy by hand
	message words  // what happened to it
}

// Render draws the tools.
func (ft *FileTools) Render() app.UI {
	l := ft.Locale
	return app.Section().Class("filetools").Aria("label", i18n.ShareAndFiles.In(l)).Body(
		app.Div().Class("buttons").Body(
			button(i18n.ShareLink.In(l), "share", false, ft.share),
			button(i18n.ExportJSON.In(l), "export-json", false, ft.exportJSON),
			button(i18n.Import.In(l), "import", false, ft.chooseFile),
			button(i18n.BackupButton.In(l), "backup", false, ft.backup),
			button(i18n.ExportCSV.In(l), "export-csv", false, ft.exportCSV),
			button(i18n.Print.In(l), "print", false, ft.Tools.print),
			button(i18n.Present.In(l), "present", ft.Empty, ft.Tools.present),
		),
		app.Input().Type("file").ID("import-file").Class("hidden").
			Accept(".json,application/json").
			Aria("label", i18n.Import.In(l)).
			OnChange(ft.fileChosen),
		app.P().Class("hint").Text(i18n.DropHint.In(l)),
		app.If(ft.link != "",
			app.Div().Class("field", "text").Body(
				app.Label().For("share-link").Text(i18n.ShareLinkLabel.In(l)),
				app.Input().ID("share-link").Type("text").ReadOnly(true).Value(ft.link).DataSet("share-link", "true"),
			),
		),
		app.If(ft.message != nil, app.P().Class("status").Attr("role", "status").Text(ft.message.in(l))),
	)
}

// share makes the share link of SPEC §4.1, copies it and, where the browser
// has one, opens the share sheet; a link too long for chat apps and QR
// codes is not offered.
func (ft *FileTools) share(ctx app.Context) {
	s, _ := ft.Tools.current()
	payload, err := calc.EncodeShareWith(s, linkDeflate)
	if err != nil {
		ft.link, ft.message = "", func(l calc.Locale) string { return i18n.Problem(l, err) }
		return
	}
	link := pageURL() + calc.SharePrefix + payload
	if len(link) >= maxShareLink {
		ft.link, ft.message = "", func(l calc.Locale) string { return i18n.ShareTooLong.F(l, len(link), maxShareLink) }
		return
	}
	ft.link, ft.message = link, nil
	copyText(link, func(ok bool) {
		ctx.Dispatch(func(app.Context) {
			if ok {
				ft.message = i18n.ShareCopied.In
			} else {
				ft.message = i18n.ShareCopyByHand.In
			}
		})
	})
	if canShare() {
		shareSheet(s.Title, "url", link)
	}
}

func (ft *FileTools) exportJSON(ctx app.Context) {
	s, _ := ft.Tools.current()
	data, err := calc.Encode(s)
	if err == nil {
		err = download(fileName(s.Title)+".klantwaarde.json", "application/json", data)
	}
	ft.reportDownload(err)
}

func (ft *FileTools) exportCSV(ctx app.Context) {
	var buf bytes.Buffer
	header := make([]string, len(calc.CSVColumns))
	for i, c := range calc.CSVColumns {
		header[i] = i18n.CSVColumn(c).In(ft.Locale)
	}
	s, report := ft.Tools.current()
	err := calc.WriteCSV(&buf, s, report, ft.Locale, header)
	if err == nil {
		err = download(fileName(s.Title)+".csv", "text/csv;charset=utf-8", buf.Bytes())
	}
	ft.reportDownload(err)
}

// backup downloads every scenario as one backup file (backup.go).
func (ft *FileTools) backup(ctx app.Context) {
	name, saved, skipped, err := downloadBackup(ft.Tools.entries())
	ft.reportDownload(err)
	if err != nil {
		return
	}
	ft.message = func(l calc.Locale) string {
		text := i18n.BackupDone.F(l, saved, name)
		if skipped > 0 {
			text += i18n.BackupSkipped.F(l, skipped)
		}
		return text
	}
}

func (ft *FileTools) reportDownload(err error) {
	ft.link = ""
	if err != nil {
		ft.message = func(l calc.Locale) string { return i18n.DownloadFailed.F(l, i18n.Problem(l, err)) }
		return
	}
	ft.message = nil
}

// chooseFile opens the file picker.
func (ft *FileTools) chooseFile(ctx app.Context) {
	app.Window().GetElementByID("import-file").Call("click")
}

func (ft *FileTools) fileChosen(ctx app.Context, e app.Event) {
	input := ctx.JSSrc()
	files := input.Get("files")
	if files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	readFileText(file, func(data []byte, err error) {
		ctx.Dispatch(func(ctx app.Context) {
			input.Set("value", "")
			if err != nil {
				ft.message = func(l calc.Locale) string { return i18n.ImportUnreadable.F(l, name) }
				return
			}
			ft.Tools.importFile(ctx, name, data)
		})
	})
}

// fileName turns a title into a file name: letters, digits and dashes.
func fileName(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 60 {
			break
		}
	}
	name := strings.Trim(b.String(), "-")
	if name == "" {
		return "scenario"
	}
	return name
}
