package view

import (
	"fmt"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/claim"
	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
)

// A quoteRef is quotation k of analysed source src.
type quoteRef struct{ src, k int }

// A quoteSet is one quotation as one or more sources give it. When several do, the
// finding that lined them up says how their wording differs.
type quoteSet struct {
	quotes  []quoteRef
	finding int // index into the findings, or -1
}

// A speakerGroup is everything the sources quote from one speaker.
type speakerGroup struct {
	name string
	sets []quoteSet
}

func countQuotes(groups []speakerGroup) int {
	n := 0
	for _, g := range groups {
		for _, s := range g.sets {
			n += len(s.quotes)
		}
	}
	return n
}

// groupQuotes gathers the quotations of every source by speaker, one set per
// quotation, with the sources that give the same words in one set.
func groupQuotes(r *engine.Result, global [][]int, at map[quoteAt]quoteRef) []speakerGroup {
	taken := map[quoteRef]bool{}
	var sets []quoteSet
	for i, f := range r.Comparison.Findings {
		if len(f.Values) < 2 {
			continue
		}
		var refs []quoteRef
		for _, v := range f.Values {
			if q, ok := at[quoteAt{v.Source, v.Start}]; ok && !taken[q] {
				refs = append(refs, q)
			}
		}
		if len(refs) != len(f.Values) {
			continue
		}
		for _, q := range refs {
			taken[q] = true
		}
		sets = append(sets, quoteSet{quotes: refs, finding: i})
	}
	for s, src := range r.Sources {
		for k := range src.Claims.Quotes {
			if q := (quoteRef{s, k}); !taken[q] {
				sets = append(sets, quoteSet{quotes: []quoteRef{q}, finding: -1})
			}
		}
	}
	return bySpeaker(r, global, sets)
}

// indexQuotes maps every quotation's source and start to the quotation.
func indexQuotes(r *engine.Result) map[quoteAt]quoteRef {
	at := map[quoteAt]quoteRef{}
	for s, src := range r.Sources {
		for k, q := range src.Claims.Quotes {
			at[quoteAt{s, q.Start}] = quoteRef{s, k}
		}
	}
	return at
}

// quoteAt finds a quotation by its source's index and its start.
type quoteAt struct {
	source, start int
}

// bySpeaker puts the quote sets under their speakers: first those whose words
// several sources carry, then the most quoted, and quotations without a named
// speaker last. Within a speaker, shared quotations come first, then whole ones,
// then fragments.
func bySpeaker(r *engine.Result, global [][]int, sets []quoteSet) []speakerGroup {
	index := map[string]int{}
	var groups []speakerGroup
	var keys []string
	for _, set := range sets {
		key, name := speakerKey(r, global, set.quotes[0])
		g, ok := index[key]
		if !ok {
			g = len(groups)
			index[key] = g
			groups = append(groups, speakerGroup{name: name})
			keys = append(keys, key)
		}
		groups[g].sets = append(groups[g].sets, set)
	}
	weight := func(set quoteSet) int {
		switch {
		case len(set.quotes) > 1:
			return 0
		case !r.Sources[set.quotes[0].src].Claims.Quotes[set.quotes[0].k].Partial:
			return 1
		}
		return 2
	}
	shared := make([]int, len(groups))
	for g := range groups {
		// sort.SliceStable, like the other sorts here, shares its code; a generic
		// sort would add a copy of itself to app.wasm for this one type.
		sets := groups[g].sets
		sort.SliceStable(sets, func(x, y int) bool { return weight(sets[x]) < weight(sets[y]) })
		for _, set := range groups[g].sets {
			if len(set.quotes) > 1 {
				shared[g]++
			}
		}
	}
	order := make([]int, len(groups))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool {
		gx, gy := order[x], order[y]
		if (keys[gx] == "") != (keys[gy] == "") {
			return keys[gy] == ""
		}
		if shared[gx] != shared[gy] {
			return shared[gx] > shared[gy]
		}
		return countQuotes(groups[gx:gx+1]) > countQuotes(groups[gy:gy+1])
	})
	out := make([]speakerGroup, len(groups))
	for i, g := range order {
		out[i] = groups[g]
	}
	return out
}

