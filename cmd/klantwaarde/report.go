//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
)

const reportUsage = "usage: klantwaarde report [-json] FILE|-   (a scenario file or a backup)"

// jsonFlags parses the flags of a command that prints a table or, with
// -json, JSON (report, codes), and returns the flag set with the
// arguments after the flags. Asked for help (-h), it prints usage and
// returns a nil flag set; a bad flag is errUsage.
func jsonFlags(name, usage, jsonHelp string, args []string, stderr io.Writer) (*flag.FlagSet, bool, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, jsonHelp)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, false, nil
		}
		return nil, false, fmt.Errorf("%s: %w", name, errUsage)
	}
	return fs, *asJSON, nil
}

// runReport validates one scenario file (SPEC §4) and prints its results
// (SPEC §5): a table in the scenario's language, or with -json the report
// as calc computes it. "-" reads the scenario from stdin. Given a backup
// (docs/backup.md) it prints a table per scenario, or with -json a list of
// {"title", "report"} objects, one per scenario; a backup with any invalid
// scenario is invalid input as a whole.
//
// A file that cannot be opened or read is returned as a plain error. An
// invalid scenario writes one line per problem to stderr, each prefixed
// with the file name as compilers do, and returns errReported; nothing is
// written to stdout then.
func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, asJSON, err := jsonFlags("report", reportUsage, "print the report as JSON, numbers unrounded", args, stderr)
	if fs == nil || err != nil {
		return err // asked for help, or a bad flag
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "klantwaarde report: expected one scenario file or -, got %d arguments\n", fs.NArg())
		fs.Usage()
		return fmt.Errorf("report: %w", errUsage)
	}

	name := fs.Arg(0)
	scenarios, backup, err := readScenarios(name, stdin)
	if err != nil {
		return printProblems(stderr, name, err)
	}

	var out bytes.Buffer
	if asJSON {
		if err := writeJSONReports(&out, scenarios, backup); err != nil {
			return fmt.Errorf("report %s: a figure is too large to write: %w", name, err)
		}
	} else {
		for i, s := range scenarios {
			if i > 0 {
				out.WriteString("\n\n")
			}
			writeTable(&out, s, calc.Compute(s))
		}
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

// backupReport is one scenario's report in the -json output of a backup.
type backupReport struct {
	Title  string      `json:"title"`
	Report calc.Report `json:"report"`
}

// writeJSONReports writes the report of a scenario file (SPEC §5) or, for
// a backup, a list with the title and the report of each scenario in the
// backup's order.
func writeJSONReports(out *bytes.Buffer, scenarios []*calc.Scenario, backup bool) error {
	var v any
	if backup {
		list := make([]backupReport, len(scenarios))
		for i, s := range scenarios {
			list[i] = backupReport{Title: s.Title, Report: calc.Compute(s)}
		}
		v = list
	} else {
		v = calc.Compute(scenarios[0])
	}
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	out.Write(data)
	out.WriteByte('\n')
	return nil
}

// printProblems writes each problem of an invalid scenario on a line of its
// own, prefixed with the file name ("stdin" for "-"), in the language of
// the environment (messageLocale), and returns errReported; any other
// error is returned as it is.
func printProblems(stderr io.Writer, name string, err error) error {
	var problems calc.Errors
	if !errors.As(err, &problems) {
		return err
	}
	if name == "-" {
		name = "stdin"
	}
	l := messageLocale(os.Getenv)
	for _, p := range problems {
		line := p.Error() // calc's English line, as SPEC §5 shows it
		if l != calc.English {
			line = i18n.Problem(l, p)
		}
		fmt.Fprintf(stderr, "%s: %s\n", name, line)
	}
	return errReported
}

// messageLocale is the language a command's messages are in, as POSIX
// programs choose it: the first of LC_ALL, LC_MESSAGES and LANG that is
// set; Dutch for a Dutch one ("nl_NL.UTF-8", "nl_BE"), English otherwise,
// also when none is set ("C", "POSIX").
func messageLocale(getenv func(string) string) calc.Locale {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			lang, _, _ := strings.Cut(v, ".")
			if strings.HasPrefix(strings.ToLower(lang), "nl") {
				return calc.Dutch
			}
			return calc.English
		}
	}
	return calc.English
}

// readScenarios decodes the scenario file or the backup (docs/backup.md)
// in the file name, or on stdin for "-", and says which it was. Problems
// with the document come back as calc.Errors, for a backup those of
// every scenario in it; failures to open or read a file as the
// *os.PathError, which names the file already.
func readScenarios(name string, stdin io.Reader) (scenarios []*calc.Scenario, backup bool, err error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, false, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, calc.MaxBackupSize+1))
	if err != nil {
		if name == "-" {
			err = fmt.Errorf("read stdin: %w", err)
		}
		return nil, false, err
	}
	if calc.IsBackup(data) {
		b, err := calc.DecodeBackup(data)
		if err != nil {
			return nil, true, err
		}
		return b.Scenarios, true, nil
	}
	s, err := calc.DecodeBytes(data)
	if err != nil {
		return nil, false, err
	}
	return []*calc.Scenario{s}, false, nil
}
