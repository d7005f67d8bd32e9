package wasmsize

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// topPackages and topAdded are how many packages the two tables list by
// name: the largest, and those that add most to the floor.
const (
	topPackages = 20
	topAdded    = 10
)

// WritePackages builds the app and the floor again with their function
// names (the wasm "name" section that -ldflags=-s drops) and sums the code
// of each function per Go package. `go tool nm` cannot do it: it does not
// read WebAssembly ("unrecognized object file"). The data segments
// (rodata, type descriptors, pclntab) carry no names in a Go WebAssembly
// binary, so the section table shows them as one row.
//
// The tables go to stdout, the go command's errors to stderr; tmp is a
// directory for the builds, flags those the shipped app was built with.
func WritePackages(stdout, stderr io.Writer, tmp string, flags []string, shipped []byte) error {
	named := keepNames(flags)
	app, err := codeByPackage(stderr, tmp, named, AppPackage)
	if err != nil {
		return err
	}
	floor, err := codeByPackage(stderr, tmp, named, FloorPackage)
	if err != nil {
		return err
	}
	ship, err := parseWasm(shipped)
	if err != nil {
		return fmt.Errorf("the app's wasm: %w", err)
	}
	fmt.Fprintf(stdout, "Code by Go package, from builds with `%s` that keep the function names.\n", strings.Join(named, " "))
	fmt.Fprintf(stdout, "KB are 10^3 bytes; the app has %d packages, the floor %d.\n\n", len(app.bytes), len(floor.bytes))
	printTop(stdout, app, floor, topPackages, func(p string) int { return app.bytes[p] })
	fmt.Fprintf(stdout, "\nThe %d packages that add most to the floor:\n\n", topAdded)
	printTop(stdout, app, floor, topAdded, func(p string) int { return app.bytes[p] - floor.bytes[p] })
	if ship.sections[sectionCode] != app.codeSection {
		fmt.Fprintf(stdout, "\nNote: this build's code section is %d bytes, the app's wasm's %d: the wasm is older than the source.\n",
			app.codeSection, ship.sections[sectionCode])
	}
	fmt.Fprintln(stdout)
	printSections(stdout, ship, len(shipped))
	return nil
}

// code is the size of a program's code, per package and in all.
type code struct {
	bytes       map[string]int // by import path
	total       int            // function bodies
	codeSection int            // the whole code section, header included
}

// codeByPackage builds pkg for WebAssembly with function names and sums
// each function's body by package.
func codeByPackage(stderr io.Writer, tmp string, flags []string, pkg string) (*code, error) {
	path := filepath.Join(tmp, filepath.Base(pkg)+"-names.wasm")
	if _, err := goWasm(stderr, "build", append(ModFlags(pkg), flags...), "-o", path, pkg); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	mod, err := parseWasm(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(mod.names) == 0 {
		return nil, fmt.Errorf("%s has no function names: were they stripped?", path)
	}
	list, err := goWasm(stderr, "list", append(ModFlags(pkg), flags...), "-deps", "-f", "{{.Name}} {{.ImportPath}}", pkg)
	if err != nil {
		return nil, err
	}
	pkgs := newPackageIndex(list)
	c := &code{bytes: map[string]int{}, codeSection: mod.sections[sectionCode]}
	for i, n := range mod.code {
		c.bytes[pkgs.of(mod.names[mod.imports+i])] += n
		c.total += n
	}
	return c, nil
}

// printTop lists the limit packages of the app that weigh most by weight,
// beside what the same package weighs in the floor; the difference is what
// the app adds to go-app's hello-world.
func printTop(w io.Writer, app, floor *code, limit int, weight func(pkg string) int) {
	names := make([]string, 0, len(app.bytes))
	for p := range app.bytes {
		names = append(names, p)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(weight(b), weight(a)), strings.Compare(a, b))
	})
	fmt.Fprintln(w, "| # | package | app KB | % of app code | floor KB | app − floor KB |")
	fmt.Fprintln(w, "|--:|---|---:|---:|---:|---:|")
	row := func(label string, a, f int) {
		fmt.Fprintf(w, "| %s | %.1f | %.1f %% | %.1f | %s |\n", label, kb(a), percent(a, app.total), kb(f), signedKB(a-f))
	}
	restApp, restFloor := app.total, floor.total
	for i, p := range names[:min(limit, len(names))] {
		a, f := app.bytes[p], floor.bytes[p]
		row(fmt.Sprintf("%d | %s", i+1, p), a, f)
		restApp -= a
		restFloor -= f
	}
	if len(names) > limit {
		row(fmt.Sprintf(" | %d other packages", len(names)-limit), restApp, restFloor)
	}
	row(" | all code", app.total, floor.total)
}

