package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"parallax/wasm/charset"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/htmltext"
	"parallax/wasm/report"
)

// analyze prints the analysis of the named files: a summary, the JSON contract
// (--json) or a Markdown report (--markdown). Files that cannot be read or analysed
// are reported on stderr and make the exit status 2; the others are still analysed.
func analyze(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("analyze", flag.ContinueOnError)
	flags.SetOutput(stderr)
	asJSON := flags.Bool("json", false, "print the JSON contract")
	asMarkdown := flags.Bool("markdown", false, "print a Markdown report")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() == 0 || *asJSON && *asMarkdown {
		fmt.Fprintln(stderr, "usage: parallax analyze [--json|--markdown] FILE... (- reads standard input)")
		return 2
	}
	status := 0
	var inputs []engine.Input
	for _, path := range flags.Args() {
		in, err := readInput(path, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "parallax: %v\n", err)
			status = 2
			continue
		}
		inputs = append(inputs, in)
	}
	result := engine.Analyze(inputs)
	for _, f := range result.Failures {
		fmt.Fprintf(stderr, "parallax: %s: %s\n", f.Name, f.Error)
		status = 2
	}
	write := report.Summary
	switch {
	case *asJSON:
		write = report.JSON
	case *asMarkdown:
		write = report.Markdown
	}
	if err := write(stdout, result); err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	return status
}

// readInput reads one article: a file, or standard input for "-".
func readInput(path string, stdin io.Reader) (engine.Input, error) {
	b, err := readPage(path, stdin)
	if err != nil {
		return engine.Input{}, err
	}
	name := filepath.Base(path)
	if path == "-" {
		name = "stdin"
	}
	return engine.Input{Name: name, Text: articleText(path, b)}, nil
}

// readPage reads a file, or standard input for "-". It refuses files larger than
// the engine accepts without reading them whole.
func readPage(path string, stdin io.Reader) ([]byte, error) {
	var r io.Reader = stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", path, unwrapPathError(err))
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, fmt.Errorf("cannot read %s: it is a directory", path)
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, document.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, unwrapPathError(err))
	}
	if len(b) > document.MaxBytes {
		return nil, fmt.Errorf("%s: %w", path, document.ErrTooLarge)
	}
	return b, nil
}

// articleText decodes a file's bytes by their byte-order mark or declared
// character set and, for an HTML page (by its extension or its start), keeps only
// the article's text, as the browser does with a dropped file.
func articleText(path string, b []byte) string {
	text, _ := charset.Decode(b)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return htmltext.Extract(text)
	case ".txt", ".text", ".md":
		return text
	}
	if htmltext.IsPage(text) {
		return htmltext.Extract(text)
	}
	return text
}

// unwrapPathError drops the path and operation from an *os.PathError: the message
// names the file already.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
