package view

import (
	"fmt"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/mention"
)

// A numberRef is quantity k of analysed source src.
type numberRef struct{ src, k int }

// A numberGroup is every amount the sources give for one thing measured. When the
// comparison lined the amounts up, its finding says whether they agree.
type numberGroup struct {
	measure string // what is measured, in the words of the first source that says
	items   []numberRef
	finding int // index into the findings, or -1
}

// maxFigureMargin is how much longer than its amount a finding's value may be and
// still be about that amount: room for a hedge and a stated conversion, not for a
// whole quotation that happens to hold a number.
const maxFigureMargin = 60

// groupNumbers gathers the amounts of every source by what they measure: amounts
// the comparison put in one slot share a group, and so do amounts whose measure is
// written the same way. Stated conversions stay with the amount they convert.
func groupNumbers(r *engine.Result, measures [][]string) []numberGroup {
	var items []numberRef
	var keys []string
	bySource := make([][]int, len(r.Sources)) // items of each source, in text order
	for s, src := range r.Sources {
		conv := conversions(src.Mentions.Quantities)
		for k, q := range src.Mentions.Quantities {
			if overlapsAny(conv, q.Span) {
				continue
			}
			bySource[s] = append(bySource[s], len(items))
			items = append(items, numberRef{s, k})
			keys = append(keys, measureKey(measures[s][k]))
		}
	}
	u := newUnion(len(items))
	first := map[string]int{}
	for i, key := range keys {
		if key == "" {
			continue
		}
		if j, ok := first[key]; ok {
			u.join(i, j)
		} else {
			first[key] = i
		}
	}
	findingOf := make([]int, len(items))
	for i := range findingOf {
		findingOf[i] = -1
	}
	for fi, f := range r.Comparison.Findings {
		if f.Kind == compare.OnlyIn {
			continue
		}
		prev := -1
		for _, v := range f.Values {
			s := v.Source
			for _, i := range figuresIn(r.Sources[s].Mentions.Quantities, items, bySource[s], v.Span) {
				if findingOf[i] < 0 {
					findingOf[i] = fi
				}
				if prev >= 0 {
					u.join(i, prev)
				}
				prev = i
			}
		}
	}
	return collectNumbers(r, items, measures, findingOf, u)
}

// figuresIn returns the items (of one source, in text order) whose amount a
// finding's value at sp is about: inside it, with little more around.
func figuresIn(qs []mention.Quantity, items []numberRef, idx []int, sp document.Span) []int {
	at := sort.Search(len(idx), func(j int) bool { return qs[items[idx[j]].k].Start >= sp.Start })
	var out []int
	for _, i := range idx[at:] {
		q := qs[items[i].k]
		if q.Start >= sp.End {
			break
		}
		if q.End <= sp.End && sp.End-sp.Start <= q.End-q.Start+maxFigureMargin {
			out = append(out, i)
		}
	}
	return out
}

// conversions returns the spans of the conversions the quantities state, in text
// order.
func conversions(qs []mention.Quantity) []document.Span {
	var out []document.Span
	for _, q := range qs {
		if q.Converted != nil {
			out = append(out, q.Converted.Span)
		}
	}
	sort.Slice(out, func(x, y int) bool { return out[x].Start < out[y].Start })
	return out
}

// overlapsAny reports whether sp overlaps one of the sorted, disjoint spans.
func overlapsAny(spans []document.Span, sp document.Span) bool {
	j := sort.Search(len(spans), func(j int) bool { return spans[j].End > sp.Start })
	return j < len(spans) && spans[j].Overlaps(sp)
}

