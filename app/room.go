package app

import (
	"strings"

	"github.com/klantwaarde/klantwaarde/calc"
)

// The trainer's room: the response codes collected for a scenario, kept in
// the browser's storage beside it (one code per line, as exported), so
// that a reload or a closed tab loses no participant.

const roomPrefix = "klantwaarde.room."

// roomChanged is the window event that says a room was saved in this tab;
// other tabs hear of it through the storage event.
const roomChanged = "klantwaarde-room"

func loadRoom(scenarioID string) []string {
	text, ok, err := workshopStorage.Get(roomPrefix + scenarioID)
	if err != nil || !ok || text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

// saveRoom keeps the room; it says whether that worked.
func saveRoom(scenarioID string, room []string) bool {
	var err error
	if len(room) == 0 {
		err = workshopStorage.Remove(roomPrefix + scenarioID)
	} else {
		err = workshopStorage.Set(roomPrefix+scenarioID, strings.Join(room, "\n"))
	}
	dispatchWindowEvent(roomChanged)
	return err == nil
}

// roomAggregates reads the kept room of a scenario against its
// questionnaire: the segments that have responses.
func roomAggregates(scenarioID string, s *calc.Scenario) []calc.SegmentAggregate {
	room := loadRoom(scenarioID)
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

// workshopStorage keeps the room and the participants' answers.
var workshopStorage = &localStorage{}
