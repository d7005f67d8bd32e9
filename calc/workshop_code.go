package calc

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"
)

// Errors of DecodeResponse, wrapped by every CodeError so that the trainer's
// screen can tell the kinds apart.
var (
	// ErrMalformed: the text is not a response code, or not a whole one.
	ErrMalformed = errors.New("not a response code")
	// ErrChecksum: a character was mistyped; the checksum does not match.
	ErrChecksum = errors.New("mistyped response code")
	// ErrOtherQuestionnaire: a sound code, made for another questionnaire.
	ErrOtherQuestionnaire = errors.New("a response code for another questionnaire")
)

// A response code is a short bit string written in Crockford base32, in
// groups of CodeGroup characters, so that it can be read aloud, typed on a
// phone and copied from a chat. Its bits, most significant first:
//
//	version       3  ResponseVersion (2), ResponseVersionTwoLevel (3) for a
//	                 two-level questionnaire, or 1 for the codes made
//	                 before the nonce
//	fingerprint  20  the questionnaire's Fingerprint
//	nonce        20  a random number per participant (versions 2 and 3),
//	                 so that two people's identical answers give two codes
//	segment       6  index of the participant's segment
//	per benefit, then per sacrifice:
//	  weight      3  0 skipped, 1–6 for the weights 0–5
//	  score       7  0 skipped, 10–100 for 1.0–10.0 in tenths
//	per quality dimension, versions 1 and 2:
//	  weight      3  as above
//	  expected    7  as a score
//	  experienced 7  as a score
//	per quality dimension, version 3:
//	  weight      3  as above
//	  adequate    7  as a score; given with desired or skipped with it,
//	  desired     7    and not above it
//	  experienced 7  as a score
//	padding     0–4  zeros, so that the whole is a multiple of 5 bits
//	checksum     16  CRC-16/CCITT-FALSE of everything before it
//
// Changing any one character changes at most five neighbouring bits, an
// error burst that a 16-bit CRC always detects, so a code with one
// character mistyped is always refused; so is one with two neighbours
// swapped.
const (
	ResponseVersion = 2
	// ResponseVersionNoNonce is the first format, without a nonce: its
	// codes are still read, and identical answers give identical codes.
	ResponseVersionNoNonce = 1
	// ResponseVersionTwoLevel is the format of a two-level questionnaire's
	// codes: version 2 with adequate, desired and experienced per quality
	// dimension instead of expected and experienced.
	ResponseVersionTwoLevel = 3
	// NonceBits is the width of the nonce: one group of four characters.
	// Two identical responses share a nonce with a chance of one in a
	// million, so a room of 60 who all skip everything still counts 60
	// with a chance of 99.8%.
	NonceBits = 20
	// CodeGroup is the number of characters between dashes.
	CodeGroup = 4

	versionBits  = 3
	segmentBits  = 6
	weightBits   = 3
	scoreBits    = 7
	checksumBits = 16
	headerBits   = versionBits + FingerprintBits + segmentBits

	// scoreSteps is how finely scores are kept: tenths of a point.
	scoreSteps = 10
	// maxCodeChars bounds the work done on pasted text: longer than the code
	// of the largest questionnaire (SPEC §3.3 sizes).
	maxCodeChars = (headerBits + NonceBits + (MaxBenefits+MaxSacrifices)*(weightBits+scoreBits) +
		MaxDimensions*(weightBits+3*scoreBits) + checksumBits + 4) / 5
)

// The segment index must hold every segment a scenario may have.
const _ = uint(1<<segmentBits - MaxSegments)

// crockford is Douglas Crockford's base32 alphabet: digits and letters
// without I, L, O and U, which are easily mistaken.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// ResponseWeightRange is what a participant may give as a weight: a whole
// number on the 0–5 scale the app offers.
var ResponseWeightRange = Range{Min: 0, Max: MaxUIWeight, Whole: true}

// Answer is a participant's weight and score for a benefit or a sacrifice;
// nil is skipped.
type Answer struct {
	Weight *float64
	Score  *float64
}

// QualityAnswer is a participant's weight, expected and experienced service
// for a quality dimension, or for a two-level questionnaire the weight,
// the adequate (minimum) and desired levels and the experienced service;
// nil is skipped.
type QualityAnswer struct {
	Weight      *float64
	Expected    *float64
	Adequate    *float64
	Desired     *float64
	Experienced *float64
}

