// Package synthetic makes scenarios for the benchmarks: fully rated, of any
// size up to the limits of SPEC §3.3, and the same on every run, so that
// the calc benchmarks and the browser benchmark measure the same document.
package synthetic

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/klantwaarde/klantwaarde/calc"
)

// Size is how many segments and criteria a scenario has.
type Size struct {
	Segments, Benefits, Sacrifices, Dimensions int
}

// The sizes the benchmarks report (issue 7): a workshop's scenario, five
// segments rated on ten criteria, and the largest scenario the app accepts.
var (
	Small = Size{Segments: 5, Benefits: 4, Sacrifices: 3, Dimensions: 3}
	Large = Size{Segments: calc.MaxSegments, Benefits: calc.MaxBenefits, Sacrifices: calc.MaxSacrifices, Dimensions: calc.MaxDimensions}
)

// String names a size as the reports do: "5×(4+3+3)".
func (sz Size) String() string {
	return fmt.Sprintf("%d×(%d+%d+%d)", sz.Segments, sz.Benefits, sz.Sacrifices, sz.Dimensions)
}

// Scenario returns a valid scenario of the given size in which every
// segment rates every criterion, with weights, loyalty and NPS counts, so
// that Compute has every figure to work out. The numbers follow simple
// formulas, not a random source: the same size gives the same scenario.
func Scenario(sz Size) *calc.Scenario {
	s := &calc.Scenario{
		Format:     calc.Format,
		Version:    calc.Version,
		Title:      "Benchmark " + sz.String(),
		Locale:     "nl",
		Currency:   "EUR",
		Settings:   calc.DefaultSettings(),
		Benefits:   criteria("b", "Voordeel", sz.Benefits),
		Sacrifices: criteria("s", "Offer", sz.Sacrifices),
		Dimensions: criteria("d", "Kwaliteitsdimensie", sz.Dimensions),
	}
	for i := range sz.Segments {
		s.Segments = append(s.Segments, segment(s, i))
	}
	return s
}

func criteria(prefix, name string, n int) []calc.Criterion {
	list := make([]calc.Criterion, n)
	for i := range list {
		list[i] = calc.Criterion{ID: fmt.Sprintf("%s%d", prefix, i+1), Name: fmt.Sprintf("%s %d", name, i+1)}
	}
	return list
}

// rating returns a score on the 1–10 scale in half points that varies with
// the segment and the criterion.
func rating(seg, item, salt int) *float64 {
	return calc.Float(1 + float64((seg*7+item*3+salt)%19)/2)
}

// weight returns a weight of 1–5.
func weight(seg, item int) *float64 {
	return calc.Float(float64(1 + (seg+item)%5))
}

func segment(s *calc.Scenario, i int) calc.Segment {
	sg := calc.Segment{
		ID:                 fmt.Sprintf("seg%d", i+1),
		Name:               fmt.Sprintf("Segment %d", i+1),
		Customers:          float64(100 + 37*i),
		RevenuePerCustomer: float64(150 + 11*i),
		Margin:             float64(10 + i%30),
		Retention:          float64(50 + i%45),
		GrowthPotential:    float64(i%25 - 5),
		Benefits:           map[string]calc.Rating{},
		Sacrifices:         map[string]calc.Rating{},
		Quality:            map[string]calc.QualityRating{},
		Loyalty:            map[string]float64{},
		NPS:                &calc.NPS{Promoters: float64(20 + i%40), Passives: float64(30 + i%20), Detractors: float64(10 + i%30)},
	}
	for j, c := range s.Benefits {
		sg.Benefits[c.ID] = calc.Rating{Weight: weight(i, j), Score: rating(i, j, 0)}
	}
	for j, c := range s.Sacrifices {
		sg.Sacrifices[c.ID] = calc.Rating{Weight: weight(i, j+1), Score: rating(i, j, 5)}
	}
	for j, c := range s.Dimensions {
		sg.Quality[c.ID] = calc.QualityRating{Weight: weight(i, j+2), Expected: rating(i, j, 9), Experienced: rating(i, j, 2)}
	}
	for j, key := range calc.LoyaltyKeys {
		sg.Loyalty[key] = float64((i*13 + j*17) % 101)
	}
	return sg
}

// Padded returns the scenario file of s (calc.Encode) made exactly size
// bytes long by notes in the scenario's "x" extension space, which every
// reader must parse and keep. It fails when s is already larger.
func Padded(s *calc.Scenario, size int) ([]byte, error) {
	const note = 100 // bytes per note string, like a paragraph of text
	s = s.Clone()
	for range 20 {
		data, err := calc.Encode(s)
		if err != nil {
			return nil, err
		}
		missing := size - len(data)
		if missing == 0 {
			return data, nil
		}
		notes, err := notesOf(s.X)
		if err != nil {
			return nil, err
		}
		if missing < 0 && len(notes) == 0 {
			return nil, fmt.Errorf("the scenario is %d bytes, more than %d", len(data), size)
		}
		notes = resize(notes, missing, note)
		if s.X, err = json.Marshal(map[string][]string{"notes": notes}); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("could not pad the scenario to exactly %d bytes", size)
}

func notesOf(x calc.Extension) ([]string, error) {
	if x == nil {
		return nil, nil
	}
	var v struct{ Notes []string }
	err := json.Unmarshal(x, &v)
	return v.Notes, err
}

// resize changes the notes' total length by about missing bytes: whole
// notes while far off, then the length of the last one. Each note costs
// a few bytes more than its text in the indented file (quotes, comma,
// indent); the caller encodes again and repeats until it fits.
func resize(notes []string, missing, note int) []string {
	const overhead = 10
	for missing > note+overhead {
		notes = append(notes, strings.Repeat("x", note))
		missing -= note + overhead
	}
	for missing < 0 && len(notes) > 1 && len(notes[len(notes)-1]) < -missing {
		missing += len(notes[len(notes)-1]) + overhead
		notes = notes[:len(notes)-1]
	}
	if len(notes) == 0 {
		return []string{strings.Repeat("x", max(missing-overhead-20, 0))}
	}
	last := len(notes[len(notes)-1]) + missing
	notes[len(notes)-1] = strings.Repeat("x", max(last, 0))
	return notes
}
