package view

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/mention"
	"parallax/wasm/report"
)

// renderResult shows the analysis. It lives in its own component so that what the
// reader selects, filters and sorts survives typing in the sources, and so that a
// keystroke re-renders only the source boxes.
func (p *Page) renderResult() app.UI {
	return &analysis{Result: p.result, Slots: p.slots(), Compact: p.Embedded && !p.expanded}
}

// slots returns, for each analysed source, its position in the source list, which
// decides its letter and colour. Sources without text are not analysed, so the
// positions can have gaps; names are matched in order, so duplicates stay apart.
func (p *Page) slots() []int {
	out := make([]int, len(p.result.Sources))
	used := make([]bool, len(p.sources))
	for i, s := range p.result.Sources {
		for k, src := range p.sources {
			if !used[k] && src.Name == s.Doc.Name {
				used[k] = true
				out[i] = k
				break
			}
		}
	}
	return out
}

// analysis shows the result of one analysis: for one article its contents beside its
// text, for several the comparison first and then each article's contents.
type analysis struct {
	app.Compo

	Result  *engine.Result
	Slots   []int // Slots[i] is the source-list position of Result.Sources[i]
	Compact bool  // only the headline and the main differences, for the embedded widget

	tab        string       // the comparison view shown; see views
	sel        selection    // what is lit up in the texts
	typeFilter mention.Type // the matrix shows entities of this type ("" for all)
	sortBy     string       // the matrix's order; see sortEntities
	quotes     []speakerGroup
	numbers    []numberGroup
	global     [][]int    // global[s][e]: the comparison's entity for entity e of source s
	measures   [][]string // measures[s][k]: what quantity k of source s measures
	quoteIndex map[quoteAt]quoteRef
	picks      map[string]func() selection // what each selection button drawn lights up, by key
	ui         app.Context                 // the component's own context; see afterRender
	pages      map[string]int              // pages of each long list shown beyond the first; see paging.go
	open       map[string]bool             // the folds the reader has opened; see folds.go
	// whole is set once the first frame is drawn: that frame shows the comparison
	// alone, which is what the reader sees first, and the texts and each source's
	// contents below it follow in the next one.
	whole bool
}

// OnInit prepares the views that are derived from the result.
func (a *analysis) OnInit() { a.derive() }

// OnMount keeps the component's context for work after an update, and has the
// parts below the comparison drawn once its first frame is on screen.
func (a *analysis) OnMount(ctx app.Context) {
	a.ui = ctx
	ctx.Dispatch(func(app.Context) { a.whole = true })
}

// OnUpdate starts afresh for a new result: an old selection would point at spans
// that no longer exist.
func (a *analysis) OnUpdate(ctx app.Context) {
	a.sel = selection{}
	a.derive()
}

// derive works out, once per result, the lookups and groupings the views need, so
// that drawing them stays linear in the size of the result.
func (a *analysis) derive() {
	r := a.Result
	if r == nil {
		return
	}
	a.global = make([][]int, len(r.Sources))
	a.measures = make([][]string, len(r.Sources))
	for s, src := range r.Sources {
		a.global[s] = make([]int, len(src.Mentions.Entities))
		for e := range a.global[s] {
			a.global[s][e] = -1
		}
		a.measures[s] = measuresOf(src)
	}
	for g, e := range r.Comparison.Entities {
		for s, local := range e.Members {
			if s < len(a.global) && local >= 0 && local < len(a.global[s]) {
				a.global[s][local] = g
			}
		}
	}
	a.quoteIndex = indexQuotes(r)
	a.quotes = groupQuotes(r, a.global, a.quoteIndex)
	a.numbers = groupNumbers(r, a.measures)
}

// Render draws the analysis.
func (a *analysis) Render() app.UI {
	r := a.Result
	a.picks = map[string]func() selection{}
	if r == nil {
		return app.Section().Class("results")
	}
	if a.Compact {
		return a.renderCompact()
	}
	return app.Section().Class("results").Aria("label", "Analysis").Body(
		app.Range(r.Failures).Slice(func(i int) app.UI {
			f := r.Failures[i]
			return app.P().Class("error").Attr("role", "alert").
				Text(fmt.Sprintf("%s could not be analysed: %s.", f.Name, f.Error))
		}),
		app.P().ID("selection-status").Class("visually-hidden").
			Attr("aria-live", "polite").Text(a.sel.announcement),
		app.If(len(r.Sources) == 1, func() app.UI { return a.renderSingle() }).
			ElseIf(len(r.Sources) > 1, func() app.UI { return a.renderComparison() }),
	)
}

// slot returns the source-list position of analysed source i.
func (a *analysis) slot(i int) int {
	if i >= 0 && i < len(a.Slots) {
		return a.Slots[i]
	}
	return max(i, 0)
}

