package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// A server is `parallax serve` running as a subprocess on a loopback port.
type server struct {
	cmd    *exec.Cmd
	url    string
	stderr bytes.Buffer
	exited chan struct{} // closed once the process has ended
}

// startServer builds the parallax command into dir and starts it serving webDir.
func startServer(dir, webDir string) (*server, error) {
	bin := filepath.Join(dir, "parallax")
	build := exec.Command("go", "build", "-o", bin, "./server")
	if out, err := build.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building the server: %v\n%s", err, out)
	}
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	s := &server{url: "http://" + addr + "/", exited: make(chan struct{})}
	s.cmd = exec.Command(bin, "serve", "-addr", addr, "-web", webDir)
	s.cmd.Stderr = &s.stderr
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { s.cmd.Wait(); close(s.exited) }()
	if err := s.waitUp(10 * time.Second); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

// freeAddr returns a loopback address with a port nobody listens on.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// waitUp waits until the server answers its home page.
func (s *server) waitUp(limit time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.url, nil)
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-s.exited:
			return fmt.Errorf("the server stopped: %s", strings.TrimSpace(s.stderr.String()))
		case <-ctx.Done():
			return fmt.Errorf("the server did not answer %s within %v", s.url, limit)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// stop asks the server to shut down, and kills it if it has not within a few seconds.
func (s *server) stop() {
	s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.exited:
	case <-time.After(5 * time.Second):
		s.cmd.Process.Kill()
		<-s.exited
	}
}
