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

// Timeouts of the server. Reading a request is quick or abandoned; writing a
// response has no overall limit, since app.wasm takes minutes over a slow line,
// only a limit on each piece of it (see withWriteDeadlines). Past readTimeout a
// request's context is cancelled even while its response is being written, which
// the file handlers, copying without a context, do not heed.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 15 * time.Second
	idleTimeout       = 2 * time.Minute
)

// serveOptions are the settings of the serve command, from its flags.
type serveOptions struct {
	addr, webDir string
	embedOrigins []string
	writeTimeout time.Duration // the longest one piece of a response may take to send
	grace        time.Duration // how long requests in flight may finish on shutdown
}

// serve runs the web server until SIGINT or SIGTERM, then lets requests in flight
// finish before it exits.
func serve(args []string, stderr io.Writer) int {
	opts, err := parseServeFlags(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "parallax serve: %v\n", err)
		}
		return 2
	}
	h, err := newHandler(opts.webDir, opts.embedOrigins)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "Parallax is serving on http://%s/\n", ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveUntil(ctx, newServer(h, opts.writeTimeout), ln, opts.grace, stderr)
}

// parseServeFlags reads the serve command's flags; an error means bad usage.
func parseServeFlags(args []string, stderr io.Writer) (serveOptions, error) {
	var opts serveOptions
	flags := flag.NewFlagSet("serve", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.StringVar(&opts.addr, "addr", "127.0.0.1:8080", "address to listen on")
	flags.StringVar(&opts.webDir, "web", "web", "folder of the built web assets (app.wasm, styles, icons)")
	origins := flags.String("embed-origins", "*",
		"origins (scheme://host[:port]) allowed to embed /embed, separated by spaces, or * for any site")
	flags.DurationVar(&opts.writeTimeout, "write-timeout", 30*time.Second,
		fmt.Sprintf("drop a client that takes longer than this to accept %d KB of a response", writeChunk>>10))
	flags.DurationVar(&opts.grace, "grace", 10*time.Second,
		"on SIGINT or SIGTERM, time given to requests in flight before their connections are closed")
	if err := flags.Parse(args); err != nil {
		return opts, err
	}
	if flags.NArg() > 0 {
		return opts, fmt.Errorf("unexpected argument %q", flags.Arg(0))
	}
	if opts.writeTimeout <= 0 || opts.grace < 0 {
		return opts, errors.New("-write-timeout must be positive and -grace not negative")
	}
	var err error
	if opts.embedOrigins, err = parseOrigins(*origins); err != nil {
		return opts, fmt.Errorf("-embed-origins: %w", err)
	}
	return opts, nil
}

// serveUntil serves on ln until ctx is done, then shuts down: requests in flight
// get grace to finish, and connections still open after that (a client that
// stopped reading) are closed. A shutdown asked for is a success: it returns 0.
func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener, grace time.Duration, stderr io.Writer) int {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "parallax: shutting down")
	shutdown, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "parallax: closing the connections still busy after %v\n", grace)
		srv.Close()
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	return 0
}

// newServer serves h with limits that keep slow or idle clients from holding
// connections open, yet let a slow one download app.wasm.
func newServer(h http.Handler, writeTimeout time.Duration) *http.Server {
	return &http.Server{
		Handler:           withWriteDeadlines(h, writeTimeout),
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		IdleTimeout:       idleTimeout,
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
