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

	"github.com/klantwaarde/klantwaarde/calc"
)

const reportUsage = "usage: klantwaarde report [-json] FILE|-"

// runReport validates one scenario file (SPEC §4) and prints its results
// (SPEC §5): a table in the scenario's language, or with -json the report
// as calc computes it. "-" reads the scenario from stdin.
//
// A file that cannot be opened or read is returned as a plain error. An
// invalid scenario writes one line per problem to stderr, each prefixed
// with the file name as compilers do, and returns errReported; nothing is
// written to stdout then.
func runReport(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON, numbers unrounded")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), reportUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return fmt.Errorf("report: %w", errUsage)
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "klantwaarde report: expected one scenario file or -, got %d arguments\n", fs.NArg())
		fs.Usage()
		return fmt.Errorf("report: %w", errUsage)
	}

	name := fs.Arg(0)
	s, err := readScenario(name, stdin)
	if err != nil {
		return printProblems(stderr, name, err)
	}

	rep := calc.Compute(s)
	var out bytes.Buffer
	if *asJSON {
		data, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return fmt.Errorf("report %s: a figure is too large to write: %w", name, err)
		}
		out.Write(data)
		out.WriteByte('\n')
	} else {
		writeTable(&out, s, rep)
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

// printProblems writes each problem of an invalid scenario on a line of its
// own, prefixed with the file name ("stdin" for "-"), and returns
// errReported; any other error is returned as it is.
func printProblems(stderr io.Writer, name string, err error) error {
	var problems calc.Errors
	if !errors.As(err, &problems) {
		return err
	}
	if name == "-" {
		name = "stdin"
	}
	for _, p := range problems {
		fmt.Fprintf(stderr, "%s: %s\n", name, p)
	}
	return errReported
}

// readScenario decodes the scenario in the file name, or on stdin for "-".
// Problems with the document come back as calc.Errors; failures to open or
// read a file as the *os.PathError, which names the file already.
func readScenario(name string, stdin io.Reader) (*calc.Scenario, error) {
	if name == "-" {
		s, err := calc.Decode(stdin)
		var problems calc.Errors
		if err != nil && !errors.As(err, &problems) {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		return s, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return calc.Decode(f)
}