// speakerKey names the speaker of a quotation: the comparison's entity when the
// speaker is one, so that every source's spelling meets under one name.
func speakerKey(r *engine.Result, global [][]int, q quoteRef) (key, name string) {
	sp := r.Sources[q.src].Claims.Quotes[q.k].Speaker
	if sp == nil {
		return "", "Speaker not named"
	}
	if sp.Entity >= 0 && sp.Entity < len(global[q.src]) {
		if g := global[q.src][sp.Entity]; g >= 0 {
			return fmt.Sprintf("entity-%d", g), r.Comparison.Entities[g].Name
		}
	}
	return "name-" + strings.ToLower(sp.Name), sp.Name
}

// renderQuoteGroups is the quotes view: who said what, by speaker. Quotations
// several sources carry are set side by side with their differences; the others
// are listed compactly, fragments last.
func (a *analysis) renderQuoteGroups() app.UI {
	if len(a.quotes) == 0 {
		return app.P().Class("empty").Text("None of the sources quotes anyone.")
	}
	return app.Div().Class("quote-groups").Body(
		app.P().Class("hint").Text("Where sources quote the same words, the first source's wording comes first; in the others, struck-through words are missing and underlined words are added."),
		app.Range(paged(a, "speakers", a.quotes)).Slice(func(g int) app.UI { return a.renderSpeaker(g) }),
		a.more("speakers", len(a.quotes), len(paged(a, "speakers", a.quotes))),
	)
}

// renderSpeaker shows everything the sources quote from speaker group g.
func (a *analysis) renderSpeaker(g int) app.UI {
	grp := a.quotes[g]
	var shared, whole, parts []quoteSet
	for _, set := range grp.sets {
		switch q := a.Result.Sources[set.quotes[0].src].Claims.Quotes[set.quotes[0].k]; {
		case len(set.quotes) > 1:
			shared = append(shared, set)
		case q.Partial:
			parts = append(parts, set)
		default:
			whole = append(whole, set)
		}
	}
	id := fmt.Sprintf("speaker-%d", g)
	return app.Section().Class("speaker-group").Aria("labelledby", id).Body(
		app.H3().ID(id).Body(
			app.Text(grp.name+" "),
			app.Span().Class("count").Text(plural(countQuotes(a.quotes[g:g+1]), "quote")),
		),
		app.Range(shared).Slice(func(k int) app.UI { return a.renderQuoteSet(shared[k], grp.name) }),
		app.If(len(whole) > 0, func() app.UI {
			return app.Ul().Class("quote-list").Body(app.Range(whole).Slice(func(k int) app.UI {
				return a.renderLoneQuote(whole[k].quotes[0], grp.name)
			}))
		}),
		app.If(len(parts) > 0, func() app.UI {
			return app.P().Class("fragments").Body(
				app.Span().Class("fragments-label").Text("In part: "),
				app.Range(parts).Slice(func(k int) app.UI { return a.renderFragment(parts[k].quotes[0]) }),
			)
		}),
	)
}

// renderQuoteSet shows one quotation as every source that carries it gives it.
func (a *analysis) renderQuoteSet(set quoteSet, speaker string) app.UI {
	var f *compare.Finding
	if set.finding >= 0 {
		f = &a.Result.Comparison.Findings[set.finding]
	}
	ref := set.quotes[0]
	return app.Div().Class("quote-set").Body(
		app.If(f != nil, func() app.UI {
			return app.P().Class("kind", "kind-"+string(f.Kind)).Body(kindWords(f.Kind, "")...)
		}),
		app.Ul().Class("wordings").Body(app.Range(set.quotes).Slice(func(k int) app.UI {
			return a.renderWordingOf(set.quotes[k], f, speaker)
		})),
		app.If(f != nil, func() app.UI { return app.P().Class("explanation").Text(f.Explanation) }),
		a.showButton(quoteKey(ref), func() selection { return a.quoteSelection(ref) }),
	)
}

