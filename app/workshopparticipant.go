package app

import (
	"errors"
	"maps"
	"strconv"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Participant is the phone view of a workshop questionnaire (SPEC §6),
// shown instead of the editor when the page is opened with a #q= link. The
// participant picks a customer group, rates one group of criteria at a
// time, and gets a response code, as text and as a QR code, to hand to the
// trainer. Everything happens on the device; nothing is sent anywhere.
type Participant struct {
	app.Compo

	Locale        calc.Locale
	Questionnaire *calc.Questionnaire
	OnLocale      *Change[calc.Locale] // the same pointer on every render
	// Store keeps the answers on the phone (storeparticipant.go).
	Store *store

	step     int
	response *calc.Response
	code     string
	codeSVG  string
	status   words
	fields   changes[*float64] // one stable OnChange per input
	// problems are the answers a code cannot carry, by input id (see
	// check), worded when drawn, in the language on screen; tried is set
	// once the participant asked for the code.
	problems map[string]error
	tried    bool
}

// The steps besides the criteria groups (calc.GroupBenefits …); data-step
// names them for automation.
const (
	stepSegment = "segment"
	stepCode    = "code"
)

// steps lists the steps of this questionnaire: the segment, each group of
// criteria it has, and the code.
func (p *Participant) steps() []string {
	q := p.Questionnaire
	steps := []string{stepSegment}
	for _, g := range []struct {
		name string
		n    int
	}{{calc.GroupBenefits, len(q.Benefits)}, {calc.GroupSacrifices, len(q.Sacrifices)}, {calc.GroupDimensions, len(q.Dimensions)}} {
		if g.n > 0 {
			steps = append(steps, g.name)
		}
	}
	return append(steps, stepCode)
}

// resp returns the answers so far: those kept on the phone, or new ones;
// with a single segment it is chosen.
func (p *Participant) resp() *calc.Response {
	if p.response == nil {
		if k, ok := p.Store.answers(p.Questionnaire); ok {
			p.step, p.response, p.code = k.Step, k.Response, k.Code
			if p.code != "" {
				p.codeSVG, _ = qrSVG(p.code, i18n.CodeQR.In(p.Locale))
			}
		} else {
			p.response = newParticipantResponse(p.Questionnaire)
		}
	}
	return p.response
}

// OnInit reads the kept answers before the first step is drawn.
func (p *Participant) OnInit() { p.resp(); p.check() }

// keep saves the answers after each change.
func (p *Participant) keep() {
	p.Store.saveAnswers(p.Questionnaire, keptAnswers{Step: p.step, Response: p.resp(), Code: p.code})
}

// Render lays out the page: the title, the step on screen and the buttons
// to move between steps.
func (p *Participant) Render() app.UI {
	l, q := p.Locale, p.Questionnaire
	steps := p.steps()
	step := min(max(p.step, 0), len(steps)-1)
	title := q.Title
	if title == "" {
		title = i18n.Untitled.In(l)
	}
	var body app.UI
	switch name := steps[step]; name {
	case stepSegment:
		body = p.segmentStep()
	case stepCode:
		body = p.codeStep()
	default:
		body = p.groupStep(name)
	}
	return app.Div().Class("page", "participant").Body(
		app.Header().Class("masthead").Body(
			app.Div().Body(
				app.P().Class("tagline").Text(i18n.AppName.In(l)),
				app.H1().Text(title),
			),
			&LanguageSwitch{Locale: l, OnChange: p.OnLocale},
		),
		app.Main().Class("questionnaire").DataSet("step", steps[step]).Body(
			app.P().Class("progress").Text(i18n.StepOf.F(l, step+1, len(steps))),
			body,
			p.navigation(steps, step),
		),
	)
}

func (p *Participant) segmentStep() app.UI {
	l, q, r := p.Locale, p.Questionnaire, p.resp()
	return app.Div().Body(
		app.P().Text(i18n.ParticipantIntro.In(l)),
		app.FieldSet().Class("choice-list").Body(
			app.Legend().Body(app.H2().ID("step-heading").TabIndex(-1).Text(i18n.ChooseSegment.In(l))),
			app.Range(q.Segments).Slice(func(i int) app.UI {
				id := "q-segment-" + q.Segments[i].ID
				return app.Label().Class("choice-row").For(id).Body(
					app.Input().Type("radio").Name("q-segment").ID(id).Value(strconv.Itoa(i)).
						Checked(r.Segment == i).
						OnChange(func(ctx app.Context, e app.Event) { p.resp().Segment = i; p.keep() }),
					app.Span().Text(q.Segments[i].Name),
				)
			}),
		),
	)
}

// groupStep asks for the ratings of one group of criteria.
func (p *Participant) groupStep(group string) app.UI {
	l, q, r := p.Locale, p.Questionnaire, p.resp()
	items := map[string][]calc.Item{
		calc.GroupBenefits: q.Benefits, calc.GroupSacrifices: q.Sacrifices, calc.GroupDimensions: q.Dimensions,
	}[group]
	help := criterionKind(group).texts().participantHelp
	if group == calc.GroupDimensions && q.TwoLevel {
		help = &i18n.TwoLevelParticipantHelp
	}
	return app.Div().Body(
		app.H2().ID("step-heading").TabIndex(-1).Text(criterionKind(group).texts().title.In(l)),
		app.P().Class("hint").Text(help.In(l)),
		app.Range(items).Slice(func(i int) app.UI {
			it := items[i]
			prefix := "q-" + group + "-" + it.ID
			if group == calc.GroupDimensions {
				return p.dimensionItem(prefix, it.Name, &r.Dimensions[i])
			}
			a := &r.Benefits[i]
			if group == calc.GroupSacrifices {
				a = &r.Sacrifices[i]
			}
			return app.FieldSet().Class("rate-item").Body(
				app.Legend().Text(it.Name),
				p.weightChoice(prefix, it.Name, a.Weight, func(v *float64) { a.Weight = v }),
				p.scoreField(prefix+"-score", i18n.ScoreOf.F(l, it.Name), a.Score, func(v *float64) { a.Score = v }),
			)
		}),
	)
}

// dimensionItem asks for a quality dimension's weight and marks: the
// expected and experienced level, or in a two-level questionnaire the
// minimum, desired and experienced level (docs/workshop.md).
func (p *Participant) dimensionItem(prefix, name string, a *calc.QualityAnswer) app.UI {
	l := p.Locale
	marks := []app.UI{p.scoreField(prefix+"-expected", i18n.ExpectedOf.F(l, name), a.Expected, func(v *float64) { a.Expected = v })}
	if p.Questionnaire.TwoLevel {
		marks = []app.UI{
			p.scoreField(prefix+"-adequate", i18n.MinimumOf.F(l, name), a.Adequate, func(v *float64) { a.Adequate = v }),
			p.scoreField(prefix+"-desired", i18n.DesiredOf.F(l, name), a.Desired, func(v *float64) { a.Desired = v }),
		}
	}
	return app.FieldSet().Class("rate-item").Body(
		app.Legend().Text(name),
		p.weightChoice(prefix, name, a.Weight, func(v *float64) { a.Weight = v }),
		app.Div().Class("rate-marks").Body(marks...),
		p.scoreField(prefix+"-experienced", i18n.ExperiencedOf.F(l, name), a.Experienced, func(v *float64) { a.Experienced = v }),
	)
}

// weightChoice offers the weights 0–5, then "don't know", as big buttons
// (radio buttons underneath, so the keyboard and screen readers know them).
func (p *Participant) weightChoice(prefix, name string, value *float64, set func(*float64)) app.UI {
	l := p.Locale
	// The weights calc accepts in a code, then nil: "don't know".
	options := append(floats(calc.ResponseWeights()), nil)
	return app.FieldSet().Class("weight-choice").Body(
		app.Legend().Body(
			app.Text(i18n.ImportanceOf.F(l, name)),
			app.Span().Class("hint").Text(i18n.ImportanceScale.In(l)),
		),
		app.Div().Class("choices").Body(app.Range(options).Slice(func(i int) app.UI {
			w := options[i]
			id, label, checked := prefix+"-weight-skip", i18n.Skip.In(l), value == nil
			if w != nil {
				label = calc.FormatNumber(*w)
				id, checked = prefix+"-weight-"+label, value != nil && *value == *w
			}
			return app.Label().Class("choice").For(id).Body(
				app.Input().Type("radio").Class("visually-hidden").Name(prefix+"-weight").ID(id).
					Value(label).Checked(checked).
					// The scope makes go-app replace the handler when the same
					// button shows another criterion: it keeps a handler whose
					// code and scope are unchanged, whatever the closure holds.
					OnChange(func(ctx app.Context, e app.Event) { set(w); p.keep() }, id),
				app.Span().Text(label),
			)
		})),
	)
}

// floats returns pointers to each of xs.
func floats(xs []float64) []*float64 {
	ps := make([]*float64, len(xs))
	for i := range xs {
		ps[i] = &xs[i]
	}
	return ps
}

// scoreField is a mark typed in the participant's conventions, kept in
// tenths, as response codes carry it.
func (p *Participant) scoreField(id, label string, value *float64, set func(*float64)) app.UI {
	return &NumberField{
		ID: id, Label: label, Hint: i18n.OneDecimal.In(p.Locale), Value: value,
		Range: calc.RatingRange, Optional: true, Locale: p.Locale, Error: p.problem(id),
		OnChange: p.fields.get(id, func(ctx app.Context, v *float64) {
			if v != nil {
				v = calc.Float(calc.RoundRating(*v))
			}
			set(v)
			before := p.problems
			p.check()
			p.keep()
			// The message may belong to another field (the minimum, when the
			// desired level is typed): draw them all again.
			if !maps.EqualFunc(before, p.problems, func(a, b error) bool { return a.Error() == b.Error() }) {
				p.Update()
			}
		}),
	}
}

// navigation is the row of buttons under each step. The handlers read
// the step when they run: go-app keeps the handler of a button that looks
// the same on the next step.
func (p *Participant) navigation(steps []string, step int) app.UI {
	l := p.Locale
	back := button(i18n.Back.In(l), "back", false, func(ctx app.Context) { p.goTo(ctx, p.step-1) })
	next := func(ctx app.Context) { p.goTo(ctx, p.step+1) }
	switch {
	case steps[step] == stepCode:
		return app.Div().Class("buttons", "step-buttons").Body(
			button(i18n.ChangeAnswers.In(l), "change-answers", false, func(ctx app.Context) { p.goTo(ctx, p.step-1) }),
		)
	case step == 0:
		return app.Div().Class("buttons", "step-buttons").Body(
			primaryButton(i18n.Next.In(l), "next", p.resp().Segment < 0, next),
		)
	case steps[step+1] == stepCode:
		return app.Div().Class("buttons", "step-buttons").Body(
			back,
			primaryButton(i18n.MakeCode.In(l), "make-code", false, p.makeCode),
		)
	}
	return app.Div().Class("buttons", "step-buttons").Body(back, primaryButton(i18n.Next.In(l), "next", false, next))
}

// goTo shows another step and moves the focus to its heading, so that a
// screen reader announces it and the page starts at its top. The focus
// waits for the page to be drawn as the participant's own: a deferred
// function of the button clicked never runs when the new step has no
// such button ("make my code").
func (p *Participant) goTo(ctx app.Context, step int) {
	p.step, p.status, p.tried = min(max(step, 0), len(p.steps())-1), nil, false
	p.check()
	p.keep()
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: p, Function: func(app.Context) {
		defer func() { recover() }()
		if h := app.Window().GetElementByID("step-heading"); h.Truthy() {
			h.Call("scrollIntoView", map[string]any{"block": "start"})
			h.Call("focus", map[string]any{"preventScroll": true})
		}
	}})
}

