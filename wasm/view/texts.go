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
			return a.textColumn(i)
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

// textColumn builds the column of source i's text with the current highlights.
func (a *analysis) textColumn(i int) *textColumn {
	return &textColumn{Index: i, Slot: a.slot(i), Doc: a.Result.Sources[i].Doc, Marks: mergeSpans(a.sel.spans[i])}
}

// A textColumn shows the text of one source. Each column scrolls on its own, so
// that every source can show its first highlight at once; it is focusable, so that
// keyboard readers can scroll it too. It is a component of its own so that a new
// analysis or selection redraws only the columns whose text or highlights changed:
// go-app leaves a component alone when its fields are unchanged, and a source
// whose text did not change keeps its Doc.
type textColumn struct {
	app.Compo

	Index int // the source's place in the analysis
	Slot  int // the source's place in the source list: its letter and colour
	Doc   *document.Document
	Marks []document.Span // the highlights, in text order, not overlapping

	pages int // pages of paragraphs shown beyond the first
}

// Render draws the column.
func (c *textColumn) Render() app.UI {
	headID := fmt.Sprintf("text-title-%d", c.Index)
	paras := c.Doc.Paragraphs[:min(len(c.Doc.Paragraphs), (c.pages+1)*textPageSize)]
	return app.Article().Class("text-column", sourceClass(c.Slot)).Aria("labelledby", headID).Body(
		app.H3().ID(headID).Class("text-title").Body(
			badge(c.Slot),
			app.Span().Text(" "+sourceTitle(c.Doc)),
			app.If(len(c.Marks) > 0, func() app.UI {
				return app.Span().Class("count").Text(plural(len(c.Marks), "highlight"))
			}),
		),
		app.Div().Class("text-body").TabIndex(0).Attr("role", "region").
			Aria("label", "Text of "+c.Doc.Name).Body(
			app.Range(paras).Slice(func(k int) app.UI { return renderParagraph(c.Doc, paras[k], c.Marks) }),
			app.If(len(paras) < len(c.Doc.Paragraphs), func() app.UI {
				return moreButton(len(c.Doc.Paragraphs), len(paras)).OnClick(c.onMore)
			}),
		),
	)
}

// onMore shows the next page of paragraphs.
func (c *textColumn) onMore(ctx app.Context, e app.Event) { c.pages++ }

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
func sourceTitle(doc *document.Document) string {
	if when := compare.ReportingTime(doc); when != "" {
		return doc.Name + " · " + when
	}
	return doc.Name
}
