package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"parallax/wasm/compare"
	"parallax/wasm/engine"
	"parallax/wasm/mention"
)

// Summary writes a short plain-text account of the analysis: each article's people,
// organisations and places, quotes and figures, then the findings.
func Summary(w io.Writer, r *engine.Result) error {
	// Writes go through a bufio.Writer, which keeps the first error and reports it
	// at Flush, so that each line needs no check of its own.
	bw := bufio.NewWriter(w)
	for _, s := range r.Sources {
		writeSource(bw, s)
	}
	if len(r.Sources) > 1 {
		writeSummaryFindings(bw, r)
	}
	return bw.Flush()
}

// writeSource writes one article's entities, quotes and figures.
func writeSource(w io.Writer, s compare.Source) {
	fmt.Fprintf(w, "%s\n%s\n", s.Doc.Name, strings.Repeat("=", len(s.Doc.Name)))
	for _, t := range []mention.Type{mention.Person, mention.Org, mention.Place} {
		if names := entityNames(s.Mentions.Entities, t); len(names) > 0 {
			fmt.Fprintf(w, "%-8s %s\n", t+":", strings.Join(names, ", "))
		}
	}
	for _, q := range s.Claims.Quotes {
		speaker := "unnamed"
		if q.Speaker != nil {
			speaker = q.Speaker.Name
		}
		fmt.Fprintf(w, "quote:   %q — %s\n", q.Text, speaker)
	}
	for _, q := range s.Mentions.Quantities {
		fmt.Fprintf(w, "figure:  %s (%s)\n", s.Doc.Slice(q.Span), q.Kind)
	}
	fmt.Fprintln(w)
}

// entityNames lists the entities of type t, each with its count of mentions.
func entityNames(entities []mention.Entity, t mention.Type) []string {
	var names []string
	for _, e := range entities {
		if e.Type == t {
			names = append(names, fmt.Sprintf("%s (%d)", e.Name, len(e.Mentions)))
		}
	}
	return names
}

// writeSummaryFindings writes each finding with the value every source gives.
func writeSummaryFindings(w io.Writer, r *engine.Result) {
	fmt.Fprintf(w, "Findings (%d)\n", len(r.Comparison.Findings))
	for _, f := range r.Comparison.Findings {
		fmt.Fprintf(w, "- %s: %s. %s\n", f.Kind, f.Topic, f.Explanation)
		for _, v := range f.Values {
			fmt.Fprintf(w, "    %s: %s\n", r.Sources[v.Source].Doc.Name, v.Text)
		}
	}
}
