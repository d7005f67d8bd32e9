package calc

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// brokenDocuments seed the fuzzers with the edges of the file format.
var brokenDocuments = []string{
	"",
	"\xef\xbb\xbf",
	"[]",
	"null",
	`{"format":"klantwaarde/scenario","version":1}`,
	`{"format":"klantwaarde/scenario","version":1}{}`,
	`{"format":"klantwaarde/scenario","version":1,"version":1}`,
	`{"format":"klantwaarde/scenario","version":2}`,
	`{"format":"klantwaarde/scenario","version":3}`,
	// Version 2's two-level zone: both levels, one alone, out of order,
	// in a version-1 file, at the ends of the scale.
	`{"format":"klantwaarde/scenario","version":2,"dimensions":[{"id":"d","name":"D"}],"segments":[{"id":"a","name":"A",` +
		`"quality":{"d":{"weight":0,"adequate":1,"desired":10,"expected":1,"experienced":10}}}]}`,
	`{"format":"klantwaarde/scenario","version":2,"dimensions":[{"id":"d","name":"D"}],"segments":[{"id":"a","name":"A",` +
		`"quality":{"d":{"adequate":7}}}]}`,
	`{"format":"klantwaarde/scenario","version":2,"dimensions":[{"id":"d","name":"D"}],"segments":[{"id":"a","name":"A",` +
		`"quality":{"d":{"adequate":8,"desired":7.999999999999999}}}]}`,
	`{"format":"klantwaarde/scenario","version":1,"dimensions":[{"id":"d","name":"D"}],"segments":[{"id":"a","name":"A",` +
		`"quality":{"d":{"adequate":6,"desired":8}}}]}`,
	`{"format":"klantwaarde/scenario","version":1,"x":{"a":[1,"<&>",null]}}`,
	`{"format":"klantwaarde/scenario","version":1,"settings":{"tolerance":1e309}}`,
	`{"format":"klantwaarde/scenario","version":1,"title":"a` + "\xff" + `"}`,
	`{"format":"klantwaarde/scenario","version":1,"benefits":[{"id":"b","name":"B"}],"sacrifices":[{"id":"s","name":"S"}],` +
		`"dimensions":[{"id":"d","name":"D"}],"segments":[{"id":"a","name":"A","customers":9007199254740992,` +
		`"revenuePerCustomer":1e15,"margin":-100,"retention":1e-306,"growthPotential":1000,` +
		`"benefits":{"b":{"weight":1e-300,"score":10}},"sacrifices":{"s":{"score":1}},` +
		`"quality":{"d":{"weight":100,"expected":1,"experienced":10}},"nps":{"promoters":0,"passives":0,"detractors":0}}]}`,
}

func FuzzDecode(f *testing.F) {
	for _, ex := range examples(f) {
		f.Add(ex.data)
	}
	for _, doc := range brokenDocuments {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeBytes(data)
		if err != nil {
			for _, line := range errorLines(t, err) {
				if line == "" || strings.Contains(line, "%!") || !utf8.ValidString(line) {
					t.Fatalf("badly formatted error line %q", line)
				}
			}
			return
		}
		if err := Validate(s); err != nil {
			t.Fatalf("DecodeBytes accepted a scenario that Validate refuses: %v", err)
		}
		rep := Compute(s)
		checkReportFinite(t, rep)
		// Every path to ambassador leads there (SPEC §3.4).
		for i := range s.Segments {
			checkPath(t, s, i)
		}

		out, err := Encode(s)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		again, err := DecodeBytes(out)
		if err != nil {
			t.Fatalf("DecodeBytes(Encode(s)): %v\nencoded:\n%s", err, out)
		}
		if diff := cmp.Diff(s, again, scenarioOpts); diff != "" {
			t.Fatalf("Encode/Decode round trip (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(rep, Compute(again)); diff != "" {
			t.Fatalf("report after round trip (-want +got):\n%s", diff)
		}
	})
}

