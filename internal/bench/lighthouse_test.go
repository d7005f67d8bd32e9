package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseLighthouse(t *testing.T) {
	audit := func(id, v string) string { return `"` + id + `": {"numericValue": ` + v + `}` }
	audits := []string{
		audit("first-contentful-paint", "1500.5"),
		audit("largest-contentful-paint", "1700"),
		audit("total-blocking-time", "5900"),
		audit("interactive", "13800"),
		audit("speed-index", "6600"),
		audit("cumulative-layout-shift", "0.0012"),
		audit("mainthread-work-breakdown", "8100"),
	}
	lhr := `{"categories": {"performance": {"score": 0.7}}, "audits": {` + strings.Join(audits, ",") + `}}`
	got, err := parseLighthouse([]byte(lhr))
	if err != nil {
		t.Fatal(err)
	}
	want := lighthouseResult{Score: 70, FCP: 1500.5, LCP: 1700, TBT: 5900, TTI: 13800, SpeedIndex: 6600, CLS: 0.0012, MainThread: 8100}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("parseLighthouse (-want +got):\n%s", diff)
	}

	// An audit Lighthouse could not measure has no numericValue.
	broken := strings.Replace(lhr, audit("total-blocking-time", "5900"), `"total-blocking-time": {"errorMessage": "NO_LCP"}`, 1)
	if _, err := parseLighthouse([]byte(broken)); err == nil || !strings.Contains(err.Error(), "total-blocking-time") {
		t.Errorf("parseLighthouse without a total blocking time: error %v, want one naming it", err)
	}
	if _, err := parseLighthouse([]byte(`{"runtimeError": {"code": "NO_FCP", "message": "The page did not paint"}}`)); err == nil {
		t.Error("parseLighthouse of a runtime error: no error")
	}
}