// sourceOf returns the index of the analysed source that gives value v, or -1. A
// value names its source by index: two sources may share a name.
func (a *analysis) sourceOf(v compare.Value) int {
	if v.Source >= 0 && v.Source < len(a.Result.Sources) {
		return v.Source
	}
	return -1
}

// sourceTag is a source's badge followed by its name, for lists of values.
func (a *analysis) sourceTag(i int) app.UI {
	return app.Span().Class("source-tag").Body(
		badge(a.slot(i)),
		app.Span().Class("source-tag-name").Text(a.Result.Sources[i].Doc.Name),
	)
}

// renderSingle shows one article: what it contains beside its text, where every
// entity, quote and number can be lit up.
func (a *analysis) renderSingle() app.UI {
	s := a.Result.Sources[0]
	return app.Article().Class("document", "single").Body(
		app.H2().Body(badge(a.slot(0)), app.Text(" "+sourceTitle(s.Doc))),
		app.Div().Class("single-layout").Body(
			a.renderContents(0),
			app.Div().Class("single-text").Body(a.textColumn(0)),
		),
		a.renderSelectionBar(),
	)
}

// renderDocument shows what source i contains, folded away under the comparison.
func (a *analysis) renderDocument(i int) app.UI {
	s := a.Result.Sources[i]
	return a.fold(documentFold(i), app.Summary().Body(badge(a.slot(i)), app.Text(" "+sourceTitle(s.Doc)+": what it contains")),
		func() app.UI { return a.renderContents(i) }, "document")
}

// renderContents lists the entities with their roles, the quotes with their
// speakers, the amounts and the times of source i.
func (a *analysis) renderContents(i int) app.UI {
	return app.Div().Class("document-body").Body(
		a.renderEntities(i),
		a.renderQuotes(i),
		a.renderQuantities(i),
		a.renderTimes(i),
	)
}

var typeHeadings = []struct {
	Type  mention.Type
	Title string
}{
	{mention.Person, "People"},
	{mention.Org, "Organisations"},
	{mention.Place, "Places"},
}

// renderEntities lists the entities of source i by type, most mentioned first, with
// their roles; each one can be lit up in the texts.
func (a *analysis) renderEntities(i int) app.UI {
	s := a.Result.Sources[i]
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
				a.entityList(i, typeHeadings[t].Type, ents),
			)
		}),
	)
}

// entityList draws entities ents of source i, of type t, a page at a time.
func (a *analysis) entityList(i int, t mention.Type, ents []int) app.UI {
	key := fmt.Sprintf("entities-%d-%s", i, t)
	page := paged(a, key, ents)
	return app.Ul().Body(
		app.Range(page).Slice(func(k int) app.UI { return a.renderEntity(i, page[k]) }),
		a.moreItem(key, len(ents), len(page)),
	)
}

// entitiesOfType returns the indices of the entities of type t, most mentioned first.
func entitiesOfType(all []mention.Entity, t mention.Type) []int {
	var out []int
	for i, e := range all {
		if e.Type == t {
			out = append(out, i)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return len(all[out[a]].Mentions) > len(all[out[b]].Mentions) })
	return out
}

func (a *analysis) renderEntity(src, local int) app.UI {
	e := a.Result.Sources[src].Mentions.Entities[local]
	key, sel := a.entityPick(src, local)
	return app.Li().Class("entity").Body(
		a.selectButton(key, "entity-name", e.Name, sel),
		app.Span().Class("count").Aria("label", plural(len(e.Mentions), "mention")).
			Text("×"+strconv.Itoa(len(e.Mentions))),
		app.If(len(e.Roles) > 0, func() app.UI {
			return app.Span().Class("roles").Text(strings.Join(report.Titles(e.Roles), ", "))
		}),
	)
}

// entityPick returns the selection key of entity local of source src, and how to
// light it up: in every source through the comparison, or in its own source alone
// when the comparison does not list it.
func (a *analysis) entityPick(src, local int) (string, func() selection) {
	if g := a.globalEntity(src, local); g >= 0 {
		return entityKey(g), func() selection { return a.entitySelection(g) }
	}
	key := fmt.Sprintf("entity-%d-of-%d", local, src)
	return key, func() selection {
		e := a.Result.Sources[src].Mentions.Entities[local]
		return a.newSelection(key, e.Name, map[int][]document.Span{src: slices.Clone(e.Mentions)})
	}
}

// globalEntity returns the comparison's index of entity local of source src, or -1.
func (a *analysis) globalEntity(src, local int) int {
	if src < len(a.global) && local >= 0 && local < len(a.global[src]) {
		return a.global[src][local]
	}
	return -1
}

