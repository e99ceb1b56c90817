package report

import (
	"fmt"
	"io"
	"strings"

	"parallax/wasm/compare"
	"parallax/wasm/engine"
)

// Markdown writes the analysis as a Markdown document: the documents read, the
// entities each source names, the findings with their evidence and explanations, then
// each article's quotes. Article text is escaped so that it is never read as Markdown
// or HTML; byte offsets let a reader find every value in its file.
func Markdown(w io.Writer, r *engine.Result) error {
	_, err := io.WriteString(w, markdown(NewContract(r)))
	return err
}

// markdown renders the contract r as Markdown.
func markdown(r Contract) string {
	var b strings.Builder
	b.WriteString("# Parallax report\n\n")
	writeDocuments(&b, r)
	if len(r.Documents) > 1 {
		writeEntityTable(&b, r)
		writeFindings(&b, r.Documents, r.Findings)
	}
	for _, d := range r.Documents {
		writeDocument(&b, d, len(r.Documents) > 1)
	}
	return b.String()
}

// writeDocuments lists the documents, each with when it says it was written or
// updated, and the inputs that could not be analysed.
func writeDocuments(b *strings.Builder, r Contract) {
	fmt.Fprintf(b, "## Documents (%d)\n\n", len(r.Documents))
	if len(r.Documents) > 0 {
		b.WriteString("| Document | Reported | Title | Bytes | Entities | Quotes | Set aside as clutter |\n")
		b.WriteString("|---|---|---|--:|--:|--:|--:|\n")
		for _, d := range r.Documents {
			fmt.Fprintf(b, "| %s | %s | %s | %d | %d | %d | %d |\n", escape(d.Name), escape(d.ReportingTime), escape(d.Title),
				d.Bytes, len(d.Entities), len(d.Quotes), len(d.Clutter))
		}
		b.WriteString("\n")
	}
	for _, f := range r.Failures {
		fmt.Fprintf(b, "- Not analysed: %s (%s)\n", escape(f.Name), escape(f.Error))
	}
	if len(r.Failures) > 0 {
		b.WriteString("\n")
	}
}

// writeEntityTable shows which source names which entity, and the spellings used.
func writeEntityTable(b *strings.Builder, r Contract) {
	fmt.Fprintf(b, "## Entities by source (%d)\n\n", len(r.Entities))
	if len(r.Entities) == 0 {
		b.WriteString("No entities found.\n\n")
		return
	}
	b.WriteString("| Entity | Type |")
	for _, d := range r.Documents {
		fmt.Fprintf(b, " %s |", escape(d.Name))
	}
	b.WriteString(" Spellings |\n|---|---|")
	b.WriteString(strings.Repeat(":-:|", len(r.Documents)))
	b.WriteString("---|\n")
	for _, e := range r.Entities {
		fmt.Fprintf(b, "| %s | %s |", escape(e.Name), e.Type)
		for s := range r.Documents {
			mark := " "
			if e.Members[s] >= 0 {
				mark = "✓"
			}
			fmt.Fprintf(b, " %s |", mark)
		}
		names := make([]string, len(e.Names))
		for i, n := range e.Names {
			names[i] = escape(n)
		}
		fmt.Fprintf(b, " %s |\n", strings.Join(names, ", "))
	}
	b.WriteString("\n")
}

// writeFindings lists the findings by kind, each with its explanation and the value
// every source gives, with its byte span.
func writeFindings(b *strings.Builder, docs []Document, fs []compare.Finding) {
	fmt.Fprintf(b, "## Findings (%d)\n\n", len(fs))
	if len(fs) == 0 {
		b.WriteString("No differences or agreements found between these sources.\n\n")
		return
	}
	known := map[compare.Kind]bool{}
	for _, k := range compare.Kinds() {
		known[k.Kind] = true
		writeSection(b, k.Heading, docs, fs, func(f compare.Finding) bool { return f.Kind == k.Kind })
	}
	writeSection(b, "Other findings", docs, fs, func(f compare.Finding) bool { return !known[f.Kind] })
}

// writeSection writes the findings that keep selects under a heading, if any.
func writeSection(b *strings.Builder, title string, docs []Document, fs []compare.Finding, keep func(compare.Finding) bool) {
	n := 0
	for _, f := range fs {
		if keep(f) {
			n++
		}
	}
	if n == 0 {
		return
	}
	fmt.Fprintf(b, "### %s (%d)\n\n", title, n)
	i := 0
	for _, f := range fs {
		if !keep(f) {
			continue
		}
		i++
		fmt.Fprintf(b, "%d. **%s**: %s\n", i, escape(f.Topic), escape(f.Explanation))
		for _, v := range f.Values {
			fmt.Fprintf(b, "   - %s: “%s” (bytes %d–%d)\n", escape(docs[v.Source].Name), escape(v.Text), v.Start, v.End)
			if d := diffText(v.Diff); d != "" {
				fmt.Fprintf(b, "     - wording against the first: %s\n", d)
			}
		}
	}
	b.WriteString("\n")
}

// diffText renders a word-level difference: removed words struck through, added
// words in bold, shared words plain.
func diffText(edits []compare.Edit) string {
	var parts []string
	for _, e := range edits {
		switch e.Op {
		case "-":
			parts = append(parts, "~~"+escape(e.Text)+"~~")
		case "+":
			parts = append(parts, "**"+escape(e.Text)+"**")
		default:
			parts = append(parts, escape(e.Text))
		}
	}
	return strings.Join(parts, " ")
}

// writeDocument writes one article's entities (when the report has no comparison
// table) and its quotes.
func writeDocument(b *strings.Builder, d Document, compared bool) {
	fmt.Fprintf(b, "## %s\n\n", escape(d.Name))
	if !compared {
		for _, e := range d.Entities {
			fmt.Fprintf(b, "- %s (%s, %d mentions)\n", escape(e.Name), e.Type, len(e.Mentions))
		}
		if len(d.Entities) > 0 {
			b.WriteString("\n")
		}
	}
	for _, q := range d.Quotes {
		speaker := "speaker not named"
		if q.Speaker != nil {
			speaker = *q.Speaker
		}
		fmt.Fprintf(b, "> %s\n>\n> — %s (bytes %d–%d)\n\n", escape(q.Text), escape(speaker), q.Start, q.End)
	}
	if len(d.Entities) == 0 && len(d.Quotes) == 0 {
		b.WriteString("Nothing found.\n\n")
	}
}

// escape keeps article text from being read as Markdown or HTML.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~':
			b.WriteByte('\\')
		case '\n', '\r':
			r = ' '
		}
		b.WriteRune(r)
	}
	return b.String()
}
