// Package hostile holds the inputs no article looks like that once cost the engine
// minutes or gigabytes for a few megabytes, so that the growth tests and make
// bench's table 1c try the same ones.
package hostile

import "strings"

// A Unit is a scrap of text that a hostile input repeats.
type Unit struct {
	Name, Text string
}

// Units are the hostile inputs, each repeated to the length a check needs. The
// growth tests count their cost; make bench times them.
var Units = []Unit{
	{"straight quotes", `"`},
	{"curly quotes", "“"},
	{"apostrophes", "'"},
	{"opening brackets", "("},
	{"initials", "A."},
	{"no spaces", "x"},
	{"dots", "."},
	{"digits", "1 "},
	{"sums of money", "$1 "},
	{"one sentence", "The mayor said the fire was out. "},
	{"one quotation", "“We got most people out,” Fire Chief Marta Ellison said. "},
	{"markup", `<p class="x">`},
}

// Repeat returns about n bytes of u, whole units only.
func (u Unit) Repeat(n int) string {
	return strings.Repeat(u.Text, n/len(u.Text))
}