// renderWordingOf shows one source's wording of a quotation, diffed against the
// first source's when a finding compared them.
func (a *analysis) renderWordingOf(q quoteRef, f *compare.Finding, speaker string) app.UI {
	src := a.Result.Sources[q.src]
	quote := src.Claims.Quotes[q.k]
	v := compare.Value{Document: src.Doc.Name, Source: q.src, Text: quote.Text}
	if f != nil {
		for _, fv := range f.Values {
			if fv.Source == q.src && fv.Start == quote.Start {
				v.Diff = fv.Diff
			}
		}
	}
	return app.Li().Class("wording", sourceClass(a.slot(q.src))).Body(
		a.sourceTag(q.src),
		app.Blockquote().Body(app.Q().Body(renderWording(v)...)),
		app.P().Class("speaker").Text(attribution(quote)),
	)
}

// renderLoneQuote shows a whole quotation only one source carries, on one line
// with its source and its button.
func (a *analysis) renderLoneQuote(q quoteRef, speaker string) app.UI {
	quote := a.Result.Sources[q.src].Claims.Quotes[q.k]
	return app.Li().Class("lone-quote", sourceClass(a.slot(q.src))).Body(
		a.sourceTag(q.src),
		app.Div().Class("lone-body").Body(
			app.Q().Text(quote.Text),
			app.Span().Class("speaker").Text(" "+attribution(quote)),
		),
		a.showButton(quoteKey(q), func() selection { return a.quoteSelection(q) }),
	)
}

// renderFragment shows a few words a source quotes inside its own sentence, as a
// button that lights them up.
func (a *analysis) renderFragment(q quoteRef) app.UI {
	quote := a.Result.Sources[q.src].Claims.Quotes[q.k]
	return app.Span().Class("fragment").Body(
		badge(a.slot(q.src)),
		hidden(a.Result.Sources[q.src].Doc.Name+": "),
		a.selectButton(quoteKey(q), "fragment-text", "“"+quote.Text+"”", func() selection { return a.quoteSelection(q) }),
	)
}

// attribution says how a source attributes a quotation, as a sentence would:
// the speaker as the source names them, then the cue verb ("Ellison told").
func attribution(q claim.Quote) string {
	if q.Speaker == nil {
		return speakerLine(nil, q.Cue)
	}
	return strings.TrimSpace(q.Speaker.Name + " " + q.Cue)
}

// speakerLine says who a source gives a quotation to, and with which verb.
func speakerLine(sp *claim.Speaker, cue string) string {
	s := "speaker not named"
	if sp != nil {
		s = sp.Name
	}
	if cue != "" {
		s += " (" + cue + ")"
	}
	return s
}

// quoteSelection lights up a quotation in its source, with the same words in every
// other source that carries them.
func (a *analysis) quoteSelection(q quoteRef) selection {
	refs := []quoteRef{q}
	for _, g := range a.quotes {
		for _, set := range g.sets {
			for _, r := range set.quotes {
				if r == q {
					refs = set.quotes
				}
			}
		}
	}
	spans := map[int][]document.Span{}
	for _, r := range refs {
		spans[r.src] = append(spans[r.src], a.Result.Sources[r.src].Claims.Quotes[r.k].Span)
	}
	return a.newSelection(quoteKey(q), quoted(a.Result.Sources[q.src].Claims.Quotes[q.k].Text), spans)
}

// quoted puts the start of a quotation in quotation marks, for announcements.
func quoted(s string) string {
	words := strings.Fields(s)
	if len(words) > 8 {
		return "“" + strings.Join(words[:8], " ") + " …”"
	}
	return "“" + strings.Join(words, " ") + "”"
}
