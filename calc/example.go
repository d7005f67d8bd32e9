package calc

import (
	_ "embed"
	"fmt"
)

// exampleBikeShop is the worked example of the specification: a Dutch
// bicycle shop with three segments.
//
//go:embed testdata/examples/fietsenwinkel.klantwaarde.json
var exampleBikeShop []byte

// Example returns a fresh copy of the ready-made example scenario the app
// opens with: the bicycle shop of the specification.
func Example() *Scenario {
	s, err := DecodeBytes(exampleBikeShop)
	if err != nil {
		// The example is part of the program and covered by tests.
		panic(fmt.Sprintf("calc: the embedded example is invalid: %v", err))
	}
	return s
}
