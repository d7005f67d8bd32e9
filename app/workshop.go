package app

import (
	"encoding/json"
	"errors"
	"strconv"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// appliedMeans is a scenario with the room's means applied, and how many
// participants' codes they came from.
type appliedMeans struct {
	scenario     *calc.Scenario
	participants int
}

// Workshop is the trainer's side of workshop mode (SPEC §6): the link to
// the questionnaire of the scenario on screen with its QR code for the
// projector, a box for the participants' response codes with a verdict per
// line, the aggregate per rating, and the means applied to the scenario on
// request, as one undoable step.
type Workshop struct {
	app.Compo

	Locale   calc.Locale
	Scenario *calc.Scenario
	// Key is the scenario's storage id: the room's codes are kept under it
	// in Store (storeroom.go).
	Key      string
	Store    *store
	ReadOnly bool
	// OnApply puts the scenario with the room's means on screen.
	OnApply *Change[*appliedMeans]

	key     string // what the link below was made from
	q       *calc.Questionnaire
	link    string
	linkQR  string // SVG
	ready   bool   // whether the scenario makes a questionnaire at all
	problem string // why there is no link or QR code
	status  string // what became of a copy
	text    string // the pasted codes
	read    bool   // whether pasted text was read
	lines   []calc.CodeLine
	scan    scanState   // the camera scanner (workshopscan.go)
	mounted app.Context // the component's own, for events from outside
	roomKey string      // the Key the room was loaded for
	room    []string    // the codes collected so far (storeroom.go)
	aggs    []calc.SegmentAggregate
}

// OnMount and OnUpdate make the link and its QR code when the criteria or
// segments change, not on every render: the QR code takes a moment.
func (w *Workshop) OnMount(ctx app.Context) { w.mounted = ctx; w.refresh() }

func (w *Workshop) OnUpdate(ctx app.Context) { w.refresh() }

func (w *Workshop) refresh() {
	if w.Scenario == nil {
		return
	}
	q := calc.TwoLevelQuestionnaireOf(w.Scenario)
	key, _ := json.Marshal(q)
	if w.Key != w.roomKey {
		w.roomKey, w.room, w.read, w.lines = w.Key, w.Store.room(w.Key), false, nil
		w.key = ""
	}
	if string(key)+string(w.Locale) == w.key {
		return
	}
	w.key, w.q = string(key)+string(w.Locale), q
	w.link, w.linkQR, w.problem, w.status = "", "", "", ""
	w.ready = q.Usable()
	if !w.ready {
		w.problem = i18n.WorkshopNeeds.In(w.Locale)
	} else if payload, err := calc.EncodeQuestionnaireWith(q, linkDeflate); err != nil {
		w.problem = i18n.Problem(w.Locale, err)
	} else {
		w.link = pageURL() + calc.QuestionnairePrefix + payload
		if w.linkQR, err = qrSVG(w.link, i18n.WorkshopQR.In(w.Locale)); err != nil {
			w.problem = i18n.WorkshopTooLong.In(w.Locale)
		}
	}
	w.aggregate()
}

// aggregate reads the room against the questionnaire on screen.
func (w *Workshop) aggregate() {
	w.aggs = nil
	if w.ready {
		w.aggs = calc.Aggregate(w.q, calc.RoomResponses(w.q, w.room))
	}
}

// readCodes finds the codes in the pasted text, adds the new ones to the
// room and keeps it.
func (w *Workshop) readCodes() { w.addText(w.text) }

func (w *Workshop) addText(text string) {
	if !w.ready {
		return
	}
	w.read = true
	w.lines = calc.ScanCodes(w.q, text)
	before := len(w.room)
	w.room = calc.AddToRoom(w.room, w.lines)
	if len(w.room) != before {
		w.Store.saveRoom(w.Key, w.room)
	}
	w.aggregate()
}

// participants is how many responses the room holds for the questionnaire
// on screen.
func (w *Workshop) participants() int {
	n := 0
	for _, sa := range w.aggs {
		n += sa.Responses
	}
	return n
}

// Render lays out the link, the codes and the aggregates.
func (w *Workshop) Render() app.UI {
	l := w.Locale
	// One paragraph either way: a paragraph that comes and goes would
	// shift the elements after it, which go-app then rebuilds.
	intro, twoLevel := i18n.WorkshopIntro.In(l), w.q != nil && w.q.TwoLevel
	if twoLevel {
		intro += " " + i18n.WorkshopTwoLevel.In(l)
	}
	return app.Div().Class("workshop").DataSet("two-level", strconv.FormatBool(twoLevel)).Body(
		app.P().Class("hint").Text(intro),
		w.renderLink(),
		app.Div().Class("field", "codes").Body(
			app.Label().For("workshop-codes").Body(
				app.Span().Text(i18n.CodesLabel.In(l)),
				app.Span().Class("hint").Text(i18n.CodesHint.In(l)),
			),
			app.Textarea().ID("workshop-codes").Rows(6).Spellcheck(false).
				Attr("autocapitalize", "characters").Attr("autocomplete", "off").
				OnInput(func(ctx app.Context, e app.Event) { w.text = ctx.JSSrc().Get("value").String() }),
		),
		app.Div().Class("buttons").Body(
			button(i18n.ReadCodes.In(l), "read-codes", !w.ready, func(ctx app.Context) { w.readCodes() }),
		),
		w.renderScanner(),
		w.renderLines(),
		w.renderRoom(),
		&AggregateTable{Locale: l, Aggregates: w.aggs},
		w.renderApply(),
	)
}

func (w *Workshop) renderLink() app.UI {
	l := w.Locale
	if w.link == "" {
		return app.P().Class("notice", "notice-warning").Text(w.problem)
	}
	var qrBox app.UI
	if w.linkQR != "" {
		qrBox = app.Div().Class("qr-box", "qr-link").Body(app.Raw(w.linkQR))
	} else {
		qrBox = app.P().Class("notice", "notice-warning").Text(w.problem)
	}
	return app.Div().Class("workshop-link").Body(
		qrBox,
		app.Div().Body(
			app.P().Class("fingerprint").DataSet("fingerprint", w.q.Fingerprint().String()).
				Text(i18n.WorkshopFingerprint.F(l, w.q.Fingerprint())),
			app.Div().Class("field", "text").Body(
				app.Label().For("workshop-link").Text(i18n.WorkshopLink.In(l)),
				app.Input().ID("workshop-link").Type("text").ReadOnly(true).Value(w.link).
					DataSet("questionnaire-link", w.link).
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			),
			app.Div().Class("buttons").Body(
				button(i18n.CopyLink.In(l), "copy-link", false, w.copyLink),
				button(i18n.OpenAsParticipant.In(l), "open-participant", false, func(ctx app.Context) { openWindow(w.link) }),
			),
			app.P().Class("status").Attr("role", "status").Text(w.status),
		),
	)
}

// apply hands the scenario with the room's means to the page.
func (w *Workshop) apply(ctx app.Context) {
	if len(w.room) > 0 {
		w.OnApply.call(ctx, &appliedMeans{calc.Apply(w.Scenario, w.aggs), w.participants()})
	}
}

func (w *Workshop) copyLink(ctx app.Context) {
	link, l := w.link, w.Locale
	copyText(link, func(ok bool) {
		ctx.Dispatch(func(app.Context) {
			w.status = i18n.CopyByHand.In(l)
			if ok {
				w.status = i18n.Copied.In(l)
			}
		})
	})
}

// renderLines says what became of each pasted line, naming it.
func (w *Workshop) renderLines() app.UI {
	if !w.read {
		return nil
	}
	l := w.Locale
	counts := map[calc.CodeStatus]int{}
	for _, cl := range w.lines {
		counts[cl.Status]++
	}
	refused := len(w.lines) - counts[calc.CodeAccepted] - counts[calc.CodeDuplicate]
	return app.Div().Class("code-results").Attr("role", "status").Body(
		app.P().DataSet("codes-summary", "true").
			Text(i18n.CodesSummary.F(l, counts[calc.CodeAccepted], counts[calc.CodeDuplicate], refused)),
		app.Ul().Body(app.Range(w.lines).Slice(func(i int) app.UI {
			cl := w.lines[i]
			return app.Li().Class("code-"+string(cl.Status)).
				DataSet("code-result", string(cl.Status)).DataSet("line", cl.Line).
				Text(w.lineText(cl))
		})),
	)
}

func (w *Workshop) lineText(cl calc.CodeLine) string {
	l, id := w.Locale, i18n.CodeResult(cl.Status)
	switch cl.Status {
	case calc.CodeAccepted:
		return id.F(l, cl.Line, w.q.Segments[cl.Response.Segment].Name)
	case calc.CodeDuplicate:
		if cl.First == 0 {
			return i18n.CodeCollectedBefore.F(l, cl.Line)
		}
		return id.F(l, cl.Line, cl.First)
	case calc.CodeOther:
		other := "?"
		if ce, ok := errors.AsType[*calc.CodeError](cl.Err); ok {
			other = ce.Fingerprint.String()
		}
		return id.F(l, cl.Line, other, w.q.Fingerprint())
	case calc.CodeInvalid:
		return i18n.CodeDamagedLine.F(l, cl.Line)
	}
	if cl.Status == calc.CodeInvalid {
		return id.F(l, cl.Line, i18n.Problem(l, cl.Err))
	}
	return id.F(l, cl.Line)
}

func (w *Workshop) renderApply() app.UI {
	if len(w.room) == 0 {
		return nil
	}
	l, accepted := w.Locale, w.participants()
	return app.Div().Class("apply").Body(
		app.Div().Class("buttons").Body(
			primaryButton(i18n.ApplyMeans.In(l), "apply-means", accepted == 0 || w.ReadOnly, w.apply),
		),
		app.P().Class("hint").Text(i18n.ApplyHint.In(l)),
	)
}
