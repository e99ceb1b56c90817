package view

import (
	"fmt"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
)

// countNotable counts the findings where the sources part ways: the tab's badge
// counts what needs the reader's attention, not every agreement.
func countNotable(a *analysis) int {
	n := 0
	for _, f := range a.Result.Comparison.Findings {
		if f.Kind.Info().Differs {
			n++
		}
	}
	return n
}

// A view is one tab of the comparison.
type view struct {
	id, label string
	count     func(a *analysis) int
	render    func(a *analysis) app.UI
}

var views = []view{
	{"findings", "Differences", countNotable, (*analysis).renderFindings},
	{"entities", "Who appears where", func(a *analysis) int { return len(a.Result.Comparison.Entities) }, (*analysis).renderMatrix},
	{"quotes", "Quotes", func(a *analysis) int { return countQuotes(a.quotes) }, (*analysis).renderQuoteGroups},
	{"numbers", "Numbers", func(a *analysis) int { return len(a.numbers) }, (*analysis).renderNumbers},
}

// currentView returns the index of the tab shown.
func (a *analysis) currentView() int {
	for i, v := range views {
		if v.id == a.tab {
			return i
		}
	}
	return 0
}

// renderComparison lines the sources up: the source bar, the views of the
// comparison in tabs, the texts side by side, and each source's own contents.
func (a *analysis) renderComparison() app.UI {
	r := a.Result
	cur := a.currentView()
	v := views[cur]
	return app.Div().Class("comparison-wrap").Body(
		app.Section().Class("comparison").Aria("labelledby", "comparison-title").Body(
			app.H2().ID("comparison-title").Text("How the sources compare"),
			a.renderSourceBar(),
			app.Div().Class("tabs").Attr("role", "tablist").Aria("label", "Ways to compare").Body(
				app.Range(views).Slice(func(i int) app.UI { return a.renderTab(i, i == cur) }),
			),
			app.Div().ID("panel-"+v.id).Class("tab-panel").Attr("role", "tabpanel").
				Aria("labelledby", "tab-"+v.id).Body(v.render(a)),
		),
		app.If(a.whole, a.renderTexts),
		app.If(a.whole, func() app.UI {
			return app.Section().Class("documents").Aria("label", "Each source on its own").Body(
				app.H2().Text("Each source on its own"),
				app.Range(r.Sources).Slice(func(i int) app.UI { return a.renderDocument(i) }),
			)
		}),
		a.renderSelectionBar(),
	)
}

// renderSourceBar names every source with its letter and colour, and what was found
// in it.
func (a *analysis) renderSourceBar() app.UI {
	r := a.Result
	return app.Ol().Class("source-bar").Aria("label", "Sources compared").Body(
		app.Range(r.Sources).Slice(func(i int) app.UI {
			s := r.Sources[i]
			return app.Li().Class("source-chip", sourceClass(a.slot(i))).Body(
				badge(a.slot(i)),
				app.Span().Class("visually-hidden").Text("Source "+letter(a.slot(i))+": "),
				app.Span().Class("chip-name").Text(s.Doc.Name),
				app.Span().Class("chip-stats").Text(fmt.Sprintf("%s · %s",
					plural(len(s.Mentions.Entities), "entity"), plural(len(s.Claims.Quotes), "quote"))),
			)
		}),
	)
}

// renderTab draws the button of view i. The tabs follow the ARIA tab pattern: one
// of them is in the Tab order, and the arrow keys move between them.
func (a *analysis) renderTab(i int, selected bool) app.UI {
	v := views[i]
	b := app.Button().Type("button").ID("tab-"+v.id).Class("tab").
		Attr("role", "tab").Aria("selected", selected).TabIndex(-1).
		Body(
			app.Text(v.label+" "),
			app.Span().Class("tab-count").Text(fmt.Sprint(v.count(a))),
		).
		OnClick(func(ctx app.Context, e app.Event) { a.tab = v.id }).
		OnKeyDown(a.onTabKey(i))
	if selected {
		// Only the selected tab's panel is drawn, so only that tab names one.
		b = b.TabIndex(0).Aria("controls", "panel-"+v.id)
	}
	return b
}