// Response is one participant's ratings of one segment of a questionnaire,
// the answers in the questionnaire's order.
type Response struct {
	// Version is the code format: ResponseVersion,
	// ResponseVersionTwoLevel for a two-level questionnaire, or
	// ResponseVersionNoNonce for a response read from an old code (it is
	// written back in that format, so its code stays the same).
	Version int
	// Nonce tells apart the codes of participants who answer alike; it is
	// below 1<<NonceBits and chosen at random by whoever asks the questions.
	Nonce      uint32
	Segment    int // index into Questionnaire.Segments
	Benefits   []Answer
	Sacrifices []Answer
	Dimensions []QualityAnswer
}

// NewResponse returns an empty response for segment of q, every answer
// skipped, with a nonce of 0: the participant's app sets its own random one.
func NewResponse(q *Questionnaire, segment int) *Response {
	return &Response{
		Version:    q.responseVersion(),
		Segment:    segment,
		Benefits:   make([]Answer, len(q.Benefits)),
		Sacrifices: make([]Answer, len(q.Sacrifices)),
		Dimensions: make([]QualityAnswer, len(q.Dimensions)),
	}
}

// CodeError is a response code that cannot be used. It wraps ErrMalformed,
// ErrChecksum or ErrOtherQuestionnaire.
type CodeError struct {
	Err error
	Msg string
	// Position is the 1-based position (dashes and spaces not counted) of
	// a character that cannot be in a code, or 0.
	Position int
	// Fingerprint is the fingerprint the code was made for, with
	// ErrOtherQuestionnaire.
	Fingerprint Fingerprint
	// Count and Limit are the characters found and the characters a code
	// for the questionnaire has, when the length is what is wrong.
	Count, Limit int
}

func (e *CodeError) Error() string { return e.Msg }
func (e *CodeError) Unwrap() error { return e.Err }

func codeError(sentinel error, format string, args ...any) *CodeError {
	return &CodeError{Err: sentinel, Msg: fmt.Sprintf(format, args...)}
}

// lengthError is a code of the wrong length: count characters where the
// questionnaire's codes have want.
func lengthError(format string, count, want int) *CodeError {
	e := codeError(ErrMalformed, format, count, want)
	e.Count, e.Limit = count, want
	return e
}

// responseVersion is the code format this version writes for q.
func (q *Questionnaire) responseVersion() int {
	if q.TwoLevel {
		return ResponseVersionTwoLevel
	}
	return ResponseVersion
}

// marksPerDimension is how many marks a code of the given format holds
// per quality dimension.
func marksPerDimension(version int) int {
	if version == ResponseVersionTwoLevel {
		return 3
	}
	return 2
}

// responseBits is the number of bits of the codes of q in the given format
// version before padding and checksum.
func responseBits(q *Questionnaire, version int) int {
	n := headerBits
	if version != ResponseVersionNoNonce {
		n += NonceBits
	}
	return n + (len(q.Benefits)+len(q.Sacrifices))*(weightBits+scoreBits) +
		len(q.Dimensions)*(weightBits+marksPerDimension(version)*scoreBits)
}

// ResponseCodeLength is the number of characters of every response code
// for q that this version makes, dashes not counted.
func ResponseCodeLength(q *Questionnaire) int {
	return codeLength(q, q.responseVersion())
}

func codeLength(q *Questionnaire, version int) int {
	return (responseBits(q, version) + checksumBits + 4) / 5
}

// Fits reports whether r is shaped for q: an answer for each of q's
// criteria, and one of q's segments or none chosen yet (-1), as in
// answers kept while a participant answers.
func (q *Questionnaire) Fits(r *Response) bool {
	return r != nil && r.Segment >= -1 && r.Segment < len(q.Segments) &&
		len(r.Benefits) == len(q.Benefits) && len(r.Sacrifices) == len(q.Sacrifices) &&
		len(r.Dimensions) == len(q.Dimensions)
}

