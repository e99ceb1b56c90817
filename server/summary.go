package main

import (
	"fmt"
	"io"
	"strings"

	"parallax/wasm/engine"
	"parallax/wasm/mention"
)

// writeSummary prints a short readable account of the analysis: each article's
// people, organisations and places, quotes and figures, then the findings.
func writeSummary(w io.Writer, r *engine.Result) {
	for _, s := range r.Sources {
		fmt.Fprintf(w, "%s\n%s\n", s.Doc.Name, strings.Repeat("=", len(s.Doc.Name)))
		for _, t := range []mention.Type{mention.Person, mention.Org, mention.Place} {
			var names []string
			for _, e := range s.Mentions.Entities {
				if e.Type == t {
					names = append(names, fmt.Sprintf("%s (%d)", e.Name, len(e.Mentions)))
				}
			}
			if len(names) > 0 {
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
	if len(r.Sources) < 2 {
		return
	}
	fmt.Fprintf(w, "Findings (%d)\n", len(r.Comparison.Findings))
	for _, f := range r.Comparison.Findings {
		fmt.Fprintf(w, "- %s: %s. %s\n", f.Kind, f.Topic, f.Explanation)
		for _, v := range f.Values {
			fmt.Fprintf(w, "    %s: %s\n", v.Document, v.Text)
		}
	}
}
