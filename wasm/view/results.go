package view

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

// renderResult shows the analysis: for one article its contents, for several the
// comparison first and then each article's contents.
func (p *Page) renderResult() app.UI {
	r := p.result
	return app.Section().Class("results").Aria("label", "Analysis").Body(
		app.Range(r.Failures).Slice(func(i int) app.UI {
			f := r.Failures[i]
			return app.P().Class("error").Attr("role", "alert").
				Text(fmt.Sprintf("%s could not be analysed: %s.", f.Name, f.Error))
		}),
		app.If(len(r.Sources) > 1, func() app.UI { return p.renderComparison() }),
		app.Range(r.Sources).Slice(func(i int) app.UI {
			return p.renderDocument(i, r.Sources[i], len(r.Sources) == 1)
		}),
	)
}

// renderDocument shows what one article contains.
func (p *Page) renderDocument(i int, s compare.Source, open bool) app.UI {
	body := app.Div().Class("document-body").Body(
		renderEntities(s),
		p.renderQuotes(i, s),
		renderQuantities(s),
		renderTimes(s),
	)
	if open {
		return app.Article().Class("document").Body(
			app.H2().Body(badge(p.sourceIndex(s.Doc.Name)), app.Text(" "+s.Doc.Name)),
			body,
		)
	}
	return app.Details().Class("document").Body(
		app.Summary().Body(badge(p.sourceIndex(s.Doc.Name)), app.Text(" "+s.Doc.Name+": what it contains")),
		body,
	)
}

// sourceIndex returns the position of the named source in the source list, which
// decides its letter and colour.
func (p *Page) sourceIndex(name string) int {
	for i, s := range p.sources {
		if s.Name == name {
			return i
		}
	}
	return 0
}

var typeHeadings = []struct {
	Type  mention.Type
	Title string
}{
	{mention.Person, "People"},
	{mention.Org, "Organisations"},
	{mention.Place, "Places"},
}

// renderEntities lists the entities by type, most mentioned first, with their roles.
func renderEntities(s compare.Source) app.UI {
	return app.Section().Class("entities").Body(
		app.H3().Text("Who and where"),
		app.If(len(s.Mentions.Entities) == 0, func() app.UI {
			return app.P().Class("empty").Text("No people, organisations or places found.")
		}),
		app.Range(typeHeadings).Slice(func(t int) app.UI {
			ents := entitiesOfType(s.Mentions.Entities, typeHeadings[t].Type)
			if len(ents) == 0 {
				return nil
			}
			return app.Div().Class("entity-group").Body(
				app.H4().Text(fmt.Sprintf("%s (%d)", typeHeadings[t].Title, len(ents))),
				app.Ul().Body(app.Range(ents).Slice(func(k int) app.UI {
					return renderEntity(ents[k])
				})),
			)
		}),
	)
}

func entitiesOfType(all []mention.Entity, t mention.Type) []mention.Entity {
	var out []mention.Entity
	for _, e := range all {
		if e.Type == t {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(out[a].Mentions) > len(out[b].Mentions) })
	return out
}

func renderEntity(e mention.Entity) app.UI {
	roles := uniqueRoles(e.Roles)
	return app.Li().Class("entity").Body(
		app.Span().Class("entity-name").Text(e.Name),
		app.Span().Class("count").Aria("label", plural(len(e.Mentions), "mention")).
			Text("×"+strconv.Itoa(len(e.Mentions))),
		app.If(len(roles) > 0, func() app.UI {
			return app.Span().Class("roles").Text(joinComma(roles))
		}),
	)
}

func uniqueRoles(roles []mention.Role) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range roles {
		if !seen[r.Title] {
			seen[r.Title] = true
			out = append(out, r.Title)
		}
	}
	return out
}

func joinComma(items []string) string {
	s := ""
	for i, it := range items {
		if i > 0 {
			s += ", "
		}
		s += it
	}
	return s
}

// renderQuotes lists the article's quotations with their speakers.
func (p *Page) renderQuotes(i int, s compare.Source) app.UI {
	qs := s.Claims.Quotes
	if len(qs) == 0 {
		return nil
	}
	return app.Section().Class("quotes").Body(
		app.H3().Text(fmt.Sprintf("Who said what (%d)", len(qs))),
		app.Ul().Body(app.Range(qs).Slice(func(k int) app.UI {
			q := qs[k]
			speaker := "speaker not named"
			if q.Speaker != nil {
				speaker = q.Speaker.Name
			}
			if q.Cue != "" {
				speaker += " (" + q.Cue + ")"
			}
			return app.Li().Class("quote").Body(
				app.Blockquote().Body(app.Q().Text(q.Text)),
				app.P().Class("speaker").Body(
					app.Text("— "+speaker),
					app.If(q.Partial, func() app.UI { return app.Span().Class("tag").Text("partial") }),
				),
			)
		})),
	)
}

// renderQuantities lists the amounts the article states.
func renderQuantities(s compare.Source) app.UI {
	qs := s.Mentions.Quantities
	if len(qs) == 0 {
		return nil
	}
	return app.Section().Class("quantities").Body(
		app.H3().Text(fmt.Sprintf("How much (%d)", len(qs))),
		app.Ul().Body(app.Range(qs).Slice(func(k int) app.UI {
			q := qs[k]
			return app.Li().Body(
				app.Span().Class("figure").Text(s.Doc.Slice(q.Span)),
				app.Span().Class("tag").Text(string(q.Kind)),
				app.If(q.Of != "", func() app.UI { return app.Span().Class("of").Text(q.Of) }),
			)
		})),
	)
}

// renderTimes lists the time expressions.
func renderTimes(s compare.Source) app.UI {
	ts := s.Mentions.Times
	if len(ts) == 0 {
		return nil
	}
	return app.Section().Class("times").Body(
		app.H3().Text(fmt.Sprintf("When (%d)", len(ts))),
		app.Ul().Class("inline-list").Body(app.Range(ts).Slice(func(k int) app.UI {
			return app.Li().Text(s.Doc.Slice(ts[k].Span))
		})),
	)
}