// EncodeResponse returns the response code of r, in groups of CodeGroup
// characters joined by dashes. Weights must be whole numbers 0–5 and
// scores 1–10 with at most one decimal; nil answers are skipped.
func EncodeResponse(q *Questionnaire, r *Response) (string, error) {
	return encodeResponse(q, q.Fingerprint(), r)
}

// encodeResponse is EncodeResponse with q's fingerprint, which takes a hash
// to compute, worked out once by callers that encode many responses.
func encodeResponse(q *Questionnaire, fp Fingerprint, r *Response) (string, error) {
	switch {
	case r.Segment < 0 || r.Segment >= len(q.Segments):
		return "", fmt.Errorf("segment %d: the questionnaire has %d segments: %w", r.Segment, len(q.Segments), ErrOutOfRange)
	case !q.Fits(r):
		return "", fmt.Errorf("the response does not match the questionnaire's criteria: %w", ErrMalformed)
	case r.Nonce >= 1<<NonceBits:
		return "", fmt.Errorf("nonce %d is wider than %d bits: %w", r.Nonce, NonceBits, ErrOutOfRange)
	}
	// A two-level questionnaire's codes are always of its format; a
	// one-level one's keep the format they were read in.
	version := q.responseVersion()
	if !q.TwoLevel && r.Version == ResponseVersionNoNonce {
		version = ResponseVersionNoNonce
	}
	var w bitWriter
	w.write(uint32(version), versionBits)
	w.write(uint32(fp), FingerprintBits)
	if version != ResponseVersionNoNonce {
		w.write(r.Nonce, NonceBits)
	}
	w.write(uint32(r.Segment), segmentBits)
	var el errorList
	answer := func(group, id string, a Answer) {
		w.write(weightCode(ratingPath{group, id, "weight"}, a.Weight, &el), weightBits)
		w.write(scoreCode(ratingPath{group, id, "score"}, a.Score, &el), scoreBits)
	}
	for i, a := range r.Benefits {
		answer("benefits", q.Benefits[i].ID, a)
	}
	for i, a := range r.Sacrifices {
		answer("sacrifices", q.Sacrifices[i].ID, a)
	}
	for i, a := range r.Dimensions {
		id := q.Dimensions[i].ID
		w.write(weightCode(ratingPath{"quality", id, "weight"}, a.Weight, &el), weightBits)
		if q.TwoLevel {
			adequate := scoreCode(ratingPath{"quality", id, "adequate"}, a.Adequate, &el)
			desired := scoreCode(ratingPath{"quality", id, "desired"}, a.Desired, &el)
			checkZone(id, a, adequate, desired, &el)
			w.write(adequate, scoreBits)
			w.write(desired, scoreBits)
		} else {
			w.write(scoreCode(ratingPath{"quality", id, "expected"}, a.Expected, &el), scoreBits)
		}
		w.write(scoreCode(ratingPath{"quality", id, "experienced"}, a.Experienced, &el), scoreBits)
	}
	if err := el.err(); err != nil {
		return "", err
	}
	for (len(w.bits)+checksumBits)%5 != 0 {
		w.write(0, 1)
	}
	w.write(uint32(crc16(w.bits)), checksumBits)
	var b strings.Builder
	for i := 0; i < len(w.bits); i += 5 {
		if i > 0 && i/5%CodeGroup == 0 {
			b.WriteByte('-')
		}
		b.WriteByte(crockford[bitsValue(w.bits[i:i+5])])
	}
	return b.String(), nil
}

// ratingPath names an answer in an error; it is joined only when there is
// an error, since codes are encoded often (Aggregate encodes every one).
type ratingPath struct{ group, id, rating string }

func (p ratingPath) String() string { return joinPath(p.group, p.id) + "." + p.rating }

func weightCode(path ratingPath, w *float64, el *errorList) uint32 {
	if w == nil {
		return 0
	}
	if err := ResponseWeightRange.Check(*w); err != nil {
		el.add(path.String(), err)
		return 0
	}
	return uint32(*w) + 1
}

