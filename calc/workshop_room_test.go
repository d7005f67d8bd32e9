package calc

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAddToRoom(t *testing.T) {
	q := bikeShopQuestionnaire()
	c := roomCodes(t, q, 3)
	room := AddToRoom(nil, ScanCodes(q, "Anna: "+c[0]+"\nBas: "+c[1]))
	found := ScanCodes(q, strings.ToLower(c[1])+" "+c[2]+" "+c[2])
	room = AddToRoom(room, found)
	if diff := cmp.Diff(c, room); diff != "" {
		t.Errorf("room (-want +got):\n%s", diff)
	}
	var got []CodeStatus
	for _, cl := range found {
		got = append(got, cl.Status)
	}
	if diff := cmp.Diff([]CodeStatus{CodeDuplicate, CodeAccepted, CodeDuplicate}, got); diff != "" {
		t.Errorf("statuses of the second reading (-want +got):\n%s", diff)
	}
	// The room exported as text reads back as the same responses.
	if n := len(RoomResponses(q, room)); n != 3 {
		t.Errorf("the room reads back as %d responses, want 3", n)
	}
	if n := len(RoomResponses(q, append(room, "not a code", c[0]))); n != 3 {
		t.Errorf("a damaged room reads back as %d responses, want 3", n)
	}
}
