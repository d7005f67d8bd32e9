package calc_test

// Benchmarks of what the app does with a scenario, at a workshop's size
// (5 segments × 4 benefits + 3 sacrifices + 3 dimensions) and at the
// limits (50 × 30 + 30 + 12), fully rated. `make bench` runs them with
// -benchmem -count 5 and puts the medians in docs/benchmarks.md. They
// measure; nothing here asserts a time.

import (
	"testing"

	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/klantwaarde/klantwaarde/internal/synthetic"
)

var sizes = []synthetic.Size{synthetic.Small, synthetic.Large}

// name is how a sub-benchmark is called: "5x4+3+3", "50x30+30+12".
func name(sz synthetic.Size) string {
	return itoa(sz.Segments) + "x" + itoa(sz.Benefits) + "+" + itoa(sz.Sacrifices) + "+" + itoa(sz.Dimensions)
}

func itoa(n int) string { return calc.FormatNumber(float64(n)) }

// sink keeps the compiler from dropping the work being measured.
var sink any

// BenchmarkCompute is the report of a scenario, done on every edit.
func BenchmarkCompute(b *testing.B) {
	for _, sz := range sizes {
		s := synthetic.Scenario(sz)
		b.Run(name(sz), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sink = calc.Compute(s)
			}
		})
	}
}

// BenchmarkValidate is the check the app runs on every edit before
// accepting it.
func BenchmarkValidate(b *testing.B) {
	for _, sz := range sizes {
		s := synthetic.Scenario(sz)
		b.Run(name(sz), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := calc.Validate(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkClone is the copy the app makes on every edit, so that undo
// keeps the state before it.
func BenchmarkClone(b *testing.B) {
	for _, sz := range sizes {
		s := synthetic.Scenario(sz)
		b.Run(name(sz), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sink = s.Clone()
			}
		})
	}
}

// BenchmarkEncode writes the scenario file, as export does.
func BenchmarkEncode(b *testing.B) {
	for _, sz := range sizes {
		s := synthetic.Scenario(sz)
		b.Run(name(sz), func(b *testing.B) {
			b.ReportAllocs()
			data, err := calc.Encode(s)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				sink, _ = calc.Encode(s)
			}
		})
	}
}

// BenchmarkEncodeCompact writes the scenario without indentation, as the
// app saves it in the browser after every edit.
func BenchmarkEncodeCompact(b *testing.B) {
	for _, sz := range sizes {
		s := synthetic.Scenario(sz)
		b.Run(name(sz), func(b *testing.B) {
			b.ReportAllocs()
			data, err := calc.EncodeCompact(s)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				sink, _ = calc.EncodeCompact(s)
			}
		})
	}
}

// BenchmarkDecode reads scenario files: the two sizes as Encode writes
// them, and the largest file accepted (calc.MaxFileSize, 1 MiB), the large
// scenario with notes in its "x" extension space.
func BenchmarkDecode(b *testing.B) {
	files := map[string][]byte{}
	var names []string
	for _, sz := range sizes {
		data, err := calc.Encode(synthetic.Scenario(sz))
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, name(sz))
		files[name(sz)] = data
	}
	maxFile, err := synthetic.Padded(synthetic.Scenario(synthetic.Large), calc.MaxFileSize)
	if err != nil {
		b.Fatal(err)
	}
	names = append(names, "1MiB")
	files["1MiB"] = maxFile
	for _, n := range names {
		data := files[n]
		b.Run(n, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				s, err := calc.DecodeBytes(data)
				if err != nil {
					b.Fatal(err)
				}
				sink = s
			}
		})
	}
}

// BenchmarkEncodeShare makes a share link's payload.
func BenchmarkEncodeShare(b *testing.B) {
	for _, sz := range sizes {
		s := synthetic.Scenario(sz)
		b.Run(name(sz), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := calc.EncodeShare(s)
				if err != nil {
					b.Fatal(err)
				}
				sink = p
			}
		})
	}
}

// BenchmarkDecodeShare opens a share link's payload.
func BenchmarkDecodeShare(b *testing.B) {
	for _, sz := range sizes {
		payload, err := calc.EncodeShare(synthetic.Scenario(sz))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name(sz), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s, err := calc.DecodeShare(payload)
				if err != nil {
					b.Fatal(err)
				}
				sink = s
			}
		})
	}
}
