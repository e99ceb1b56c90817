package main

import (
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"strings"
)

// encodings are the precompressed variants the build writes beside each file, in
// order of preference.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

// precompressed serves the files of dir, choosing the brotli or gzip variant that
// the build wrote beside a file when the client accepts it. The server never
// compresses on the fly. Files are revalidated on every use (their URLs carry no
// version), which costs a 304 when nothing changed.
func precompressed(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
		root, err := os.OpenRoot(dir)
		if err != nil {
			http.Error(w, "assets unavailable", http.StatusInternalServerError)
			return
		}
		defer root.Close()
		plain, err := root.Stat(name)
		if err != nil || !plain.Mode().IsRegular() {
			http.NotFound(w, r)
			return
		}
		if ctype := mime.TypeByExtension(path.Ext(name)); ctype != "" {
			w.Header().Set("Content-Type", ctype)
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Add("Vary", "Accept-Encoding")
		file, info, encoding := openVariant(root, name, plain, r.Header.Get("Accept-Encoding"))
		if file == nil {
			http.Error(w, "cannot open file", http.StatusInternalServerError)
			return
		}
		defer file.Close()
		if encoding != "" {
			w.Header().Set("Content-Encoding", encoding)
		}
		w.Header().Set("ETag", fmt.Sprintf(`"%x-%x-%s"`, plain.ModTime().UnixNano(), plain.Size(), encoding))
		http.ServeContent(w, r, name, info.ModTime(), file)
	})
}

// openVariant opens the best precompressed variant of name that the client
// accepts, or the file itself.
func openVariant(root *os.Root, name string, plain fs.FileInfo, accept string) (*os.File, fs.FileInfo, string) {
	for _, e := range encodings {
		if !acceptsEncoding(accept, e.name) {
			continue
		}
		f, err := root.Open(name + e.ext)
		if err != nil {
			continue
		}
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			return f, info, e.name
		}
		f.Close()
	}
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, ""
	}
	return f, plain, ""
}

// acceptsEncoding reports whether an Accept-Encoding header allows coding, honouring
// an explicit q=0 refusal.
func acceptsEncoding(header, coding string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), coding) {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
