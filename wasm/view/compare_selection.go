package view

import (
	"fmt"
	"sort"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/document"
)

// A selection is what the reader picked to see in the texts (an entity, a finding,
// a quote or a number) with every place it occurs in every source.
type selection struct {
	key          string                  // names the item, so its buttons show as pressed
	spans        map[int][]document.Span // by analysed source, in text order
	announcement string                  // what screen readers hear once it is lit up
}

func entityKey(g int) string            { return fmt.Sprintf("entity-%d", g) }
func findingKey(i int) string           { return fmt.Sprintf("finding-%d", i) }
func quoteKey(q quoteRef) string        { return fmt.Sprintf("quote-%d-%d", q.src, q.k) }
func numberKey(src, k int) string       { return fmt.Sprintf("number-%d-%d", src, k) }
func numberGroupKey(g int) string       { return fmt.Sprintf("numbers-%d", g) }
func (s selection) has(key string) bool { return key != "" && s.key == key }

// newSelection makes the selection key of what is called label, with its spans.
func (a *analysis) newSelection(key, label string, spans map[int][]document.Span) selection {
	places := 0
	var names []string
	for i, s := range a.Result.Sources {
		sp := spans[i]
		if len(sp) == 0 {
			continue
		}
		sort.Slice(sp, func(x, y int) bool { return sp[x].Start < sp[y].Start })
		places += len(sp)
		names = append(names, s.Doc.Name)
	}
	msg := fmt.Sprintf("%s is not in the texts.", label)
	if places > 0 {
		msg = fmt.Sprintf("%s is highlighted in %s: %s.", label, listWords(names), plural(places, "place"))
	}
	return selection{key: key, spans: spans, announcement: msg}
}

// spanSelection selects one span of one source.
func spanSelection(key, label string, src int, sp document.Span) selection {
	return selection{key: key, spans: map[int][]document.Span{src: {sp}},
		announcement: fmt.Sprintf("“%s” is highlighted.", label)}
}

// entitySelection lights up every mention of comparison entity g in every source.
func (a *analysis) entitySelection(g int) selection {
	ents := a.Result.Comparison.Entities
	if g < 0 || g >= len(ents) {
		return selection{}
	}
	e := ents[g]
	spans := map[int][]document.Span{}
	for src, local := range e.Members {
		if local >= 0 && src < len(a.Result.Sources) {
			spans[src] = append(spans[src], a.Result.Sources[src].Mentions.Entities[local].Mentions...)
		}
	}
	return a.newSelection(entityKey(g), e.Name, spans)
}

// findingSelection lights up every value of finding i.
func (a *analysis) findingSelection(i int) selection {
	f := a.Result.Comparison.Findings[i]
	spans := map[int][]document.Span{}
	for _, v := range f.Values {
		if s := a.sourceOf(v); s >= 0 && v.End > v.Start {
			spans[s] = append(spans[s], v.Span)
		}
	}
	return a.newSelection(findingKey(i), capitalise(f.Topic), spans)
}

// selectButton is a button showing label that lights its item up in the texts, or
// turns the light off when it is already on.
func (a *analysis) selectButton(key, class, label string, sel func() selection) app.UI {
	a.picks[key] = sel
	return app.Button().Type("button").Class("pick", class).DataSet("key", key).
		Aria("pressed", a.sel.has(key)).Text(label).
		OnClick(a.onSelect)
}

// showButton is the "Show in text" button of an item.
func (a *analysis) showButton(key string, sel func() selection) app.UI {
	a.picks[key] = sel
	return app.Button().Type("button").Class("show").DataSet("key", key).
		Aria("pressed", a.sel.has(key)).Text("Show in text").
		OnClick(a.onSelect)
}

// onSelect lights up the item of the button pressed, or turns it off. go-app keeps
// the first handler an element had while the handler is the same function, so
// there is one handler for every button, which finds the item by the button's key
// among those the last render drew.
func (a *analysis) onSelect(ctx app.Context, e app.Event) {
	key := ctx.JSSrc().Get("dataset").Get("key").String()
	sel, ok := a.picks[key]
	switch {
	case !ok:
	case a.sel.has(key):
		a.sel = selection{announcement: "Highlight removed."}
	default:
		a.sel = sel()
		afterRender(a.ui, revealMarks)
	}
}

// renderSelectionBar stays at the bottom of the screen while something is lit up:
// it says what, leads back to the button that lit it, and turns the light off.
func (a *analysis) renderSelectionBar() app.UI {
	if a.sel.key == "" {
		return nil
	}
	return app.Div().Class("selection-bar").Body(
		app.Span().Class("selection-text").Text(a.sel.announcement),
		app.Button().Type("button").ID("selection-back").Text("Back to the list").
			OnClick(func(ctx app.Context, e app.Event) { returnTo(a.sel.key) }),
		app.Button().Type("button").ID("selection-clear").Text("Clear").
			OnClick(func(ctx app.Context, e app.Event) {
				key := a.sel.key
				a.sel = selection{announcement: "Highlight removed."}
				afterRender(a.ui, func() { returnTo(key) })
			}),
	)
}

// returnTo brings the button that lit an item up back into view, with the focus.
func returnTo(key string) {
	doc := app.Window().Get("document")
	if b := doc.Call("querySelector", `button[data-key="`+key+`"]`); b.Truthy() {
		b.Call("scrollIntoView", map[string]any{"block": "center"})
		b.Call("focus", map[string]any{"preventScroll": true})
	}
}

// revealMarks scrolls every text to its first highlighted passage, and the page to
// the texts when they hold one.
func revealMarks() {
	doc := app.Window().Get("document")
	cols := doc.Call("querySelectorAll", ".text-body")
	var first app.Value
	for i := 0; i < cols.Length(); i++ {
		col := cols.Index(i)
		m := col.Call("querySelector", "mark")
		if !m.Truthy() {
			continue
		}
		col.Set("scrollTop", m.Get("offsetTop").Int()-col.Get("clientHeight").Int()/3)
		if first == nil {
			first = col
		}
	}
	if first != nil {
		first.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}