// collectNumbers turns the joined items into groups: those the comparison judged
// first, then those more sources share; amounts whose measure is not stated last.
func collectNumbers(r *engine.Result, items []numberRef, measures [][]string, findingOf []int, u union) []numberGroup {
	index := map[int]int{}
	var groups []numberGroup
	var other numberGroup
	other.finding = -1
	for i, it := range items {
		root := u.find(i)
		if measures[it.src][it.k] == "" && findingOf[i] < 0 && u.size[root] == 1 {
			other.items = append(other.items, it)
			continue
		}
		g, ok := index[root]
		if !ok {
			g = len(groups)
			index[root] = g
			groups = append(groups, numberGroup{finding: -1})
		}
		grp := &groups[g]
		grp.items = append(grp.items, it)
		if grp.measure == "" {
			grp.measure = measures[it.src][it.k]
		}
		if f := findingOf[i]; f >= 0 && grp.finding < 0 {
			grp.finding = f
		}
	}
	sort.SliceStable(groups, func(x, y int) bool {
		gx, gy := groups[x], groups[y]
		if (gx.finding >= 0) != (gy.finding >= 0) {
			return gx.finding >= 0
		}
		if gx.finding >= 0 && gx.finding != gy.finding {
			return r.Comparison.Findings[gx.finding].Kind.Rank() < r.Comparison.Findings[gy.finding].Kind.Rank()
		}
		return sourceCount(gx.items) > sourceCount(gy.items)
	})
	if len(other.items) > 0 {
		groups = append(groups, other)
	}
	return groups
}

func sourceCount(items []numberRef) int {
	seen := map[int]bool{}
	for _, it := range items {
		seen[it.src] = true
	}
	return len(seen)
}

// measuresOf returns what each quantity of s measures: what the claim stage says,
// else what the mention says it is "of", else the counted noun.
func measuresOf(s compare.Source) []string {
	qs := s.Mentions.Quantities
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.Of
		if out[i] == "" && q.Kind == mention.Count {
			out[i] = q.Unit
		}
	}
	for _, f := range s.Claims.Figures {
		if f.Quantity >= 0 && f.Quantity < len(qs) && f.Measure != "" {
			out[f.Quantity] = f.Measure
		}
	}
	return out
}

// measureKey folds a measure for grouping: lower case, single spaces, and a plural
// "s" dropped from each word ("Deaths" and "death" meet).
func measureKey(m string) string {
	ws := strings.Fields(strings.ToLower(m))
	for i, w := range ws {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			ws[i] = w[:len(w)-1]
		}
	}
	return strings.Join(ws, " ")
}

// A union joins items into groups (union-find).
type union struct{ parent, size []int }

func newUnion(n int) union {
	u := union{parent: make([]int, n), size: make([]int, n)}
	for i := range u.parent {
		u.parent[i], u.size[i] = i, 1
	}
	return u
}

