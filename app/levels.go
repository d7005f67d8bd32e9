package app

import (
	"encoding/json"
	"errors"
	"strings"

	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
)

// A scenario's quality table asks either one expected level per dimension
// (with the scenario's tolerance around it) or a minimum (adequate) and a
// desired level (SPEC §3.1, file version 2). The user switches between the
// two and back without losing a mark: the levels the table does not ask
// for, and a pair still being typed, are kept in the rating's extension
// space "x" (SPEC §4), under heldKey. There they travel with the scenario
// through undo, autosave, export and share links, and calc ignores them: a
// scenario in one-level mode computes as one-level, and its file is
// written as version 1.
const (
	// heldKey holds a quality rating's levels that are not in effect:
	// {"adequate": 6.5, "desired": 8.5}, either or both.
	heldKey = "heldLevels"
	// twoLevelKey marks a scenario whose table asks two levels before any
	// rating has both (true); without it the ratings decide.
	twoLevelKey = "twoLevel"
)

// heldLevels are a quality rating's adequate and desired levels kept
// aside: in one-level mode all of them, in two-level mode a pair that calc
// would not accept yet (one of the two, or adequate above desired).
type heldLevels struct {
	Adequate *float64 `json:"adequate,omitempty"`
	Desired  *float64 `json:"desired,omitempty"`
}

func (h heldLevels) empty() bool { return h.Adequate == nil && h.Desired == nil }

// twoLevelMode reports whether s's quality table asks for a minimum and a
// desired level: when any rating has them (calc.FileVersion), or when the
// user switched to it before typing a pair.
func twoLevelMode(s *calc.Scenario) bool {
	if calc.FileVersion(s) == calc.VersionTwoLevel {
		return true
	}
	var on bool
	return readX(s.X, twoLevelKey, &on) && on
}

// setTwoLevelMode switches s's quality table. To one level, every rating's
// adequate and desired levels move aside; to two levels, every pair kept
// aside that calc accepts comes back, and the others stay aside as pairs
// still being typed.
func setTwoLevelMode(s *calc.Scenario, two bool) {
	for i := range s.Segments {
		sg := &s.Segments[i]
		for id, q := range sg.Quality {
			if two {
				h := held(q)
				if h.empty() {
					continue
				}
				q.X = writeX(q.X, heldKey, nil)
				setLevels(&q, h.Adequate, h.Desired)
			} else {
				a, d := shownLevels(q)
				if a == nil && d == nil {
					continue
				}
				q.Adequate, q.Desired = nil, nil
				q.X = writeX(q.X, heldKey, heldLevels{a, d})
			}
			sg.Quality[id] = q
		}
	}
	if two {
		s.X = writeX(s.X, twoLevelKey, true)
	} else {
		s.X = writeX(s.X, twoLevelKey, nil)
	}
}

// held returns q's levels kept aside.
func held(q calc.QualityRating) heldLevels {
	var h heldLevels
	readX(q.X, heldKey, &h)
	return h
}

// shownLevels are the minimum and desired levels the two-level table shows
// for q: a pair being typed, else the levels in effect.
func shownLevels(q calc.QualityRating) (adequate, desired *float64) {
	if h := held(q); !h.empty() {
		return h.Adequate, h.Desired
	}
	return q.Adequate, q.Desired
}

// setLevels puts the pair (adequate, desired) into q if calc accepts it
// (both or neither, adequate ≤ desired); otherwise q keeps the last pair
// it accepted and the new one is held aside until it is complete.
func setLevels(q *calc.QualityRating, adequate, desired *float64) {
	try := calc.QualityRating{Adequate: adequate, Desired: desired}
	if calc.ValidateQuality("", try) == nil {
		q.Adequate, q.Desired = adequate, desired
		q.X = writeX(q.X, heldKey, nil)
		return
	}
	q.X = writeX(q.X, heldKey, heldLevels{adequate, desired})
}

// levelProblems words what is wrong with the pair the table shows for
// q, the rating of the dimension named name, as the messages of the
// minimum and the desired input: each names its field, says what to do,
// and, where a pair is still in effect, which one the results use until
// then. Both are empty when the pair shown is in effect. calc decides
// what is wrong (ValidateQuality), so the rule lives in one place.
func levelProblems(l calc.Locale, name string, q calc.QualityRating) (adequate, desired string) {
	h := held(q)
	if h.empty() {
		return "", ""
	}
	meanwhile := ""
	if q.Adequate != nil && q.Desired != nil {
		meanwhile = " " + i18n.LevelsMeanwhile.F(l, l.FormatDecimal(*q.Adequate, 2), l.FormatDecimal(*q.Desired, 2))
	}
	err := calc.ValidateQuality("", calc.QualityRating{Adequate: h.Adequate, Desired: h.Desired})
	errs, _ := errors.AsType[calc.Errors](err)
	for _, fe := range errs {
		isAdequate := strings.HasSuffix(fe.Path, "adequate")
		var msg string
		switch {
		case errors.Is(fe, calc.ErrZonePair) && isAdequate:
			msg = i18n.LevelsMissingMinimum.F(l, name)
		case errors.Is(fe, calc.ErrZonePair):
			msg = i18n.LevelsMissingDesired.F(l, name)
		case errors.Is(fe, calc.ErrZoneOrder) && h.Adequate != nil && h.Desired != nil:
			msg = i18n.LevelsOrder.F(l, name, l.FormatDecimal(*h.Adequate, 2), l.FormatDecimal(*h.Desired, 2))
		default:
			msg = i18n.Problem(l, &calc.FieldError{Err: fe.Err})
		}
		msg += meanwhile
		switch {
		case isAdequate && adequate == "":
			adequate = msg
		case !isAdequate && desired == "":
			desired = msg
		}
	}
	return adequate, desired
}

// serviceFigure is the service figure a segment's results show, with its
// label and help: in a scenario with two-level dimensions the adequacy Aq
// its verdict is taken from (the gap may be undefined there, as no
// dimension need have an expected level), else the expectation gap. The
// portfolio quadrant makes the same choice (chart.serviceOf).
func serviceFigure(l calc.Locale, r calc.SegmentReport, twoLevel bool) (label, help string, x *float64) {
	if twoLevel {
		return i18n.Adequacy.In(l), i18n.AdequacyHelp.In(l), r.Adequacy
	}
	return i18n.Gap.In(l), i18n.GapHelp.In(l), r.Gap
}

// readX decodes the member key of the extension object x into v, and
// reports whether it was there and decoded.
func readX(x calc.Extension, key string, v any) bool {
	if len(x) == 0 {
		return false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(x, &m) != nil || m[key] == nil {
		return false
	}
	return json.Unmarshal(m[key], v) == nil
}

// writeX returns x with its member key set to v, or removed for v nil or
// empty levels, keeping every other member. An x that is not an object
// belongs to someone else and is returned as it is; nil when nothing is
// left.
func writeX(x calc.Extension, key string, v any) calc.Extension {
	m := map[string]json.RawMessage{}
	if len(x) > 0 && json.Unmarshal(x, &m) != nil {
		return x
	}
	if h, ok := v.(heldLevels); v == nil || ok && h.empty() {
		delete(m, key)
	} else if b, err := json.Marshal(v); err == nil {
		m[key] = b
	}
	if len(m) == 0 {
		return nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return x
	}
	return b
}
