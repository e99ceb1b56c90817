package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
)

// sizes holds a file's or a bundle's size raw, gzip and brotli.
type sizes struct{ raw, gzip, brotli int64 }

// report prints the sizes of app.wasm and of the whole bundle.
func report(w io.Writer, wasm, distDir string) error {
	ws, err := variantSizes(wasm)
	if err != nil {
		return err
	}
	var total sizes
	err = filepath.WalkDir(distDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || isCompressed(path) {
			return err
		}
		s, err := variantSizes(path)
		total.raw, total.gzip, total.brotli = total.raw+s.raw, total.gzip+s.gzip, total.brotli+s.brotli
		return err
	})
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\traw\tgzip\tbrotli\t")
	fmt.Fprintf(tw, "app.wasm\t%s\t%s\t%s\t\n", kb(ws.raw), kb(ws.gzip), kb(ws.brotli))
	fmt.Fprintf(tw, "%s/ (all files)\t%s\t%s\t%s\t\n", strings.TrimSuffix(distDir, "/"), kb(total.raw), kb(total.gzip), kb(total.brotli))
	return tw.Flush()
}

func variantSizes(path string) (sizes, error) {
	var s sizes
	for _, v := range []struct {
		suffix string
		into   *int64
	}{{"", &s.raw}, {".gz", &s.gzip}, {".br", &s.brotli}} {
		fi, err := os.Stat(path + v.suffix)
		if err != nil {
			return s, err
		}
		*v.into = fi.Size()
	}
	return s, nil
}

func kb(n int64) string { return fmt.Sprintf("%.0f KB", float64(n)/1024) }
