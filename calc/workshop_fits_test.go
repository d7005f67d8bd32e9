package calc

import "testing"

// TestFits checks the shape of a response against its questionnaire.
func TestFits(t *testing.T) {
	q := QuestionnaireOf(Example())
	tests := []struct {
		name string
		edit func(r *Response)
		want bool
	}{
		{"no segment yet", func(r *Response) { r.Segment = -1 }, true},
		{"the last segment", func(r *Response) { r.Segment = len(q.Segments) - 1 }, true},
		{"a segment past the last", func(r *Response) { r.Segment = len(q.Segments) }, false},
		{"a segment below none", func(r *Response) { r.Segment = -2 }, false},
		{"a benefit short", func(r *Response) { r.Benefits = r.Benefits[1:] }, false},
		{"a sacrifice more", func(r *Response) { r.Sacrifices = append(r.Sacrifices, Answer{}) }, false},
		{"a dimension short", func(r *Response) { r.Dimensions = r.Dimensions[1:] }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewResponse(q, 0)
			tt.edit(r)
			if got := q.Fits(r); got != tt.want {
				t.Errorf("Fits = %v, want %v", got, tt.want)
			}
		})
	}
	if q.Fits(nil) {
		t.Error("Fits(nil) = true")
	}
}
