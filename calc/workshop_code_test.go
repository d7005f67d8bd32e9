package calc

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fullResponse rates everything of the bike-shop questionnaire for
// segment, with the extremes of each scale somewhere.
func fullResponse(q *Questionnaire, segment int) *Response {
	r := NewResponse(q, segment)
	for i := range r.Benefits {
		r.Benefits[i] = Answer{Weight: Float(float64(i % 6)), Score: Float(float64(10+23*i) / 10)}
	}
	for i := range r.Sacrifices {
		r.Sacrifices[i] = Answer{Weight: Float(5 - float64(i)), Score: Float(float64(100-i) / 10)}
	}
	for i := range r.Dimensions {
		r.Dimensions[i] = QualityAnswer{Weight: Float(float64(i)), Expected: Float(10), Experienced: Float(float64(10+i) / 10)}
	}
	return r
}

func TestResponseCodeRoundTrip(t *testing.T) {
	q := bikeShopQuestionnaire()
	partial := NewResponse(q, 1)
	partial.Nonce = 1<<NonceBits - 1
	partial.Benefits[2] = Answer{Weight: Float(0)}
	partial.Sacrifices[0] = Answer{Score: Float(7.5)}
	partial.Dimensions[4] = QualityAnswer{Expected: Float(6), Experienced: Float(9.9)}
	tests := []struct {
		name string
		r    *Response
	}{
		{"all skipped", NewResponse(q, 0)},
		{"everything rated", withNonce(fullResponse(q, 2), 0x5A5A5)},
		{"a few answers", partial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, err := EncodeResponse(q, tt.r)
			if err != nil {
				t.Fatal(err)
			}
			// 44 characters in 11 groups of 4 for the bike shop.
			if len(code) != 54 || strings.Count(code, "-") != 10 {
				t.Errorf("code %q: want 44 characters in groups of 4", code)
			}
			for i, group := range strings.Split(code, "-") {
				if len(group) != CodeGroup || strings.Trim(group, crockford) != "" {
					t.Errorf("group %d of %q is %q", i, code, group)
				}
			}
			got, err := DecodeResponse(q, code)
			if err != nil {
				t.Fatalf("DecodeResponse(%q): %v", code, err)
			}
			if diff := cmp.Diff(tt.r, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
	if n := ResponseCodeLength(q); n != 44 {
		t.Errorf("ResponseCodeLength(bike shop) = %d, want 44", n)
	}
}

func withNonce(r *Response, nonce uint32) *Response {
	r.Nonce = nonce
	return r
}

// TestOldCodesStillRead: codes of the first format (no nonce), made by the
// version before it, are read as they were and written back unchanged.
func TestOldCodesStillRead(t *testing.T) {
	q := bikeShopQuestionnaire()
	old := func(r *Response) *Response { r.Version = ResponseVersionNoNonce; return r }
	tests := []struct {
		code string
		want *Response
	}{
		{"7YY0-408M-J2VH-4ZP9-E764-E855-J1DW-GCK4-3DS0-XFPG", old(fullResponse(q, 0))},
		{"7YY0-4400-0000-0000-0000-0000-0000-0000-0000-1RF5", old(NewResponse(q, 2))},
		{"7yy0 428m j2vh 4zp9 e764 e855 j1dw gck4 3ds0 w0v9", old(fullResponse(q, 1))},
	}
	for _, tt := range tests {
		got, err := DecodeResponse(q, tt.code)
		if err != nil {
			t.Fatalf("DecodeResponse(%q): %v", tt.code, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.code, diff)
		}
		again, err := EncodeResponse(q, got)
		if err != nil || again != strings.ToUpper(strings.ReplaceAll(tt.code, " ", "-")) {
			t.Errorf("%s is written back as %q, %v", tt.code, again, err)
		}
	}
}

// TestIdenticalAnswersCountTwice: two participants who answer alike get
// two codes, and both count; the same code pasted twice counts once.
func TestIdenticalAnswersCountTwice(t *testing.T) {
	q := bikeShopQuestionnaire()
	a, b := withNonce(fullResponse(q, 1), 17), withNonce(fullResponse(q, 1), 923)
	codeA, errA := EncodeResponse(q, a)
	codeB, errB := EncodeResponse(q, b)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if codeA == codeB {
		t.Fatalf("identical answers with other nonces give one code %s", codeA)
	}
	found := ScanCodes(q, codeA+"\n"+codeB+"\n"+codeA)
	aggs := Aggregate(q, AcceptedResponses(found))
	if got := aggs[1].Responses; got != 2 {
		t.Errorf("n = %d, want 2", got)
	}
	if got := aggs[1].Ratings[1].N; got != 2 {
		t.Errorf("n of %s.%s = %d, want 2", aggs[1].Ratings[1].ID, aggs[1].Ratings[1].Rating, got)
	}
	var statuses []CodeStatus
	for _, c := range found {
		statuses = append(statuses, c.Status)
	}
	if diff := cmp.Diff([]CodeStatus{CodeAccepted, CodeAccepted, CodeDuplicate}, statuses); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
}

// TestDecodeResponseTolerant: what people do to a code when they read it
// aloud, type it on a phone or paste it from a chat.
func TestDecodeResponseTolerant(t *testing.T) {
	q := bikeShopQuestionnaire()
	want := fullResponse(q, 0)
	code, err := EncodeResponse(q, want)
	if err != nil {
		t.Fatal(err)
	}
	plain := strings.ReplaceAll(code, "-", "")
	tests := []struct{ name, text string }{
		{"as shown", code},
		{"lower case", strings.ToLower(code)},
		{"no dashes", plain},
		{"spaces for dashes", strings.ReplaceAll(code, "-", " ")},
		{"around it", "  \t" + code + " \r"},
		{"groups of five", plain[:5] + " " + plain[5:10] + "–" + plain[10:]},
		{"I and L for 1, O for 0", strings.NewReplacer("1", "I", "0", "o").Replace(code)},
		{"l for 1", strings.ReplaceAll(code, "1", "l")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := DecodeResponse(q, tt.text)
			if err != nil {
				t.Fatalf("DecodeResponse(%q): %v", tt.text, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// forgeCode writes a code with a sound checksum around any bits, for
// codes that a broken or hostile program could make; with version 1 its
// layout is that of the first format (no nonce).
func forgeCode(version uint32, fp Fingerprint, segment uint32, items []uint32, itemBits []int) string {
	var w bitWriter
	w.write(version, versionBits)
	w.write(uint32(fp), FingerprintBits)
	w.write(segment, segmentBits)
	for i, v := range items {
		w.write(v, itemBits[i])
	}
	for (len(w.bits)+checksumBits)%5 != 0 {
		w.write(0, 1)
	}
	w.write(uint32(crc16(w.bits)), checksumBits)
	var b strings.Builder
	for i := 0; i < len(w.bits); i += 5 {
		b.WriteByte(crockford[bitsValue(w.bits[i:i+5])])
	}
	return b.String()
}

// bikeShopItems returns the item values and widths of a bike-shop code
// whose answers are all weight w and score s.
func bikeShopItems(w, s uint32) ([]uint32, []int) {
	var vals []uint32
	var widths []int
	for range 4 + 3 {
		vals, widths = append(vals, w, s), append(widths, weightBits, scoreBits)
	}
	for range 5 {
		vals, widths = append(vals, w, s, s), append(widths, weightBits, scoreBits, scoreBits)
	}
	return vals, widths
}

func TestDecodeResponseErrors(t *testing.T) {
	q := bikeShopQuestionnaire()
	fp := q.Fingerprint()
	code, err := EncodeResponse(q, fullResponse(q, 1))
	if err != nil {
		t.Fatal(err)
	}
	other := bikeShopQuestionnaire()
	other.Benefits[0].Name = "Kwaliteit"
	otherCode, err := EncodeResponse(other, fullResponse(other, 1))
	if err != nil {
		t.Fatal(err)
	}
	smaller := bikeShopQuestionnaire()
	smaller.Dimensions = smaller.Dimensions[:2]
	smallerCode, err := EncodeResponse(smaller, fullResponse(smaller, 0))
	if err != nil {
		t.Fatal(err)
	}
	good, widths := bikeShopItems(3, 75)
	tooHeavy, _ := bikeShopItems(7, 75)
	halfPoint, _ := bikeShopItems(3, 5)
	tooHigh, _ := bikeShopItems(3, 101)
	tests := []struct {
		name string
		text string
		want error
	}{
		{"empty", "", ErrMalformed},
		{"blank", " - - ", ErrMalformed},
		{"a word", "hello", ErrMalformed},
		{"a sentence", "here is my code", ErrMalformed},
		{"punctuation", strings.Replace(code, "-", "*", 1), ErrMalformed},
		{"non-ASCII", "Ⅹ" + code[1:], ErrMalformed},
		// One group missing has the length of a first-format code, and is
		// refused as mistyped; two missing are no code at all.
		{"last group missing", code[:len(code)-5], ErrChecksum},
		{"last two groups missing", code[:len(code)-10], ErrMalformed},
		{"one character missing", code[:len(code)-1], ErrMalformed},
		{"one character extra", code + "0", ErrMalformed},
		{"two codes on a line", code + " " + code, ErrMalformed},
		{"very long", strings.Repeat("0", 10000), ErrMalformed},
		{"U is never used", "U" + code[1:], ErrChecksum},
		{"first character changed", string(crockford[(strings.IndexByte(crockford, code[0])+1)%32]) + code[1:], ErrChecksum},
		{"other questionnaire, same length", otherCode, ErrOtherQuestionnaire},
		{"other questionnaire, other length", smallerCode, ErrOtherQuestionnaire},
		{"newer version", forgeCode(3, fp, 0, good, widths), ErrMalformed},
		{"segment that does not exist", forgeCode(1, fp, 3, good, widths), ErrMalformed},
		{"weight above 5", forgeCode(1, fp, 0, tooHeavy, widths), ErrMalformed},
		{"score below 1", forgeCode(1, fp, 0, halfPoint, widths), ErrMalformed},
		{"score above 10", forgeCode(1, fp, 0, tooHigh, widths), ErrMalformed},
		{"too short for the questionnaire", forgeCode(1, fp, 0, good[:4], widths[:4]), ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := DecodeResponse(q, tt.text)
			if err == nil {
				t.Fatalf("DecodeResponse(%q) accepted it: %+v", tt.text, r)
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("DecodeResponse(%q) = %v; want an error wrapping %v", tt.text, err, tt.want)
			}
			var ce *CodeError
			if !errors.As(err, &ce) {
				t.Errorf("%v is not a *CodeError", err)
			}
		})
	}
	// The forged code with sound values is read, so the cases above fail
	// for the reason they name.
	if _, err := DecodeResponse(q, forgeCode(1, fp, 0, good, widths)); err != nil {
		t.Errorf("the sound forged code is refused: %v", err)
	}
	_, err = DecodeResponse(q, otherCode)
	if ce := (*CodeError)(nil); !errors.As(err, &ce) || ce.Fingerprint != other.Fingerprint() {
		t.Errorf("the error for another questionnaire does not name its fingerprint %s: %v", other.Fingerprint(), err)
	}
}

// TestEveryMistypedCharacterIsRefused changes each character of a code to
// every other character of the alphabet, and swaps every pair of
// neighbours: each must be refused as mistyped, never read as another
// response.
func TestEveryMistypedCharacterIsRefused(t *testing.T) {
	q := bikeShopQuestionnaire()
	oldFormat := fullResponse(q, 1)
	oldFormat.Version = ResponseVersionNoNonce
	for _, r := range []*Response{withNonce(fullResponse(q, 0), 0xABCDE), NewResponse(q, 2), oldFormat} {
		code, err := EncodeResponse(q, r)
		if err != nil {
			t.Fatal(err)
		}
		plain := []byte(strings.ReplaceAll(code, "-", ""))
		tried := 0
		for pos := range plain {
			for _, c := range []byte(crockford) {
				if c == plain[pos] {
					continue
				}
				typo := append([]byte(nil), plain...)
				typo[pos] = c
				if _, err := DecodeResponse(q, string(typo)); !errors.Is(err, ErrChecksum) {
					t.Errorf("position %d changed to %c: %q gives %v, want ErrChecksum", pos+1, c, typo, err)
				}
				tried++
			}
			if pos+1 < len(plain) && plain[pos] != plain[pos+1] {
				swapped := append([]byte(nil), plain...)
				swapped[pos], swapped[pos+1] = swapped[pos+1], swapped[pos]
				if _, err := DecodeResponse(q, string(swapped)); !errors.Is(err, ErrChecksum) {
					t.Errorf("positions %d and %d swapped: %v, want ErrChecksum", pos+1, pos+2, err)
				}
			}
		}
		if want := codeLength(q, r.Version) * 31; tried != want {
			t.Errorf("tried %d variants, want %d", tried, want)
		}
	}
}

func TestEncodeResponseErrors(t *testing.T) {
	q := bikeShopQuestionnaire()
	tests := []struct {
		name   string
		change func(r *Response)
		want   error
		text   string
	}{
		{"segment out of range", func(r *Response) { r.Segment = 3 }, ErrOutOfRange, "segment 3"},
		{"negative segment", func(r *Response) { r.Segment = -1 }, ErrOutOfRange, "segment -1"},
		{"nonce too wide", func(r *Response) { r.Nonce = 1 << NonceBits }, ErrOutOfRange, "nonce"},
		{"answers missing", func(r *Response) { r.Benefits = r.Benefits[:2] }, ErrMalformed, "criteria"},
		{"weight not whole", func(r *Response) { r.Benefits[0].Weight = Float(2.5) }, ErrNotWhole, "benefits.quality.weight"},
		{"weight above 5", func(r *Response) { r.Sacrifices[0].Weight = Float(6) }, ErrOutOfRange, "sacrifices.price.weight"},
		{"score below 1", func(r *Response) { r.Benefits[1].Score = Float(0.5) }, ErrOutOfRange, "benefits.advice.score"},
		{"two decimals", func(r *Response) { r.Dimensions[0].Expected = Float(7.25) }, ErrOutOfRange, "quality.reliability.expected: 7.25 has more than one decimal"},
		{"experienced above 10", func(r *Response) { r.Dimensions[4].Experienced = Float(10.1) }, ErrOutOfRange, "quality.tangibles.experienced"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewResponse(q, 0)
			tt.change(r)
			code, err := EncodeResponse(q, r)
			if err == nil {
				t.Fatalf("encoded as %q", code)
			}
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Errorf("error %q; want one wrapping %v that says %q", err, tt.want, tt.text)
			}
		})
	}
}

func FuzzDecodeResponse(f *testing.F) {
	q := bikeShopQuestionnaire()
	for _, r := range []*Response{fullResponse(q, 0), NewResponse(q, 2)} {
		code, err := EncodeResponse(q, r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(code)
		f.Add(strings.ToLower(code[:20]))
		f.Add(code + "\n" + code)
	}
	good, widths := bikeShopItems(6, 100)
	f.Add(forgeCode(1, q.Fingerprint(), 2, good, widths))
	f.Add(forgeCode(1, q.Fingerprint(), 63, good, widths))
	f.Add("")
	f.Add("U")
	f.Add("ILO-ilo-0000-0000-0000-0000-0000-0000-0000-0000")
	f.Fuzz(func(t *testing.T, text string) {
		r, err := DecodeResponse(q, text)
		if err != nil {
			var ce *CodeError
			if !errors.As(err, &ce) || !(errors.Is(err, ErrMalformed) || errors.Is(err, ErrChecksum) || errors.Is(err, ErrOtherQuestionnaire)) {
				t.Fatalf("error %q is not a CodeError of a known kind", err)
			}
			return
		}
		// An accepted code is the canonical code of its response, up to
		// case, separators and the letters read as digits.
		code, err := EncodeResponse(q, r)
		if err != nil {
			t.Fatalf("accepted response does not encode: %v", err)
		}
		canonical, _ := normaliseCode(text)
		if strings.ReplaceAll(code, "-", "") != canonical {
			t.Fatalf("%q was read as %+v, whose code is %q", text, r, code)
		}
		again, err := DecodeResponse(q, code)
		if err != nil || !cmp.Equal(r, again) {
			t.Fatalf("re-encoded code %q reads back as %+v, %v", code, again, err)
		}
	})
}
