package main

import (
	"fmt"
	"io"

	"parallax/wasm/charset"
	"parallax/wasm/htmltext"
)

// text prints the article text of one HTML page, a file or standard input (no
// argument, or "-"), decoded by its byte-order mark or declared character set.
func text(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 1 || len(args) == 1 && args[0] != "-" && args[0][0] == '-' {
		fmt.Fprintln(stderr, "usage: parallax text [FILE|-]")
		return 2
	}
	path := "-"
	if len(args) == 1 {
		path = args[0]
	}
	in, err := readPage(path, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 2
	}
	page, _ := charset.Decode(in)
	if _, err := io.WriteString(stdout, htmltext.Extract(page)+"\n"); err != nil {
		fmt.Fprintf(stderr, "parallax: %v\n", err)
		return 1
	}
	return 0
}
