package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/calc"
)

// The trainer's room: the response codes collected for a scenario, kept in
// the workspace's store beside it (kv.go) (one code per line, as exported), so
// that a reload or a closed tab loses no participant.

const roomPrefix = "klantwaarde.room."

// roomChanged is the window event that says a room was saved in this tab;
// other tabs hear of it through the storage event.
const roomChanged = "klantwaarde-room"

// room returns the codes kept for a scenario; nothing when there is no
// store (a component drawn without one, in a test).
func (s *store) room(scenarioID string) []string {
	if s == nil {
		return nil
	}
	text, ok, err := s.kv.Get(roomPrefix + scenarioID)
	if err != nil || !ok || text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

// saveRoom keeps the room; it says whether that worked.
func (s *store) saveRoom(scenarioID string, room []string) bool {
	if s == nil {
		return false
	}
	var err error
	if len(room) == 0 {
		err = s.kv.Remove(roomPrefix + scenarioID)
	} else {
		err = s.kv.Set(roomPrefix+scenarioID, strings.Join(room, "\n"))
	}
	dispatchWindowEvent(roomChanged)
	return err == nil
}

// roomAggregates reads the kept room of a scenario against its
// questionnaire: the segments that have responses.
func (st *store) roomAggregates(scenarioID string, s *calc.Scenario) []calc.SegmentAggregate {
	room := st.room(scenarioID)
	if len(room) == 0 {
		return nil
	}
	q := calc.TwoLevelQuestionnaireOf(s)
	var out []calc.SegmentAggregate
	for _, sa := range calc.Aggregate(q, calc.RoomResponses(q, room)) {
		if sa.Responses > 0 {
			out = append(out, sa)
		}
	}
	return out
}