// makeCode turns the answers into the response code and shows it, or
// marks the answers a code cannot carry and moves the focus to the first.
func (p *Participant) makeCode(ctx app.Context) {
	p.tried = true
	if first := p.check(); first != "" {
		ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Defer, Source: p, Function: func(app.Context) {
			defer func() { recover() }()
			if in := app.Window().GetElementByID(first); in.Truthy() {
				in.Call("focus")
			}
		}})
		return
	}
	code, err := calc.EncodeResponse(p.Questionnaire, p.resp())
	if err != nil {
		p.status = func(l calc.Locale) string { return i18n.Problem(l, err) }
		return
	}
	p.code = code
	p.codeSVG, _ = qrSVG(code, i18n.CodeQR.In(p.Locale))
	p.goTo(ctx, p.step+1)
}

// check finds the answers calc refuses to put in a code (a minimum
// without a desired level or above it, SPEC §3.3) and keeps their
// messages by the input they name; it returns the first input's id. A
// missing partner is reported once the participant asked for the code,
// not while the first of the two is typed.
func (p *Participant) check() (first string) {
	p.problems = nil
	_, err := calc.EncodeResponse(p.Questionnaire, p.resp())
	errs, _ := errors.AsType[calc.Errors](err)
	for _, fe := range errs {
		if errors.Is(fe, calc.ErrZonePair) && !p.tried {
			continue
		}
		id := answerInputID(fe.Path)
		if p.problems == nil {
			p.problems, first = map[string]error{}, id
		}
		p.problems[id] = fe
	}
	return first
}

