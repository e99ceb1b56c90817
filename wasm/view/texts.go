package view

import (
	"sort"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/document"
)

// renderTexts shows the sources side by side, with the focused finding's passages
// marked in each.
func (p *Page) renderTexts() app.UI {
	r := p.result
	return app.Section().Class("texts").Body(
		app.H3().Text("The texts"),
		app.Div().Class("text-columns").Body(app.Range(r.Sources).Slice(func(i int) app.UI {
			s := r.Sources[i]
			return app.Article().Class("text-column").Aria("label", s.Doc.Name).Body(
				app.H4().Body(badge(p.sourceIndex(s.Doc.Name)), app.Text(" "+s.Doc.Name)),
				app.Range(s.Doc.Paragraphs).Slice(func(k int) app.UI {
					return renderParagraph(s.Doc, s.Doc.Paragraphs[k], p.marks(s.Doc.Name))
				}),
			)
		})),
	)
}

// marks returns the spans to light up in the named document for the focused item.
func (p *Page) marks(doc string) []document.Span {
	f, ok := p.focusedFinding()
	if !ok {
		return nil
	}
	var spans []document.Span
	for _, v := range f.Values {
		if v.Document == doc && v.End > v.Start {
			spans = append(spans, v.Span)
		}
	}
	sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
	return spans
}

func (p *Page) focusedFinding() (compare.Finding, bool) {
	const prefix = "finding-"
	if len(p.focused) <= len(prefix) || p.focused[:len(prefix)] != prefix {
		return compare.Finding{}, false
	}
	i, err := strconv.Atoi(p.focused[len(prefix):])
	if err != nil || i >= len(p.result.Comparison.Findings) {
		return compare.Finding{}, false
	}
	return p.result.Comparison.Findings[i], true
}

// renderParagraph renders one paragraph as text, wrapping the marked spans that fall
// inside it in <mark>.
func renderParagraph(d *document.Document, para document.Paragraph, marks []document.Span) app.UI {
	var nodes []app.UI
	at := para.Start
	for _, m := range marks {
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

// scrollToFirstMark brings the first highlighted passage into view.
func scrollToFirstMark() {
	doc := app.Window().Get("document")
	if m := doc.Call("querySelector", "mark"); m.Truthy() {
		m.Call("scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
	}
}
