package view

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/engine"
)

// topFindings is how many differences the embedded widget shows before "See
// all": enough for the story's main disagreements, few enough to sit under an
// article without pushing the page down.
const topFindings = 3

// renderCompact is the embedded widget's first view: one line on what the
// comparison found, then the differences that matter most.
func (a *analysis) renderCompact() app.UI {
	r := a.Result
	top := firstTopics(r.Comparison.Findings, notableIndices(r.Comparison.Findings), topFindings)
	return app.Section().Class("results", "compact").Aria("label", "Analysis").Body(
		app.P().ID("headline").Class("headline").Text(headline(r)),
		app.Ol().Class("top-findings").Aria("label", "The main differences").Body(
			app.Range(top).Slice(func(k int) app.UI { return a.renderTopFinding(top[k]) }),
		),
	)
}

// firstTopics returns the first n of idx with different topics: a quote both
// worded differently and given to another speaker is one difference to the reader,
// and showing it twice would push the next one out of the first view.
func firstTopics(fs []compare.Finding, idx []int, n int) []int {
	var out []int
	seen := map[string]bool{}
	for _, i := range idx {
		if len(out) == n {
			break
		}
		if !seen[fs[i].Topic] {
			seen[fs[i].Topic] = true
			out = append(out, i)
		}
	}
	return out
}

// notableIndices returns the indices of the findings where the sources part ways.
func notableIndices(fs []compare.Finding) []int {
	var out []int
	for i, f := range fs {
		if f.Kind.Info().Differs {
			out = append(out, i)
		}
	}
	return out
}

// headline says in one line what the comparison found.
func headline(r *engine.Result) string {
	switch len(r.Sources) {
	case 0:
		return "Nothing to compare yet."
	case 1:
		return "One article: there is nothing to compare it with."
	}
	var notable []compare.Finding
	for _, i := range notableIndices(r.Comparison.Findings) {
		notable = append(notable, r.Comparison.Findings[i])
	}
	if len(notable) == 0 {
		return fmt.Sprintf("%d articles: they do not contradict each other on anything Parallax could line up.", len(r.Sources))
	}
	return fmt.Sprintf("%d articles: %s", len(r.Sources), findingsSummary(notable))
}

// renderTopFinding draws finding i in a line or two: its kind, its topic and what
// each source says.
func (a *analysis) renderTopFinding(i int) app.UI {
	f := a.Result.Comparison.Findings[i]
	return app.Li().Class("finding", "top-finding", "kind-"+string(f.Kind)).Body(
		app.P().Class("finding-head").Body(
			app.Span().Class("kind").Body(kindWords(f.Kind, ": ")...),
			app.Span().Class("topic").Text(f.Topic),
		),
		app.Ul().Class("values").Aria("label", "What each source says").Body(
			app.Range(f.Values).Slice(func(k int) app.UI { return a.renderValue(f.Values[k]) }),
		),
	)
}

// renderSeeAll is the button that opens the whole analysis in the widget, tools
// included.
func (p *Page) renderSeeAll() app.UI {
	return app.Button().Type("button").ID("see-all").Class("see-all").
		Text("See all: every finding, quote and number, the texts and the tools").OnClick(p.onSeeAll)
}

func (p *Page) onSeeAll(ctx app.Context, e app.Event) {
	p.expanded = true
	afterRender(p.ui, func() { focus("main") })
}
