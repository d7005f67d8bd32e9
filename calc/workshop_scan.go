package calc

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ScanCodes finds every response code in text, wherever it stands: a chat
// export ("[09:41] Anna: 7YY0-41D0-…"), an e-mail, a list, several codes on
// one line, with names, times and words around them. It returns, in the
// order of the text, one CodeLine per code found (accepted, duplicate,
// other questionnaire or mistyped) and one CodeInvalid per line that holds
// something that looks like a damaged code; lines of plain text are left
// out. A code found earlier in the text makes a later one with the same
// characters a duplicate: the same code pasted or scanned twice counts
// once, and two participants' codes, which differ in their nonce, count
// twice (codes of the first format have no nonce, so identical answers in
// that format count once, as they always did).
//
// A code is a sequence of whole words of code characters (Crockford
// base32, tolerant as DecodeResponse is) separated by spaces or dashes. A
// sound code is recognised by its checksum; a mistyped one by having the
// length of this questionnaire's codes, its words in groups of CodeGroup
// (or one word) and at least minCodeDigits digits.
func ScanCodes(q *Questionnaire, text string) []CodeLine {
	s := scanner{q: q, fp: q.Fingerprint(), lengths: [2]int{ResponseCodeLength(q), codeLength(q, ResponseVersionNoNonce)}}
	offset := 0
	for n, line := range strings.Split(text, "\n") {
		s.scanLine(n+1, offset, line)
		offset += len(line) + 1
	}
	sortStable(s.found, func(a, b foundCode) int { return a.offset - b.offset })
	out := make([]CodeLine, 0, len(s.found))
	first := map[string]int{}
	for _, f := range s.found {
		cl := f.CodeLine
		if cl.Status == CodeAccepted {
			if at, ok := first[cl.Code]; ok {
				cl.Status, cl.First, cl.Response = CodeDuplicate, at, nil
			} else {
				first[cl.Code] = cl.Line
			}
		}
		out = append(out, cl)
	}
	return out
}

// What makes unrecognised words look like a code, mistyped or damaged.
const (
	// minCodeDigits: a code is rarely without digits; chat words are.
	minCodeDigits = 2
	// damagedGroups words of 3–5 characters in a row, with digits among
	// them, look like a code with a character lost or added.
	damagedGroups = 4
	// damagedWord is the length from which one word with digits looks like
	// a code written without dashes.
	damagedWord = 16
)

// chunk is one word of code characters, normalised: upper case, I and L
// as 1, O as 0; U is kept, and never makes a sound code.
type chunk struct {
	chars      string
	start, end int // byte offsets in the line
	digits     int // typed as digits, not letters read as digits
	used       bool
}

type foundCode struct {
	CodeLine
	offset int
}

type scanner struct {
	q       *Questionnaire
	fp      Fingerprint
	lengths [2]int // of this questionnaire's codes: the current format, the first
	found   []foundCode
}

func (s *scanner) scanLine(lineNo, offset int, line string) {
	runs := splitRuns(line)
	damaged := false
	for _, run := range runs {
		s.soundCodes(lineNo, offset, line, run)
		s.mistypedCodes(lineNo, offset, line, run)
		damaged = damaged || looksDamaged(run)
	}
	if damaged {
		s.found = append(s.found, foundCode{offset: offset, CodeLine: CodeLine{
			Line: lineNo, Text: strings.TrimSpace(line), Status: CodeInvalid,
			Err: codeError(ErrMalformed, "looks like a code with a character lost, added or mistyped"),
		}})
	}
}

// splitRuns cuts a line into runs of words separated only by spaces and
// dashes; any other character ends a run.
func splitRuns(line string) [][]chunk {
	var runs [][]chunk
	var run []chunk
	var word strings.Builder
	start, digits := -1, 0
	endWord := func(end int) {
		if start >= 0 {
			run = append(run, chunk{chars: word.String(), start: start, end: end, digits: digits})
			word.Reset()
			start, digits = -1, 0
		}
	}
	for i, r := range line {
		c, ok := codeChar(r)
		switch {
		case ok:
			if start < 0 {
				start = i
			}
			word.WriteByte(c)
			// Only digits typed as digits: words have I, L and O.
			if r >= '0' && r <= '9' {
				digits++
			}
		case isCodeSeparator(r):
			endWord(i)
		default:
			endWord(i)
			if len(run) > 0 {
				runs, run = append(runs, run), nil
			}
		}
	}
	endWord(len(line))
	if len(run) > 0 {
		runs = append(runs, run)
	}
	return runs
}

// codeChar is r as a code character, read as normaliseCode reads it.
func codeChar(r rune) (byte, bool) {
	if r >= 'a' && r <= 'z' {
		r -= 'a' - 'A'
	}
	switch {
	case r == 'I' || r == 'L':
		return '1', true
	case r == 'O':
		return '0', true
	case r == 'U':
		return 'U', true
	case r < utf8.RuneSelf && strings.IndexByte(crockford, byte(r)) >= 0:
		return byte(r), true
	}
	return 0, false
}

func isCodeSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == '-' || r == '‐' || r == '‑' || r == '–' || r == '—'
}

