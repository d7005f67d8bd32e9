package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// countNoun finds a count followed by a word: "%d deelnemers".
var countNoun = regexp.MustCompile(`(?:^|[^–-])%d ([\p{L}'()]+)`)

// pluralWord tells a plural noun by its ending, in Dutch (-en, -s, -'s)
// and English (-s), with the "(s)" and "('s)" of a text that dodges the
// question.
func pluralWord(w string) bool {
	w = strings.ToLower(w)
	switch w {
	case "gelezen", "is", "was", "has":
		return false // a participle or a verb, no noun
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "(s)") || strings.HasSuffix(w, "('s)")
}

// TestCountsHavePlurals reads the texts of this package: a count followed
// by a plural noun may only be the Other form of a Plural, so that nothing
// reads "1 deelnemers" or "1 participants". (A range's upper end, "1–%d
// tekens", is no count.)
func TestCountsHavePlurals(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	texts := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			switch {
			case !ok:
				return true
			case isType(lit.Type, "Plural"):
				return false // its forms are chosen by the count
			case isType(lit.Type, "Text"):
				texts++
				ast.Inspect(lit, func(n ast.Node) bool { check(t, fset, n); return true })
				return false
			}
			return true
		})
	}
	if texts < 100 {
		t.Fatalf("found %d texts; the test no longer reads them", texts)
	}
}

func check(t *testing.T, fset *token.FileSet, n ast.Node) {
	t.Helper()
	lit, ok := n.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return
	}
	for _, m := range countNoun.FindAllStringSubmatch(s, -1) {
		if pluralWord(m[1]) {
			t.Errorf("%s: %q has a count with a plural noun (%q): make it a Plural", fset.Position(lit.Pos()), s, m[0])
		}
	}
}

func isType(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name
}

// TestPluralForms: one of a thing takes the One form, any other number
// the Other, whatever comes before the count.
func TestPluralForms(t *testing.T) {
	tests := []struct {
		l    calc.Locale
		args []any
		want string
	}{
		{calc.Dutch, []any{"Wielrenners", 1}, "Wielrenners: 1 deelnemer"},
		{calc.Dutch, []any{"Wielrenners", 2}, "Wielrenners: 2 deelnemers"},
		{calc.Dutch, []any{"Wielrenners", 0}, "Wielrenners: 0 deelnemers"},
		{calc.English, []any{"Road cyclists", 1}, "Road cyclists: 1 participant"},
		{calc.English, []any{"Road cyclists", 3}, "Road cyclists: 3 participants"},
	}
	for _, tt := range tests {
		if got := ResponsesFor.F(tt.l, tt.args...); got != tt.want {
			t.Errorf("ResponsesFor.F(%s, %v) = %q, want %q", tt.l, tt.args, got, tt.want)
		}
	}
	if got := ScanNew.F(calc.Dutch, 1); got != "✓ Nieuwe code: 1 deelnemer" {
		t.Errorf("ScanNew for one reads %q", got)
	}
}
