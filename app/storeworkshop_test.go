package app

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/klantwaarde/klantwaarde/calc"
)

// The room and a participant's answers are kept through the same kv as
// the workspace; here a memoryKV, so that these rules run without a
// browser.

// TestRoomRoundTrip keeps a room in one tab and reads it in another, then
// forgets it.
func TestRoomRoundTrip(t *testing.T) {
	kv := memoryKV{}
	a, b := &store{kv: kv}, &store{kv: kv}
	if got := b.room("s1"); got != nil {
		t.Fatalf("an empty store has room %q", got)
	}
	room := []string{"ABCD-EFGH", "IJKL-MNOP"}
	if !a.saveRoom("s1", room) {
		t.Fatal("saveRoom failed")
	}
	if diff := cmp.Diff(room, b.room("s1")); diff != "" {
		t.Errorf("room read back (-want +got):\n%s", diff)
	}
	if got := b.room("s2"); got != nil {
		t.Errorf("another scenario's room is %q, want none", got)
	}
	if !a.saveRoom("s1", nil) {
		t.Fatal("saveRoom(nil) failed")
	}
	if _, ok := kv[roomPrefix+"s1"]; ok {
		t.Errorf("an emptied room is still kept")
	}
	var none *store
	if none.room("s1") != nil || none.saveRoom("s1", room) {
		t.Errorf("a nil store keeps a room")
	}
}

// TestRoomAggregates reads a kept room of real codes against the
// scenario's questionnaire: only the segments with responses.
func TestRoomAggregates(t *testing.T) {
	s := calc.Example()
	q := calc.QuestionnaireOf(s)
	code, err := calc.EncodeResponse(q, calc.NewResponse(q, 1))
	if err != nil {
		t.Fatal(err)
	}
	st := &store{kv: memoryKV{}}
	if got := st.roomAggregates("s1", s); got != nil {
		t.Fatalf("an empty room aggregates to %d segments", len(got))
	}
	st.saveRoom("s1", []string{code})
	got := st.roomAggregates("s1", s)
	if len(got) != 1 || got[0].Responses != 1 {
		t.Fatalf("aggregates %+v, want one segment with one response", got)
	}
	if got[0].ID != s.Segments[1].ID {
		t.Errorf("segment %q, want %q", got[0].ID, s.Segments[1].ID)
	}
}

// TestAnswersRoundTrip keeps a participant's answers and reads them back;
// answers that no longer fit the questionnaire, or that are not JSON, are
// not read, and a code that does not decode is dropped.
func TestAnswersRoundTrip(t *testing.T) {
	q := calc.QuestionnaireOf(calc.Example())
	r := newParticipantResponse(q)
	r.Segment = 0
	code, err := calc.EncodeResponse(q, r)
	if err != nil {
		t.Fatal(err)
	}
	kv := memoryKV{}
	st := &store{kv: kv}
	if _, ok := st.answers(q); ok {
		t.Fatal("an empty store has answers")
	}
	want := keptAnswers{Step: 2, Response: r, Code: code}
	st.saveAnswers(q, want)
	got, ok := (&store{kv: kv}).answers(q)
	if !ok {
		t.Fatal("the answers kept are not read back")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("answers read back (-want +got):\n%s", diff)
	}

	bad := *r
	bad.Benefits = bad.Benefits[1:]
	st.saveAnswers(q, keptAnswers{Response: &bad})
	if _, ok := st.answers(q); ok {
		t.Error("answers for fewer benefits than the questionnaire has are read")
	}
	st.saveAnswers(q, keptAnswers{Response: r, Code: "NOT-A-CODE"})
	if got, ok := st.answers(q); !ok || got.Code != "" {
		t.Errorf("a broken code: read %v, code %q; want the answers without it", ok, got.Code)
	}
	kv[participantKey(q)] = "{"
	if _, ok := st.answers(q); ok {
		t.Error("answers that are not JSON are read")
	}
	var none *store
	none.saveAnswers(q, want)
	if _, ok := none.answers(q); ok {
		t.Error("a nil store has answers")
	}
}
