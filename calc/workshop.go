package calc

// Workshop mode (SPEC §6): a trainer hands out a questionnaire link, each
// participant rates on a phone and gets back a short response code, and the
// trainer reads the codes, aggregates them and applies the means. This file
// holds the questionnaire and its fingerprint; workshop_code.go the response
// codes; workshop_aggregate.go the aggregation and Apply.

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// QuestionnairePrefix starts the URL fragment of a questionnaire link:
// `<app URL>#q=<payload>`.
const QuestionnairePrefix = "#q="

// QuestionnaireVersion is the newest questionnaire format this package
// reads and writes. Version 2 adds TwoLevel; a questionnaire without it
// is written as QuestionnaireVersionOneLevel, which older apps read.
const QuestionnaireVersion = 2

// QuestionnaireVersionOneLevel is the format of a questionnaire that asks
// one expected level per quality dimension.
const QuestionnaireVersionOneLevel = 1

// Limits of a questionnaire link. A questionnaire of the largest scenario
// (SPEC §3.3 sizes, 80-character names) stays well inside them.
const (
	// MaxQuestionnairePayload is the longest payload accepted, in
	// characters; longer ones are refused before decoding.
	MaxQuestionnairePayload = 64 << 10
	// MaxQuestionnaireJSON is how far a payload may inflate, in bytes.
	MaxQuestionnaireJSON = 256 << 10
)

// ErrQuestionnaire is wrapped by every problem with a questionnaire link.
var ErrQuestionnaire = errors.New("not a valid questionnaire link")

// Item is a criterion or a segment as a participant sees it: an id and a
// name, no numbers.
type Item struct {
	ID   string `json:"i"`
	Name string `json:"n"`
}

// Questionnaire is what a participant needs to rate: the scenario's title
// and language, its criteria and its segments, in the scenario's order.
// It carries no numbers, so a link hands out nothing confidential beyond
// the names. The JSON keys are short because the whole questionnaire
// travels in a link and a QR code.
type Questionnaire struct {
	Version    int    `json:"v"`
	Title      string `json:"t"`
	Locale     string `json:"l,omitempty"`
	Benefits   []Item `json:"b"`
	Sacrifices []Item `json:"s"`
	Dimensions []Item `json:"d"`
	Segments   []Item `json:"g"`
	// TwoLevel asks per quality dimension the minimum acceptable
	// (adequate), the desired and the experienced level instead of the
	// expected and the experienced level (questionnaire version 2; codes
	// of ResponseVersionTwoLevel).
	TwoLevel bool `json:"z,omitempty"`
}

// TwoLevelQuestionnaireOf returns the questionnaire of a scenario as
// model 2 asks it: with TwoLevel set when the scenario has two-level
// dimensions (HasTwoLevels), else as QuestionnaireOf.
//
// The app and the codes command make every questionnaire with this
// function, as trainer and participants must agree on the fingerprint
// (docs/workshop.md); QuestionnaireOf is the one-level questionnaire of
// any scenario.
func TwoLevelQuestionnaireOf(s *Scenario) *Questionnaire {
	q := QuestionnaireOf(s)
	q.TwoLevel = HasTwoLevels(s)
	return q
}

// QuestionnaireOf returns the one-level questionnaire of a scenario.
func QuestionnaireOf(s *Scenario) *Questionnaire {
	items := func(list []Criterion) []Item {
		out := make([]Item, len(list))
		for i, c := range list {
			out[i] = Item{ID: c.ID, Name: c.Name}
		}
		return out
	}
	segments := make([]Item, len(s.Segments))
	for i, sg := range s.Segments {
		segments[i] = Item{ID: sg.ID, Name: sg.Name}
	}
	return &Questionnaire{
		Version: QuestionnaireVersionOneLevel, Title: s.Title, Locale: s.Locale,
		Benefits: items(s.Benefits), Sacrifices: items(s.Sacrifices), Dimensions: items(s.Dimensions),
		Segments: segments,
	}
}

// Fingerprint identifies a questionnaire by the ids, names and order of its
// criteria and segments: what the positions in a response code mean. The
// title and language are left out, so renaming the scenario does not make
// the codes already handed in unreadable. It is FingerprintBits wide.
type Fingerprint uint32

// FingerprintBits is the width of a fingerprint: four characters of
// Crockford base32. Two different questionnaires share one with a chance
// of about one in a million.
const FingerprintBits = 20

// String writes the fingerprint as four Crockford base32 characters, as the
// trainer's and the participant's screens show it.
func (f Fingerprint) String() string {
	var b [FingerprintBits / 5]byte
	for i := range b {
		shift := FingerprintBits - 5*(i+1)
		b[i] = crockford[(uint32(f)>>shift)&31]
	}
	return string(b[:])
}

// Fingerprint returns the fingerprint of q: the first FingerprintBits of the
// SHA-256 of a canonical encoding of its lists (each list's length, then
// each id and name, length-prefixed), followed for a two-level
// questionnaire by a marker, so that its codes, which have another
// layout, never read as a one-level questionnaire's.
func (q *Questionnaire) Fingerprint() Fingerprint {
	h := sha256.New()
	io.WriteString(h, "klantwaarde/questionnaire\x00")
	var n [binary.MaxVarintLen64]byte
	writeText := func(s string) {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
		io.WriteString(h, s)
	}
	for _, list := range [][]Item{q.Benefits, q.Sacrifices, q.Dimensions, q.Segments} {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(list)))])
		for _, it := range list {
			writeText(it.ID)
			writeText(it.Name)
		}
	}
	if q.TwoLevel {
		io.WriteString(h, "\x00two-level")
	}
	sum := h.Sum(nil)
	return Fingerprint(binary.BigEndian.Uint32(sum) >> (32 - FingerprintBits))
}