// soundCodes finds the codes with a sound checksum in a run, from left to
// right. The CRC runs along the characters from each start: a code
// followed by its own checksum leaves the register at zero, so every end
// is checked in constant time.
func (s *scanner) soundCodes(lineNo, offset int, line string, run []chunk) {
	for i := 0; i < len(run); i++ {
		if !versionChar(run[i].chars[0]) {
			continue
		}
		crc, n, shaped := uint16(0xFFFF), 0, true
		for j := i; j < len(run) && n+len(run[j].chars) <= maxCodeChars; j++ {
			if j > i && len(run[j-1].chars) != CodeGroup {
				shaped = false
			}
			if strings.IndexByte(run[j].chars, 'U') >= 0 {
				break
			}
			for _, c := range []byte(run[j].chars) {
				crc = crcAdd(crc, uint32(strings.IndexByte(crockford, c)), 5)
			}
			n += len(run[j].chars)
			own := n == s.lengths[0] || n == s.lengths[1]
			if crc != 0 || n < (headerBits+checksumBits+4)/5 || !own && !(shaped && len(run[j].chars) <= CodeGroup) {
				continue
			}
			cl, ok := s.read(lineNo, line, run[i:j+1], own)
			if !ok {
				continue
			}
			for k := i; k <= j; k++ {
				run[k].used = true
			}
			s.found = append(s.found, foundCode{offset: offset + run[i].start, CodeLine: cl})
			i = j
			break
		}
	}
}

// read decodes the words of a sound candidate. A candidate of another
// length than this questionnaire's codes counts only as a code of another
// questionnaire.
func (s *scanner) read(lineNo int, line string, words []chunk, own bool) (CodeLine, bool) {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w.chars)
	}
	cl := CodeLine{Line: lineNo, Text: line[words[0].start:words[len(words)-1].end]}
	r, err := decodeChars(s.q, s.fp, b.String())
	switch {
	case err == nil:
		cl.Code, _ = encodeResponse(s.q, s.fp, r)
		cl.Status, cl.Response = CodeAccepted, r
	case errors.Is(err, ErrOtherQuestionnaire):
		cl.Status, cl.Err = CodeOther, err
	case own:
		cl.Status, cl.Err = CodeInvalid, err
	default:
		return cl, false
	}
	return cl, true
}

// mistypedCodes finds, among the words no sound code took, the ones that
// look like a code of this questionnaire with a character mistyped. It
// works from the right, because names and times stand before a code more
// often than after it.
func (s *scanner) mistypedCodes(lineNo, offset int, line string, run []chunk) {
	for j := len(run) - 1; j >= 0; j-- {
		// The start of a candidate of each length ending at word j; the
		// current format's, being longer, is preferred.
		starts := [2]int{-1, -1}
		n, digits := 0, 0
		for i := j; i >= 0 && !run[i].used && n < s.lengths[0]; i-- {
			// Words in groups: all but the last exactly CodeGroup long.
			if i < j && (len(run[i].chars) != CodeGroup || len(run[j].chars) > CodeGroup) {
				break
			}
			n += len(run[i].chars)
			digits += run[i].digits
			for k, length := range s.lengths {
				if n == length && digits >= minCodeDigits {
					starts[k] = i
				}
			}
		}
		i := starts[0]
		if i < 0 {
			i = starts[1]
		}
		if i < 0 {
			continue
		}
		for k := i; k <= j; k++ {
			run[k].used = true
		}
		s.found = append(s.found, foundCode{offset: offset + run[i].start, CodeLine: CodeLine{
			Line: lineNo, Text: line[run[i].start:run[j].end], Status: CodeMistyped,
			Err: codeError(ErrChecksum, "a character is mistyped: the checksum does not match"),
		}})
		j = i
	}
}

// looksDamaged says whether the words that no code took look like a code
// all the same: damagedGroups words of 3–5 characters in a row, at least
// half of them with a digit (as in nearly every code, and in no sentence),
// or one long word with digits.
func looksDamaged(run []chunk) bool {
	groups, withDigits := 0, 0
	for _, c := range run {
		switch {
		case c.used:
			groups, withDigits = 0, 0
		case len(c.chars) >= damagedWord && c.digits >= minCodeDigits:
			return true
		case len(c.chars) >= CodeGroup-1 && len(c.chars) <= CodeGroup+1:
			groups++
			if c.digits > 0 {
				withDigits++
			}
			if groups >= damagedGroups && 2*withDigits >= groups {
				return true
			}
		default:
			groups, withDigits = 0, 0
		}
	}
	return false
}

// versionChar says whether c can start a code of a format this package
// reads: its first three bits are the version.
func versionChar(c byte) bool {
	v := strings.IndexByte(crockford, c) >> 2
	return v == ResponseVersion || v == ResponseVersionNoNonce || v == ResponseVersionTwoLevel
}

// crcAdd feeds the n low bits of v, most significant first, to a
// CRC-16/CCITT-FALSE register, as crc16 does.
func crcAdd(crc uint16, v uint32, n int) uint16 {
	for i := n - 1; i >= 0; i-- {
		feedback := crc>>15 ^ uint16(v>>i&1)
		crc <<= 1
		if feedback&1 != 0 {
			crc ^= 0x1021
		}
	}
	return crc
}
