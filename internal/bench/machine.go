package main

import (
	"bufio"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// machine describes where and when the benchmark ran.
type machine struct {
	date                  string
	cpu, os               string
	cores                 int
	goVersion, browser    string
	loadBefore, loadAfter string
}

func describeMachine() machine {
	m := machine{
		date:       time.Now().UTC().Format("2006-01-02 15:04 MST"),
		cpu:        cpuModel(),
		os:         runtime.GOOS + "/" + runtime.GOARCH,
		cores:      runtime.NumCPU(),
		goVersion:  goVersion(),
		loadBefore: loadAverage(),
	}
	return m
}

// cpuModel reads the first "model name" of /proc/cpuinfo.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if name, value, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(name) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return "unknown CPU"
}

// loadAverage returns the 1, 5 and 15 minute load averages.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	fields := strings.Fields(string(data))
	if len(fields) < 3 {
		return "unknown"
	}
	return strings.Join(fields[:3], " ")
}

// goVersion is the version of the go command that builds the app, which
// may differ from the one running this program.
func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return runtime.Version()
	}
	return strings.TrimSpace(string(out))
}
