package i18n

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

// importPath is this package's, as the module's files import it.
const importPath = "github.com/klantwaarde/klantwaarde/app/i18n"

// TestEveryTextInBothLanguages reads every Text written in this package
// and checks that it has Dutch and English, with the same formatting verbs
// in the same order, so that neither language can miss a text or an
// argument.
func TestEveryTextInBothLanguages(t *testing.T) {
	fset := token.NewFileSet()
	n := 0
	for _, f := range parseDir(t, fset, ".") {
		ast.Inspect(f, func(node ast.Node) bool {
			lit, ok := node.(*ast.CompositeLit)
			if !ok || !isText(lit) {
				return true
			}
			n++
			nl, en := field(t, lit, "NL"), field(t, lit, "EN")
			pos := fset.Position(lit.Pos())
			if strings.TrimSpace(nl) == "" || strings.TrimSpace(en) == "" {
				t.Errorf("%s: a text without Dutch or English: NL %q, EN %q", pos, nl, en)
			}
			if a, b := verbs(nl), verbs(en); !slices.Equal(a, b) {
				t.Errorf("%s: the Dutch takes %v, the English %v", pos, a, b)
			}
			return false
		})
	}
	if n < 200 {
		t.Fatalf("found %d texts; the scan no longer sees them", n)
	}
}

// TestNoTextUnused scans the module for uses of this package's variables,
// so that a text nobody shows anymore is deleted rather than translated
// for nothing.
func TestNoTextUnused(t *testing.T) {
	fset := token.NewFileSet()
	own := parseDir(t, fset, ".")
	declared := map[string]token.Position{}
	for _, f := range own {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				for _, name := range spec.(*ast.ValueSpec).Names {
					declared[name.Name] = fset.Position(name.Pos())
				}
			}
		}
	}
	used := map[string]bool{}
	// Inside this package: any identifier that is not its declaration.
	for _, f := range own {
		decls := map[*ast.Ident]bool{}
		ast.Inspect(f, func(node ast.Node) bool {
			if vs, ok := node.(*ast.ValueSpec); ok {
				for _, name := range vs.Names {
					decls[name] = true
				}
			}
			if id, ok := node.(*ast.Ident); ok && !decls[id] {
				used[id.Name] = true
			}
			return true
		})
	}
	// Elsewhere in the module: i18n.Name, under whatever name the file
	// imports the package.
	root := moduleRoot(t)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".") && path != root) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") ||
			filepath.Dir(path) == filepath.Join(root, "app", "i18n") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		local := ""
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == importPath {
				local = "i18n"
				if imp.Name != nil {
					local = imp.Name.Name
				}
			}
		}
		if local == "" {
			return nil
		}
		ast.Inspect(f, func(node ast.Node) bool {
			if sel, ok := node.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == local {
					used[sel.Sel.Name] = true
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(declared) < 150 {
		t.Fatalf("found %d texts; the scan no longer sees them", len(declared))
	}
	for name, pos := range declared {
		if !used[name] {
			t.Errorf("%s: %s is used nowhere in the module", pos, name)
		}
	}
}

// TestTextsByKey: every key calc defines has its words, and no words wait
// for a key calc does not define.
func TestTextsByKey(t *testing.T) {
	keyed := []struct {
		name string
		keys []string
		list []keyedText
		text func(string) *Text
	}{
		{"loyalty indicator", calc.LoyaltyKeys, loyaltyIndicators, LoyaltyIndicator},
		{"CSV column", calc.CSVColumns, csvColumns, CSVColumn},
	}
	for _, k := range keyed {
		for _, key := range k.keys {
			if x := k.text(key); x.NL == "" || x.EN == "" {
				t.Errorf("%s %q has no text", k.name, key)
			}
		}
		if len(k.list) != len(k.keys) {
			t.Errorf("%d %s texts for %d keys", len(k.list), k.name, len(k.keys))
		}
	}
	distinct := func(what string, texts ...*Text) {
		seen := map[Text]bool{}
		for _, x := range texts {
			if x.NL == "" || seen[*x] {
				t.Errorf("two %ss read %q, or one is missing", what, x.EN)
			}
			seen[*x] = true
		}
	}
	verdicts := []calc.Verdict{calc.Ambassador, calc.Vulnerable, calc.Indifferent, calc.Defector, calc.NoVerdict}
	var names, explanations []*Text
	for _, v := range verdicts {
		names, explanations = append(names, Verdict(v)), append(explanations, VerdictExplanation(v))
	}
	distinct("verdict", names...)
	distinct("verdict explanation", explanations...)
	distinct("code result", CodeResult(calc.CodeAccepted), CodeResult(calc.CodeDuplicate),
		CodeResult(calc.CodeOther), CodeResult(calc.CodeMistyped), CodeResult(calc.CodeInvalid))
}

// verbs lists the formatting verbs of a text: %s, %d, %%.
func verbs(s string) []string {
	return regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`).FindAllString(s, -1)
}

func isText(lit *ast.CompositeLit) bool {
	if id, ok := lit.Type.(*ast.Ident); ok {
		return id.Name == "Text"
	}
	// {NL: …, EN: …} in a map or slice of Text.
	return lit.Type == nil && len(lit.Elts) == 2 && keyName(lit.Elts[0]) == "NL"
}

func keyName(e ast.Expr) string {
	if kv, ok := e.(*ast.KeyValueExpr); ok {
		if id, ok := kv.Key.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

func field(t *testing.T, lit *ast.CompositeLit, name string) string {
	for _, e := range lit.Elts {
		if keyName(e) != name {
			continue
		}
		s, ok := literal(e.(*ast.KeyValueExpr).Value)
		if !ok {
			t.Errorf("%s of a Text is not a string literal", name)
		}
		return s
	}
	return ""
}

// literal reads a string literal, or several joined with +.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		x, ok1 := literal(e.X)
		y, ok2 := literal(e.Y)
		return x + y, ok1 && ok2 && e.Op == token.ADD
	}
	return "", false
}

func parseDir(t *testing.T, fset *token.FileSet, dir string) []*ast.File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the package")
		}
		dir = parent
	}
}

// TestFAsSprintf checks that F writes what fmt.Sprintf writes, for the
// verbs it writes itself and for what it leaves to fmt.
func TestFAsSprintf(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
	}{
		{"%s zeggen het, ongeveer %s doen het (%s%%)", []any{"12", "4", "30"}},
		{"%d van %d", []any{3, -14}},
		{"geen argumenten, 5%% meer", nil},
		{"%s", []any{""}},
		{"%s en %d", []any{"é€", 0}},
		{"%s", []any{7}},               // not a string: fmt's %!s(int=7)
		{"%d", []any{"7"}},             // not an int
		{"%d", []any{int64(7)}},        // another integer type
		{"%s %s", []any{"one"}},        // too few
		{"%s", []any{"one", "two"}},    // too many
		{"%x and %q", []any{255, "a"}}, // other verbs
		{"trailing %", nil},
	} {
		text := Text{NL: c.format, EN: "-"}
		if got, want := text.F(calc.Dutch, c.args...), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("F(%q, %v) = %q, fmt.Sprintf gives %q", c.format, c.args, got, want)
		}
	}
}