// signedKB writes a difference in KB with its sign, and the few bytes that
// renumbered calls move between builds as 0.
func signedKB(n int) string {
	s := fmt.Sprintf("%+.1f", kb(n))
	if s == "+0.0" || s == "-0.0" {
		return "0"
	}
	return s
}

// printSections splits the shipped file into what the package table
// covers, code, and what it cannot.
func printSections(w io.Writer, m *module, size int) {
	code, data := m.sections[sectionCode], m.sections[sectionData]
	fmt.Fprintln(w, "| section of the app's wasm | KB | % of file |")
	fmt.Fprintln(w, "|---|---:|---:|")
	for _, row := range []struct {
		name string
		n    int
	}{
		{"code (the tables above)", code},
		{"data: rodata, type descriptors, pclntab (no names)", data},
		{"everything else", size - code - data},
		{"total", size},
	} {
		fmt.Fprintf(w, "| %s | %.1f | %.1f %% |\n", row.name, kb(row.n), percent(row.n, size))
	}
}

func kb(n int) float64 { return float64(n) / 1e3 }

func percent(n, total int) float64 { return 100 * float64(n) / float64(total) }

// keepNames returns the build flags without the linker's -s, which drops
// the function names; the code itself is the same.
func keepNames(flags []string) []string {
	var out []string
	for i := 0; i < len(flags); i++ {
		name, value, hasValue := strings.Cut(strings.TrimPrefix(flags[i], "-"), "=")
		if name != "ldflags" && name != "-ldflags" {
			out = append(out, flags[i])
			continue
		}
		if !hasValue && i+1 < len(flags) {
			i++
			value = flags[i]
		}
		words, _ := SplitFlags(value)
		var kept []string
		for _, w := range words {
			if w == "-s" {
				continue
			}
			if strings.ContainsAny(w, " \t") {
				w = "'" + w + "'"
			}
			kept = append(kept, w)
		}
		if len(kept) > 0 {
			out = append(out, "-ldflags="+strings.Join(kept, " "))
		}
	}
	return out
}

// nameChars are what Go's wasm linker replaces with "_" in function names
// (cmd/link/internal/wasm), so that github.com/x/y.(*T).M is written
// github.com_x_y.__T_.M and the package must be found by its mangled path.
var nameChars = regexp.MustCompile(`[^\w.]`)

// A packageIndex maps mangled package paths to import paths.
type packageIndex map[string]string

// newPackageIndex reads `go list -f '{{.Name}} {{.ImportPath}}'` output.
// Functions of package main are named main.F, whatever its path.
func newPackageIndex(list []byte) packageIndex {
	idx := packageIndex{}
	sc := bufio.NewScanner(bytes.NewReader(list))
	for sc.Scan() {
		name, path, _ := strings.Cut(sc.Text(), " ")
		if name == "main" {
			idx["main"] = path
			continue
		}
		idx[nameChars.ReplaceAllString(path, "_")] = path
	}
	return idx
}

// of returns the package of a function name as the linker wrote it: the
// longest known package path followed by a dot.
func (idx packageIndex) of(fn string) string {
	for i := strings.LastIndexByte(fn, '.'); i > 0; i = strings.LastIndexByte(fn[:i], '.') {
		if p, ok := idx[fn[:i]]; ok {
			return p
		}
	}
	if strings.HasPrefix(fn, "type_.") || strings.HasPrefix(fn, "go_") {
		return "(compiler-generated type: and go: functions)"
	}
	return "(assembly and linknamed functions without a package)"
}
