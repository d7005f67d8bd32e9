package calc

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestShareRoundTripExamples(t *testing.T) {
	for _, ex := range examples(t) {
		t.Run(ex.name, func(t *testing.T) {
			want := mustDecode(t, ex.data)
			payload, err := EncodeShare(want)
			if err != nil {
				t.Fatalf("EncodeShare: %v", err)
			}
			// base64url without padding: safe in a URL fragment as is.
			if i := strings.IndexFunc(payload, func(r rune) bool {
				return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_')
			}); i >= 0 {
				t.Errorf("payload has %q at %d", payload[i], i)
			}
			if len(payload) > 8000 {
				t.Errorf("the example's link is %d characters; the app offers links up to 8,000", len(payload))
			}
			for _, variant := range []struct{ name, payload string }{
				{"as written", payload},
				{"with padding", base64.URLEncoding.EncodeToString(mustBase64(t, payload))},
				{"with white space around", " \n" + payload + "\n"},
			} {
				got, err := DecodeShare(variant.payload)
				if err != nil {
					t.Fatalf("DecodeShare %s: %v", variant.name, err)
				}
				if diff := cmp.Diff(want, got, scenarioOpts); diff != "" {
					t.Errorf("share round trip %s (-want +got):\n%s", variant.name, diff)
				}
			}
		})
	}
}

// TestSharePayloadFormat decodes a payload made as SPEC §4.1 describes,
// without EncodeShare: raw DEFLATE, then base64url.
func TestSharePayloadFormat(t *testing.T) {
	payload := base64.RawURLEncoding.EncodeToString(deflate(t, []byte(doc(`,"title":"Gedeeld"`)), flate.BestSpeed))
	s, err := DecodeShare(payload)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("Gedeeld", s.Title); diff != "" {
		t.Errorf("title (-want +got):\n%s", diff)
	}
}

func TestDecodeShareErrors(t *testing.T) {
	valid, err := EncodeShare(mustDecode(t, examples(t)[0].data))
	if err != nil {
		t.Fatal(err)
	}
	const (
		notBase64  = "the link is damaged (the text after #s= is not base64url; was it cut off?)"
		notDeflate = "the link is damaged (its data does not unpack; was it cut off?)"
	)
	tests := []struct {
		name    string
		payload string
		want    []string
		is      error
	}{
		{"empty", "", []string{notDeflate}, ErrShareLink},
		{"not base64", "!!!!", []string{notBase64}, ErrShareLink},
		{"standard base64 alphabet", base64.RawStdEncoding.EncodeToString([]byte{0xfb, 0xff, 0xbf}), []string{notBase64}, ErrShareLink},
		{"one character too many", valid[:len(valid)/4*4] + "A", []string{notBase64}, ErrShareLink},
		{"the prefix left on", "#s=" + valid, []string{notBase64}, ErrShareLink},
		{"a space inside", valid[:10] + " " + valid[10:], []string{notBase64}, ErrShareLink},
		{"truncated", valid[:len(valid)/2/4*4], []string{notDeflate}, ErrShareLink},
		{"base64 of text, not DEFLATE", base64.RawURLEncoding.EncodeToString([]byte("hello, world")), []string{notDeflate}, ErrShareLink},
		{"zlib instead of raw DEFLATE", base64.RawURLEncoding.EncodeToString([]byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}), []string{notDeflate}, ErrShareLink},
		{"DEFLATE of text, not JSON", share(t, "klantwaarde"), []string{"line 1, column 1: invalid character 'k' looking for beginning of value"}, ErrSyntax},
		{"DEFLATE of nothing", share(t, ""), []string{"the file is empty"}, ErrSyntax},
		{"DEFLATE of an invalid scenario", share(t, doc(`,"settings":{"tolerance":9}`)), []string{"settings.tolerance: 9 is above the maximum 3"}, ErrOutOfRange},
		{"DEFLATE of a newer version", share(t, `{"format":"klantwaarde/scenario","version":3}`),
			[]string{"version: 3 was written by a newer version of Klantwaarde; this one reads version 2: update the app to open it"}, ErrNewerVersion},
		{"unpacks to 1 MiB and a byte", share(t, string(padTo([]byte(doc("")), MaxFileSize+1))), []string{"the link unpacks to more than 1024 KiB"}, ErrTooLarge},
		{"longer than any scenario", strings.Repeat("A", base64.RawURLEncoding.EncodedLen(MaxFileSize)+1), []string{"the link is longer than any scenario can be"}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := DecodeShare(tt.payload)
			if s != nil {
				t.Errorf("DecodeShare returned a scenario with the error %v", err)
			}
			if diff := cmp.Diff(tt.want, errorLines(t, err)); diff != "" {
				t.Errorf("error lines (-want +got):\n%s", diff)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.is)
			}
		})
	}
}

// TestDecodeShareAtTheLimit accepts a payload that unpacks to exactly
// MaxFileSize, as Decode accepts such a file.
func TestDecodeShareAtTheLimit(t *testing.T) {
	if _, err := DecodeShare(share(t, string(padTo([]byte(doc("")), MaxFileSize)))); err != nil {
		t.Fatal(err)
	}
}

// TestDecodeShareBomb refuses 100 MB of zeros packed into about 130 KB,
// reading no more than the limit: quickly, and without holding the lot.
func TestDecodeShareBomb(t *testing.T) {
	payload := bombPayload(t)
	if len(payload) > 200_000 {
		t.Fatalf("the bomb is %d characters; expected about 170,000", len(payload))
	}
	start := time.Now()
	_, err := DecodeShare(payload)
	elapsed := time.Since(start)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("DecodeShare(bomb) = %v, want ErrTooLarge", err)
	}
	// Inflating all 100 MB takes far longer than unpacking the first
	// MiB; a generous bound keeps slow machines and -race from failing.
	if elapsed > 2*time.Second {
		t.Errorf("DecodeShare(bomb) took %v", elapsed)
	}
	// What it allocates is bounded by the limit, not by the 100 MB: the
	// payload decoded from base64, the inflater's window and buffers, and
	// the at most MaxFileSize+1 bytes read (grown by doubling).
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	DecodeShare(payload)
	runtime.ReadMemStats(&after)
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > 8*MaxFileSize {
		t.Errorf("DecodeShare(bomb) allocated %d bytes; the limit is %d", allocated, MaxFileSize)
	}
}

var (
	bombOnce sync.Once
	bomb     string
)

// bombPayload returns the share payload of 100 MB of zeros, streamed
// through the compressor so that the test never holds them.
func bombPayload(t *testing.T) string {
	t.Helper()
	bombOnce.Do(func() {
		var buf bytes.Buffer
		// BestSpeed packs the zeros a little less tightly (127 KB rather
		// than 102 KB) but ten times faster, which -race notices.
		zw, err := flate.NewWriter(&buf, flate.BestSpeed)
		if err != nil {
			t.Fatal(err)
		}
		zeros := make([]byte, 1<<20)
		for range 100 {
			if _, err := zw.Write(zeros); err != nil {
				t.Fatal(err)
			}
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		bomb = base64.RawURLEncoding.EncodeToString(buf.Bytes())
	})
	return bomb
}

// share returns the payload of a document, made as EncodeShare does.
func share(t *testing.T, doc string) string {
	t.Helper()
	return base64.RawURLEncoding.EncodeToString(deflate(t, []byte(doc), flate.BestCompression))
}

func deflate(t *testing.T, data []byte, level int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, level)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(zw, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func mustBase64(t *testing.T, payload string) []byte {
	t.Helper()
	data, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
