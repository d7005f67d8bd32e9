package app

import (
	"encoding/json"
	"math/rand/v2"

	"github.com/klantwaarde/klantwaarde/calc"
)

// A participant's answers are kept on their phone while they answer, so
// that a reload (a phone that drops the tab, a pull to refresh) does not
// lose them, and their code stays on screen once made. They are kept in the
// store (kv.go), per questionnaire, under its fingerprint, and never leave the device.

const participantPrefix = "klantwaarde.participant."

// keptAnswers is what is kept: the step on screen, the answers with their
// nonce, and the code once made.
type keptAnswers struct {
	Step     int            `json:"step"`
	Response *calc.Response `json:"response"`
	Code     string         `json:"code,omitempty"`
}

func participantKey(q *calc.Questionnaire) string {
	return participantPrefix + q.Fingerprint().String()
}

// newParticipantResponse is an empty response with this participant's own
// random nonce, so that their code differs from anyone's who answers alike.
func newParticipantResponse(q *calc.Questionnaire) *calc.Response {
	r := calc.NewResponse(q, -1)
	r.Nonce = rand.Uint32N(1 << calc.NonceBits)
	if len(q.Segments) == 1 {
		r.Segment = 0
	}
	return r
}

// answers returns the kept answers for q, if there are any that still
// fit it.
func (s *store) answers(q *calc.Questionnaire) (keptAnswers, bool) {
	if s == nil {
		return keptAnswers{}, false
	}
	text, ok, err := s.kv.Get(participantKey(q))
	if err != nil || !ok {
		return keptAnswers{}, false
	}
	var k keptAnswers
	if json.Unmarshal([]byte(text), &k) != nil || k.Response == nil {
		return keptAnswers{}, false
	}
	if !q.Fits(k.Response) {
		return keptAnswers{}, false
	}
	if k.Code != "" {
		if _, err := calc.DecodeResponse(q, k.Code); err != nil {
			k.Code = ""
		}
	}
	return k, true
}

// saveAnswers keeps the answers; a full or blocked storage only means a
// reload starts afresh.
func (s *store) saveAnswers(q *calc.Questionnaire, k keptAnswers) {
	if s == nil {
		return
	}
	if data, err := json.Marshal(k); err == nil {
		_ = s.kv.Set(participantKey(q), string(data))
	}
}
