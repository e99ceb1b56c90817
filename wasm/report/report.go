// Package report writes an analysis for readers and for other programs, in every
// format Parallax offers: the JSON contract, a Markdown report, the findings and the
// entities as CSV for spreadsheets, and a plain-text summary. The command line and
// the page both write through it, so a format reads the same wherever it is made.
//
// Every format takes the engine's Result and names a finding's source by the value's
// index, never by its name: two articles may share a name.
package report

import (
	"encoding/json"
	"io"

	"parallax/wasm/engine"
)

// A Format writes an analysis in one form; JSON, Markdown, FindingsCSV, EntitiesCSV
// and Summary are the formats.
type Format func(w io.Writer, r *engine.Result) error

// JSON writes the JSON contract of r, indented, with a final newline.
func JSON(w io.Writer, r *engine.Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(NewContract(r))
}
