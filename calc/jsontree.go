package calc

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"unicode/utf8"
)

// maxDepth bounds how deeply a document may nest, so that a hostile file
// cannot exhaust the stack of the WebAssembly app.
const maxDepth = 64

// node is one JSON value as read, with object members in document order.
// encoding/json alone would accept duplicate keys, match keys without
// regard to case and ignore data after the document; reading into nodes
// first lets the decoder refuse all three and name the path of each problem.
type node struct {
	kind  nodeKind
	keys  []string // object member names, in order
	vals  []*node  // object member values or array elements
	str   string   // string value, or the number as written
	bool  bool
	raw   []byte // the value's JSON text, kept for the "x" extension space
	start int64
}

type nodeKind int

const (
	nullNode nodeKind = iota
	boolNode
	numberNode
	stringNode
	arrayNode
	objectNode
)

func (k nodeKind) String() string {
	return [...]string{"null", "a true/false value", "a number", "a string", "a list", "an object"}[k]
}

// parseTree reads exactly one JSON value from data, nested at most
// maxDepth deep.
func parseTree(data []byte) (*node, error) { return parseTreeDepth(data, maxDepth) }

// parseTreeDepth is parseTree with another bound on the nesting, for
// documents that hold scenario documents one or two levels down.
func parseTreeDepth(data []byte, limit int) (*node, error) {
	if i := invalidUTF8(data); i >= 0 {
		line, col := position(data, int64(i))
		return nil, &SyntaxError{Line: line, Column: col, Msg: "the file is not valid UTF-8 text", Err: ErrEncoding}
	}
	if len(bytes.TrimLeft(data, whitespace)) == 0 {
		return nil, Problem{Err: ErrSyntax}.with("the file is empty")
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	p := &treeParser{dec: dec, data: data, limit: limit}
	root, err := p.value(0)
	if err != nil {
		return nil, p.syntaxError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := position(data, skip(data, p.lastEnd, whitespace))
		return nil, &SyntaxError{Line: line, Column: col, Msg: "unexpected data after the end of the scenario", Err: ErrTrailing}
	}
	return root, nil
}

type treeParser struct {
	dec     *json.Decoder
	data    []byte
	lastEnd int64
	limit   int // the deepest nesting accepted
}

var errTooDeep = errors.New("the document is nested too deeply")

// dupKeyError reports a key that appears twice in one object.
type dupKeyError struct {
	key    string
	offset int64
}

func (e *dupKeyError) Error() string { return "duplicate key " + quote(e.key) }

func (p *treeParser) value(depth int) (*node, error) {
	if depth > p.limit {
		return nil, errTooDeep
	}
	start := p.dec.InputOffset()
	tok, err := p.dec.Token()
	if err != nil {
		return nil, err
	}
	n := &node{start: start}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' {
			err = p.object(n, depth)
		} else if t == '[' {
			err = p.array(n, depth)
		} else {
			err = &json.SyntaxError{Offset: start}
		}
		if err != nil {
			return nil, err
		}
	case bool:
		n.kind, n.bool = boolNode, t
	case json.Number:
		n.kind, n.str = numberNode, string(t)
	case string:
		n.kind, n.str = stringNode, t
	case nil:
		n.kind = nullNode
	}
	p.lastEnd = p.dec.InputOffset()
	n.raw = bytes.TrimLeft(p.data[start:p.lastEnd], " \t\r\n:,")
	return n, nil
}

func (p *treeParser) object(n *node, depth int) error {
	n.kind = objectNode
	seen := map[string]bool{}
	for p.dec.More() {
		offset := p.dec.InputOffset()
		tok, err := p.dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if seen[key] {
			return &dupKeyError{key: key, offset: offset}
		}
		seen[key] = true
		v, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		n.keys = append(n.keys, key)
		n.vals = append(n.vals, v)
	}
	_, err := p.dec.Token() // '}'
	return err
}

func (p *treeParser) array(n *node, depth int) error {
	n.kind = arrayNode
	for p.dec.More() {
		v, err := p.value(depth + 1)
		if err != nil {
			return err
		}
		n.vals = append(n.vals, v)
	}
	_, err := p.dec.Token() // ']'
	return err
}

// syntaxError turns a decoder error into a SyntaxError with line and column.
func (p *treeParser) syntaxError(err error) error {
	dup, isDup := errors.AsType[*dupKeyError](err)
	syn, isSyn := errors.AsType[*json.SyntaxError](err)
	switch {
	case isDup:
		// The offset is where the previous member ended; the key itself
		// comes after the comma.
		line, col := position(p.data, skip(p.data, dup.offset, whitespace+","))
		return &SyntaxError{Line: line, Column: col, Msg: dup.Error(), Err: ErrDuplicateKey}
	case isSyn:
		// A json.Decoder's SyntaxError.Offset counts only the bytes of the
		// values it scanned, not the delimiters Token consumed, so it is
		// no position in the document. Scanning the whole document again
		// from its start finds the same first error with the true offset:
		// the offending byte is the last one read.
		offset, msg := p.dec.InputOffset(), syn.Error()
		if again, ok := errors.AsType[*json.SyntaxError](json.Unmarshal(p.data, new(json.RawMessage))); ok && again.Offset > 0 {
			offset, msg = again.Offset-1, again.Error()
		}
		line, col := position(p.data, offset)
		return &SyntaxError{Line: line, Column: col, Msg: msg, Err: ErrSyntax}
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(p.data, int64(len(p.data)))
		return &SyntaxError{Line: line, Column: col, Msg: "the document ends too early", Err: ErrSyntax}
	default:
		line, col := position(p.data, p.dec.InputOffset())
		return &SyntaxError{Line: line, Column: col, Msg: err.Error(), Err: ErrSyntax}
	}
}

// whitespace is the insignificant white space of JSON.
const whitespace = " \t\r\n"

// skip returns the offset of the first byte at or after offset that is not
// in chars.
func skip(data []byte, offset int64, chars string) int64 {
	for offset < int64(len(data)) && bytes.IndexByte([]byte(chars), data[offset]) >= 0 {
		offset++
	}
	return offset
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8,
// or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// position turns a byte offset into a 1-based line and column (in runes).
func position(data []byte, offset int64) (line, col int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	lastNL := bytes.LastIndexByte(before, '\n')
	col = utf8.RuneCount(before[lastNL+1:]) + 1
	return line, col
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
