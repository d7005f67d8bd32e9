package browsertest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// A Server is a program serving on a free loopback port: the app's binary
// (`klantwaarde serve -addr 127.0.0.1:0`) or the benchmark's floor.
type Server struct {
	URL string // http://127.0.0.1:PORT/, from its first line
	cmd *exec.Cmd
}

// StartServer runs name with args and reads the URL from the first line it
// prints, such as "Klantwaarde is running at http://127.0.0.1:PORT/
// (version …)" or "listening on http://127.0.0.1:PORT/". What it prints
// to stderr goes to stderr.
func StartServer(stderr io.Writer, name string, args ...string) (*Server, error) {
	cmd := exec.Command(name, args...)
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &Server{cmd: cmd}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		s.Stop()
		return nil, fmt.Errorf("%s did not start: %w", name, err)
	}
	for _, field := range strings.Fields(line) {
		if strings.HasPrefix(field, "http://") {
			s.URL = field
			break
		}
	}
	if s.URL == "" {
		s.Stop()
		return nil, fmt.Errorf("no http:// URL in the first line of %s: %q", name, line)
	}
	// The rest of its output is read, so that a full pipe never blocks it.
	go io.Copy(io.Discard, out)
	return s, nil
}

// Stop interrupts the server and waits for it to end, killing it if it has
// not after a few seconds. Stopping a stopped server does nothing.
func (s *Server) Stop() {
	if s.cmd.Process == nil || s.cmd.ProcessState != nil {
		return
	}
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// Kill ends the server at once, as a lost network would: no goodbye to
// the browser, nothing served after it.
func (s *Server) Kill() error {
	if err := s.cmd.Process.Kill(); err != nil {
		return err
	}
	var exit *exec.ExitError
	if err := s.cmd.Wait(); err != nil && !errors.As(err, &exit) {
		return err
	}
	return nil
}