// problem words what check found wrong with an input, or is empty.
func (p *Participant) problem(id string) string {
	if err := p.problems[id]; err != nil {
		return i18n.Reason(p.Locale, err)
	}
	return ""
}

// answerInputID is the input of an answer that calc names by its path
// ("quality.<id>.adequate" is q-dimensions-<id>-adequate).
func answerInputID(path string) string {
	group, rest, _ := strings.Cut(path, ".")
	if group == "quality" {
		group = calc.GroupDimensions
	}
	if i := strings.LastIndexByte(rest, '.'); i >= 0 {
		rest = rest[:i] + "-" + rest[i+1:]
	}
	return "q-" + group + "-" + rest
}

// answered reports whether the participant rated anything at all.
func (p *Participant) answered() bool {
	r := p.resp()
	for _, a := range append(append([]calc.Answer(nil), r.Benefits...), r.Sacrifices...) {
		if a.Weight != nil || a.Score != nil {
			return true
		}
	}
	for _, a := range r.Dimensions {
		if a.Weight != nil || a.Expected != nil || a.Adequate != nil || a.Desired != nil || a.Experienced != nil {
			return true
		}
	}
	return false
}

func (p *Participant) codeStep() app.UI {
	l, q, r := p.Locale, p.Questionnaire, p.resp()
	segment := ""
	if r.Segment >= 0 && r.Segment < len(q.Segments) {
		segment = q.Segments[r.Segment].Name
	}
	var warning, qrBox app.UI
	if !p.answered() {
		warning = app.P().Class("notice", "notice-warning").Text(i18n.NothingRated.In(l))
	}
	if p.codeSVG != "" {
		qrBox = app.Div().Class("qr-box", "qr-code").Body(app.Raw(p.codeSVG))
	}
	var share app.UI
	if canShare() {
		share = button(i18n.ShareCode.In(l), "share-code", false, func(ctx app.Context) { shareSheet(q.Title, "text", p.code) })
	}
	return app.Div().Class("code-step").Body(
		app.H2().ID("step-heading").TabIndex(-1).Text(i18n.YourCode.In(l)),
		app.P().Class("hint").Text(i18n.CodeFor.F(l, segment, q.Fingerprint())),
		app.P().Class("response-code").DataSet("response-code", p.code).Text(p.code),
		warning,
		app.P().Text(i18n.YourCodeHelp.In(l)),
		app.Div().Class("buttons").Body(
			primaryButton(i18n.CopyCode.In(l), "copy-code", false, p.copyCode),
			share,
		),
		app.P().Class("status").Attr("role", "status").Text(p.status.in(l)),
		qrBox,
	)
}

func (p *Participant) copyCode(ctx app.Context) {
	copyText(p.code, func(ok bool) {
		ctx.Dispatch(func(app.Context) {
			p.status = i18n.CopyByHand.In
			if ok {
				p.status = i18n.Copied.In
			}
		})
	})
}
