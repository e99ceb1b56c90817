package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"parallax/server/site"
	"parallax/wasm/view"
)

// serve runs the web server until SIGINT or SIGTERM, then lets requests in flight
// finish before it exits.
func serve(args []string, stderr io.Writer) int {
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "127.0.0.1:8080", "address to listen on")
	webDir := flags.String("web", "web", "folder of the built web assets (app.wasm, styles, icons)")
	origins := flags.String("embed-origins", "*", "space-separated origins allowed to embed /embed, or * for any")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	h, err := newHandler(*webDir, strings.Fields(*origins))
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	srv := newServer(h)
	fmt.Fprintf(stderr, "Parallax is serving on http://%s/\n", ln.Addr())

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "parallax: shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	return 0
}

// newServer wraps h with timeouts that keep slow or idle clients from holding
// connections open.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// newHandler serves the app built into webDir: the pages through go-app's handler,
// the files under /web/ precompressed, every response with security headers.
func newHandler(webDir string, embedOrigins []string) (http.Handler, error) {
	wasm, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("%s/app.wasm is missing: run 'make build' first", webDir)
	}
	version, err := site.Version(webDir)
	if err != nil {
		return nil, err
	}
	pages := site.Handler(version, wasm.Size())
	pages.Env = map[string]string{view.EmbedOriginsEnv: strings.Join(embedOrigins, " ")}
	assets := precompressed(webDir)
	mux := http.NewServeMux()
	mux.Handle("/web/", http.StripPrefix("/web", assets))
	// Publishers include https://HOST/embed.js; it lives in web/ with the other assets.
	mux.Handle("/embed.js", assets)
	// The invented news page with the widget; the static bundle has it at /web/demo/.
	mux.Handle("/demo/", http.StripPrefix("/demo", withIndex(precompressed(filepath.Join(webDir, "demo")))))
	mux.Handle("/", pages)
	return withHeaders(mux, embedOrigins), nil
}

// withIndex serves a folder's index.html for the folder itself.
func withIndex(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			r = r.Clone(r.Context())
			r.URL.Path += "index.html"
		}
		h.ServeHTTP(w, r)
	})
}
