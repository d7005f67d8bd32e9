package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// The page's side of workshop mode (SPEC §6): opening a questionnaire link,
// the trainer's panel, and applying the room's means.

// openQuestionnaire shows the questionnaire of a #q= link instead of the
// editor, in the workshop's language unless the user chose one; a link that
// does not decode gets a message and the editor, with nothing changed.
func (r *Root) openQuestionnaire(payload string) {
	q, err := calc.DecodeQuestionnaireWith(payload, linkDeflate)
	if err != nil {
		r.notes.current = notice{kind: "error", text: i18n.QuestionnaireBroken.F(r.locale, i18n.Problem(r.locale, err))}
		clearLocationHash()
		return
	}
	r.participant = q
	if _, chosen := r.store.savedLocale(); !chosen && q.Locale != "" {
		r.locale = calc.LocaleOf(q.Locale)
	}
}

// workshopPanel is the trainer's workshop, folded away until opened.
func (r *Root) workshopPanel(e *entry) app.UI {
	return r.unfolded.panel("workshop", app.Summary().Text(i18n.Workshop.In(r.locale)), func() []app.UI {
		return []app.UI{&Workshop{Locale: r.locale, Scenario: e.scenario, Key: e.id, ReadOnly: e.readOnly, OnApply: r.stable().workshop}}
	}).Class("panel", "workshop-panel")
}

// applyWorkshop puts the scenario with the room's means on screen as one
// undoable step, and says so with an undo at hand.
func (r *Root) applyWorkshop(ctx app.Context, m appliedMeans) {
	e := r.ws.cur()
	if !e.replace(m.scenario) {
		return
	}
	r.persist(e)
	r.notes.current = notice{
		kind: "info", text: i18n.MeansApplied.F(r.locale, m.participants),
		actionLabel: i18n.Undo.In(r.locale), action: r.undo,
	}
}
