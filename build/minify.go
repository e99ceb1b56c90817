package main

import (
	"io/fs"
	"os"
	"path/filepath"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// mediaTypes maps the text files of the bundle to the minifier for them.
var mediaTypes = map[string]string{
	".html":        "text/html",
	".css":         "text/css",
	".js":          "application/javascript",
	".json":        "application/json",
	".webmanifest": "application/json",
	".svg":         "image/svg+xml",
}

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	return m
}

// minifyTree minifies every text file under dir in place.
func minifyTree(dir string) error {
	m := newMinifier()
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		mediaType, ok := mediaTypes[filepath.Ext(path)]
		if err != nil || d.IsDir() || !ok {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out, err := m.Bytes(mediaType, b)
		if err != nil {
			return &fs.PathError{Op: "minify", Path: path, Err: err}
		}
		return os.WriteFile(path, out, 0o644)
	})
}
