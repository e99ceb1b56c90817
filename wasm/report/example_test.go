package report_test

import (
	"fmt"
	"strings"

	"parallax/wasm/engine"
	"parallax/wasm/report"
)

// The command line and the page write every format alike: analyse, then hand the
// result to a writer.
func ExampleMarkdown() {
	r := engine.Analyze([]engine.Input{
		{Name: "a.txt", Text: "The Kellport bridge, which has 12 spans, will reopen on Monday."},
		{Name: "b.txt", Text: "The Kellport bridge, which has 14 spans, will reopen on Monday."},
	})
	var b strings.Builder
	if err := report.Markdown(&b, r); err != nil {
		fmt.Println(err)
	}
	lines := strings.Split(b.String(), "\n")
	fmt.Println(strings.Join(lines[:5], "\n"))
	// Output:
	// # Parallax report
	//
	// ## Documents (2)
	//
	// | Document | Reported | Title | Bytes | Entities | Quotes | Set aside as clutter |
}
