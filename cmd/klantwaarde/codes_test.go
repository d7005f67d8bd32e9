//go:build !wasm

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/klantwaarde/klantwaarde/calc"
)

func runCodesCmd(t *testing.T, stdin io.Reader, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), append([]string{"codes"}, args...), stdin, &out, &errOut)
	return out.String(), errOut.String(), err
}

// bikeShopChat returns the bike-shop example's file and a chat in which
// two participants answered alike (two codes), one code came twice, one
// was mistyped and one lost a character.
func bikeShopChat(t *testing.T) (file, chat string) {
	t.Helper()
	file = examples(t)["fietsenwinkel"]
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := calc.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	q := calc.QuestionnaireOf(s)
	code := func(nonce uint32, score float64) string {
		r := calc.NewResponse(q, 0)
		r.Nonce = nonce
		r.Benefits[0] = calc.Answer{Weight: calc.Float(4), Score: calc.Float(score)}
		c, err := calc.EncodeResponse(q, r)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	anna, bas, carla := code(1, 8), code(2, 8), code(3, 4)
	typo := []byte(carla)
	typo[6] = map[bool]byte{true: '7', false: '8'}[typo[6] != '7']
	chat = strings.Join([]string{
		"[09:41] Anna: " + anna,
		"[09:42] Bas: " + bas + " and again " + anna,
		"[09:43] Carla: " + string(typo),
		"[09:44] Carla: sorry, " + carla,
		"[09:45] Dirk: " + carla[:10] + carla[11:],
		"Thanks all!",
	}, "\n")
	return file, chat
}

func TestCodesJSON(t *testing.T) {
	file, chat := bikeShopChat(t)
	stdout, stderr, err := runCodesCmd(t, strings.NewReader(chat), "-json", file, "-")
	if err != nil || stderr != "" {
		t.Fatalf("codes -json: %v, stderr %q", err, stderr)
	}
	var got codesResult
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v:\n%s", err, stdout)
	}
	type outcome struct {
		Line   int
		Status string
		First  int
	}
	var statuses []outcome
	for _, c := range got.Codes {
		statuses = append(statuses, outcome{c.Line, c.Status, c.First})
	}
	want := []outcome{{1, "accepted", 0}, {2, "accepted", 0}, {2, "duplicate", 1}, {3, "mistyped", 0}, {4, "accepted", 0}, {5, "invalid", 0}}
	if diff := cmp.Diff(want, statuses); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
	if got.Participants != 3 {
		t.Errorf("participants = %d, want 3", got.Participants)
	}
	var score *aggregateJSON
	for i, a := range got.Aggregates {
		if a.Aggregate == "commuters.benefits.quality.score" {
			score = &got.Aggregates[i]
		}
	}
	if score == nil {
		t.Fatalf("no aggregate commuters.benefits.quality.score among %d", len(got.Aggregates))
	}
	if score.N != 3 || score.Mean == nil || *score.Mean != 20.0/3 || *score.Spread != 4 || !score.Disagreement {
		t.Errorf("quality score: %+v, want n 3, mean 6.67, spread 4, divided", *score)
	}
}

func TestCodesTable(t *testing.T) {
	file, chat := bikeShopChat(t)
	dir := t.TempDir()
	chatFile := filepath.Join(dir, "chat.txt")
	if err := os.WriteFile(chatFile, []byte(chat), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, err := runCodesCmd(t, nil, file, chatFile)
	if err != nil || stderr != "" {
		t.Fatalf("codes: %v, stderr %q", err, stderr)
	}
	for _, want := range []string{
		": 6 codes gevonden, 3 deelnemers geteld.",
		"regel 2  dubbel (zie regel 1)",
		"regel 3  tikfout",
		"regel 5  lijkt een beschadigde code  [09:45] Dirk: ",
		"(n = 3)",
		"verdeeld",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the table lacks %q:\n%s", want, stdout)
		}
	}
}