// onTabKey moves between the tabs with the arrow keys, Home and End.
func (a *analysis) onTabKey(i int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		next := i
		switch e.Get("key").String() {
		case "ArrowRight", "ArrowDown":
			next = (i + 1) % len(views)
		case "ArrowLeft", "ArrowUp":
			next = (i + len(views) - 1) % len(views)
		case "Home":
			next = 0
		case "End":
			next = len(views) - 1
		default:
			return
		}
		e.PreventDefault()
		a.tab = views[next].id
		afterRender(a.ui, func() { focus("tab-" + views[next].id) })
	}
}

// renderFindings shows the findings, where the sources part ways first; agreements
// and what only some sources carry follow, folded, since there are many of them.
func (a *analysis) renderFindings() app.UI {
	fs := a.Result.Comparison.Findings
	var notable, agree, only []int
	for i, f := range fs {
		switch {
		case f.Kind.Info().Differs:
			notable = append(notable, i)
		case f.Kind == compare.Agreement:
			agree = append(agree, i)
		default:
			only = append(only, i)
		}
	}
	return app.Div().Class("findings").Body(
		app.P().Class("findings-summary").Text(findingsSummary(fs)),
		app.If(len(notable) == 0, func() app.UI {
			return app.P().Class("empty").Text("The sources do not contradict each other on anything Parallax could line up.")
		}),
		a.findingList("differ", notable),
		app.If(len(agree) > 0, func() app.UI {
			return a.fold(agreementsFold, app.Summary().Text(fmt.Sprintf("Where they agree (%d)", len(agree))),
				func() app.UI { return a.findingList("agree", agree) }, "finding-group", "agreements")
		}),
		app.If(len(only) > 0, func() app.UI {
			return a.fold(onlyInFold, app.Summary().Text(fmt.Sprintf("Only in some sources (%d)", len(only))),
				func() app.UI { return a.onlyList(only) }, "finding-group", "only-in")
		}),
		app.If(len(a.Result.Comparison.Hidden) > 0, a.renderHiddenFindings),
	)
}

// findingList draws the findings idx as cards, a page at a time; key names the
// list for its "Show more".
func (a *analysis) findingList(key string, idx []int) app.UI {
	page := paged(a, "findings-"+key, idx)
	list := app.Ol().Class("finding-list").Body(
		app.Range(page).Slice(func(k int) app.UI { return a.renderFinding(page[k]) }),
		a.moreItem("findings-"+key, len(idx), len(page)),
	)
	if key == "differ" {
		list = list.Aria("label", "Where the sources differ")
	}
	return list
}

// onlyList draws what only some sources carry, a page at a time.
func (a *analysis) onlyList(idx []int) app.UI {
	page := paged(a, "only", idx)
	return app.Ul().Class("only-list").Body(
		app.Range(page).Slice(func(k int) app.UI { return a.renderOnlyIn(page[k]) }),
		a.moreItem("only", len(idx), len(page)),
	)
}

// findingsSummary counts the findings by kind in one sentence.
func findingsSummary(fs []compare.Finding) string {
	if len(fs) == 0 {
		return "No findings: the sources have nothing in common that Parallax could line up."
	}
	var parts []string
	for _, k := range compare.Kinds() {
		n := 0
		for _, f := range fs {
			if f.Kind == k.Kind {
				n++
			}
		}
		switch {
		case n == 1:
			parts = append(parts, "1 "+k.One)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", n, k.Many))
		}
	}
	return capitalise(listWords(parts)) + "."
}

// kindWords draws the name of kind k: its symbol, which screen readers skip, then its
// label and what follows it.
func kindWords(k compare.Kind, after string) []app.UI {
	info := k.Info()
	return []app.UI{
		app.Span().Class("kind-symbol").Aria("hidden", "true").Text(info.Symbol),
		app.Text(" " + info.Label + after),
	}
}

// renderFinding draws finding i as a card: its kind and topic, every source's value
// side by side, the sources that are silent, why, and a way to see it in the texts.
func (a *analysis) renderFinding(i int) app.UI {
	f := a.Result.Comparison.Findings[i]
	silent := a.silentSources(f)
	return app.Li().Class("finding", "kind-"+string(f.Kind)).Body(
		app.Div().Class("finding-head").Body(
			app.Span().Class("kind").Body(kindWords(f.Kind, "")...),
			app.H4().Class("topic").Text(f.Topic),
		),
		app.Ul().Class("values").Aria("label", "What each source says").Body(
			app.Range(f.Values).Slice(func(k int) app.UI { return a.renderValue(f.Values[k]) }),
		),
		app.If(len(silent) > 0, func() app.UI {
			return app.P().Class("silent").Body(
				app.Text("Silent: "),
				app.Range(silent).Slice(func(k int) app.UI { return a.sourceTag(silent[k]) }),
			)
		}),
		app.P().Class("explanation").Text(f.Explanation),
		a.showButton(findingKey(i), func() selection { return a.findingSelection(i) }),
	)
}

