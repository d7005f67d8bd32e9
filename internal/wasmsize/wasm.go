package wasmsize

import (
	"errors"
	"fmt"
	"io"
)

// WebAssembly section ids (https://webassembly.github.io/spec/core/binary/modules.html).
const (
	sectionCustom = 0
	sectionImport = 2
	sectionCode   = 10
	sectionData   = 11
)

// A module is what the size tables need of a WebAssembly binary.
type module struct {
	sections map[byte]int   // bytes per section id, headers included
	imports  int            // imported functions, numbered before the module's own
	code     []int          // bytes of each function body, size prefix included
	names    map[int]string // function names by index, from the "name" section
}

func parseWasm(data []byte) (*module, error) {
	if len(data) < 8 || string(data[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly module")
	}
	m := &module{sections: map[byte]int{}, names: map[int]string{}}
	r := &reader{data: data, off: 8}
	for r.off < len(data) && r.err == nil {
		start := r.off
		id := r.byte()
		payload := r.bytes(r.uleb())
		if r.err != nil {
			break
		}
		m.sections[id] += r.off - start
		p := &reader{data: payload}
		switch id {
		case sectionImport:
			m.imports = p.importedFuncs()
		case sectionCode:
			m.code = p.bodies()
		case sectionCustom:
			if p.name() == "name" {
				p.funcNames(m.names)
			}
		}
		if p.err != nil {
			return nil, fmt.Errorf("section %d at byte %d: %w", id, start, p.err)
		}
	}
	return m, r.err
}

// A reader decodes WebAssembly's binary encoding; its first error sticks
// and later reads return zero values.
type reader struct {
	data []byte
	off  int
	err  error
}

func (r *reader) byte() byte {
	b := r.bytes(1)
	if b == nil {
		return 0
	}
	return b[0]
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.data)-r.off {
		r.err = io.ErrUnexpectedEOF
		return nil
	}
	b := r.data[r.off : r.off+n]
	r.off += n
	return b
}

// uleb reads an unsigned LEB128 number.
func (r *reader) uleb() int {
	var v uint64
	for shift := 0; r.err == nil; shift += 7 {
		if shift > 56 {
			r.err = errors.New("LEB128 number too large")
			break
		}
		b := r.byte()
		v |= uint64(b&0x7f) << shift
		if b&0x80 == 0 {
			break
		}
	}
	return int(v)
}

func (r *reader) name() string { return string(r.bytes(r.uleb())) }

// limits skips a flag, a minimum and, if the flag says so, a maximum.
func (r *reader) limits() {
	hasMax := r.byte()&1 != 0
	r.uleb()
	if hasMax {
		r.uleb()
	}
}

// importedFuncs counts the function imports; Go imports nothing else, but
// the other kinds are skipped properly all the same.
func (r *reader) importedFuncs() int {
	funcs := 0
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0: // function: type index
			r.uleb()
			funcs++
		case 1: // table: reference type, limits
			r.byte()
			r.limits()
		case 2: // memory
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			r.err = fmt.Errorf("import of unknown kind %d", kind)
		}
	}
	return funcs
}

func (r *reader) bodies() []int {
	var sizes []int
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		start := r.off
		r.bytes(r.uleb())
		sizes = append(sizes, r.off-start)
	}
	return sizes
}

// funcNames reads subsection 1 of the "name" section: index, name pairs.
func (r *reader) funcNames(names map[int]string) {
	for r.off < len(r.data) && r.err == nil {
		id := r.byte()
		sub := &reader{data: r.bytes(r.uleb())}
		if id != 1 {
			continue
		}
		for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
			i := sub.uleb()
			names[i] = sub.name()
		}
		if sub.err != nil {
			r.err = sub.err
		}
	}
}
