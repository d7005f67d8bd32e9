package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// goBenchArgs run the calc benchmarks (calc/bench_test.go) five times
// each, with allocations.
var goBenchArgs = []string{"test", "./calc", "-run", "^$", "-bench", ".", "-benchmem", "-count", "5"}

// goBench is one benchmark's results over its runs.
type goBench struct {
	name                        string // without the "Benchmark" prefix and the -GOMAXPROCS suffix
	nsPerOp, bytesPerOp, allocs []float64
	mbPerSec                    []float64
}

// runGoBenchmarks runs the calc benchmarks, copying their output to
// progress, and returns them in the order they ran.
func runGoBenchmarks(progress io.Writer) ([]*goBench, error) {
	cmd := exec.Command("go", goBenchArgs...)
	var out bytes.Buffer
	cmd.Stdout = io.MultiWriter(&out, progress)
	cmd.Stderr = progress
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go %s: %w", strings.Join(goBenchArgs, " "), err)
	}
	return parseGoBench(&out), nil
}

// benchLine matches "BenchmarkX/y-2   1000   1234 ns/op   12.5 MB/s   100 B/op   3 allocs/op".
var benchLine = regexp.MustCompile(`^Benchmark(\S+?)(?:-\d+)?\s+\d+\s+(.*)$`)

func parseGoBench(r io.Reader) []*goBench {
	var list []*goBench
	byName := map[string]*goBench{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		b := byName[m[1]]
		if b == nil {
			b = &goBench{name: m[1]}
			byName[m[1]] = b
			list = append(list, b)
		}
		fields := strings.Fields(m[2])
		for i := 0; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				continue
			}
			switch fields[i+1] {
			case "ns/op":
				b.nsPerOp = append(b.nsPerOp, v)
			case "B/op":
				b.bytesPerOp = append(b.bytesPerOp, v)
			case "allocs/op":
				b.allocs = append(b.allocs, v)
			case "MB/s":
				b.mbPerSec = append(b.mbPerSec, v)
			}
		}
	}
	return list
}

// find returns the benchmark of that name, or nil.
func findBench(list []*goBench, name string) *goBench {
	for _, b := range list {
		if b.name == name {
			return b
		}
	}
	return nil
}
