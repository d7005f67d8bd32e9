package calc

import "strings"

// A room is the codes a trainer has collected for a questionnaire so far,
// each once, in their canonical form, in the order they came in: what the
// app keeps with the scenario and exports as text, one code per line.

// AddToRoom returns room with the codes accepted in found added, and marks
// in found as CodeDuplicate (First 0: collected before) those that room
// already holds. found is changed in place.
func AddToRoom(room []string, found []CodeLine) []string {
	have := make(map[string]bool, len(room))
	for _, c := range room {
		have[c] = true
	}
	for i := range found {
		cl := &found[i]
		if cl.Status != CodeAccepted {
			continue
		}
		if have[cl.Code] {
			cl.Status, cl.First, cl.Response = CodeDuplicate, 0, nil
			continue
		}
		have[cl.Code] = true
		room = append(room, cl.Code)
	}
	return room
}

// RoomResponses reads the codes of a room (as kept, or as exported and
// read back) for q; codes that do not fit q are left out.
func RoomResponses(q *Questionnaire, room []string) []*Response {
	return AcceptedResponses(ScanCodes(q, strings.Join(room, "\n")))
}