// renderValue shows what one source says, with a quotation's changes in wording
// and whom the source gives it to.
func (a *analysis) renderValue(v compare.Value) app.UI {
	i := a.sourceOf(v)
	if i < 0 {
		return app.Li().Class("value").Body(app.Span().Class("value-text").Text(v.Text))
	}
	var speaker string
	if q, ok := a.quoteIndex[quoteAt{i, v.Start}]; ok {
		quote := a.Result.Sources[q.src].Claims.Quotes[q.k]
		speaker = "— " + speakerLine(quote.Speaker, quote.Cue)
	}
	return app.Li().Class("value", sourceClass(a.slot(i))).Body(
		a.sourceTag(i),
		app.Span().Class("value-text").Body(renderWording(v)...),
		app.If(speaker != "", func() app.UI { return app.Span().Class("value-speaker").Text(speaker) }),
	)
}

// silentSources returns the sources that carry no value in finding f.
func (a *analysis) silentSources(f compare.Finding) []int {
	var out []int
	for i := range a.Result.Sources {
		found := false
		for _, v := range f.Values {
			if v.Source == i {
				found = true
				break
			}
		}
		if !found {
			out = append(out, i)
		}
	}
	return out
}

// renderOnlyIn draws one thing only some sources carry, compactly.
func (a *analysis) renderOnlyIn(i int) app.UI {
	f := a.Result.Comparison.Findings[i]
	// A finding that gathers several names of one source has a value for each:
	// show each source once.
	var sources []int
	for _, v := range f.Values {
		if s := a.sourceOf(v); s >= 0 && !slices.Contains(sources, s) {
			sources = append(sources, s)
		}
	}
	return app.Li().Class("only-item").Body(
		app.Span().Class("only-topic").Text(capitalise(f.Topic)),
		app.Span().Class("only-sources").Body(
			app.Span().Class("visually-hidden").Text("in "),
			app.Range(sources).Slice(func(k int) app.UI {
				s := sources[k]
				return app.Span().Body(badge(a.slot(s)),
					app.Span().Class("visually-hidden").Text(a.Result.Sources[s].Doc.Name+"; "))
			}),
		),
		a.showButton(findingKey(i), func() selection { return a.findingSelection(i) }),
	)
}

// renderWording renders a value's text; for a quotation worded differently from the
// first source's, the words it lacks are struck through and the words it adds are
// underlined. Words outside the passage both quote, where one source simply quotes
// more, are shown plainly but muted.
func renderWording(v compare.Value) []app.UI {
	if len(v.Diff) == 0 {
		return []app.UI{app.Text(v.Text)}
	}
	first, last := -1, -1
	for k, e := range v.Diff {
		if e.Op == "=" {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	nodes := make([]app.UI, 0, 2*len(v.Diff))
	for k, e := range v.Diff {
		if k > 0 {
			nodes = append(nodes, app.Text(" "))
		}
		outer := k < first || k > last
		switch {
		case e.Op == "=":
			nodes = append(nodes, app.Text(e.Text))
		case e.Op == "+" && outer:
			nodes = append(nodes, app.Span().Class("diff-more").Text(e.Text))
		case e.Op == "-" && outer:
			// The first source quotes more here; this one simply stops.
		case e.Op == "+":
			nodes = append(nodes, app.Ins().Body(hidden("added: "), app.Text(e.Text)))
		default:
			nodes = append(nodes, app.Del().Body(hidden("missing: "), app.Text(e.Text)))
		}
	}
	return nodes
}

// hidden is text for screen readers only.
func hidden(s string) app.UI { return app.Span().Class("visually-hidden").Text(s) }

// listWords joins items as English prose: "a", "a and b", "a, b and c".
func listWords(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// capitalise upper-cases the first letter of s, when it is an ASCII letter.
func capitalise(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
