package calc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"
)

// appendScenario appends s as compact JSON, byte for byte what
// encoding/json writes for it without HTML escaping (Scenario's field tags:
// the same members in the same order, omitempty members left out, map keys
// sorted, numbers and strings written alike; calc's tests compare the two).
// It is written out by hand because the app saves the scenario whenever
// typing pauses, and a large one is about 100 kB: this is several times
// faster than encoding/json's reflection, which in WebAssembly also takes
// its time to set itself up on first use.
func appendScenario(b []byte, s *Scenario) ([]byte, error) {
	w := jsonWriter{b: b}
	w.open('{')
	w.str("format", s.Format)
	w.num("version", float64(s.Version))
	w.str("title", s.Title)
	w.strOmitEmpty("locale", s.Locale)
	w.strOmitEmpty("currency", s.Currency)
	w.key("settings")
	w.settings(&s.Settings)
	for _, list := range []struct {
		key   string
		items []Criterion
	}{{"benefits", s.Benefits}, {"sacrifices", s.Sacrifices}, {"dimensions", s.Dimensions}} {
		w.key(list.key)
		w.criteria(list.items)
	}
	w.key("segments")
	if s.Segments == nil {
		w.null()
	} else {
		w.open('[')
		for i := range s.Segments {
			w.comma()
			w.segment(&s.Segments[i])
		}
		w.close(']')
	}
	w.extension(s.X)
	w.close('}')
	return w.b, w.err
}

// jsonWriter appends JSON; its first error sticks.
type jsonWriter struct {
	b     []byte
	first bool // no member or element yet in the innermost object or array
	err   error
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.first = true
}

func (w *jsonWriter) close(c byte) {
	w.b = append(w.b, c)
	w.first = false
}

func (w *jsonWriter) comma() {
	if !w.first {
		w.b = append(w.b, ',')
	}
	w.first = false
}

func (w *jsonWriter) key(k string) {
	w.comma()
	w.b = appendJSONString(w.b, k)
	w.b = append(w.b, ':')
}

func (w *jsonWriter) null() { w.b = append(w.b, "null"...) }

func (w *jsonWriter) str(k, v string) {
	w.key(k)
	w.b = appendJSONString(w.b, v)
}

func (w *jsonWriter) strOmitEmpty(k, v string) {
	if v != "" {
		w.str(k, v)
	}
}

func (w *jsonWriter) num(k string, x float64) {
	w.key(k)
	w.float(x)
}

// numOmitNil writes an optional number; a nil one is left out.
func (w *jsonWriter) numOmitNil(k string, x *float64) {
	if x != nil {
		w.num(k, *x)
	}
}

// float writes x as encoding/json does: the shortest representation,
// with an exponent only below 1e-6 or from 1e21, and no NaN or infinity.
func (w *jsonWriter) float(x float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		if w.err == nil {
			w.err = fmt.Errorf("encode scenario: json: unsupported value: %s", strconv.FormatFloat(x, 'g', -1, 64))
		}
		w.null()
		return
	}
	format := byte('f')
	if abs := math.Abs(x); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	w.b = strconv.AppendFloat(w.b, x, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9
		if n := len(w.b); n >= 4 && w.b[n-4] == 'e' && w.b[n-3] == '-' && w.b[n-2] == '0' {
			w.b[n-2] = w.b[n-1]
			w.b = w.b[:n-1]
		}
	}
}

// extension writes the "x" member, compacted as encoding/json compacts a
// json.RawMessage, or leaves it out when empty.
func (w *jsonWriter) extension(x Extension) {
	if len(x) == 0 {
		return
	}
	w.key("x")
	var buf bytes.Buffer
	if err := json.Compact(&buf, x); err != nil {
		if w.err == nil {
			w.err = fmt.Errorf("encode scenario: the x extension is not JSON: %w", err)
		}
		w.null()
		return
	}
	w.b = append(w.b, buf.Bytes()...)
}

func (w *jsonWriter) settings(st *Settings) {
	w.open('{')
	w.num("discountRate", st.DiscountRate)
	w.num("retentionUplift", st.RetentionUplift)
	w.num("sayDo", st.SayDo)
	w.num("tolerance", st.Tolerance)
	w.extension(st.X)
	w.close('}')
}

func (w *jsonWriter) criteria(list []Criterion) {
	if list == nil {
		w.null()
		return
	}
	w.open('[')
	for _, c := range list {
		w.comma()
		w.open('{')
		w.str("id", c.ID)
		w.str("name", c.Name)
		w.extension(c.X)
		w.close('}')
	}
	w.close(']')
}

func (w *jsonWriter) segment(sg *Segment) {
	w.open('{')
	w.str("id", sg.ID)
	w.str("name", sg.Name)
	w.num("customers", sg.Customers)
	w.num("revenuePerCustomer", sg.RevenuePerCustomer)
	w.num("margin", sg.Margin)
	w.num("retention", sg.Retention)
	w.num("growthPotential", sg.GrowthPotential)
	writeMap(w, "benefits", sg.Benefits, (*jsonWriter).rating)
	writeMap(w, "sacrifices", sg.Sacrifices, (*jsonWriter).rating)
	writeMap(w, "quality", sg.Quality, (*jsonWriter).quality)
	writeMap(w, "loyalty", sg.Loyalty, (*jsonWriter).float)
	if n := sg.NPS; n != nil {
		w.key("nps")
		w.open('{')
		w.num("promoters", n.Promoters)
		w.num("passives", n.Passives)
		w.num("detractors", n.Detractors)
		w.extension(n.X)
		w.close('}')
	}
	w.extension(sg.X)
	w.close('}')
}

func (w *jsonWriter) rating(r Rating) {
	w.open('{')
	w.numOmitNil("weight", r.Weight)
	w.numOmitNil("score", r.Score)
	w.extension(r.X)
	w.close('}')
}

func (w *jsonWriter) quality(q QualityRating) {
	w.open('{')
	w.numOmitNil("weight", q.Weight)
	w.numOmitNil("adequate", q.Adequate)
	w.numOmitNil("desired", q.Desired)
	w.numOmitNil("expected", q.Expected)
	w.numOmitNil("experienced", q.Experienced)
	w.extension(q.X)
	w.close('}')
}

// writeMap writes a map member with its keys sorted, or leaves an empty
// one out (omitempty).
func writeMap[V any](w *jsonWriter, k string, m map[string]V, value func(*jsonWriter, V)) {
	if len(m) == 0 {
		return
	}
	w.key(k)
	// Up to 30 keys: sorting them on the stack is cheaper than a slice
	// on the heap for each of a scenario's hundreds of maps.
	var stack [MaxBenefits]string
	keys := stack[:0]
	for key := range m {
		keys = append(keys, key)
	}
	slices.Sort(keys)
	w.open('{')
	for _, key := range keys {
		w.key(key)
		value(w, m[key])
	}
	w.close('}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json quotes it without
// HTML escaping: \" \\ \b \f \n \r \t, \u00XX for the other control
// characters, \ufffd for invalid UTF-8, and \u2028 and \u2029, which
// JavaScript does not allow unescaped in a string in older engines.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