func FuzzDecodeShare(f *testing.F) {
	for _, ex := range examples(f) {
		payload, err := EncodeShare(mustDecode(f, ex.data))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(payload)
		f.Add(payload + "==")
		f.Add(payload[:len(payload)/2])
	}
	for _, seed := range []string{"", "=", "!!!!", "AAAA", "8w", "q1YqSkxOLVayUlAqTi0qS8wpSa0qKSpKTVVSUCpILEosKcovLSkqyi0oLSpVSsrPTs3Ny1cCAAAA__8"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, payload string) {
		s, err := DecodeShare(payload)
		if err != nil {
			errorLines(t, err)
			return
		}
		checkReportFinite(t, Compute(s))
		again, err := EncodeShare(s)
		if err != nil {
			t.Fatalf("EncodeShare: %v", err)
		}
		s2, err := DecodeShare(again)
		if err != nil {
			t.Fatalf("DecodeShare(EncodeShare(s)): %v", err)
		}
		if diff := cmp.Diff(s, s2, scenarioOpts); diff != "" {
			t.Fatalf("share round trip (-want +got):\n%s", diff)
		}
	})
}

// FuzzParseNumber checks that whatever a person types either is refused or
// reads as a finite number, and that the app's own formatting of that number
// reads back: exactly with the shortest representation (digits -1), and as
// the correctly rounded value with a fixed number of decimals.
func FuzzParseNumber(f *testing.F) {
	for _, seed := range []string{
		"7,5", "7.5", "1.234", "1,234", "1.234,5", "1,234.5", "1e309", "-0", "NaN", "", "  ",
		"abc", "12.34.5", "+3", "−2", "1 234,5", "0.500", "1.234.567,891", ".5", "5.", ",", "-",
		"123456789012345678901234567890", "0,000000000000000000001", "9" + strings.Repeat("9", 400),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range []Locale{Dutch, English} {
			x, err := l.ParseNumber(s)
			if err != nil {
				if x != 0 {
					t.Errorf("%s: ParseNumber(%q) = %v with error %v; want 0 with the error", l, s, x, err)
				}
				if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNotNumber) && !errors.Is(err, ErrAmbiguous) {
					t.Errorf("%s: ParseNumber(%q): unexpected error %v", l, s, err)
				}
				continue
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Fatalf("%s: ParseNumber(%q) = %v, not finite", l, s, x)
			}
			if math.Signbit(x) && x == 0 {
				t.Errorf("%s: ParseNumber(%q) = -0; want 0", l, s)
			}

			shortest := l.FormatDecimal(x, -1)
			back, err := l.ParseNumber(shortest)
			if err != nil || back != x {
				t.Errorf("%s: ParseNumber(FormatDecimal(%v, -1) = %q) = %v, %v; want %v", l, x, shortest, back, err, x)
			}

			for _, digits := range []int{0, 2, 17} {
				text := l.FormatDecimal(x, digits)
				back, err := l.ParseNumber(text)
				// FormatDecimal rounds to digits decimals; reading back
				// gives exactly the float nearest that rounded decimal.
				rounded, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', digits, 64), 64)
				if err != nil || back != rounded {
					t.Errorf("%s: ParseNumber(FormatDecimal(%v, %d) = %q) = %v, %v; want %v", l, x, digits, text, back, err, rounded)
				}
				// With 17 decimals nothing is lost for numbers of at least
				// 1, whose spacing is 2⁻⁵² or more.
				if digits == 17 && math.Abs(x) >= 1 && back != x {
					t.Errorf("%s: %v formatted with 17 decimals reads back as %v", l, x, back)
				}
			}
			fixed := l.FormatFixed(x, 2)
			if _, err := l.ParseNumber(fixed); err != nil {
				t.Errorf("%s: FormatFixed(%v, 2) = %q does not read back: %v", l, x, fixed, err)
			}
		}
	})
}
