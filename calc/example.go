package calc

// Example returns a fresh copy of the ready-made example scenario the app
// opens with: the bicycle shop of the specification
// (testdata/examples/fietsenwinkel.klantwaarde.json). It is a Go literal,
// written from that file and tested against it (example_bikeshop.go): a
// first visit then runs no JSON decoder, whose code V8 would compile on
// the way to the first page.
func Example() *Scenario { return exampleScenario() }

// ExampleIn returns a fresh copy of the example in the language of l: for
// English, the same bicycle shop with English names and prices in pounds
// (testdata/bikeshop-en.klantwaarde.json, written as example_en.go), so
// that an English visitor reads advice about criteria in their own
// language; Example otherwise.
func ExampleIn(l Locale) *Scenario {
	if l == English {
		return exampleScenarioEnglish()
	}
	return exampleScenario()
}
