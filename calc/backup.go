package calc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"
)

// The backup file (docs/backup.md): every scenario a user keeps, in one
// document, so that a whole workspace can be restored in another browser.
// It is a list of scenario documents (SPEC §4) with a header of its own:
//
//	{"format":"klantwaarde/backup","version":1,"created":"2026-12-04T10:00:00Z","scenarios":[
//	{"format":"klantwaarde/scenario","version":1,…},
//	{"format":"klantwaarde/scenario","version":1,…}
//	]}
//
// Whatever a scenario document keeps travels with it in a backup; the
// app's crash screen writes the same document from storage in JavaScript.
const (
	// BackupFormat is the value of the "format" field of every backup.
	BackupFormat = "klantwaarde/backup"
	// BackupVersion is the newest backup version this package reads and
	// writes.
	BackupVersion = 1
	// MaxBackupSize is the largest backup accepted, in bytes: more than a
	// browser's whole local storage (about 5 million characters) can hold,
	// each scenario in it still at most MaxFileSize.
	MaxBackupSize = 32 << 20
)

// ErrNotBackup is the problem of a document given as a backup that is
// not one (its "format" is another).
var ErrNotBackup = errors.New("not a Klantwaarde backup")

// Backup is a decoded backup file.
type Backup struct {
	// Created is when the backup was written (RFC 3339 as writers write
	// it; readers keep it as text), or empty.
	Created string
	// Scenarios are the scenarios, in the order of the file.
	Scenarios []*Scenario
	// X is the free extension space of the backup itself.
	X Extension
}

// EncodeBackup writes scenarios as a backup file made at created (left
// out when zero): the header on the first line, then each scenario as
// its compact document (EncodeCompact) on a line of its own.
func EncodeBackup(scenarios []*Scenario, created time.Time) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, `{"format":%q,"version":%d,`, BackupFormat, BackupVersion)
	if !created.IsZero() {
		fmt.Fprintf(&b, `"created":%q,`, created.UTC().Format(time.RFC3339))
	}
	b.WriteString(`"scenarios":[`)
	for i, s := range scenarios {
		doc, err := EncodeCompact(s)
		if err != nil {
			return nil, fmt.Errorf("encode backup: scenario %d (%q): %w", i+1, s.Title, err)
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		b.Write(doc)
	}
	b.WriteString("\n]}\n")
	return b.Bytes(), nil
}

// IsBackup reports whether data is meant as a backup: a JSON object whose
// "format" is BackupFormat. It looks no further, so that callers can
// choose between DecodeBackup and DecodeBytes without reading a file
// twice; the decoder they choose then says what is wrong with it.
func IsBackup(data []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return false
		}
		if key == "format" {
			return string(bytes.TrimSpace(v)) == strconv.Quote(BackupFormat)
		}
	}
	return false
}

// DecodeBackup reads a backup file. A document that is not a backup of
// this or an older version is refused whole: nil and the problems. A
// backup of which only some scenarios are invalid (a scenario of a newer
// app, one damaged by hand) gives both: the valid scenarios, and an
// Errors naming each problem with its path in the file
// (`scenarios[2].segments[0].benefits.b4.score: …`), so that a restore
// loses no more than it must.
func DecodeBackup(data []byte) (*Backup, error) {
	if len(data) > MaxBackupSize {
		return nil, Errors{{Err: Problem{Err: ErrTooLarge, Limit: MaxBackupSize >> 10}.with("the file is larger than %d MiB", MaxBackupSize>>20)}}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// A scenario sits two levels down: the backup object, its list.
	root, err := parseTreeDepth(data, maxDepth+2)
	if err != nil {
		return nil, Errors{{Err: err}}
	}
	var el errorList
	if root.kind != objectNode {
		el.addf("", Problem{Err: ErrType}, "the file holds %s, not a backup object", root.kind)
		return nil, el.errs
	}
	if !checkBackupHeader(root, &el) {
		return nil, el.errs
	}
	b := &Backup{}
	var entries *node
	fields(root, "", &el, &b.X, map[string]func(*node, string){
		"format":  func(*node, string) {},
		"version": func(*node, string) {},
		// Only for people to read: kept as written, not interpreted, so
		// that reading a backup costs the app no date parser.
		"created": readString(&b.Created, &el),
		"scenarios": func(n *node, p string) {
			if expectKind(n, arrayNode, p, &el) {
				entries = n
			}
		},
	})
	if entries == nil && len(el.errs) == 0 {
		el.addf("scenarios", Problem{Err: ErrRequired}, "missing; a backup lists its scenarios under \"scenarios\"")
	}
	if len(el.errs) > 0 {
		return nil, el.errs
	}
	for i, n := range entries.vals {
		p := indexPath("scenarios", i)
		if !expectKind(n, objectNode, p, &el) {
			continue
		}
		if len(n.raw) > MaxFileSize {
			el.addf(p, Problem{Err: ErrTooLarge, Limit: MaxFileSize >> 10}, "the scenario is larger than %d KiB", MaxFileSize>>10)
			continue
		}
		s, err := DecodeBytes(n.raw)
		if err != nil {
			for _, fe := range errorsOf(err) {
				el.add(joinPath(p, fe.Path), fe.Err)
			}
			continue
		}
		b.Scenarios = append(b.Scenarios, s)
	}
	return b, el.err()
}

// errorsOf returns the problems of a DecodeBytes error.
func errorsOf(err error) Errors {
	if es, ok := err.(Errors); ok {
		return es
	}
	return Errors{{Err: err}}
}

// checkBackupHeader checks format and version first, as checkHeader does
// for a scenario: a scenario file given where a backup is expected gets
// one clear message.
func checkBackupHeader(root *node, el *errorList) bool {
	format := root.member("format")
	switch {
	case format == nil:
		el.addf("format", Problem{Err: ErrRequired}, "missing; a Klantwaarde backup has \"format\": %q", BackupFormat)
	case format.kind == stringNode && format.str == Format:
		el.addf("format", Problem{Err: ErrNotBackup, Found: format.str}, "this is a single scenario, not a backup")
	case format.kind != stringNode || format.str != BackupFormat:
		el.addf("format", Problem{Err: ErrNotBackup, Found: shortText(format)}, "%s is not %q: this is not a Klantwaarde backup", shortText(format), BackupFormat)
	}
	checkVersion(root, el, BackupVersion, "backup ")
	return len(el.errs) == 0
}

// Restore decides what restoring a backup adds to the scenarios a user
// has: every scenario of the backup that is not there yet, in the
// backup's order; nothing is replaced or removed. Scenarios are the same
// when their documents are (EncodeCompact: the same content, "x" as
// written), whatever their place or storage. Each scenario the user has
// answers for one identical scenario of the backup, so that restoring the
// same backup twice adds nothing, while a backup of two identical
// scenarios restores both into an empty workspace. already counts the
// backup's scenarios that were there.
func Restore(have, backup []*Scenario) (add []*Scenario, already int) {
	unmatched := map[string]int{}
	for _, s := range have {
		unmatched[identity(s)]++
	}
	for _, s := range backup {
		key := identity(s)
		if key != "" && unmatched[key] > 0 {
			unmatched[key]--
			already++
			continue
		}
		add = append(add, s)
	}
	return add, already
}

// identity is the compact document of s, or "" when it cannot be
// written (then it matches nothing).
func identity(s *Scenario) string {
	doc, err := EncodeCompact(s)
	if err != nil {
		return ""
	}
	return string(doc)
}
