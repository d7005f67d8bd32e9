package calc

// Example returns a fresh copy of the ready-made example scenario the app
// opens with: the bicycle shop of the specification
// (testdata/examples/fietsenwinkel.klantwaarde.json). It is a Go literal,
// written from that file and tested against it (example_bikeshop.go): a
// first visit then runs no JSON decoder, whose code V8 would compile on
// the way to the first page.
func Example() *Scenario { return exampleScenario() }
