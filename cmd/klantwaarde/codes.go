//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
)

const codesUsage = "usage: klantwaarde codes [-json] SCENARIO FILE|-"

// runCodes reads pasted text (a chat export, an e-mail, a list) against
// the questionnaire of a scenario, as the trainer's paste box does, and
// prints per code found its status and line, then the aggregate per
// segment and rating: a table in the scenario's language, or with -json
// the fields of the app's data-aggregate hooks (docs/workshop.md). Codes
// that are refused are part of the result, not an error.
func runCodes(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs, asJSON, err := jsonFlags("codes", codesUsage, "print the codes and the aggregate as JSON, numbers unrounded", args, stderr)
	if fs == nil || err != nil {
		return err // asked for help, or a bad flag
	}
	if fs.NArg() != 2 || fs.Arg(0) == "-" {
		fmt.Fprintf(stderr, "klantwaarde codes: expected a scenario file and a text file or -, got %q\n", fs.Args())
		fs.Usage()
		return fmt.Errorf("codes: %w", errUsage)
	}
	name, textName := fs.Arg(0), fs.Arg(1)
	scenarios, backup, err := readScenarios(name, nil)
	if err != nil {
		return printProblems(stderr, name, err)
	}
	if backup || len(scenarios) != 1 {
		return fmt.Errorf("codes %s: a backup holds several scenarios; give the scenario file of the workshop", name)
	}
	s := scenarios[0]
	q := calc.TwoLevelQuestionnaireOf(s)
	if !q.Usable() {
		return fmt.Errorf("codes %s: the scenario needs a segment and a criterion to have a questionnaire", name)
	}
	text, err := readText(textName, stdin)
	if err != nil {
		return err
	}
	found := calc.ScanCodes(q, string(text))
	aggs := calc.Aggregate(q, calc.AcceptedResponses(found))
	var out bytes.Buffer
	if asJSON {
		data, err := json.MarshalIndent(codesJSON(q, found, aggs), "", "  ")
		if err != nil {
			return fmt.Errorf("codes %s: %w", name, err)
		}
		out.Write(data)
		out.WriteByte('\n')
	} else {
		writeCodes(&out, calc.LocaleOf(s.Locale), q, found, aggs)
	}
	_, err = stdout.Write(out.Bytes())
	return err
}

// maxCodesText bounds the text read: far more than any room's chat.
const maxCodesText = 16 << 20

func readText(name string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	} else if stdin == nil {
		return nil, errors.New("read stdin: no input")
	}
	data, err := io.ReadAll(io.LimitReader(r, maxCodesText+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("read %s: %w", name, err)
	case len(data) > maxCodesText:
		return nil, fmt.Errorf("read %s: longer than %d MiB", name, maxCodesText>>20)
	}
	return data, nil
}

// codeJSON is one code found; aggregateJSON one rating, named and with the
// fields of the data-aggregate hooks (null where n = 0).
type (
	codesResult struct {
		Fingerprint  string          `json:"fingerprint"`
		Participants int             `json:"participants"`
		Codes        []codeJSON      `json:"codes"`
		Aggregates   []aggregateJSON `json:"aggregates"`
	}
	codeJSON struct {
		Line    int    `json:"line"`
		Status  string `json:"status"`
		Text    string `json:"text"`
		Code    string `json:"code,omitempty"`
		Segment string `json:"segment,omitempty"`
		First   int    `json:"first,omitempty"`
		Error   string `json:"error,omitempty"`
	}
	aggregateJSON struct {
		Aggregate    string   `json:"aggregate"`
		N            int      `json:"n"`
		Mean         *float64 `json:"mean"`
		Median       *float64 `json:"median"`
		Min          *float64 `json:"min"`
		Max          *float64 `json:"max"`
		Spread       *float64 `json:"spread"`
		Disagreement bool     `json:"disagreement"`
	}
)