func TestCodesErrors(t *testing.T) {
	file, _ := bikeShopChat(t)
	dir := t.TempDir()
	invalid := filepath.Join(dir, "invalid.klantwaarde.json")
	if err := os.WriteFile(invalid, []byte("{"+strings.Replace(valid, `"score": 8`, `"score": 11`, 1)+"}"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Valid, but with segments and no criteria: nothing to rate.
	unusable := filepath.Join(dir, "no-criteria.klantwaarde.json")
	if err := os.WriteFile(unusable, []byte(`{"format": "klantwaarde/scenario", "version": 1,
		"segments": [{"id": "s1", "name": "Vaste klanten"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  error // nil: a plain error (exit 1)
		ok    bool
	}{
		{"only refused codes", []string{file, "-"}, "7YY0-0000-0000", nil, true},
		{"empty text", []string{file, "-"}, "", nil, true},
		{"invalid scenario", []string{invalid, "-"}, "", errReported, false},
		{"no questionnaire", []string{unusable, "-"}, "", nil, false},
		{"missing scenario", []string{filepath.Join(dir, "nope.json"), "-"}, "", nil, false},
		{"missing text", []string{file, filepath.Join(dir, "nope.txt")}, "", nil, false},
		{"text is a directory", []string{file, dir}, "", nil, false},
		{"no arguments", nil, "", errUsage, false},
		{"one argument", []string{file}, "", errUsage, false},
		{"three arguments", []string{file, "-", "-"}, "", errUsage, false},
		{"scenario on stdin", []string{"-", "-"}, "", errUsage, false},
		{"unknown flag", []string{"-csv", file, "-"}, "", errUsage, false},
		{"help", []string{"-h"}, "", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCodesCmd(t, strings.NewReader(tt.stdin), tt.args...)
			switch {
			case tt.ok:
				if err != nil {
					t.Errorf("error %v, want none", err)
				}
			case err == nil:
				t.Errorf("no error")
			case tt.want != nil && !errors.Is(err, tt.want):
				t.Errorf("error %v, want %v", err, tt.want)
			case tt.want == nil && (errors.Is(err, errUsage) || errors.Is(err, errReported)):
				t.Errorf("error %v, want a plain error", err)
			}
		})
	}
}

// TestCodesTwoLevel reads the codes of a two-level questionnaire (version
// 3: minimum, desired and experienced per dimension) against the kapsalon
// example, as the app's room does: the aggregate names the three levels,
// and a code of the scenario's one-level questionnaire is another
// questionnaire's.
func TestCodesTwoLevel(t *testing.T) {
	file := examples(t)["kapsalon"]
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	s, err := calc.Decode(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	q := calc.TwoLevelQuestionnaireOf(s)
	if !q.TwoLevel {
		t.Fatal("the kapsalon example makes a one-level questionnaire")
	}
	code := func(q *calc.Questionnaire, nonce uint32, a calc.QualityAnswer) string {
		r := calc.NewResponse(q, 0)
		r.Nonce = nonce
		r.Dimensions[0] = a
		c, err := calc.EncodeResponse(q, r)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	anna := code(q, 1, calc.QualityAnswer{Weight: calc.Float(5), Adequate: calc.Float(6), Desired: calc.Float(9), Experienced: calc.Float(7)})
	bas := code(q, 2, calc.QualityAnswer{Weight: calc.Float(3), Adequate: calc.Float(7.5), Desired: calc.Float(8), Experienced: calc.Float(4)})
	oneLevel := code(calc.QuestionnaireOf(s), 3, calc.QualityAnswer{Expected: calc.Float(8)})
	chat := "Anna: " + anna + "\nBas: " + bas + "\nCarla: " + oneLevel + "\n"

	stdout, stderr, err := runCodesCmd(t, strings.NewReader(chat), "-json", file, "-")
	if err != nil || stderr != "" {
		t.Fatalf("codes -json: %v, stderr %q", err, stderr)
	}
	var got codesResult
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v:\n%s", err, stdout)
	}
	var statuses []string
	for _, c := range got.Codes {
		statuses = append(statuses, c.Status)
	}
	if diff := cmp.Diff([]string{"accepted", "accepted", "other"}, statuses); diff != "" {
		t.Errorf("codes (-want +got):\n%s", diff)
	}
	if got.Fingerprint != q.Fingerprint().String() || got.Participants != 2 {
		t.Errorf("fingerprint %s, %d participants; want %s, 2", got.Fingerprint, got.Participants, q.Fingerprint())
	}
	means := map[string]float64{}
	for _, a := range got.Aggregates {
		if a.Mean != nil {
			means[a.Aggregate] = *a.Mean
		}
	}
	want := map[string]float64{
		"regulars.dimensions.reliability.weight":      4,
		"regulars.dimensions.reliability.adequate":    6.75,
		"regulars.dimensions.reliability.desired":     8.5,
		"regulars.dimensions.reliability.experienced": 5.5,
	}
	if diff := cmp.Diff(want, means); diff != "" {
		t.Errorf("means (-want +got):\n%s", diff)
	}

	stdout, _, err = runCodesCmd(t, strings.NewReader(chat), file, "-")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Betrouwbaarheid minimum", "Betrouwbaarheid gewenst", "Betrouwbaarheid ervaren", "2 deelnemers"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the table lacks %q:\n%s", want, stdout)
		}
	}
}
