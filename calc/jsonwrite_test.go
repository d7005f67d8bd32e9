package calc

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// stdlibJSON writes s with encoding/json, as Encode did before it had its
// own writer: appendScenario must write the same bytes.
func stdlibJSON(t testing.TB, s *Scenario, indent string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(forFile(s)); err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	return buf.Bytes()
}

// checkSameAsStdlib compares Encode and EncodeCompact with encoding/json.
func checkSameAsStdlib(t *testing.T, s *Scenario) {
	t.Helper()
	got, err := marshal(s, "  ")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(stdlibJSON(t, s, "  ")), string(got)); diff != "" {
		t.Errorf("indented (-encoding/json +ours):\n%s", diff)
	}
	compact, err := EncodeCompact(s)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(bytes.TrimSuffix(stdlibJSON(t, s, ""), []byte("\n"))), string(compact)); diff != "" {
		t.Errorf("compact (-encoding/json +ours):\n%s", diff)
	}
}

func TestWriterMatchesEncodingJSON(t *testing.T) {
	for _, ex := range examples(t) {
		t.Run(ex.name, func(t *testing.T) { checkSameAsStdlib(t, mustDecode(t, ex.data)) })
	}
	// The decoder's fuzz corpus: odd but valid documents, the "x"
	// extension space everywhere.
	files, _ := filepath.Glob("testdata/fuzz/FuzzDecode/*")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		// The corpus files are "go test fuzz v1" with one []byte line.
		lines := bytes.SplitN(data, []byte("\n"), 2)
		if len(lines) < 2 {
			continue
		}
		arg := bytes.TrimSpace(lines[1])
		arg = bytes.TrimSuffix(bytes.TrimPrefix(arg, []byte("[]byte(")), []byte(")"))
		doc, err := strconv.Unquote(string(arg))
		if err != nil {
			continue
		}
		if s, err := DecodeBytes([]byte(doc)); err == nil {
			t.Run(filepath.Base(file), func(t *testing.T) { checkSameAsStdlib(t, s) })
		}
	}
}

func TestWriterStringsAndNumbers(t *testing.T) {
	texts := []string{
		"plain", `"quoted" and \backslash\`, "<b>&amp;</b>", "tab\tnew\nline\rcr\bbs\fff",
		"\x00\x01\x1f\x7f", "é ü ß 中文 🚲", "line\u2028para\u2029", "bad \xff\xfe utf-8", "\ufffd",
		"",
	}
	numbers := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 7.5, 1e-6, 1e-7, 9.99e-7, 1e20, 1e21, 123456789012345678901234,
		5e-324, math.MaxFloat64, -1e-9, 1 << 53, 1.0000000000000002}
	s := Example()
	s.Title = texts[0]
	for i, text := range texts {
		s.Segments[0].Name = text
		s.Benefits[0].Name = text
		s.Currency = ""
		s.Locale = text
		s.Segments[0].Benefits[text] = Rating{Score: Float(numbers[i%len(numbers)])}
	}
	for i, x := range numbers {
		s.Segments[1].Loyalty[strconv.Itoa(i)] = x
	}
	s.Segments[2].Customers = 1e21
	s.Settings.Tolerance = 1e-7
	s.X = Extension(" { \"note\" : [1, 2.50, \"<&>\\u2028\"] } ")
	s.Segments[0].X = Extension(`{"a":{}}`)
	checkSameAsStdlib(t, s)
}

func TestWriterRefusesNaN(t *testing.T) {
	s := Example()
	s.Segments[0].Margin = math.NaN()
	if _, err := EncodeCompact(s); err == nil {
		t.Error("a NaN was written")
	}
	s = Example()
	s.X = Extension("{not json")
	if _, err := EncodeCompact(s); err == nil {
		t.Error("an x that is not JSON was written")
	}
}