// checkZone reports an answer's adequate and desired levels that break
// SPEC §3.3 (both or neither, adequate ≤ desired), from their codes.
func checkZone(id string, a QualityAnswer, adequate, desired uint32, el *errorList) {
	switch {
	case a.Adequate != nil && a.Desired == nil:
		el.addf(ratingPath{"quality", id, "desired"}.String(), Problem{Err: ErrZonePair}, "missing: an answer with an adequate level also needs a desired level")
	case a.Adequate == nil && a.Desired != nil:
		el.addf(ratingPath{"quality", id, "adequate"}.String(), Problem{Err: ErrZonePair}, "missing: an answer with a desired level also needs an adequate level")
	case adequate > desired:
		el.addf(ratingPath{"quality", id, "adequate"}.String(), Problem{Err: ErrZoneOrder, Found: FormatNumber(*a.Adequate)},
			"%s is above the desired level %s", FormatNumber(*a.Adequate), FormatNumber(*a.Desired))
	}
}

// RoundRating rounds a mark to what a response code keeps: tenths.
func RoundRating(x float64) float64 { return math.Round(x*scoreSteps) / scoreSteps }

// ResponseWeights are the weights a participant chooses from, in order:
// the whole numbers of ResponseWeightRange.
func ResponseWeights() []float64 {
	var ws []float64
	for w := ResponseWeightRange.Min; w <= ResponseWeightRange.Max; w++ {
		ws = append(ws, w)
	}
	return ws
}

func scoreCode(path ratingPath, x *float64, el *errorList) uint32 {
	if x == nil {
		return 0
	}
	if err := RatingRange.Check(*x); err != nil {
		el.add(path.String(), err)
		return 0
	}
	steps := math.Round(*x * scoreSteps)
	if math.Abs(steps-*x*scoreSteps) > 1e-9 {
		el.addf(path.String(), Problem{Err: ErrOutOfRange, Found: FormatNumber(*x)}, "%s has more than one decimal", FormatNumber(*x))
		return 0
	}
	return uint32(steps)
}

// DecodeResponse reads a response code for q. It is tolerant of what
// people do to codes: lower case, spaces, dashes, line breaks, and I, L or
// O typed for 1 and 0. It refuses text that is no code or not a whole one
// (ErrMalformed), a code with a mistyped character (ErrChecksum), and a
// sound code made for another questionnaire (ErrOtherQuestionnaire); the
// error is a *CodeError.
func DecodeResponse(q *Questionnaire, code string) (*Response, error) {
	chars, cerr := normaliseCode(code)
	if cerr != nil {
		return nil, cerr
	}
	return decodeChars(q, q.Fingerprint(), chars)
}

// decodeChars reads the normalised characters of one code for q, whose
// fingerprint is own.
func decodeChars(q *Questionnaire, own Fingerprint, chars string) (*Response, error) {
	want, wantOld := ResponseCodeLength(q), codeLength(q, ResponseVersionNoNonce)
	if len(chars) < (headerBits+checksumBits+4)/5 {
		if len(chars) == 0 {
			return nil, codeError(ErrMalformed, "empty: no code")
		}
		return nil, lengthError("%d characters are too few for a code; a code for this questionnaire has %d", len(chars), want)
	}
	var all bitWriter
	for _, c := range []byte(chars) {
		all.write(uint32(strings.IndexByte(crockford, c)), 5)
	}
	body, sum := all.bits[:len(all.bits)-checksumBits], all.bits[len(all.bits)-checksumBits:]
	if crc16(body) != uint16(bitsValue(sum)) {
		if len(chars) != want && len(chars) != wantOld {
			return nil, lengthError("%d characters where a code for this questionnaire has %d: incomplete, or more than one code on the line", len(chars), want)
		}
		return nil, codeError(ErrChecksum, "a character is mistyped: the checksum does not match")
	}
	rd := bitReader{bits: body}
	version := int(rd.read(versionBits))
	if version != ResponseVersion && version != ResponseVersionNoNonce && version != ResponseVersionTwoLevel {
		return nil, codeError(ErrMalformed, "made by another version of Klantwaarde (response code version %d)", version)
	}
	if fp := Fingerprint(rd.read(FingerprintBits)); fp != own {
		e := codeError(ErrOtherQuestionnaire, "made for questionnaire %s, not for this one (%s)", fp, own)
		e.Fingerprint = fp
		return nil, e
	}
	if (version == ResponseVersionTwoLevel) != q.TwoLevel {
		return nil, codeError(ErrMalformed, "a code of version %d cannot answer this questionnaire", version)
	}
	if n := codeLength(q, version); len(chars) != n {
		return nil, lengthError("%d characters where a code for this questionnaire has %d", len(chars), n)
	}
	var nonce uint32
	if version != ResponseVersionNoNonce {
		nonce = rd.read(NonceBits)
	}
	return readAnswers(q, &rd, version, nonce)
}

