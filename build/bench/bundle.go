package main

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/andybalholm/brotli"
)

// A sized file has its size raw, gzip and brotli; a negative size was not measured.
type sized struct {
	name                 string
	raw, gzip, brotliLen int64
}

// appWasmSizes reads the sizes of webDir/app.wasm and of the .gz and .br files
// that `make build` writes beside it.
func appWasmSizes(webDir string) (sized, error) {
	s := sized{name: "app.wasm"}
	path := filepath.Join(webDir, "app.wasm")
	for _, v := range []struct {
		suffix string
		into   *int64
	}{{"", &s.raw}, {".gz", &s.gzip}, {".br", &s.brotliLen}} {
		fi, err := os.Stat(path + v.suffix)
		if err != nil {
			return s, err
		}
		*v.into = fi.Size()
	}
	return s, nil
}

// embeddedData lists the files that //go:embed directives in the non-test Go files
// under dir put into the binary, with their size raw and brotli-compressed.
func embeddedData(dir string) ([]sized, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		patterns, err := embedPatterns(path)
		for _, p := range patterns {
			matches, _ := filepath.Glob(filepath.Join(filepath.Dir(path), p))
			files = append(files, matches...)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	files = slices.Compact(files)
	out := make([]sized, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		br, err := brotliSize(b)
		if err != nil {
			return nil, err
		}
		out = append(out, sized{name: f, raw: int64(len(b)), gzip: -1, brotliLen: br})
	}
	return out, nil
}

// embedPatterns returns the patterns of the //go:embed lines of a Go file.
func embedPatterns(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var patterns []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "//go:embed "); ok {
			patterns = append(patterns, strings.Fields(rest)...)
		}
	}
	return patterns, sc.Err()
}

// brotliSize compresses b at the setting the build uses and returns the length.
func brotliSize(b []byte) (int64, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	if _, err := w.Write(b); err != nil {
		return 0, err
	}
	if err := w.Close(); err != nil {
		return 0, err
	}
	return int64(buf.Len()), nil
}
