package view

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
)

// kindLabels name the finding kinds for readers.
var kindLabels = map[compare.Kind]string{
	compare.Conflict:            "Conflict",
	compare.Agreement:           "Agreement",
	compare.QuoteVariant:        "Quote worded differently",
	compare.AttributionConflict: "Same words, different speaker",
	compare.OnlyIn:              "Only in some sources",
}

// renderComparison shows the findings across sources and which source mentions whom.
func (p *Page) renderComparison() app.UI {
	c := p.result.Comparison
	return app.Section().Class("comparison").Body(
		app.H2().Text("How the sources compare"),
		app.Section().Class("findings").Body(
			app.H3().Text(fmt.Sprintf("Findings (%d)", len(c.Findings))),
			app.If(len(c.Findings) == 0, func() app.UI {
				return app.P().Class("empty").Text("No differences or agreements found between these sources.")
			}),
			app.Ol().Class("finding-list").Body(app.Range(c.Findings).Slice(func(i int) app.UI {
				return p.renderFinding(i, c.Findings[i])
			})),
		),
		p.renderCoverage(),
		p.renderTexts(),
	)
}

func (p *Page) renderFinding(i int, f compare.Finding) app.UI {
	key := fmt.Sprintf("finding-%d", i)
	return app.Li().Class("finding", "kind-"+string(f.Kind)).Body(
		app.Div().Class("finding-head").Body(
			app.Span().Class("kind").Text(kindLabels[f.Kind]),
			app.H4().Text(f.Topic),
		),
		app.Ul().Class("values").Body(app.Range(f.Values).Slice(func(k int) app.UI {
			v := f.Values[k]
			return app.Li().Body(
				badge(p.sourceIndex(v.Document)),
				app.Span().Class("value-source").Text(v.Document+": "),
				app.Span().Class("value-text").Text(v.Text),
			)
		})),
		app.P().Class("explanation").Text(f.Explanation),
		app.Button().Type("button").Class("show").
			Aria("pressed", p.focused == key).
			Text("Show in text").OnClick(p.onFocus(key)),
	)
}

func (p *Page) onFocus(key string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.focused == key {
			p.focused = ""
			return
		}
		p.focused = key
		afterRender(ctx, scrollToFirstMark)
	}
}

// renderCoverage is the entity by source matrix.
func (p *Page) renderCoverage() app.UI {
	r := p.result
	ents := r.Comparison.Entities
	return app.Section().Class("coverage").Body(
		app.H3().Text("Who appears where"),
		app.Div().Class("table-scroll").Body(app.Table().Body(
			app.Caption().Text("Entities by source: ✓ where the source mentions them"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Entity"),
				app.Th().Scope("col").Text("Type"),
				app.Range(r.Sources).Slice(func(i int) app.UI {
					return app.Th().Scope("col").Body(badge(p.sourceIndex(r.Sources[i].Doc.Name)),
						app.Span().Class("visually-hidden").Text(r.Sources[i].Doc.Name))
				}),
			)),
			app.TBody().Body(app.Range(ents).Slice(func(i int) app.UI {
				e := ents[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(e.Name),
					app.Td().Text(string(e.Type)),
					app.Range(e.Members).Slice(func(k int) app.UI {
						if e.Members[k] < 0 {
							return app.Td().Class("absent").Aria("label", "not mentioned").Text("–")
						}
						return app.Td().Class("present").Aria("label", "mentioned").Text("✓")
					}),
				)
			})),
		)),
	)
}