// readAnswers reads the segment and the answers of a code whose header and
// checksum are sound.
func readAnswers(q *Questionnaire, rd *bitReader, version int, nonce uint32) (*Response, error) {
	r := NewResponse(q, int(rd.read(segmentBits)))
	r.Version, r.Nonce = version, nonce
	if r.Segment >= len(q.Segments) {
		return nil, codeError(ErrMalformed, "segment %d does not exist; the questionnaire has %d", r.Segment+1, len(q.Segments))
	}
	bad := false
	weight := func() *float64 {
		v := rd.read(weightBits)
		switch {
		case v == 0:
			return nil
		case v > MaxUIWeight+1:
			bad = true
			return nil
		}
		return Float(float64(v - 1))
	}
	score := func() *float64 {
		v := rd.read(scoreBits)
		switch {
		case v == 0:
			return nil
		case v < MinRating*scoreSteps || v > MaxRating*scoreSteps:
			bad = true
			return nil
		}
		return Float(float64(v) / scoreSteps)
	}
	for i := range r.Benefits {
		r.Benefits[i] = Answer{Weight: weight(), Score: score()}
	}
	for i := range r.Sacrifices {
		r.Sacrifices[i] = Answer{Weight: weight(), Score: score()}
	}
	for i := range r.Dimensions {
		a := &r.Dimensions[i]
		a.Weight = weight()
		if version == ResponseVersionTwoLevel {
			a.Adequate, a.Desired = score(), score()
			bad = bad || !validZone(a.Adequate, a.Desired)
		} else {
			a.Expected = score()
		}
		a.Experienced = score()
	}
	for rd.pos < len(rd.bits) {
		bad = bad || rd.read(1) != 0
	}
	if bad {
		return nil, codeError(ErrMalformed, "the code holds a rating outside the scales")
	}
	return r, nil
}

// normaliseCode returns the code characters of text in upper case, without
// separators, with I and L read as 1 and O as 0.
func normaliseCode(text string) (string, *CodeError) {
	var b strings.Builder
	pos := 0
	for _, r := range text {
		if unicode.IsSpace(r) || r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—' {
			continue
		}
		pos++
		if pos > maxCodeChars {
			return "", codeError(ErrMalformed, "too long for a code")
		}
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		switch r {
		case 'I', 'L':
			r = '1'
		case 'O':
			r = '0'
		}
		switch {
		case r < 0x80 && strings.IndexByte(crockford, byte(r)) >= 0:
			b.WriteRune(r)
		case r == 'U':
			e := codeError(ErrChecksum, "character %d, U, is never used in codes: mistyped", pos)
			e.Position = pos
			return "", e
		default:
			e := codeError(ErrMalformed, "character %d, %q, cannot be part of a code", pos, r)
			e.Position = pos
			return "", e
		}
	}
	return b.String(), nil
}

// bitWriter collects bits, one per byte, most significant first; codes are
// a few hundred bits, so clarity wins over packing.
type bitWriter struct{ bits []byte }

func (w *bitWriter) write(v uint32, n int) {
	for i := n - 1; i >= 0; i-- {
		w.bits = append(w.bits, byte(v>>i&1))
	}
}

type bitReader struct {
	bits []byte
	pos  int
}

func (r *bitReader) read(n int) uint32 {
	v := bitsValue(r.bits[r.pos : r.pos+n])
	r.pos += n
	return v
}

func bitsValue(bits []byte) uint32 {
	var v uint32
	for _, b := range bits {
		v = v<<1 | uint32(b)
	}
	return v
}

// crc16 is CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF)
// over a bit string, most significant bit first.
func crc16(bits []byte) uint16 {
	crc := uint16(0xFFFF)
	for _, b := range bits {
		feedback := crc>>15 ^ uint16(b)
		crc <<= 1
		if feedback&1 != 0 {
			crc ^= 0x1021
		}
	}
	return crc
}
