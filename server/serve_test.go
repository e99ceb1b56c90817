package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
