package calc

import (
	"bytes"
	"compress/flate"
	"io"
)

// A Deflater packs and unpacks the payload of share and questionnaire
// links with raw DEFLATE (RFC 1951, SPEC §4.1). EncodeShare and the other
// link functions use Go's compress/flate; the browser build passes the
// browser's own CompressionStream to the ...With variants, so that the
// WebAssembly does not carry a second compressor.
type Deflater interface {
	// Deflate compresses data.
	Deflate(data []byte) ([]byte, error)
	// Inflate unpacks compressed. It stops after limit+1 bytes, so that a
	// caller can tell a payload that unpacks past its limit without
	// unpacking all of it; any error means the data is not raw DEFLATE or
	// ends early.
	Inflate(compressed []byte, limit int) ([]byte, error)
}

// GoDeflate is the Deflater of Go's compress/flate, at its best
// compression.
func GoDeflate() Deflater { return goDeflate{} }

type goDeflate struct{}

func (goDeflate) Deflate(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (goDeflate) Inflate(compressed []byte, limit int) ([]byte, error) {
	zr := flate.NewReader(bytes.NewReader(compressed))
	defer zr.Close()
	return io.ReadAll(io.LimitReader(zr, int64(limit)+1))
}
