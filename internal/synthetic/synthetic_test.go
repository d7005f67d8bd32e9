package synthetic

import (
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
)

func TestScenarioIsValidAndFullyRated(t *testing.T) {
	for _, sz := range []Size{Small, Large} {
		s := Scenario(sz)
		if err := calc.Validate(s); err != nil {
			t.Fatalf("%v: %v", sz, err)
		}
		rep := calc.Compute(s)
		for _, r := range rep.Segments {
			if r.Value == nil || r.Gap == nil || r.Verdict == calc.NoVerdict {
				t.Fatalf("%v: segment %s is not fully rated: %+v", sz, r.ID, r)
			}
		}
	}
}

func TestPadded(t *testing.T) {
	for _, size := range []int{400_000, calc.MaxFileSize} {
		data, err := Padded(Scenario(Large), size)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) != size {
			t.Fatalf("Padded to %d bytes gave %d", size, len(data))
		}
		if _, err := calc.DecodeBytes(data); err != nil {
			t.Fatalf("the padded file does not decode: %v", err)
		}
	}
	if _, err := Padded(Scenario(Large), 1000); err == nil {
		t.Error("padding to less than the scenario's size: no error")
	}
}
