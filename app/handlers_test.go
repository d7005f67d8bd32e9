package app

import (
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// TestHandlersAreGuarded calls the handlers Root gives its children on a
// Root with no workspace, where each of them panics: every panic must
// become an error notice and never leave the handler (it would end the
// WebAssembly program).
func TestHandlersAreGuarded(t *testing.T) {
	tests := []struct {
		name string
		call func(h *rootHandlers)
	}{
		{"locale", func(h *rootHandlers) { h.locale.call(nil, calc.English) }},
		{"scenario.Open", func(h *rootHandlers) { h.scenario.Open(nil, 0) }},
		{"scenario.NewBlank", func(h *rootHandlers) { h.scenario.NewBlank(nil) }},
		{"scenario.Duplicate", func(h *rootHandlers) { h.scenario.Duplicate(nil) }},
		{"scenario.Delete", func(h *rootHandlers) { h.scenario.Delete(nil) }},
		{"scenario.Rename", func(h *rootHandlers) { h.scenario.Rename(nil, "x") }},
		{"scenario.Undo", func(h *rootHandlers) { h.scenario.Undo(nil) }},
		{"files.print", func(h *rootHandlers) { h.files.print(nil) }},
		{"edits.edit", func(h *rootHandlers) { h.edits.edit(nil, "", func(*calc.Scenario) {}) }},
		{"edits.editSegment", func(h *rootHandlers) { h.edits.editSegment(nil, "", "a", func(*calc.Segment) {}) }},
		{"edits.removeSegment", func(h *rootHandlers) { h.edits.removeSegment(nil, "a") }},
		{"slides.step", func(h *rootHandlers) { h.slides.step(nil, 1) }},
		{"workshop", func(h *rootHandlers) { h.workshop.call(nil, &appliedMeans{}) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Root{locale: calc.English}
			tt.call(r.stable())
			if r.notes.current.kind != "error" {
				t.Errorf("notice %q, want error", r.notes.current.kind)
			}
		})
	}
}