// renderQuotes lists the quotations of source i with their speakers.
func (a *analysis) renderQuotes(i int) app.UI {
	qs := a.Result.Sources[i].Claims.Quotes
	if len(qs) == 0 {
		return nil
	}
	return app.Section().Class("quotes").Body(
		app.H3().Text(fmt.Sprintf("Who said what (%d)", len(qs))),
		app.Ul().Body(app.Range(paged(a, fmt.Sprintf("quotes-%d", i), qs)).Slice(func(k int) app.UI {
			ref := quoteRef{src: i, k: k}
			return app.Li().Class("quote").Body(
				app.Blockquote().Body(app.Q().Text(qs[k].Text)),
				app.P().Class("speaker").Body(
					app.Text("— "+speakerLine(qs[k].Speaker, qs[k].Cue)),
					app.If(qs[k].Partial, func() app.UI { return app.Span().Class("tag").Text("partial") }),
					a.showButton(quoteKey(ref), func() selection { return a.quoteSelection(ref) }),
				),
			)
		}), a.moreItem(fmt.Sprintf("quotes-%d", i), len(qs), len(paged(a, fmt.Sprintf("quotes-%d", i), qs)))),
	)
}

// renderQuantities lists the amounts source i states, with what they measure.
func (a *analysis) renderQuantities(i int) app.UI {
	s := a.Result.Sources[i]
	qs := s.Mentions.Quantities
	if len(qs) == 0 {
		return nil
	}
	measures := a.measures[i]
	return app.Section().Class("quantities").Body(
		app.H3().Text(fmt.Sprintf("How much (%d)", len(qs))),
		app.Ul().Body(app.Range(paged(a, fmt.Sprintf("amounts-%d", i), qs)).Slice(func(k int) app.UI {
			q := qs[k]
			return app.Li().Body(
				a.selectButton(numberKey(i, k), "figure", textOf(s.Doc, q.Span), func() selection {
					return spanSelection(numberKey(i, k), textOf(s.Doc, q.Span), i, q.Span)
				}),
				app.Span().Class("tag").Text(string(q.Kind)),
				app.If(measures[k] != "", func() app.UI { return app.Span().Class("of").Text(measures[k]) }),
			)
		}), a.moreItem(fmt.Sprintf("amounts-%d", i), len(qs), len(paged(a, fmt.Sprintf("amounts-%d", i), qs)))),
	)
}

// renderTimes lists the time expressions, one entry per time however often the
// article repeats it; each one can be lit up wherever the article gives it.
func (a *analysis) renderTimes(i int) app.UI {
	s := a.Result.Sources[i]
	groups := groupTimes(s)
	if len(groups) == 0 {
		return nil
	}
	return app.Section().Class("times").Body(
		app.H3().Text(fmt.Sprintf("When (%d)", len(s.Mentions.Times))),
		app.Ul().Class("inline-list").Body(app.Range(paged(a, fmt.Sprintf("times-%d", i), groups)).Slice(func(k int) app.UI {
			g := groups[k]
			key := fmt.Sprintf("time-%d-%d", i, k)
			label := textOf(s.Doc, g.spans[0])
			return app.Li().Body(
				a.selectButton(key, "time", label, func() selection {
					return a.newSelection(key, label, map[int][]document.Span{i: g.spans})
				}),
				app.If(len(g.spans) > 1, func() app.UI {
					return app.Span().Class("count").Aria("label", plural(len(g.spans), "mention")).
						Text("×" + strconv.Itoa(len(g.spans)))
				}),
			)
		}), a.moreItem(fmt.Sprintf("times-%d", i), len(groups), len(paged(a, fmt.Sprintf("times-%d", i), groups)))),
	)
}

// A timeGroup is every place an article gives one time.
type timeGroup struct {
	spans []document.Span
}

// groupTimes gathers the time expressions of s by their normalised value, in order
// of first mention.
func groupTimes(s compare.Source) []timeGroup {
	var out []timeGroup
	index := map[string]int{}
	for _, t := range s.Mentions.Times {
		key := t.Value
		if key == "" {
			key = strings.ToLower(textOf(s.Doc, t.Span))
		}
		k, ok := index[key]
		if !ok {
			k = len(out)
			index[key] = k
			out = append(out, timeGroup{})
		}
		out[k].spans = append(out[k].spans, t.Span)
	}
	return out
}

// renderHiddenFindings lists, folded behind "Show all", the findings the engine
// keeps from the first view: the names one source alone mentions, spellings.
func (a *analysis) renderHiddenFindings() app.UI {
	hidden := a.Result.Comparison.Hidden
	page := paged(a, "hidden", hidden)
	return a.fold(hiddenFold, app.Summary().Text(fmt.Sprintf("Show all (%d more)", len(hidden))), func() app.UI {
		return app.Ul().Class("only-list").Body(
			app.Range(page).Slice(func(k int) app.UI {
				f := page[k]
				return app.Li().Body(
					app.Strong().Text(capitalise(f.Topic)+": "),
					app.Text(f.Explanation),
				)
			}),
			a.moreItem("hidden", len(hidden), len(page)),
		)
	}, "finding-group", "hidden-findings")
}
