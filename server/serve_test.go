package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// testWeb writes a small web folder: an app.wasm with its precompressed variants
// (their contents only need to differ) and a stylesheet without any.
func testWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"app.wasm":    "\x00asm plain",
		"app.wasm.br": "brotli bytes",
		"app.wasm.gz": "gzip bytes",
		"app.css":     "body{}",
		"embed.js":    "window.parallax",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestServeAssets(t *testing.T) {
	h, err := newHandler(testWeb(t), []string{"https://news.example"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	tests := []struct {
		path, accept string
		status       int
		body         string
		encoding     string
		contentType  string
	}{
		{"/web/app.wasm", "gzip, deflate, br", 200, "brotli bytes", "br", "application/wasm"},
		{"/web/app.wasm", "gzip", 200, "gzip bytes", "gzip", "application/wasm"},
		{"/web/app.wasm", "br;q=0, gzip", 200, "gzip bytes", "gzip", "application/wasm"},
		{"/web/app.wasm", "identity", 200, "\x00asm plain", "", "application/wasm"},
		{"/web/app.css", "br", 200, "body{}", "", "text/css; charset=utf-8"},
		{"/embed.js", "", 200, "window.parallax", "", "text/javascript; charset=utf-8"},
		{"/web/missing.js", "br", 404, "", "", ""},
		{"/web/", "", 404, "", "", ""},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
		req.Header.Set("Accept-Encoding", tt.accept)
		res, err := http.DefaultTransport.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != tt.status {
			t.Errorf("%s (%s): status %d, want %d", tt.path, tt.accept, res.StatusCode, tt.status)
			continue
		}
		if tt.status != 200 {
			continue
		}
		if string(body) != tt.body || res.Header.Get("Content-Encoding") != tt.encoding {
			t.Errorf("%s (%s): got %q encoded %q, want %q encoded %q", tt.path, tt.accept,
				body, res.Header.Get("Content-Encoding"), tt.body, tt.encoding)
		}
		if got := res.Header.Get("Content-Type"); got != tt.contentType {
			t.Errorf("%s: Content-Type %q, want %q", tt.path, got, tt.contentType)
		}
		if res.Header.Get("ETag") == "" || !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: missing ETag or Vary: %v", tt.path, res.Header)
		}
	}
}

// TestAssetsStayInFolder asks the asset handler directly for paths outside its
// folder, as a raw request could (the mux in front would redirect them first).
func TestAssetsStayInFolder(t *testing.T) {
	dir := testWeb(t)
	os.WriteFile(filepath.Join(filepath.Dir(dir), "secret.txt"), []byte("secret"), 0o644)
	h := precompressed(dir)
	for _, p := range []string{"../secret.txt", "/../secret.txt", "..%2fsecret.txt", "/"} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path = p
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotFound {
			t.Errorf("%q: status %d, want 404", p, rec.Code)
		}
	}
}

func TestServePages(t *testing.T) {
	h, err := newHandler(testWeb(t), []string{"https://news.example"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path, frameAncestors string
	}{
		{"/", "frame-ancestors 'self'"},
		{"/embed", "frame-ancestors https://news.example"},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		if rec.Code != 200 {
			t.Fatalf("%s: status %d", tt.path, rec.Code)
		}
		csp := rec.Header().Get("Content-Security-Policy")
		for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", tt.frameAncestors} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", tt.path, csp, want)
			}
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff header", tt.path)
		}
		body := rec.Body.String()
		for _, want := range []string{"/web/storage-shim.js", "/web/app.css", `id="app-wasm-loader"`} {
			if !strings.Contains(body, want) {
				t.Errorf("%s: page lacks %q", tt.path, want)
			}
		}
	}
}

func TestServeWithoutBuild(t *testing.T) {
	_, err := newHandler(t.TempDir(), nil)
	if err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("newHandler on an empty folder: %v, want advice to run make build", err)
	}
}

func TestVersionFollowsBuild(t *testing.T) {
	dir := testWeb(t)
	h1, _ := newHandler(dir, nil)
	h2, _ := newHandler(dir, nil)
	os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("\x00asm changed"), 0o644)
	h3, _ := newHandler(dir, nil)
	etag := func(h http.Handler) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		return rec.Header().Get("ETag")
	}
	if etag(h1) != etag(h2) {
		t.Error("two servers of the same build disagree on the version")
	}
	if etag(h1) == etag(h3) {
		t.Error("the version did not change with app.wasm")
	}
}

// webWithWasm writes a web folder whose app.wasm is size bytes of a repeating
// pattern, with no precompressed variants.
func webWithWasm(t *testing.T, size int) (dir string, wasm []byte) {
	t.Helper()
	dir = t.TempDir()
	wasm = bytes.Repeat([]byte("\x00asm0123456789abcdef"), size/20)
	if err := os.WriteFile(filepath.Join(dir, "app.wasm"), wasm, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, wasm
}

// smallSendBuffers is a listener whose connections have small kernel send
// buffers, so that a client reading slowly holds up the server's writes as a slow
// line would, instead of the kernel taking the whole file at once.
type smallSendBuffers struct{ net.Listener }

func (l smallSendBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(4 << 10)
	}
	return c, err
}