// EncodeQuestionnaire returns the link payload of q, made the way share
// links are (SPEC §4.1): compact JSON, raw DEFLATE, base64url without
// padding.
func EncodeQuestionnaire(q *Questionnaire) (string, error) {
	return EncodeQuestionnaireWith(q, goDeflate{})
}

// EncodeQuestionnaireWith is EncodeQuestionnaire with the given compressor.
func EncodeQuestionnaireWith(q *Questionnaire, d Deflater) (string, error) {
	out := *q
	out.Version = QuestionnaireVersionOneLevel
	if q.TwoLevel {
		out.Version = QuestionnaireVersion
	}
	for _, list := range []*[]Item{&out.Benefits, &out.Sacrifices, &out.Dimensions, &out.Segments} {
		if *list == nil {
			*list = []Item{}
		}
	}
	data, err := json.Marshal(&out)
	if err != nil {
		return "", fmt.Errorf("encode questionnaire: %w", err)
	}
	compressed, err := d.Deflate(data)
	if err != nil {
		return "", fmt.Errorf("encode questionnaire: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(compressed), nil
}

// DecodeQuestionnaire reads a questionnaire link payload (the text after
// "#q="). It refuses payloads over MaxQuestionnairePayload characters, ones
// that are not base64url or raw DEFLATE, that inflate past
// MaxQuestionnaireJSON, hold anything but one questionnaire object, come
// from a newer version, or whose ids, names or sizes break SPEC §3.3; a
// questionnaire needs at least one segment and one criterion. Every error
// wraps ErrQuestionnaire.
func DecodeQuestionnaire(payload string) (*Questionnaire, error) {
	return DecodeQuestionnaireWith(payload, goDeflate{})
}

// DecodeQuestionnaireWith is DecodeQuestionnaire with the given inflater.
func DecodeQuestionnaireWith(payload string, d Deflater) (*Questionnaire, error) {
	payload = strings.TrimRight(strings.TrimSpace(payload), "=")
	if len(payload) > MaxQuestionnairePayload {
		return nil, questionnaireError("the link is longer than any questionnaire can be")
	}
	compressed, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return nil, questionnaireError("the link is damaged (the text after #q= is not base64url; was it cut off?)")
	}
	data, err := d.Inflate(compressed, MaxQuestionnaireJSON)
	if err != nil {
		return nil, questionnaireError("the link is damaged (its data does not unpack; was it cut off?)")
	}
	if len(data) > MaxQuestionnaireJSON {
		return nil, questionnaireError(fmt.Sprintf("the link unpacks to more than %d KiB", MaxQuestionnaireJSON>>10))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var q Questionnaire
	if err := dec.Decode(&q); err != nil {
		return nil, questionnaireError("the link does not hold a questionnaire: " + err.Error())
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, questionnaireError("the link holds more than one questionnaire")
	}
	switch {
	case q.Version > QuestionnaireVersion:
		return nil, fmt.Errorf("%w%w", Problem{Err: ErrNewerVersion, Limit: QuestionnaireVersion}.with(
			"the questionnaire was made by a newer version of Klantwaarde; update the app to open it"), wrapQuiet{ErrQuestionnaire})
	case q.Version < 1:
		return nil, questionnaireError("the link does not say which questionnaire version it holds")
	case q.TwoLevel && q.Version < QuestionnaireVersion:
		return nil, questionnaireError(fmt.Sprintf("a questionnaire of version %d cannot ask for two levels", q.Version))
	}
	if err := q.validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrQuestionnaire, err)
	}
	return &q, nil
}

func questionnaireError(text string) error {
	return fmt.Errorf("%s: %w", text, ErrQuestionnaire)
}

// Usable reports whether participants can answer q: it needs a segment to
// rate and at least one benefit, sacrifice or quality dimension.
func (q *Questionnaire) Usable() bool { return q.hasSegments() && q.hasCriteria() }

func (q *Questionnaire) hasSegments() bool { return len(q.Segments) > 0 }

func (q *Questionnaire) hasCriteria() bool {
	return len(q.Benefits)+len(q.Sacrifices)+len(q.Dimensions) > 0
}

// validate checks a questionnaire read from a link with the rules of the
// scenario it was made from (SPEC §3.3).
func (q *Questionnaire) validate() error {
	var el errorList
	v := validator{el: &el}
	v.text("title", q.Title, 0, MaxNameLen)
	v.text("locale", q.Locale, 0, 35)
	asCriteria := func(items []Item) []Criterion {
		out := make([]Criterion, len(items))
		for i, it := range items {
			out[i] = Criterion{ID: it.ID, Name: it.Name}
		}
		return out
	}
	v.criteria("benefits", asCriteria(q.Benefits), MaxBenefits)
	v.criteria("sacrifices", asCriteria(q.Sacrifices), MaxSacrifices)
	v.criteria("dimensions", asCriteria(q.Dimensions), MaxDimensions)
	v.criteria("segments", asCriteria(q.Segments), MaxSegments)
	if !q.hasSegments() {
		el.addf("segments", Problem{Err: ErrRequired}, "a questionnaire needs at least one segment")
	}
	if !q.hasCriteria() {
		el.addf("", Problem{Err: ErrRequired}, "a questionnaire needs at least one benefit, sacrifice or quality dimension")
	}
	return el.err()
}
