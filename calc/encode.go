package calc

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
)

// Encode writes s as a scenario document (SPEC §4), indented for people to
// read. Map members are written in sorted order, so equal scenarios encode
// to equal bytes. Text is written as typed ("<" stays "<"), and a document
// that indenting would push past MaxFileSize (a large "x") is written
// compactly instead, so that what Decode accepted opens again.
func Encode(s *Scenario) ([]byte, error) {
	data, err := marshal(s, "  ")
	if err != nil {
		return nil, err
	}
	if len(data) > MaxFileSize {
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			return nil, fmt.Errorf("encode scenario: %w", err)
		}
		data = append(compact.Bytes(), '\n')
	}
	return data, nil
}

// EncodeCompact writes s as Encode does, without the indentation: the
// form for machines rather than people, such as the browser storage the
// app keeps its scenarios in.
func EncodeCompact(s *Scenario) ([]byte, error) {
	return appendScenario(make([]byte, 0, sizeHint(s)), forFile(s))
}

// marshal writes s as a document with the given indent ("" for compact),
// followed by a newline. Text is written as typed, without escaping HTML
// characters: the file is data, not markup, and the escapes would only
// make it longer.
func marshal(s *Scenario, indent string) ([]byte, error) {
	compact, err := EncodeCompact(s)
	if err != nil {
		return nil, err
	}
	if indent == "" {
		return append(compact, '\n'), nil
	}
	var buf bytes.Buffer
	buf.Grow(2 * len(compact))
	if err := json.Indent(&buf, compact, "", indent); err != nil {
		return nil, fmt.Errorf("encode scenario: %w", err)
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}

// sizeHint guesses the length of the compact document, so that writing
// it seldom grows the buffer.
func sizeHint(s *Scenario) int {
	perSegment := 300 + 40*(len(s.Benefits)+len(s.Sacrifices)) + 70*len(s.Dimensions)
	return 512 + 60*(len(s.Benefits)+len(s.Sacrifices)+len(s.Dimensions)) + perSegment*len(s.Segments) + len(s.X)
}

// forFile returns a shallow copy of s with the header of the version its
// file is written in (FileVersion) and empty lists instead of nil ones,
// which JSON would write as null.
func forFile(s *Scenario) *Scenario {
	out := *s
	out.Format, out.Version = Format, FileVersion(s)
	for _, list := range []*[]Criterion{&out.Benefits, &out.Sacrifices, &out.Dimensions} {
		if *list == nil {
			*list = []Criterion{}
		}
	}
	if out.Segments == nil {
		out.Segments = []Segment{}
	}
	return &out
}

// EncodeShare returns the share-link payload of s (SPEC §4.1): the compact
// scenario JSON, compressed with raw DEFLATE and encoded as base64url
// without padding. The link is the app URL followed by "#s=" and payload.
func EncodeShare(s *Scenario) (string, error) { return EncodeShareWith(s, goDeflate{}) }

// EncodeShareWith is EncodeShare with the given compressor.
func EncodeShareWith(s *Scenario, d Deflater) (string, error) {
	data, err := marshal(s, "")
	if err != nil {
		return "", err
	}
	compressed, err := d.Deflate(data)
	if err != nil {
		return "", fmt.Errorf("encode share link: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(compressed), nil
}

// SharePrefix starts the URL fragment of a share link.
const SharePrefix = "#s="

// DecodeShare reads a share-link payload (without the "#s=" prefix). It
// refuses payloads that are not base64url, not raw DEFLATE or that inflate
// past MaxFileSize (reading through a limit, so a deflate bomb costs no
// more than MaxFileSize of memory), then decodes the scenario as Decode
// does.
func DecodeShare(payload string) (*Scenario, error) { return DecodeShareWith(payload, goDeflate{}) }

// DecodeShareWith is DecodeShare with the given inflater.
func DecodeShareWith(payload string, d Deflater) (*Scenario, error) {
	payload = strings.TrimRight(strings.TrimSpace(payload), "=")
	if len(payload) > base64.RawURLEncoding.EncodedLen(MaxFileSize) {
		return nil, Errors{{Err: Problem{Err: ErrTooLarge}.with("the link is longer than any scenario can be")}}
	}
	compressed, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return nil, Errors{{Err: Problem{Err: ErrShareLink}.with("the link is damaged (the text after #s= is not base64url; was it cut off?)")}}
	}
	data, err := d.Inflate(compressed, MaxFileSize)
	if err != nil {
		return nil, Errors{{Err: Problem{Err: ErrShareLink}.with("the link is damaged (its data does not unpack; was it cut off?)")}}
	}
	if len(data) > MaxFileSize {
		return nil, Errors{{Err: Problem{Err: ErrTooLarge, Limit: MaxFileSize >> 10}.with("the link unpacks to more than %d KiB", MaxFileSize>>10)}}
	}
	return DecodeBytes(data)
}
