package view

import (
	"fmt"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/document"
)

// renderTexts shows the sources side by side, with the selection marked in each.
func (a *analysis) renderTexts() app.UI {
	r := a.Result
	return app.Section().ID("texts").Class("texts").Aria("labelledby", "texts-title").Body(
		app.H2().ID("texts-title").Text("The texts side by side"),
		app.P().Class("hint").Text(textsHint(len(r.Sources))),
		app.Div().Class("text-columns").Body(app.Range(r.Sources).Slice(func(i int) app.UI {
			return a.renderTextColumn(i)
		})),
	)
}

// textsHint tells the reader how to use the texts.
func textsHint(n int) string {
	hint := "Pick a finding, an entity, a quote or a number to light it up in every text where it occurs."
	if n > 3 {
		hint += fmt.Sprintf(" Scroll sideways to see all %d texts.", n)
	}
	return hint
}

// renderTextColumn shows the text of source i. Each column scrolls on its own, so
// that every source can show its first highlight at once; it is focusable, so that
// keyboard readers can scroll it too.
func (a *analysis) renderTextColumn(i int) app.UI {
	s := a.Result.Sources[i]
	marks := mergeSpans(a.sel.spans[i])
	headID := fmt.Sprintf("text-title-%d", i)
	return app.Article().Class("text-column", sourceClass(a.slot(i))).Aria("labelledby", headID).Body(
		app.H3().ID(headID).Class("text-title").Body(
			badge(a.slot(i)),
			app.Span().Text(" "+sourceTitle(s)),
			app.If(len(marks) > 0, func() app.UI {
				return app.Span().Class("count").Text(plural(len(marks), "highlight"))
			}),
		),
		app.Div().Class("text-body").TabIndex(0).Attr("role", "region").
			Aria("label", "Text of "+s.Doc.Name).Body(
			app.Range(pagedBy(a, textKey(i), s.Doc.Paragraphs, textPageSize)).Slice(func(k int) app.UI {
				return renderParagraph(s.Doc, s.Doc.Paragraphs[k], marks)
			}),
			a.more(textKey(i), len(s.Doc.Paragraphs), len(pagedBy(a, textKey(i), s.Doc.Paragraphs, textPageSize))),
		),
	)
}

// textKey names the paragraphs of text i as a paged list.
func textKey(i int) string { return fmt.Sprintf("text-%d", i) }

// mergeSpans returns the spans in text order with overlapping ones joined, so that
// no text is marked twice.
func mergeSpans(spans []document.Span) []document.Span {
	if len(spans) == 0 {
		return nil
	}
	out := append([]document.Span(nil), spans...)
	sort.Slice(out, func(x, y int) bool { return out[x].Start < out[y].Start })
	merged := out[:1]
	for _, sp := range out[1:] {
		last := &merged[len(merged)-1]
		if sp.Start <= last.End {
			last.End = max(last.End, sp.End)
			continue
		}
		merged = append(merged, sp)
	}
	return merged
}

// renderParagraph renders one paragraph as text, wrapping the marked spans that fall
// inside it in <mark>. Marks are sorted and do not overlap.
func renderParagraph(d *document.Document, para document.Paragraph, marks []document.Span) app.UI {
	var nodes []app.UI
	at := para.Start
	first := sort.Search(len(marks), func(j int) bool { return marks[j].End > para.Start })
	for _, m := range marks[first:] {
		if m.Start >= para.End {
			break
		}
		start, end := max(m.Start, at), min(m.End, para.End)
		if start >= end {
			continue
		}
		if start > at {
			nodes = append(nodes, app.Text(d.Text[at:start]))
		}
		nodes = append(nodes, app.Mark().Text(d.Text[start:end]))
		at = end
	}
	if at < para.End {
		nodes = append(nodes, app.Text(d.Text[at:para.End]))
	}
	p := app.P().Class("para-" + para.Kind.String())
	if para.Kind == document.Clutter {
		p = p.Title("Set aside as page clutter: " + para.Reason)
	}
	return p.Body(nodes...)
}

// sourceTitle names a source as its headings show it: its name and, when the article
// says, when it was written or updated ("Reuters · Updated 13 June 2025"), so that a
// reader can tell an early report from a later one.
func sourceTitle(s compare.Source) string {
	if when := compare.ReportingTime(s.Doc); when != "" {
		return s.Doc.Name + " · " + when
	}
	return s.Doc.Name
}