func (u union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u union) join(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if u.size[ra] < u.size[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.size[ra] += u.size[rb]
}

// renderNumbers is the numbers view: every amount, grouped by what it measures.
// Amounts several sources give, or that the comparison judged, come first as
// cards; those only one source gives follow in a compact list.
func (a *analysis) renderNumbers() app.UI {
	if len(a.numbers) == 0 {
		return app.P().Class("empty").Text("None of the sources gives an amount.")
	}
	var shared, lone []int
	for g, grp := range a.numbers {
		if grp.finding >= 0 || sourceCount(grp.items) > 1 {
			shared = append(shared, g)
		} else {
			lone = append(lone, g)
		}
	}
	return app.Div().Class("number-groups").Body(
		app.If(len(shared) == 0, func() app.UI {
			return app.P().Class("empty").Text("No two sources give an amount for the same thing.")
		}),
		app.Range(paged(a, "numbers", shared)).Slice(func(k int) app.UI { return a.renderNumberGroup(shared[k]) }),
		a.more("numbers", len(shared), len(paged(a, "numbers", shared))),
		app.If(len(lone) > 0, func() app.UI {
			return app.Section().Class("number-lone").Aria("labelledby", "numbers-lone").Body(
				app.H3().ID("numbers-lone").Text(fmt.Sprintf("Given by one source only (%d)", len(lone))),
				app.Ul().Class("lone-list").Body(app.Range(paged(a, "lone-numbers", lone)).Slice(func(k int) app.UI {
					return a.renderLoneNumber(lone[k])
				}), a.moreItem("lone-numbers", len(lone), len(paged(a, "lone-numbers", lone)))),
			)
		}),
	)
}

// numberTitle is what group g measures, for its heading.
func (a *analysis) numberTitle(g int) string {
	grp := a.numbers[g]
	switch {
	case grp.measure != "":
		return capitalise(grp.measure)
	case grp.finding >= 0:
		return capitalise(a.Result.Comparison.Findings[grp.finding].Topic)
	}
	return "Other amounts (what they measure is not stated)"
}

func (a *analysis) renderNumberGroup(g int) app.UI {
	grp := a.numbers[g]
	var f *compare.Finding
	if grp.finding >= 0 {
		f = &a.Result.Comparison.Findings[grp.finding]
	}
	id := fmt.Sprintf("measure-%d", g)
	amounts := a.amounts(grp, f)
	return app.Section().Class("number-group").Aria("labelledby", id).Body(
		app.Div().Class("finding-head").Body(
			app.If(f != nil, func() app.UI {
				return app.Span().Class("kind", "kind-"+string(f.Kind)).Body(kindWords(f.Kind, "")...)
			}),
			app.H3().ID(id).Text(a.numberTitle(g)),
		),
		app.Ul().Class("values").Body(app.Range(amounts).Slice(func(k int) app.UI {
			return a.renderAmount(amounts[k], grp.measure)
		})),
		app.If(f != nil, func() app.UI { return app.P().Class("explanation").Text(f.Explanation) }),
		a.showButton(numberGroupKey(g), func() selection { return a.numberSelection(g) }),
	)
}

// renderLoneNumber shows, on one line, an amount only one source gives.
func (a *analysis) renderLoneNumber(g int) app.UI {
	grp := a.numbers[g]
	amounts := a.amounts(grp, nil)
	texts := make([]string, len(amounts))
	for i, am := range amounts {
		texts[i] = am.text
	}
	src := grp.items[0].src
	return app.Li().Class("lone-number", sourceClass(a.slot(src))).Body(
		app.Span().Class("lone-measure").Text(a.numberTitle(g)),
		app.Span().Class("figure").Text(strings.Join(texts, "; ")),
		a.sourceTag(src),
		a.showButton(numberGroupKey(g), func() selection { return a.numberSelection(g) }),
	)
}

// An amount is one value a source gives, as the reader sees it.
type amount struct {
	ref     numberRef
	text    string // the finding's wording when there is one, else the text's
	measure string
}

// amounts returns the values of a group once per source and value: an article that
// repeats a figure shows it once, in its fullest wording.
func (a *analysis) amounts(grp numberGroup, f *compare.Finding) []amount {
	type key struct {
		src   int
		value float64
		unit  string
	}
	index := map[key]int{}
	var out []amount
	for _, it := range grp.items {
		src := a.Result.Sources[it.src]
		q := src.Mentions.Quantities[it.k]
		am := amount{ref: it, text: textOf(src.Doc, q.Span), measure: a.measures[it.src][it.k]}
		if f != nil {
			for _, v := range f.Values {
				if v.Source == it.src && v.Start <= q.Start && q.End <= v.End {
					am.text = v.Text
				}
			}
		}
		k := key{it.src, q.Value, q.Unit}
		if i, ok := index[k]; ok {
			if len(am.text) > len(out[i].text) {
				out[i] = am
			}
			continue
		}
		index[k] = len(out)
		out = append(out, am)
	}
	return out
}

// renderAmount shows one source's amount, and what it measures when that differs
// from the group's title.
func (a *analysis) renderAmount(am amount, title string) app.UI {
	return app.Li().Class("value", sourceClass(a.slot(am.ref.src))).Body(
		a.sourceTag(am.ref.src),
		app.Span().Class("value-text", "figure").Text(am.text),
		app.If(am.measure != "" && measureKey(am.measure) != measureKey(title), func() app.UI {
			return app.Span().Class("of").Text(am.measure)
		}),
	)
}

// numberSelection lights up every amount of group g.
func (a *analysis) numberSelection(g int) selection {
	grp := a.numbers[g]
	spans := map[int][]document.Span{}
	for _, it := range grp.items {
		spans[it.src] = append(spans[it.src], a.Result.Sources[it.src].Mentions.Quantities[it.k].Span)
	}
	return a.newSelection(numberGroupKey(g), a.numberTitle(g), spans)
}

// textOf returns the text sp covers in d, or "" when sp lies outside it.
func textOf(d *document.Document, sp document.Span) string {
	if sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End {
		return ""
	}
	return d.Text[sp.Start:sp.End]
}