func codesJSON(q *calc.Questionnaire, found []calc.CodeLine, aggs []calc.SegmentAggregate) codesResult {
	res := codesResult{Fingerprint: q.Fingerprint().String(), Codes: []codeJSON{}, Aggregates: []aggregateJSON{}}
	for _, cl := range found {
		c := codeJSON{Line: cl.Line, Status: string(cl.Status), Text: cl.Text, Code: cl.Code, First: cl.First}
		if cl.Response != nil {
			c.Segment = q.Segments[cl.Response.Segment].ID
		}
		if cl.Err != nil {
			c.Error = cl.Err.Error()
		}
		res.Codes = append(res.Codes, c)
	}
	for _, sa := range aggs {
		res.Participants += sa.Responses
		for _, ra := range sa.Ratings {
			a := aggregateJSON{Aggregate: ra.Key(sa.ID), N: ra.N, Disagreement: ra.Disagreement}
			if ra.N > 0 {
				a.Mean, a.Median, a.Min, a.Max, a.Spread = &ra.Mean, &ra.Median, &ra.Min, &ra.Max, &ra.Spread
			}
			res.Aggregates = append(res.Aggregates, a)
		}
	}
	return res
}

// writeCodes prints the codes found and the aggregate as tables.
func writeCodes(b *bytes.Buffer, loc calc.Locale, q *calc.Questionnaire, found []calc.CodeLine, aggs []calc.SegmentAggregate) {
	participants := 0
	for _, sa := range aggs {
		participants += sa.Responses
	}
	if len(found) == 0 {
		fmt.Fprintln(b, i18n.CodesNoneFound.In(loc))
	}
	fmt.Fprintln(b, i18n.CodesFoundSummary.F(loc, q.Fingerprint(), i18n.CodesN.F(loc, len(found)), i18n.ParticipantsN.F(loc, participants)))
	tw := tabwriter.NewWriter(b, 0, 4, 2, ' ', 0)
	for _, cl := range found {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", i18n.CodeLineWord.F(loc, cl.Line), codeStatusText(loc, cl), cl.Text)
	}
	tw.Flush()
	for _, sa := range aggs {
		fmt.Fprintf(b, "\n%s\n", i18n.CodesSegmentHeading.F(loc, sa.Name, sa.Responses))
		if sa.Responses == 0 {
			continue
		}
		tw := tabwriter.NewWriter(b, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "%s\t\n", i18n.CodesTableHeader.In(loc))
		for _, ra := range sa.Ratings {
			fmt.Fprintf(tw, "%s %s\t%d", ra.Name, ratingWord(loc, ra.Rating), ra.N)
			if ra.N > 0 {
				for _, x := range []float64{ra.Mean, ra.Median, ra.Min, ra.Max, ra.Spread} {
					fmt.Fprintf(tw, "\t%s", loc.FormatDecimal(x, 1))
				}
			}
			if ra.Disagreement {
				fmt.Fprintf(tw, "\t%s", i18n.CodesDivided.In(loc))
			}
			fmt.Fprint(tw, "\t\n")
		}
		tw.Flush()
	}
}

func codeStatusText(loc calc.Locale, cl calc.CodeLine) string {
	switch cl.Status {
	case calc.CodeAccepted:
		return i18n.CodeStatusAccepted.In(loc)
	case calc.CodeDuplicate:
		return i18n.CodeStatusDuplicate.F(loc, cl.First)
	case calc.CodeOther:
		other := "?"
		if ce, ok := errors.AsType[*calc.CodeError](cl.Err); ok {
			other = ce.Fingerprint.String()
		}
		return i18n.CodeStatusOther.F(loc, other)
	case calc.CodeMistyped:
		return i18n.CodeStatusMistyped.In(loc)
	}
	return i18n.CodeStatusInvalid.In(loc)
}

func ratingWord(loc calc.Locale, rating string) string {
	switch rating {
	case calc.RatingWeight:
		return i18n.RatingWeightWord.In(loc)
	case calc.RatingScore:
		return i18n.RatingScoreWord.In(loc)
	case calc.RatingExpected:
		return i18n.RatingExpectedWord.In(loc)
	case calc.RatingAdequate:
		return i18n.RatingAdequateWord.In(loc)
	case calc.RatingDesired:
		return i18n.RatingDesiredWord.In(loc)
	case calc.RatingExperienced:
		return i18n.RatingExperiencedWord.In(loc)
	}
	return strconv.Quote(rating)
}
