// Command icongen draws the app icons in web/icons: three rising bars on a
// teal tile, the same picture as web/icons/icon.svg. Run it with
// `go run ./internal/icongen` after changing the design; the PNGs are
// committed so that builds need nothing but Go.
package main

import (
	"image"
	"image/color"
	"image/png"
	"log"
	"os"
	"path/filepath"
)

var (
	teal  = color.RGBA{0x0f, 0x5f, 0x5a, 0xff}
	white = color.RGBA{0xff, 0xff, 0xff, 0xff}
	amber = color.RGBA{0xf5, 0xb7, 0x31, 0xff}
)

// bar is a rectangle in a 0–100 design space.
type bar struct {
	x0, y0, x1, y1 float64
	c              color.RGBA
}

// design is the picture in a 100×100 box: three bars rising to the right
// and a line of "more value" above them.
var design = []bar{
	{22, 58, 36, 80, white},
	{43, 44, 57, 80, white},
	{64, 28, 78, 80, white},
	{18, 84, 82, 88, amber},
}

const supersample = 4

// draw renders the icon at size×size pixels. Full-bleed icons (maskable)
// fill the square and keep the design inside the inner 70 %; others are a
// rounded tile.
func draw(size int, fullBleed bool) *image.RGBA {
	n := size * supersample
	big := image.NewRGBA(image.Rect(0, 0, n, n))
	scale, offset := float64(n)/100, 0.0
	if fullBleed {
		scale, offset = float64(n)*0.7/100, float64(n)*0.15
	}
	radius := float64(n) * 0.18
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			if fullBleed || insideRounded(float64(x), float64(y), float64(n), radius) {
				big.Set(x, y, teal)
			}
		}
	}
	for _, b := range design {
		for y := int(offset + b.y0*scale); y < int(offset+b.y1*scale); y++ {
			for x := int(offset + b.x0*scale); x < int(offset+b.x1*scale); x++ {
				big.Set(x, y, b.c)
			}
		}
	}
	return downsample(big, size)
}

func insideRounded(x, y, n, r float64) bool {
	cx, cy := clamp(x, r, n-r), clamp(y, r, n-r)
	dx, dy := x-cx, y-cy
	return dx*dx+dy*dy <= r*r
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// downsample averages supersample×supersample blocks, for smooth edges.
func downsample(big *image.RGBA, size int) *image.RGBA {
	out := image.NewRGBA(image.Rect(0, 0, size, size))
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var r, g, b, a int
			for dy := 0; dy < supersample; dy++ {
				for dx := 0; dx < supersample; dx++ {
					c := big.RGBAAt(x*supersample+dx, y*supersample+dy)
					r, g, b, a = r+int(c.R), g+int(c.G), b+int(c.B), a+int(c.A)
				}
			}
			k := supersample * supersample
			out.SetRGBA(x, y, color.RGBA{uint8(r / k), uint8(g / k), uint8(b / k), uint8(a / k)})
		}
	}
	return out
}

func main() {
	icons := []struct {
		name      string
		size      int
		fullBleed bool
	}{
		{"icon-192.png", 192, false},
		{"icon-512.png", 512, false},
		{"maskable-512.png", 512, true},
		{"apple-touch-icon.png", 180, true},
	}
	for _, ic := range icons {
		f, err := os.Create(filepath.Join("web", "icons", ic.name))
		if err != nil {
			log.Fatal(err)
		}
		if err := png.Encode(f, draw(ic.size, ic.fullBleed)); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
	}
}
