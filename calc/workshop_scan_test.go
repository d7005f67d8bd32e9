package calc

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// roomCodes returns n codes of the bike-shop questionnaire, each for its
// own participant.
func roomCodes(t testing.TB, q *Questionnaire, n int) []string {
	t.Helper()
	codes := make([]string, n)
	for i := range codes {
		r := withNonce(fullResponse(q, i%len(q.Segments)), uint32(1000+i*7919))
		var err error
		if codes[i], err = EncodeResponse(q, r); err != nil {
			t.Fatal(err)
		}
	}
	return codes
}

// mistype changes one character of a code (not a dash).
func mistype(code string, at int) string {
	b := []byte(code)
	for b[at] == '-' {
		at++
	}
	b[at] = crockford[(strings.IndexByte(crockford, b[at])+1)%32]
	return string(b)
}

type scanOutcome struct {
	Line   int
	Status CodeStatus
	First  int
	Text   string
}

func outcomes(found []CodeLine) []scanOutcome {
	var out []scanOutcome
	for _, cl := range found {
		out = append(out, scanOutcome{cl.Line, cl.Status, cl.First, cl.Text})
	}
	return out
}

func TestScanCodesChat(t *testing.T) {
	q := bikeShopQuestionnaire()
	c := roomCodes(t, q, 8)
	other := bikeShopQuestionnaire()
	other.Segments = other.Segments[:1]
	otherCode, _ := EncodeResponse(other, withNonce(NewResponse(other, 0), 5))
	old := "7YY0-4400-0000-0000-0000-0000-0000-0000-0000-1RF5"
	typo := mistype(c[5], 12)
	lost := c[6][:20] + c[6][21:] // one character lost
	noDashes := strings.ReplaceAll(c[7], "-", "")
	text := strings.Join([]string{
		"[09:41] Anna: " + c[0], // 1
		"[09:42] Bas: mine is " + c[1] + " and Carla's " + c[2] + ".", // 2
		"[09:43] Dirk: " + c[0], // 3: Anna's again
		"",                      // 4
		"Op 4 dec. 2026 schreef Eva <eva@example.nl>:",             // 5
		"> " + strings.ToLower(strings.ReplaceAll(c[3], "-", " ")), // 6
		"Femke " + typo + " (sorry, typed it)",                     // 7
		"Gert: " + lost,                                            // 8
		"Thanks everyone, see you at 10:30! 👍",                     // 9
		"[09:46] Hans: (" + otherCode + ")",                        // 10
		old + ", " + old,                                           // 11: a first-format code twice
		noDashes + "\r",                                            // 12
		"Ingrid:" + c[4],                                           // 13
	}, "\n")
	want := []scanOutcome{
		{1, CodeAccepted, 0, c[0]},
		{2, CodeAccepted, 0, c[1]},
		{2, CodeAccepted, 0, c[2]},
		{3, CodeDuplicate, 1, c[0]},
		{6, CodeAccepted, 0, strings.ToLower(strings.ReplaceAll(c[3], "-", " "))},
		{7, CodeMistyped, 0, typo},
		{8, CodeInvalid, 0, "Gert: " + lost},
		{10, CodeOther, 0, otherCode},
		{11, CodeAccepted, 0, old},
		{11, CodeDuplicate, 11, old},
		{12, CodeAccepted, 0, noDashes},
		{13, CodeAccepted, 0, c[4]},
	}
	found := ScanCodes(q, text)
	if diff := cmp.Diff(want, outcomes(found)); diff != "" {
		t.Errorf("ScanCodes (-want +got):\n%s", diff)
	}
	aggs := Aggregate(q, AcceptedResponses(found))
	n := 0
	for _, a := range aggs {
		n += a.Responses
	}
	if n != 7 {
		t.Errorf("n = %d, want 7 (c0–c4, c7 and the old code)", n)
	}
	for _, cl := range found {
		switch {
		case cl.Status == CodeMistyped && !errors.Is(cl.Err, ErrChecksum),
			cl.Status == CodeOther && !errors.Is(cl.Err, ErrOtherQuestionnaire),
			cl.Status == CodeInvalid && cl.Err == nil:
			t.Errorf("line %d %s: error %v", cl.Line, cl.Status, cl.Err)
		}
	}
}

// TestScanCodesPlainText: chat without codes gives nothing to report,
// however code-like its words are.
func TestScanCodesPlainText(t *testing.T) {
	q := bikeShopQuestionnaire()
	for _, text := range []string{
		"",
		"[09:41] Anna: goedemorgen allemaal",
		"[09:42] Bas: en die van Anna nog eens, tot zo; lol ooit idee",
		"Meeting on 2026-12-04 09:41, room B-204, call 06-1234 5678",
		"abcd efgh 2345 and then some words",
		strings.Repeat("Bas: ok ", 200),
		"https://example.nl/klantwaarde/#q=7YY0bla",
	} {
		if got := ScanCodes(q, text); len(got) != 0 {
			t.Errorf("ScanCodes(%q) = %+v, want nothing", text, outcomes(got))
		}
	}
}

