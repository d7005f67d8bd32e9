//go:build wasm

package app

import (
	"errors"
	"fmt"

	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// linkDeflate packs and unpacks share and questionnaire links with the
// browser's CompressionStream and DecompressionStream ("deflate-raw"),
// so that the WebAssembly carries no compressor of its own (compress/flate
// is about 25 kB of brotli). The streams answer with promises: the calling
// goroutine waits for them, which is fine in go-app's event loop and in
// OnInit, never in a JavaScript callback.
var linkDeflate calc.Deflater = browserDeflate{}

type browserDeflate struct{}

// errNoStreams is what a browser without the streams (older than 2023)
// gets; calc turns it into "the link is damaged" for a link it opens.
var errNoStreams = errors.New("this browser cannot pack or unpack links (it has no CompressionStream)")

func (browserDeflate) Deflate(data []byte) ([]byte, error) {
	return transform("CompressionStream", data, -1)
}

func (browserDeflate) Inflate(compressed []byte, limit int) ([]byte, error) {
	return transform("DecompressionStream", compressed, limit)
}

// writeChunk is how much of the input the stream gets at a time. The
// browser unpacks a written chunk whole before the reader sees any of it,
// so the limit can only stop a link that unpacks too far between chunks:
// 4 KiB of DEFLATE unpack to at most about 4 MiB.
const writeChunk = 4 << 10

// transform writes input through a new stream of the named kind and reads
// what comes out, no more than limit+1 bytes when limit ≥ 0.
func transform(kind string, input []byte, limit int) (out []byte, err error) {
	ctor := app.Window().Get(kind)
	if !ctor.Truthy() {
		return nil, errNoStreams
	}
	// go-app turns a JavaScript exception into a panic: a browser that
	// has the streams but not "deflate-raw" (Chromium 80–102) throws here.
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("%w: %v", errNoStreams, p)
		}
	}()
	stream := ctor.New("deflate-raw")
	data := app.Window().Get("Uint8Array").New(len(input))
	app.CopyBytesToJS(data, input)
	// Writing resolves only as the other side is read, so nobody waits
	// for it; a damaged input rejects the reads below as well.
	writer := stream.Get("writable").Call("getWriter")
	for start := 0; start < len(input); start += writeChunk {
		ignoreRejection(writer.Call("write", data.Call("subarray", start, min(start+writeChunk, len(input)))))
	}
	ignoreRejection(writer.Call("close"))

	reader := stream.Get("readable").Call("getReader")
	for {
		res, err := await(reader.Call("read"))
		if err != nil {
			return nil, err
		}
		if res.Get("done").Bool() {
			return out, nil
		}
		value := res.Get("value")
		n := value.Get("length").Int()
		if limit >= 0 && len(out)+n > limit {
			n = limit + 1 - len(out)
		}
		start := len(out)
		out = append(out, make([]byte, n)...)
		app.CopyBytesToGo(out[start:], value.Call("subarray", 0, n))
		if limit >= 0 && len(out) > limit {
			ignoreRejection(reader.Call("cancel"))
			return out, nil
		}
	}
}

// await blocks the calling goroutine until the promise settles.
func await(promise app.Value) (app.Value, error) {
	type settled struct {
		value app.Value
		err   error
	}
	done := make(chan settled, 1)
	resolve := app.FuncOf(func(_ app.Value, args []app.Value) any {
		done <- settled{value: args[0]}
		return nil
	})
	reject := app.FuncOf(func(_ app.Value, args []app.Value) any {
		// String() of whatever was thrown, undefined included.
		done <- settled{err: errors.New(app.Window().Call("String", args[0]).String())}
		return nil
	})
	defer resolve.Release()
	defer reject.Release()
	promise.Call("then", resolve, reject)
	s := <-done
	return s.value, s.err
}

// ignoreRejection keeps a promise nobody waits for from being reported
// as unhandled when it fails.
func ignoreRejection(promise app.Value) {
	promise.Call("catch", ignore)
}

// ignore is one callback for every ignoreRejection: it is never released.
var ignore = app.FuncOf(func(app.Value, []app.Value) any { return nil })
