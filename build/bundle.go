package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/server/site"
)

// writeBundle replaces distDir with the static site: go-app's pages and scripts, and
// a copy of webDir under dist/web, all minified and precompressed.
func writeBundle(webDir, distDir string) error {
	info, err := os.Stat(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return err
	}
	version, err := site.Version(webDir)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(distDir); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(distDir, site.Handler(version, info.Size())); err != nil {
		return fmt.Errorf("generating pages: %w", err)
	}
	if err := indexPages(distDir); err != nil {
		return err
	}
	if err := copyAssets(webDir, filepath.Join(distDir, "web")); err != nil {
		return err
	}
	// Publishers include https://HOST/embed.js, at the top as on the server.
	if err := copyFile(filepath.Join(webDir, "embed.js"), filepath.Join(distDir, "embed.js")); err != nil {
		return err
	}
	if err := minifyTree(distDir); err != nil {
		return err
	}
	return compressTree(distDir)
}

// copyAssets copies the files of src into dst, keeping their times. Compressed
// variants come along only for files that minifying leaves alone (app.wasm, icons),
// which spares compressing the largest file twice.
func copyAssets(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if _, minifiable := mediaTypes[filepath.Ext(strings.TrimSuffix(strings.TrimSuffix(path, ".br"), ".gz"))]; minifiable && isCompressed(path) {
			return nil
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		return copyFile(path, filepath.Join(dst, rel))
	})
}

// indexPages copies every page that go-app wrote as NAME.html (embed.html) to
// NAME/index.html as well, so that a plain static file server answers /NAME, the URL
// the app and embed.js use, and not only /NAME.html.
func indexPages(distDir string) error {
	pages, err := filepath.Glob(filepath.Join(distDir, "*.html"))
	if err != nil {
		return err
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		if name == "index" {
			continue
		}
		if err := copyFile(page, filepath.Join(distDir, name, "index.html")); err != nil {
			return err
		}
	}
	return nil
}

// copyFile copies src to dst, making dst's folder and keeping src's modification
// time, which tells compressTree whether a compressed variant is still current.
func copyFile(src, dst string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	info, err := os.Stat(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		return err
	}
	return os.Chtimes(dst, info.ModTime(), info.ModTime())
}

func isCompressed(path string) bool {
	return strings.HasSuffix(path, ".br") || strings.HasSuffix(path, ".gz")
}
