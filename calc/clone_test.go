package calc

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCloneIsDeep(t *testing.T) {
	for _, file := range exampleFiles(t) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		s, err := DecodeBytes(data)
		if err != nil {
			t.Fatal(err)
		}
		c := s.Clone()
		if diff := cmp.Diff(s, c); diff != "" {
			t.Fatalf("%s: clone differs (-orig +clone):\n%s", file, diff)
		}
		// Changing every kind of field of the clone leaves the original as
		// it was.
		before, _ := Encode(s)
		c.Title = "changed"
		c.Benefits[0].Name = "changed"
		c.Settings.Tolerance = 2
		for i := range c.Segments {
			sg := &c.Segments[i]
			sg.Name = "changed"
			for id, r := range sg.Benefits {
				*r.Score = 1
				sg.Benefits[id] = r
			}
			for _, q := range sg.Quality {
				if q.Expected != nil {
					*q.Expected = 1
				}
			}
			for k := range sg.Loyalty {
				sg.Loyalty[k] = 1
			}
			if sg.NPS != nil {
				sg.NPS.Promoters = 1
			}
		}
		after, _ := Encode(s)
		if diff := cmp.Diff(string(before), string(after)); diff != "" {
			t.Errorf("%s: editing the clone changed the original:\n%s", file, diff)
		}
	}
}
