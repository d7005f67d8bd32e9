package i18n

import (
	"errors"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// TestProblemsInDutch opens bad files, links and codes and checks that
// every problem calc reports is worded in Dutch from its parts, with the
// field path in front, and never falls back to "something went wrong".
func TestProblemsInDutch(t *testing.T) {
	doc := func(extra string) string {
		return `{"format":"klantwaarde/scenario","version":1` + extra + `}`
	}
	segment := func(extra string) string {
		return doc(`,"benefits":[{"id":"b1","name":"B"}],"dimensions":[{"id":"d1","name":"D"}],"segments":[{"id":"s1","name":"S"` + extra + `}]`)
	}
	// twoLevel is a version-2 document whose one segment rates d1 so.
	twoLevel := func(rating string) string {
		return `{"format":"klantwaarde/scenario","version":2,"dimensions":[{"id":"d1","name":"D"}],` +
			`"segments":[{"id":"s1","name":"S","quality":{"d1":` + rating + `}}]}`
	}
	files := []struct {
		name, data string
		want       string // in the Dutch wording of the first problem
	}{
		{"range", segment(`,"benefits":{"b1":{"score":11}}`), "segments[0].benefits.b1.score: 11 ligt boven het maximum 10"},
		{"below", segment(`,"margin":-100.5`), "segments[0].margin: -100,5 ligt onder het minimum -100"},
		{"whole", segment(`,"customers":1.5`), "segments[0].customers: 1.5 is geen heel getal"},
		{"syntax", "{\n  \"format\": x}", "regel 2, kolom"},
		{"utf-8", "{\"title\": \"\xff\"}", "geen geldige UTF-8-tekst"},
		{"trailing", doc("") + "{}", "na het scenario staat nog meer"},
		{"duplicate key", `{"format":"a","format":"b"}`, "twee keer"},
		{"empty", "  ", "het bestand is leeg"},
		{"not an object", "[]", "een waarde van de verkeerde soort"},
		{"no format", `{"version":1}`, "format: ontbreekt"},
		{"other format", `{"format":"x","version":1}`, "format: dit is geen Klantwaarde-scenario"},
		{"newer", `{"format":"klantwaarde/scenario","version":99}`, "version: gemaakt met een nieuwere versie"},
		{"version 0", `{"format":"klantwaarde/scenario","version":0}`, "version: 0 valt buiten"},
		{"version 1.5", `{"format":"klantwaarde/scenario","version":1.5}`, "version: 1.5 is geen heel getal"},
		{"unknown field", doc(`,"titel":"x"`), "titel: onbekend veld"},
		{"wrong type", doc(`,"title":3`), "title: een waarde van de verkeerde soort"},
		{"currency", doc(`,"currency":"euro"`), "currency: „euro” is geen valutacode"},
		{"not finite", segment(`,"customers":1e999`), "segments[0].customers: 1e999 is geen eindig getal"},
		{"name", doc(`,"benefits":[{"id":"b1","name":" "}]`), "benefits[0].name: ontbreekt"},
		{"long name", doc(`,"title":"` + strings.Repeat("x", 81) + `"`), "title: 81 tekens; hooguit 80 mogen"},
		{"bad id", doc(`,"benefits":[{"id":"a b","name":"B"}]`), "benefits[0].id: „a b” is geen geldige id"},
		{"duplicate id", doc(`,"benefits":[{"id":"a","name":"A"},{"id":"a","name":"B"}]`), "benefits[1].id: „a” komt twee keer voor"},
		{"unknown ref", segment(`,"benefits":{"nope":{"score":5}}`), "segments[0].benefits.nope: er is niets met id „nope”"},
		{"loyalty", segment(`,"loyalty":{"nope":5}`), "segments[0].loyalty.nope: onbekend veld"},
		{"too many", doc(`,"benefits":[` + strings.Repeat(`{"id":"x","name":"x"},`, 30) + `{"id":"y","name":"y"}]`), "benefits: 31 stuks; hooguit 30 mogen"},
		{"too large", strings.Repeat(" ", calc.MaxFileSize+1), "groter dan 1024 KiB"},
		{"adequate in version 1", segment(`,"quality":{"d1":{"adequate":6,"desired":8}}`), "segments[0].quality.d1.adequate: onbekend veld"},
		{"adequate without desired", twoLevel(`{"adequate":6}`), "segments[0].quality.d1.desired: ontbreekt: een minimum en een gewenst niveau horen samen"},
		{"desired without adequate", twoLevel(`{"desired":6}`), "segments[0].quality.d1.adequate: ontbreekt: een minimum en een gewenst niveau horen samen"},
		{"adequate above desired", twoLevel(`{"adequate":8.5,"desired":6}`), "segments[0].quality.d1.adequate: 8,5 ligt boven het gewenste niveau"},
		{"desired above 10", twoLevel(`{"adequate":8,"desired":10.5}`), "segments[0].quality.d1.desired: 10,5 ligt boven het maximum 10"},
	}
	for _, tt := range files {
		t.Run(tt.name, func(t *testing.T) {
			_, err := calc.DecodeBytes([]byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			checkProblem(t, err, tt.want)
		})
	}
	links := []struct{ name, payload, want string }{
		{"not base64", "!!!", "de link is beschadigd"},
		{"not deflate", "AAAA", "de link is beschadigd"},
		{"too long", strings.Repeat("A", 2<<20), "te groot"},
	}
	for _, tt := range links {
		t.Run("link "+tt.name, func(t *testing.T) {
			_, err := calc.DecodeShare(tt.payload)
			checkProblem(t, err, tt.want)
		})
	}
	q := calc.QuestionnaireOf(calc.Example())
	code, err := calc.EncodeResponse(q, calc.NewResponse(q, 0))
	if err != nil {
		t.Fatal(err)
	}
	other := calc.QuestionnaireOf(calc.Example())
	other.Segments = other.Segments[:1]
	otherCode, _ := calc.EncodeResponse(other, calc.NewResponse(other, 0))
	mistyped := []byte(code)
	if mistyped[0] == 'A' {
		mistyped[0] = 'B'
	} else {
		mistyped[0] = 'A'
	}
	codes := []struct{ name, code, want string }{
		{"short", code[:8], "tekens, waar een code voor deze vragenlijst er"},
		{"character", "#" + code, "teken 1 hoort niet in een code"},
		{"mistyped", string(mistyped), "een teken is verkeerd getypt"},
		{"other", otherCode, "een code voor een andere vragenlijst"},
	}
	for _, tt := range codes {
		t.Run("code "+tt.name, func(t *testing.T) {
			_, err := calc.DecodeResponse(q, tt.code)
			checkProblem(t, err, tt.want)
		})
	}
	_, err = calc.DecodeQuestionnaire("AAAA")
	checkProblem(t, err, "de link bevat geen bruikbare vragenlijst")
}

func checkProblem(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	nl, en := Problem(calc.Dutch, err), Problem(calc.English, err)
	if !strings.Contains(nl, want) {
		t.Errorf("Dutch: %q, want it to contain %q", nl, want)
	}
	if nl == en || strings.Contains(nl, problemUnknown.NL) {
		t.Errorf("no Dutch wording: %q (English %q)", nl, en)
	}
	var fe *calc.FieldError
	if errors.As(err, &fe) && fe.Path != "" && !strings.HasPrefix(nl, fe.Path+": ") {
		t.Errorf("Dutch %q does not start with the path %s", nl, fe.Path)
	}
}
