// Package site describes the Parallax web app to go-app: its pages, title, icons,
// styles and scripts, and the version that tells browsers when to update. The server
// and the static build both make their app.Handler here, so the page served live and
// the page in the bundle are the same.
package site

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/view"
)

// Handler returns the go-app handler for the app built into webDir, stamped with
// version; wasmSize is app.wasm's size before compression, which the loader's
// progress bar needs because the file is served compressed.
func Handler(version string, wasmSize int64) *app.Handler {
	view.Register()
	return &app.Handler{
		Name:        "Parallax",
		ShortName:   "Parallax",
		Title:       "Parallax: one story, many sources",
		Description: "Compare how news outlets tell the same story: who is involved, where and when, how much, who said what, and where the sources agree, conflict or stay silent. Runs in your browser; the text never leaves it.",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			SVG:      "/web/icon.svg",
			Maskable: "/web/icon-512.png", // go-app declares the maskable icon 512x512
		},
		BackgroundColor:   "#f7f5f0",
		ThemeColor:        "#1f2a44",
		LoadingLabel:      "Loading Parallax… {progress}%",
		Styles:            []string{"/web/app.css"},
		Scripts:           []string{"/web/storage-shim.js"},
		Version:           version,
		WasmContentLength: strconv.FormatInt(wasmSize, 10),
		Resources:         app.LocalDir(""),
		// The manifest's SVG icon, which go-app leaves out of the offline cache.
		CacheableResources: []string{"/web/icon.svg"},
	}
}

// Version returns a short hash of every file in webDir (app.wasm, styles, icons), so
// that it changes exactly when the build does.
func Version(webDir string) (string, error) {
	var files []string
	err := filepath.WalkDir(webDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	h := sha256.New()
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		io.WriteString(h, filepath.ToSlash(name)+"\x00")
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