// startServer serves dir through newServer with the given write timeout.
func startServer(t *testing.T, dir string, writeTimeout time.Duration) string {
	t.Helper()
	h, err := newHandler(dir, []string{"*"})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := newServer(h, writeTimeout)
	go srv.Serve(smallSendBuffers{ln})
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// getWasm asks addr for app.wasm, uncompressed, on a connection with a small
// receive buffer, and returns the connection and the response, body unread.
func getWasm(t *testing.T, addr string) (net.Conn, *http.Response) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	conn.(*net.TCPConn).SetReadBuffer(4 << 10)
	// A guard against hanging, far beyond what any of these tests needs.
	conn.SetDeadline(time.Now().Add(time.Minute))
	fmt.Fprintf(conn, "GET /web/app.wasm HTTP/1.1\r\nHost: %s\r\nAccept-Encoding: identity\r\n\r\n", addr)
	res, err := http.ReadResponse(bufio.NewReaderSize(conn, 1<<10), nil)
	if err != nil {
		t.Fatal(err)
	}
	return conn, res
}

// TestSlowClient downloads app.wasm 1 KB at a time (getWasm's buffer) with a pause
// of 20 ms after each read, from a server that gives each write four seconds: the
// 400 pauses alone make the download last twice as long, which a deadline for
// the whole response (as there once was) cuts short. The tiny receive window makes
// TCP stall now and then until its next window probe (200 ms, doubling while the
// window stays shut), so the write timeout leaves room for a few of those on a
// busy machine; only a client that stops reading for seconds can fail it.
func TestSlowClient(t *testing.T) {
	const readSize, pause, writeTimeout = 1 << 10, 20 * time.Millisecond, 4 * time.Second
	dir, wasm := webWithWasm(t, 400*readSize)
	_, res := getWasm(t, startServer(t, dir, writeTimeout))
	var got bytes.Buffer
	buf := make([]byte, readSize)
	for {
		n, err := res.Body.Read(buf)
		got.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("after %d of %d bytes: %v", got.Len(), len(wasm), err)
		}
		time.Sleep(pause)
	}
	if !bytes.Equal(got.Bytes(), wasm) {
		t.Errorf("got %d bytes, want the %d of app.wasm", got.Len(), len(wasm))
	}
}

// TestStalledClient checks that a client that stops reading is dropped: its
// connection ends before the file does.
func TestStalledClient(t *testing.T) {
	dir, wasm := webWithWasm(t, 4<<20)
	conn, res := getWasm(t, startServer(t, dir, 200*time.Millisecond))
	// Ten times the write timeout, reading nothing. A busy machine only makes the
	// wait longer; once the deadline has passed, the server's write fails however
	// late it is scheduled.
	time.Sleep(2 * time.Second)
	n, err := io.Copy(io.Discard, res.Body)
	if err == nil || errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("read %d of %d bytes, then %v; want the server to close the connection", n, len(wasm), err)
	}
	conn.Close()
}

// TestServeProcess is not a test of its own: TestShutdownStalled runs the test
// binary again with PARALLAX_SERVE_ARGS set, to run the server as a process.
func TestServeProcess(t *testing.T) {
	args := os.Getenv("PARALLAX_SERVE_ARGS")
	if args == "" {
		return
	}
	os.Exit(run(append([]string{"serve"}, strings.Fields(args)...), os.Stdin, os.Stdout, os.Stderr))
}

// TestShutdownStalled sends SIGTERM to a server in the middle of a download whose
// client has stopped reading: it must close that connection after -grace and exit 0.
func TestShutdownStalled(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	dir, _ := webWithWasm(t, 16<<20) // more than the kernel buffers of both ends hold
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeProcess$")
	cmd.Env = append(os.Environ(), "PARALLAX_SERVE_ARGS=-addr 127.0.0.1:0 -grace 300ms -web "+dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A guard against hanging, far beyond what the test needs; and no server is
	// left behind, however the test ends.
	guard := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	t.Cleanup(func() {
		guard.Stop()
		cmd.Process.Kill()
	})
	lines := bufio.NewScanner(stderr)
	var addr string
	for addr == "" && lines.Scan() {
		_, url, found := strings.Cut(lines.Text(), "serving on http://")
		addr = strings.TrimSuffix(url, "/")
		if !found {
			t.Logf("server: %s", lines.Text())
		}
	}
	if addr == "" {
		t.Fatal("the server never said where it listens")
	}
	getWasm(t, addr) // the headers arrive; the body is never read

	cmd.Process.Signal(syscall.SIGTERM)
	var said strings.Builder
	for lines.Scan() {
		said.WriteString(lines.Text() + "\n")
	}
	err = cmd.Wait()
	if err != nil {
		t.Errorf("the server exited with %v after SIGTERM, want status 0; it said:\n%s", err, said.String())
	}
	if !strings.Contains(said.String(), "closing the connections still busy") {
		t.Errorf("the server did not say it closed the stalled connection; it said:\n%s", said.String())
	}
}

// TestServeFlags checks that bad settings stop the server before it starts, with
// the usage status and a message naming the flag.
func TestServeFlags(t *testing.T) {
	tests := []struct {
		args []string
		says string
	}{
		{[]string{"-embed-origins", "'self'"}, "-embed-origins"},
		{[]string{"-embed-origins", "https://a.example,https://b.example"}, "not commas"},
		{[]string{"-write-timeout", "0s"}, "-write-timeout"},
		{[]string{"-grace", "-1s"}, "-grace"},
		{[]string{"-grace", "soon"}, "-grace"},
		{[]string{"web"}, "unexpected argument"},
	}
	for _, tt := range tests {
		var stderr strings.Builder
		if code := run(append([]string{"serve"}, tt.args...), nil, io.Discard, &stderr); code != 2 {
			t.Errorf("serve %q: exit status %d, want 2", tt.args, code)
		}
		if !strings.Contains(stderr.String(), tt.says) {
			t.Errorf("serve %q said %q, want it to mention %q", tt.args, stderr.String(), tt.says)
		}
	}
}
