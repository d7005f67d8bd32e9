package calc_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/klantwaarde/klantwaarde/calc"
)

// bikeShop is a small scenario document (SPEC §4): one benefit, one
// sacrifice, one quality dimension and one segment.
const bikeShop = `{
  "format": "klantwaarde/scenario",
  "version": 1,
  "title": "Bike shop",
  "locale": "en",
  "currency": "EUR",
  "benefits": [{"id": "advice", "name": "Expert advice"}],
  "sacrifices": [{"id": "price", "name": "Price"}],
  "dimensions": [{"id": "reliability", "name": "Reliability"}],
  "segments": [{
    "id": "commuters", "name": "Commuters",
    "customers": 400, "revenuePerCustomer": 300, "margin": 25, "retention": 70,
    "benefits": {"advice": {"weight": 2, "score": 8}},
    "sacrifices": {"price": {"weight": 1, "score": 6}},
    "quality": {"reliability": {"weight": 3, "expected": 8.5, "experienced": 7}}
  }]
}`

// Decode reads a scenario file and fills in the defaults of what it leaves
// out, such as the settings.
func ExampleDecode() {
	s, err := calc.Decode(strings.NewReader(bikeShop))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Title, "with", len(s.Segments), "segment:", s.Segments[0].Name)
	fmt.Println("discount rate (default):", s.Settings.DiscountRate, "%")
	// Output:
	// Bike shop with 1 segment: Commuters
	// discount rate (default): 8 %
}

// Decode reports every problem at once, each as a *calc.FieldError with
// the path of its field; errors.Is and errors.As tell the kinds apart and
// give their values, so that a caller can word them in its own language.
func ExampleDecode_errors() {
	doc := strings.Replace(bikeShop, `"score": 8}`, `"score": 11}`, 1)
	doc = strings.Replace(doc, `"name": "Commuters"`, `"name": ""`, 1)
	_, err := calc.Decode(strings.NewReader(doc))
	var problems calc.Errors
	if !errors.As(err, &problems) {
		return
	}
	for _, p := range problems {
		var r *calc.RangeError
		switch {
		case errors.As(p, &r):
			fmt.Printf("%s: %v is more than %v\n", p.Path, r.Value, r.Max)
		case errors.Is(p, calc.ErrRequired):
			fmt.Printf("%s: fill this in\n", p.Path)
		default:
			fmt.Println(p)
		}
	}
	// Output:
	// segments[0].name: fill this in
	// segments[0].benefits.advice.score: 11 is more than 10
}

// Compute derives the report of a valid scenario (SPEC §3): per segment its
// value, expectation gap and verdict, the levers that raise the value
// most, and the money figures. Figures that are undefined, such as a value
// without any rated benefit, are nil.
func ExampleCompute() {
	s, err := calc.Decode(strings.NewReader(bikeShop))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := calc.Compute(s)
	seg := r.Segments[0]
	en := calc.English
	fmt.Println("value:", en.FormatDecimal(*seg.Value, 2))
	fmt.Println("gap:", en.FormatDecimal(*seg.Gap, 2))
	fmt.Println("verdict:", seg.Verdict)
	fmt.Println("first lever:", seg.Levers[0].Kind, seg.Levers[0].ID)
	fmt.Println("current value:", en.FormatMoney(seg.CurrentValue, s.Currency))
	fmt.Println("NPS known:", seg.NPS != nil)
	// Output:
	// value: 2
	// gap: -1.5
	// verdict: vulnerable
	// first lever: benefit advice
	// current value: €30,000.00
	// NPS known: false
}

// A share link carries the whole scenario in the URL fragment, which
// browsers never send to a server: SharePrefix followed by the payload of
// EncodeShare. DecodeShare reads the payload back, checking it as Decode
// checks a file.
func ExampleEncodeShare() {
	s, err := calc.Decode(strings.NewReader(bikeShop))
	if err != nil {
		fmt.Println(err)
		return
	}
	payload, err := calc.EncodeShare(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	link := "https://klantwaarde.example/" + calc.SharePrefix + payload

	_, fragment, _ := strings.Cut(link, calc.SharePrefix)
	opened, err := calc.DecodeShare(fragment)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(opened.Title+":", opened.Segments[0].Customers, "customers")
	// Output:
	// Bike shop: 400 customers
}

// A link that was cut off or mangled on its way is refused with an error
// that wraps calc.ErrShareLink; nothing of it is opened.
func ExampleDecodeShare() {
	_, err := calc.DecodeShare("not a payload!")
	fmt.Println("a damaged link:", errors.Is(err, calc.ErrShareLink))
	// Output:
	// a damaged link: true
}
