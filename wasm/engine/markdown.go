package engine

import (
	"fmt"
	"strings"
)

// Markdown renders a report as a Markdown document: the findings first, then each
// article's entities and quotes.
func Markdown(r Report) string {
	var b strings.Builder
	b.WriteString("# Parallax report\n\n")
	if len(r.Documents) > 1 {
		fmt.Fprintf(&b, "## Findings (%d)\n\n", len(r.Findings))
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "- **%s: %s.** %s\n", f.Kind, escape(f.Topic), escape(f.Explanation))
			for _, v := range f.Values {
				fmt.Fprintf(&b, "  - %s: %s\n", escape(v.Document), escape(v.Text))
			}
		}
		b.WriteString("\n")
	}
	for _, d := range r.Documents {
		fmt.Fprintf(&b, "## %s\n\n", escape(d.Name))
		for _, e := range d.Entities {
			fmt.Fprintf(&b, "- %s (%s, %d mentions)\n", escape(e.Name), e.Type, len(e.Mentions))
		}
		for _, q := range d.Quotes {
			speaker := "unnamed"
			if q.Speaker != nil {
				speaker = *q.Speaker
			}
			fmt.Fprintf(&b, "\n> %s\n>\n> — %s\n", escape(q.Text), escape(speaker))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// escape keeps article text from being read as Markdown or HTML.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|':
			b.WriteByte('\\')
		case '\n', '\r':
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}
