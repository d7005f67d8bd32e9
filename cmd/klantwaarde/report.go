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

// tableText is the wording of the report table in one language. Formats
// take their arguments in the order their comments give.
type tableText struct {
	untitled    string
	valueTitle  string
	valueHeader []string
	valueNote   string // tolerance
	moneyTitle  string
	moneyHeader []string // the sixth takes the retention uplift
	moneyNote   string   // discount rate, retention uplift twice
	all         string
	priorities  string // segment names
	verdicts    map[calc.Verdict]string
	explain     map[calc.Verdict]string
	kinds       map[calc.LeverKind]string
	levers      string
	noLevers    string
	painPoints  string
	noPainPoint string
	loyalty     string // loyalty index, expected referrers, say-do ratio
	percent     string // a number
}

// tableTexts holds the wording for each locale of the app.
var tableTexts = map[calc.Locale]*tableText{
	calc.Dutch: {
		untitled:    "Scenario zonder titel",
		valueTitle:  "Waarde en verwachtingen",
		valueHeader: []string{"Segment", "Klanten", "Baten", "Offers", "Waarde", "Kloof", "Oordeel", "NPS"},
		valueNote: "Baten en offers zijn gewogen rapportcijfers (1–10); waarde = baten − offers.\n" +
			"Kloof = ervaren − verwacht; tot %s punt eronder telt een verwachting als waargemaakt.",
		moneyTitle:  "Geld",
		moneyHeader: []string{"Segment", "Marge per jaar", "Potentieel", "CLV per klant", "Klantvermogen", "+%s pt behoud", ""},
		moneyNote: "Potentieel: de marge per jaar als de groeipotentie waar wordt.\n" +
			"CLV: de marge die één klant over de hele relatie oplevert, verdisconteerd tegen %s per jaar.\n" +
			"Klantvermogen = klanten × CLV.\n" +
			"+%s pt behoud: wat het klantvermogen wint als elk jaar %s procentpunt meer klanten blijft.",
		all:        "Alle segmenten",
		priorities: "Waar klanten behouden het meest oplevert: %s.",
		verdicts: map[calc.Verdict]string{
			calc.Ambassador: "ambassadeur", calc.Vulnerable: "kwetsbaar",
			calc.Indifferent: "onverschillig", calc.Defector: "overloper", calc.NoVerdict: undefined,
		},
		explain: map[calc.Verdict]string{
			calc.Ambassador:  "meer baten dan offers, verwachtingen waargemaakt: zij brengen nieuwe klanten mee.",
			calc.Vulnerable:  "meer baten dan offers, maar verwachtingen worden niet waargemaakt.",
			calc.Indifferent: "verwachtingen waargemaakt, maar de baten wegen niet op tegen de offers.",
			calc.Defector:    "baten wegen niet op tegen offers en verwachtingen worden niet waargemaakt.",
			calc.NoVerdict:   "nog geen oordeel; daarvoor zijn baten, offers en kwaliteit nodig.",
		},
		kinds:       map[calc.LeverKind]string{calc.BenefitLever: "baat", calc.SacrificeLever: "offer"},
		levers:      "Hefbomen (waarde erbij per punt verbetering):",
		noLevers:    "Geen hefbomen: niets beoordeeld, of alles staat al op zijn best.",
		painPoints:  "Pijnpunten, grootste gewogen kloof eerst (ervaren − verwacht):",
		noPainPoint: "Geen pijnpunten: geen verwachting wordt duidelijk gemist.",
		loyalty:     "Loyaliteitsindex %s; verwachte aanbevelers %s (zeggen-doen %s).",
		percent:     "%s %%",
	},
	calc.English: {
		untitled:    "Untitled scenario",
		valueTitle:  "Value and expectations",
		valueHeader: []string{"Segment", "Customers", "Benefits", "Sacrifices", "Value", "Gap", "Verdict", "NPS"},
		valueNote: "Benefits and sacrifices are weighted marks (1–10); value = benefits − sacrifices.\n" +
			"Gap = experienced − expected; up to %s points below still counts as expectations met.",
		moneyTitle:  "Money",
		moneyHeader: []string{"Segment", "Margin per year", "Potential", "CLV per customer", "Customer equity", "+%s pts retention", ""},
		moneyNote: "Potential: the margin per year if the growth potential comes true.\n" +
			"CLV: the margin one customer yields over the whole relationship, discounted at %s a year.\n" +
			"Customer equity = customers × CLV.\n" +
			"+%s pts retention: what customer equity gains if %s percentage points more customers stay each year.",
		all:        "All segments",
		priorities: "Where keeping customers is worth most: %s.",
		verdicts: map[calc.Verdict]string{
			calc.Ambassador: "ambassador", calc.Vulnerable: "vulnerable",
			calc.Indifferent: "indifferent", calc.Defector: "defector", calc.NoVerdict: undefined,
		},
		explain: map[calc.Verdict]string{
			calc.Ambassador:  "more benefits than sacrifices, expectations met: they bring in new customers.",
			calc.Vulnerable:  "more benefits than sacrifices, but expectations are not met.",
			calc.Indifferent: "expectations met, but benefits do not outweigh sacrifices.",
			calc.Defector:    "benefits do not outweigh sacrifices and expectations are not met.",
			calc.NoVerdict:   "no verdict yet; it needs benefits, sacrifices and quality rated.",
		},
		kinds:       map[calc.LeverKind]string{calc.BenefitLever: "benefit", calc.SacrificeLever: "sacrifice"},
		levers:      "Levers (value gained per point of improvement):",
		noLevers:    "No levers: nothing is rated, or everything is at its best already.",
		painPoints:  "Pain points, largest weighted gap first (experienced − expected):",
		noPainPoint: "No pain points: no expectation is clearly missed.",
		loyalty:     "Loyalty index %s; expected referrers %s (say-do %s).",
		percent:     "%s%%",
	},
}
