package wasmsize

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitFlags(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"make's escaped blank", `-trimpath -ldflags=-s\ -w`, []string{"-trimpath", "-ldflags=-s -w"}},
		{"single quotes", `-trimpath -ldflags='-s -w'`, []string{"-trimpath", "-ldflags=-s -w"}},
		{"double quotes", `-ldflags="-X 'main.v=a b'"`, []string{"-ldflags=-X 'main.v=a b'"}},
		{"extra blanks", "  -a \t -b  ", []string{"-a", "-b"}},
		{"empty quotes make a word", `-tags ''`, []string{"-tags", ""}},
		{"nothing", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := SplitFlags(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SplitFlags(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
	for _, in := range []string{`-ldflags='-s`, `-a\`} {
		if _, err := SplitFlags(in); err == nil {
			t.Errorf("SplitFlags(%q): no error", in)
		}
	}
}

func TestKeepNames(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"make's flags", []string{"-trimpath", "-ldflags=-s -w"}, []string{"-trimpath", "-ldflags=-w"}},
		{"only -s", []string{"-ldflags=-s"}, nil},
		{"separate value", []string{"--ldflags", "-s -X main.v=1"}, []string{"-ldflags=-X main.v=1"}},
		{"quoted value kept", []string{"-ldflags=-s -X 'main.v=a b'"}, []string{"-ldflags=-X 'main.v=a b'"}},
		{"no ldflags", []string{"-trimpath", "-tags=x"}, []string{"-trimpath", "-tags=x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, keepNames(tt.in)); diff != "" {
				t.Errorf("keepNames(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPackageOf(t *testing.T) {
	idx := newPackageIndex([]byte("runtime runtime\n" +
		"app github.com/maxence-charriere/go-app/v9/pkg/app\n" +
		"errgroup golang.org/x/sync/errgroup\n" +
		"sync golang.org/x/sync\n" +
		"yaml gopkg.in/yaml.v3\n" +
		"main github.com/klantwaarde/klantwaarde/cmd/klantwaarde\n"))
	tests := []struct{ fn, want string }{
		{"runtime.mallocgc", "runtime"},
		// github.com/maxence-charriere/go-app/v9/pkg/app.(*Handler).ServeHTTP
		{"github.com_maxence_charriere_go_app_v9_pkg_app.__Handler_.ServeHTTP", "github.com/maxence-charriere/go-app/v9/pkg/app"},
		{"golang.org_x_sync_errgroup.__Group_.Go.func1", "golang.org/x/sync/errgroup"},
		{"golang.org_x_sync.F", "golang.org/x/sync"},
		{"gopkg.in_yaml.v3.Marshal", "gopkg.in/yaml.v3"},
		// runtime.F[golang.org/x/sync.T], a generic instantiation
		{"runtime.F_golang.org_x_sync.T_", "runtime"},
		{"main.main", "github.com/klantwaarde/klantwaarde/cmd/klantwaarde"},
		{"type_.eq.runtime.m", "(compiler-generated type: and go: functions)"},
		{"go_buildid", "(compiler-generated type: and go: functions)"},
		{"memeqbody", "(assembly and linknamed functions without a package)"},
	}
	for _, tt := range tests {
		if got := idx.of(tt.fn); got != tt.want {
			t.Errorf("of(%q) = %q, want %q", tt.fn, got, tt.want)
		}
	}
}

func TestParseWasm(t *testing.T) {
	bin := []byte("\x00asm\x01\x00\x00\x00" +
		// import section: one function "gojs"."f" of type 0, one memory
		"\x02\x17\x02\x04gojs\x01f\x00\x00\x04gojs\x03mem\x02\x01\x01\x02" +
		// code section: bodies of 2 and 3 bytes
		"\x0a\x08\x02\x02\x00\x0b\x03\x00\x01\x0b" +
		// name section: function 1 is "a.b", 2 is "c.d"
		"\x00\x12\x04name\x01\x0b\x02\x01\x03a.b\x02\x03c.d")
	m, err := parseWasm(bin)
	if err != nil {
		t.Fatal(err)
	}
	want := &module{
		sections: map[byte]int{sectionImport: 25, sectionCode: 10, sectionCustom: 20},
		imports:  1,
		code:     []int{3, 4},
		names:    map[int]string{1: "a.b", 2: "c.d"},
	}
	if diff := cmp.Diff(want, m, cmp.AllowUnexported(module{})); diff != "" {
		t.Errorf("parseWasm (-want +got):\n%s", diff)
	}
	if _, err := parseWasm(bin[:len(bin)-2]); err == nil {
		t.Error("parseWasm of a truncated module: no error")
	}
}

// TestDefaultFlagsAreTheMakefiles keeps DefaultFlags, what a bare
// `go run ./internal/bench` or `./internal/size` builds with, equal to the
// Makefile's WASMFLAGS; they drifted apart once.
func TestDefaultFlagsAreTheMakefiles(t *testing.T) {
	makefile, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^WASMFLAGS\s*:=\s*(.*)$`).FindSubmatch(makefile)
	if m == nil {
		t.Fatal("no WASMFLAGS := line in the Makefile")
	}
	if got := strings.TrimSpace(string(m[1])); got != DefaultFlags {
		t.Errorf("the Makefile's WASMFLAGS are\n%s\nDefaultFlags are\n%s", got, DefaultFlags)
	}
}

// TestFloorIsTheRealGoApp checks that the floor is built with go-app as
// released, the version the app's patched copy was taken from, and the
// app with that copy: the ratios of make size and make bench are against
// go-app itself.
func TestFloorIsTheRealGoApp(t *testing.T) {
	goApp := func(modFlags ...string) string {
		t.Helper()
		args := append(append([]string{"list"}, modFlags...), "-m", "-f", "{{.Version}} {{with .Replace}}=> {{.Path}}{{end}}", "github.com/maxence-charriere/go-app/v9")
		cmd := exec.Command("go", args...)
		cmd.Dir = "../.."
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return strings.TrimSpace(string(out))
	}
	if got, want := goApp(ModFlags(FloorPackage)...), "v9.8.0"; got != want {
		t.Errorf("the floor builds with go-app %q, want %q", got, want)
	}
	if got, want := goApp(), "v9.8.0 => ./third_party/go-app"; got != want {
		t.Errorf("the app builds with go-app %q, want %q", got, want)
	}
}
