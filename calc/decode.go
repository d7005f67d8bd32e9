package calc

import (
	"bytes"
	"io"
	"math"
	"strconv"
)

// Decode reads one scenario document (SPEC §4) from r: it refuses input
// over MaxFileSize before parsing, invalid UTF-8, anything that is not
// exactly one JSON object, duplicate keys, unknown fields (except inside
// "x"), values of the wrong type and documents of another format or a newer
// version; it fills in the defaults and then validates every field
// (Validate). The error is an Errors listing every problem with its path.
func Decode(r io.Reader) (*Scenario, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	return DecodeBytes(data)
}

// DecodeBytes is Decode for a document already in memory.
func DecodeBytes(data []byte) (*Scenario, error) {
	return decodeBytes(data, false)
}

// DecodeNewer reads a document written by a newer version of Klantwaarde
// as far as this version understands it: fields it does not know are
// skipped instead of refused, and the version is kept as written. The app
// uses it to show such a scenario read-only; it must never be written back
// in this version's older form, which would lose what it did not read.
// Documents of this version or older decode as with DecodeBytes.
func DecodeNewer(data []byte) (*Scenario, error) {
	return decodeBytes(data, true)
}

func decodeBytes(data []byte, newer bool) (*Scenario, error) {
	if len(data) > MaxFileSize {
		return nil, Errors{{Err: Problem{Err: ErrTooLarge, Limit: MaxFileSize >> 10}.with("the file is larger than %d KiB", MaxFileSize>>10)}}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	root, err := parseTree(data)
	if err != nil {
		return nil, Errors{{Err: err}}
	}
	el := errorList{newer: newer}
	if root.kind != objectNode {
		el.addf("", Problem{Err: ErrType}, "the file holds %s, not a scenario object", root.kind)
		return nil, el.errs
	}
	if !checkHeader(root, &el) {
		return nil, el.errs
	}
	s := &Scenario{Settings: DefaultSettings()}
	// The version decides which fields a quality rating may have, so it is
	// read before the members, whatever their order.
	s.Version = versionOf(root)
	readScenario(root, s, &el)
	// An older file is migrated: in memory it is a scenario of this
	// version, which Encode writes in the oldest version that holds it.
	// A newer one (DecodeNewer) keeps its version, so that it is never
	// written back in this version's form.
	s.Version = max(s.Version, Version)
	if err := el.err(); err != nil {
		return nil, err
	}
	if err := Validate(s); err != nil {
		return nil, err
	}
	return s, nil
}

// checkHeader checks format and version before anything else, so that a
// file of another kind or from a newer app gets one clear message instead of
// a list of unknown fields.
func checkHeader(root *node, el *errorList) bool {
	format := root.member("format")
	switch {
	case format == nil:
		el.addf("format", Problem{Err: ErrRequired}, "missing; a Klantwaarde scenario has \"format\": %q", Format)
	case format.kind != stringNode || format.str != Format:
		el.addf("format", Problem{Err: ErrFormat, Found: shortText(format)}, "%s is not %q: this is not a Klantwaarde scenario", shortText(format), Format)
	}
	checkVersion(root, el, Version, "")
	return len(el.errs) == 0
}

// checkVersion checks root's "version" for a file whose newest version is
// newest: a whole number from 1 up, and not above newest unless el.newer
// (a scenario kept read-only). kind names the file in the message: ""
// for a scenario, "backup " for a backup. Scenarios and backups share it,
// so the two kinds of file answer a bad version alike.
func checkVersion(root *node, el *errorList, newest int, kind string) {
	version := root.member("version")
	switch {
	case version == nil:
		el.addf("version", Problem{Err: ErrRequired}, "missing")
	case version.kind != numberNode:
		el.addf("version", Problem{Err: ErrType}, "expected a whole number, found %s", version.kind)
	default:
		v, err := strconv.ParseFloat(version.str, 64)
		switch {
		case err != nil || v != math.Trunc(v):
			el.addf("version", Problem{Err: ErrNotWhole, Found: version.str}, "%s is not a version number (1 or higher)", version.str)
		case v < 1:
			el.addf("version", Problem{Err: ErrOutOfRange, Found: version.str}, "%s is not a version number (1 or higher)", version.str)
		case v > float64(newest) && !el.newer:
			el.addf("version", Problem{Err: ErrNewerVersion, Found: version.str, Limit: newest}, "%s was written by a newer version of Klantwaarde; this one reads %sversion %d: update the app to open it", version.str, kind, newest)
		}
	}
}

// versionOf returns the version of a document whose header checkHeader
// accepted.
func versionOf(root *node) int {
	v, _ := strconv.ParseFloat(root.member("version").str, 64)
	return int(v)
}

func shortText(n *node) string {
	if n.kind == stringNode {
		if len(n.str) > 40 {
			return quote(n.str[:40] + "…")
		}
		return quote(n.str)
	}
	return n.kind.String()
}

func (n *node) member(key string) *node {
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

// fields walks the members of an object, calling set for each known one and
// reporting unknown ones; "x" is kept as the extension space.
func fields(n *node, path string, el *errorList, x *Extension, set map[string]func(*node, string)) {
	for i, key := range n.keys {
		v, p := n.vals[i], joinPath(path, key)
		if key == "x" && x != nil {
			*x = append(Extension(nil), v.raw...)
			continue
		}
		f, ok := set[key]
		if !ok && el.newer {
			continue
		}
		if !ok {
			el.addf(p, Problem{Err: ErrUnknownField}, "unknown field (check the spelling; free-form data goes under \"x\")")
			continue
		}
		f(v, p)
	}
}

func expectKind(n *node, kind nodeKind, path string, el *errorList) bool {
	if n.kind != kind {
		el.addf(path, Problem{Err: ErrType}, "expected %s, found %s", kind, n.kind)
		return false
	}
	return true
}

func readString(dst *string, el *errorList) func(*node, string) {
	return func(n *node, path string) {
		if expectKind(n, stringNode, path, el) {
			*dst = n.str
		}
	}
}

func readNumber(dst *float64, el *errorList) func(*node, string) {
	return func(n *node, path string) {
		if x, ok := numberOf(n, path, el); ok {
			*dst = x
		}
	}
}

func readOptional(dst **float64, el *errorList) func(*node, string) {
	return func(n *node, path string) {
		if n.kind == nullNode {
			return
		}
		if x, ok := numberOf(n, path, el); ok {
			*dst = &x
		}
	}
}

func numberOf(n *node, path string, el *errorList) (float64, bool) {
	if !expectKind(n, numberNode, path, el) {
		return 0, false
	}
	x, err := strconv.ParseFloat(n.str, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		el.addf(path, Problem{Err: ErrNotFinite, Found: n.str}, "%s is not a finite number", n.str)
		return 0, false
	}
	return x, true
}

func readScenario(root *node, s *Scenario, el *errorList) {
	fields(root, "", el, &s.X, map[string]func(*node, string){
		"format":   readString(&s.Format, el),
		"version":  func(*node, string) {}, // read by versionOf
		"title":    readString(&s.Title, el),
		"locale":   readString(&s.Locale, el),
		"currency": readString(&s.Currency, el),
		"settings": func(n *node, p string) {
			if expectKind(n, objectNode, p, el) {
				readSettings(n, p, &s.Settings, el)
			}
		},
		"benefits":   readCriteria(&s.Benefits, el),
		"sacrifices": readCriteria(&s.Sacrifices, el),
		"dimensions": readCriteria(&s.Dimensions, el),
		"segments": func(n *node, p string) {
			if !expectKind(n, arrayNode, p, el) {
				return
			}
			s.Segments = make([]Segment, len(n.vals))
			for i, v := range n.vals {
				readSegment(v, indexPath(p, i), s.Version, &s.Segments[i], el)
			}
		},
	})
}

func readSettings(n *node, path string, st *Settings, el *errorList) {
	fields(n, path, el, &st.X, map[string]func(*node, string){
		"discountRate":    readNumber(&st.DiscountRate, el),
		"retentionUplift": readNumber(&st.RetentionUplift, el),
		"sayDo":           readNumber(&st.SayDo, el),
		"tolerance":       readNumber(&st.Tolerance, el),
	})
}

func readCriteria(dst *[]Criterion, el *errorList) func(*node, string) {
	return func(n *node, path string) {
		if !expectKind(n, arrayNode, path, el) {
			return
		}
		*dst = make([]Criterion, len(n.vals))
		for i, v := range n.vals {
			p, c := indexPath(path, i), &(*dst)[i]
			if expectKind(v, objectNode, p, el) {
				fields(v, p, el, &c.X, map[string]func(*node, string){
					"id":   readString(&c.ID, el),
					"name": readString(&c.Name, el),
				})
			}
		}
	}
}

func readSegment(n *node, path string, version int, sg *Segment, el *errorList) {
	if !expectKind(n, objectNode, path, el) {
		return
	}
	fields(n, path, el, &sg.X, map[string]func(*node, string){
		"id":                 readString(&sg.ID, el),
		"name":               readString(&sg.Name, el),
		"customers":          readNumber(&sg.Customers, el),
		"revenuePerCustomer": readNumber(&sg.RevenuePerCustomer, el),
		"margin":             readNumber(&sg.Margin, el),
		"retention":          readNumber(&sg.Retention, el),
		"growthPotential":    readNumber(&sg.GrowthPotential, el),
		"benefits":           readRatings(&sg.Benefits, el),
		"sacrifices":         readRatings(&sg.Sacrifices, el),
		"quality":            readQuality(&sg.Quality, version, el),
		"loyalty":            readLoyalty(&sg.Loyalty, el),
		"nps": func(n *node, p string) {
			if n.kind == nullNode || !expectKind(n, objectNode, p, el) {
				return
			}
			sg.NPS = &NPS{}
			fields(n, p, el, &sg.NPS.X, map[string]func(*node, string){
				"promoters":  readNumber(&sg.NPS.Promoters, el),
				"passives":   readNumber(&sg.NPS.Passives, el),
				"detractors": readNumber(&sg.NPS.Detractors, el),
			})
		},
	})
}

// readMap reads an object of per-criterion objects (a segment's ratings),
// each with the members that members names for the value it fills.
func readMap[T any](dst *map[string]T, el *errorList, members func(v *T) (x *Extension, set map[string]func(*node, string))) func(*node, string) {
	return func(n *node, path string) {
		if !expectKind(n, objectNode, path, el) {
			return
		}
		*dst = make(map[string]T, len(n.keys))
		for i, id := range n.keys {
			p, v := joinPath(path, id), n.vals[i]
			if !expectKind(v, objectNode, p, el) {
				continue
			}
			var r T
			x, set := members(&r)
			fields(v, p, el, x, set)
			(*dst)[id] = r
		}
	}
}

func readRatings(dst *map[string]Rating, el *errorList) func(*node, string) {
	return readMap(dst, el, func(r *Rating) (*Extension, map[string]func(*node, string)) {
		return &r.X, map[string]func(*node, string){
			"weight": readOptional(&r.Weight, el),
			"score":  readOptional(&r.Score, el),
		}
	})
}

// readQuality reads a segment's quality ratings; adequate and desired
// exist from file version 2 on, and are unknown fields in version 1.
func readQuality(dst *map[string]QualityRating, version int, el *errorList) func(*node, string) {
	return readMap(dst, el, func(q *QualityRating) (*Extension, map[string]func(*node, string)) {
		set := map[string]func(*node, string){
			"weight":      readOptional(&q.Weight, el),
			"expected":    readOptional(&q.Expected, el),
			"experienced": readOptional(&q.Experienced, el),
		}
		if version >= VersionTwoLevel {
			set["adequate"] = readOptional(&q.Adequate, el)
			set["desired"] = readOptional(&q.Desired, el)
		}
		return &q.X, set
	})
}

func readLoyalty(dst *map[string]float64, el *errorList) func(*node, string) {
	return func(n *node, path string) {
		if !expectKind(n, objectNode, path, el) {
			return
		}
		*dst = make(map[string]float64, len(n.keys))
		set := map[string]func(*node, string){}
		for _, key := range LoyaltyKeys {
			set[key] = func(v *node, p string) {
				if v.kind == nullNode {
					return
				}
				if x, ok := numberOf(v, p, el); ok {
					(*dst)[key] = x
				}
			}
		}
		fields(n, path, el, nil, set)
	}
}
