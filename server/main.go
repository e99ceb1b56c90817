// Command parallax is Parallax's native side: it serves the web app, and it runs
// the same analysis engine on the command line.
//
//	parallax serve [-addr 127.0.0.1:8080] [-web web] [-embed-origins ORIGINS] [-write-timeout 30s] [-grace 10s]
//	parallax analyze [--json|--markdown] FILE...   (- reads standard input)
//	parallax text [FILE|-]                         (the article text of an HTML page)
package main

import (
	"fmt"
	"io"
	"os"
)

const usage = `Parallax compares how news articles tell the same story.

Usage:
  parallax serve [-addr 127.0.0.1:8080] [-web DIR] [-embed-origins ORIGINS]
                 [-write-timeout 30s] [-grace 10s]
      serve the web app (run 'make build' first to build web/app.wasm);
      'parallax serve -h' describes the flags
  parallax analyze [--json|--markdown] FILE...
      analyse articles (- reads standard input) and print a summary,
      the JSON contract (--json) or a Markdown report (--markdown);
      an HTML file is reduced to its article's text first
  parallax text [FILE|-]
      print the article text of an HTML page (standard input without FILE)
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run carries out one command and returns the exit status: 0 on success, 2 for bad
// usage or unreadable input, 1 for any other failure.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "serve":
		return serve(args[1:], stderr)
	case "analyze", "analyse":
		return analyze(args[1:], stdin, stdout, stderr)
	case "text":
		return text(args[1:], stdin, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "parallax: unknown command %q\n\n%s", args[0], usage)
	return 2
}
