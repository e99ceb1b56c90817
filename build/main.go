// Command build turns the code into Parallax's static bundle:
//
//  1. compiles wasm/ into web/app.wasm (GOOS=js GOARCH=wasm, stripped);
//
//  2. precompresses the files of web/ (brotli and gzip) for `parallax serve`;
//
//  3. writes dist/: the pages from app.GenerateStaticWebsite and the assets of web/,
//     every text file minified with tdewolff/minify and every file precompressed,
//     ready for any plain static file server;
//
//  4. prints a size report.
//
//     go run ./build [-web web] [-dist dist]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func main() {
	webDir := flag.String("web", "web", "folder of the app's assets; app.wasm is written here")
	distDir := flag.String("dist", "dist", "folder to write the static bundle to (replaced)")
	flag.Parse()
	if err := build(*webDir, *distDir); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n", err)
		os.Exit(1)
	}
}

func build(webDir, distDir string) error {
	wasm := filepath.Join(webDir, "app.wasm")
	if err := compileWasm(wasm); err != nil {
		return err
	}
	if err := compressTree(webDir); err != nil {
		return err
	}
	if err := writeBundle(webDir, distDir); err != nil {
		return err
	}
	return report(os.Stdout, wasm, distDir)
}

// compileWasm builds the browser binary from the client-only main in wasm/. An
// unchanged binary is left in place, so its compressed variants stay valid.
func compileWasm(out string) error {
	tmp := out + ".new"
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", tmp, "./wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("compiling app.wasm: %w", err)
	}
	built, err := os.ReadFile(tmp)
	if err != nil {
		return err
	}
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, built) {
		return os.Remove(tmp)
	}
	return os.Rename(tmp, out)
}