// TestScanCodesEveryTypoOnALine: a mistyped code is reported as such with
// words around it, wherever the typo is.
func TestScanCodesEveryTypoOnALine(t *testing.T) {
	q := bikeShopQuestionnaire()
	code := roomCodes(t, q, 1)[0]
	for at := range len(code) {
		if code[at] == '-' {
			continue
		}
		typo := mistype(code, at)
		text := fmt.Sprintf("[10:0%d] Anna: %s thx", at%10, typo)
		want := []scanOutcome{{1, CodeMistyped, 0, typo}}
		if diff := cmp.Diff(want, outcomes(ScanCodes(q, text))); diff != "" {
			t.Errorf("typo at %d (-want +got):\n%s", at, diff)
		}
	}
}

// TestScanCodesARoom: 60 codes, in all the ways a chat lays them out, are
// all found and counted.
func TestScanCodesARoom(t *testing.T) {
	q := bikeShopQuestionnaire()
	codes := roomCodes(t, q, 60)
	text := roomChat(codes)
	found := ScanCodes(q, text)
	if got := len(AcceptedResponses(found)); got != 60 || len(found) != 60 {
		t.Errorf("%d accepted of %d found, want 60 of 60", got, len(found))
	}
}

// roomChat lays out codes as a chat export would, two to a line now and
// then.
func roomChat(codes []string) string {
	var b strings.Builder
	for i, c := range codes {
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "[09:%02d] Participant %d: %s\n", i%60, i, c)
		case 1:
			fmt.Fprintf(&b, "%s\n", strings.ToLower(c))
		case 2:
			fmt.Fprintf(&b, "here are two: %s and ", c)
		default:
			fmt.Fprintf(&b, "%s!\n", strings.ReplaceAll(c, "-", " "))
		}
	}
	return b.String()
}

func FuzzScanCodes(f *testing.F) {
	q := bikeShopQuestionnaire()
	codes := roomCodes(f, q, 4)
	f.Add(roomChat(codes))
	f.Add("[09:41] Anna: " + codes[0] + "\n[09:42] Bas: " + codes[0])
	f.Add(codes[1] + codes[2])
	f.Add(mistype(codes[3], 5) + " " + codes[3][:30])
	f.Add("7YY0-4400-0000-0000-0000-0000-0000-0000-0000-1RF5 7yy0 4400 0000")
	f.Add("ANNA " + strings.Repeat("0000-", 20))
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Count(text, "\n") + 1
		seen := map[string]int{}
		for _, cl := range ScanCodes(q, text) {
			if cl.Line < 1 || cl.Line > lines {
				t.Fatalf("line %d of %d", cl.Line, lines)
			}
			switch cl.Status {
			case CodeAccepted:
				if _, dup := seen[cl.Code]; dup {
					t.Fatalf("%s accepted twice", cl.Code)
				}
				seen[cl.Code] = cl.Line
				r, err := DecodeResponse(q, cl.Text)
				if err != nil || !cmp.Equal(r, cl.Response) {
					t.Fatalf("%q accepted as %+v, but reads as %+v, %v", cl.Text, cl.Response, r, err)
				}
				if code, err := EncodeResponse(q, r); err != nil || code != cl.Code {
					t.Fatalf("%q accepted as %s, whose code is %s", cl.Text, cl.Code, code)
				}
			case CodeDuplicate:
				if at, ok := seen[cl.Code]; !ok || at != cl.First || cl.Response != nil {
					t.Fatalf("%s duplicate of line %d, first seen on %d", cl.Code, cl.First, at)
				}
			case CodeOther, CodeMistyped, CodeInvalid:
				if cl.Err == nil || cl.Response != nil {
					t.Fatalf("%s with error %v and response %v", cl.Status, cl.Err, cl.Response)
				}
			default:
				t.Fatalf("status %q", cl.Status)
			}
		}
	})
}

// BenchmarkScanCodesRoom reads and aggregates a room of 60 codes pasted
// from a chat at once, as the trainer's paste box does.
func BenchmarkScanCodesRoom(b *testing.B) {
	q := bikeShopQuestionnaire()
	text := roomChat(roomCodes(b, q, 60))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		found := ScanCodes(q, text)
		Aggregate(q, AcceptedResponses(found))
	}
}
