package view

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/example"
	"parallax/wasm/mention"
)

// exampleResult analyses the example story: three invented articles with one
// finding of every kind.
func exampleResult(t testing.TB) *engine.Result {
	t.Helper()
	var in []engine.Input
	for _, a := range example.Story() {
		in = append(in, engine.Input{Name: a.Name, Text: a.Text})
	}
	r := engine.Analyze(in)
	if len(r.Sources) != 3 {
		t.Fatalf("the example story gave %d sources, want 3", len(r.Sources))
	}
	return r
}

// mount loads an analysis into go-app's test engine, which runs OnInit as the
// browser would. OnMount, which has the parts below the comparison drawn, runs
// only in a browser, so they are drawn from the start.
func mount(t *testing.T, r *engine.Result) *analysis {
	t.Helper()
	a := &analysis{Result: r, Slots: []int{0, 1, 2}, whole: true}
	e := app.NewTestEngine()
	if err := e.Load(a); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return a
}

func TestAnalysisMounts(t *testing.T) {
	a := mount(t, exampleResult(t))
	if err := app.Match(app.Section().Class("results").Aria("label", "Analysis"), a, 0); err != nil {
		t.Error(err)
	}
	if len(a.quotes) == 0 || len(a.numbers) == 0 {
		t.Errorf("mounting derived %d speaker groups and %d number groups, want some of each", len(a.quotes), len(a.numbers))
	}
	html := app.HTMLString(a)
	for _, want := range []string{"Harbour Gazette", "Valley Courier", "Northern Wire", `role="tablist"`, `id="texts"`} {
		if !strings.Contains(html, want) {
			t.Errorf("the comparison lacks %q", want)
		}
	}
}

func TestFindingsLeadWithConflicts(t *testing.T) {
	a := mount(t, exampleResult(t))
	a.open = map[string]bool{agreementsFold: true}
	html := app.HTMLString(a.renderFindings())
	conflict := strings.Index(html, "kind-conflict")
	variant := strings.Index(html, "kind-quote_variant")
	agreement := strings.Index(html, "kind-agreement")
	if conflict < 0 || variant < 0 || agreement < 0 {
		t.Fatalf("the example should show a conflict, a quote variant and an agreement (at %d, %d, %d)", conflict, variant, agreement)
	}
	if conflict > variant || variant > agreement {
		t.Errorf("findings out of order: conflict at %d, variant at %d, agreement at %d", conflict, variant, agreement)
	}
	if !strings.Contains(html, "<del>") || !strings.Contains(html, "<ins>") {
		t.Error("the quote variant shows no word-level difference")
	}
}

func TestSelectionLightsEverySource(t *testing.T) {
	a := mount(t, exampleResult(t))
	tests := []struct {
		name string
		sel  selection
	}{
		{"first finding", a.findingSelection(0)},
		{"most covered entity", a.entitySelection(a.matrixRows()[0])},
		{"first shared quotation", a.quoteSelection(a.quotes[0].sets[0].quotes[0])},
		{"first number group", a.numberSelection(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.sel = tt.sel
			lit := 0
			for i := range a.Result.Sources {
				if strings.Contains(app.HTMLString(a.textColumn(i).Render()), "<mark>") {
					lit++
				}
			}
			if lit < 2 {
				t.Errorf("lit up in %d texts, want at least 2 (announcement %q)", lit, tt.sel.announcement)
			}
			if !strings.Contains(tt.sel.announcement, "highlighted") {
				t.Errorf("announcement = %q", tt.sel.announcement)
			}
		})
	}
}

func TestMatrixFilterAndSort(t *testing.T) {
	a := mount(t, exampleResult(t))
	ents := a.Result.Comparison.Entities
	all := len(a.matrixRows())
	a.typeFilter = mention.Person
	a.sortBy = byName
	rows := a.matrixRows()
	if len(rows) == 0 || len(rows) >= all {
		t.Fatalf("the People filter keeps %d of %d entities", len(rows), all)
	}
	var names []string
	for _, g := range rows {
		if ents[g].Type != mention.Person {
			t.Errorf("the People filter keeps %s, a %s", ents[g].Name, ents[g].Type)
		}
		names = append(names, strings.ToLower(ents[g].Name))
	}
	if !slices.IsSorted(names) {
		t.Errorf("sorted by name: %q", names)
	}
	a.typeFilter, a.sortBy = "", byCoverage
	rows = a.matrixRows()
	for k := 1; k < len(rows); k++ {
		if len(ents[rows[k]].Documents) > len(ents[rows[k-1]].Documents) {
			t.Errorf("by coverage, %s (%d sources) follows %s (%d)", ents[rows[k]].Name,
				len(ents[rows[k]].Documents), ents[rows[k-1]].Name, len(ents[rows[k-1]].Documents))
		}
	}
}

func TestQuotesBySpeaker(t *testing.T) {
	a := mount(t, exampleResult(t))
	var shared *quoteSet
	for g := range a.quotes {
		for k, set := range a.quotes[g].sets {
			if len(set.quotes) > 1 {
				shared = &a.quotes[g].sets[k]
			}
		}
	}
	if shared == nil || shared.finding < 0 {
		t.Fatal("no quotation is lined up across sources with its finding")
	}
	srcs := map[int]bool{}
	for _, q := range shared.quotes {
		srcs[q.src] = true
	}
	if len(srcs) != len(shared.quotes) {
		t.Errorf("one set holds two quotations of one source: %v", shared.quotes)
	}
	if last := a.quotes[len(a.quotes)-1]; countQuotes(a.quotes) > 0 && last.name != "Speaker not named" {
		for _, g := range a.quotes[:len(a.quotes)-1] {
			if g.name == "Speaker not named" {
				t.Error("quotations without a speaker are not last")
			}
		}
	}
}

func TestNumbersByMeasure(t *testing.T) {
	a := mount(t, exampleResult(t))
	g := a.numbers[0]
	if g.finding < 0 || sourceCount(g.items) < 2 {
		t.Fatalf("the first number group is %q with %d sources and finding %d; want a judged group from several sources",
			g.measure, sourceCount(g.items), g.finding)
	}
	if k := a.Result.Comparison.Findings[g.finding].Kind; k != compare.Conflict {
		t.Errorf("the first number group is judged %s, want the example's conflict first", k)
	}
}

func TestMergeSpans(t *testing.T) {
	sp := func(s, e int) document.Span { return document.Span{Start: s, End: e} }
	tests := []struct {
		in, want []document.Span
	}{
		{nil, nil},
		{[]document.Span{sp(5, 9)}, []document.Span{sp(5, 9)}},
		{[]document.Span{sp(10, 12), sp(0, 3)}, []document.Span{sp(0, 3), sp(10, 12)}},
		{[]document.Span{sp(0, 5), sp(3, 8), sp(8, 9)}, []document.Span{sp(0, 9)}},
		{[]document.Span{sp(0, 10), sp(2, 4)}, []document.Span{sp(0, 10)}},
	}
	for _, tt := range tests {
		if got := mergeSpans(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("mergeSpans(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestRenderParagraphKeepsText(t *testing.T) {
	const text = "Mayor Ines Kalder opened the ferry pier <b>today</b>."
	d, err := document.Parse("t", text)
	if err != nil {
		t.Fatal(err)
	}
	sp := func(s, e int) document.Span { return document.Span{Start: s, End: e} }
	tests := []struct {
		name  string
		marks []document.Span
		want  string
	}{
		{"no marks", nil, "Mayor Ines Kalder opened"},
		{"one mark", []document.Span{sp(6, 17)}, "<mark>Ines Kalder</mark>"},
		{"markup stays text", []document.Span{sp(strings.Index(text, "<b>"), strings.Index(text, "."))}, "<mark>&lt;b&gt;today&lt;/b&gt;</mark>"},
		{"spans outside", []document.Span{sp(-5, -1), sp(900, 950)}, "Mayor Ines Kalder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := app.HTMLString(renderParagraph(d, d.Paragraphs[0], tt.marks))
			if !strings.Contains(strings.Join(strings.Fields(got), " "), tt.want) {
				t.Errorf("got %s, want it to contain %s", got, tt.want)
			}
		})
	}
}

func TestRenderWording(t *testing.T) {
	tests := []struct {
		name      string
		diff      []compare.Edit
		want, not []string
	}{
		{"no diff", nil, []string{"as written"}, []string{"<del>", "<ins>"}},
		{"inner change", []compare.Edit{{Op: "=", Text: "we will"}, {Op: "-", Text: "always"}, {Op: "+", Text: "never"}, {Op: "=", Text: "stay"}},
			[]string{"<del>", "missing: ", "always", "<ins>", "added: ", "never"}, nil},
		{"quotes more", []compare.Edit{{Op: "+", Text: "Then she said"}, {Op: "=", Text: "we will stay"}, {Op: "-", Text: "here"}},
			[]string{`class="diff-more"`, "Then she said"}, []string{"<del>", "<ins>", "here"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := app.HTMLString(app.Span().Body(renderWording(compare.Value{Text: "as written", Diff: tt.diff})...))
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("%s lacks %q", got, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(got, w) {
					t.Errorf("%s has %q", got, w)
				}
			}
		})
	}
}

func TestMeasureKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Deaths", "death"},
		{"  military   aid ", "military aid"},
		{"glass", "glass"},
		{"storeys of tower block", "storey of tower block"},
	}
	for _, tt := range tests {
		if got := measureKey(tt.in); got != tt.want {
			t.Errorf("measureKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFindingsSummary(t *testing.T) {
	f := func(k compare.Kind) compare.Finding { return compare.Finding{Kind: k} }
	tests := []struct {
		in   []compare.Finding
		want string
	}{
		{nil, "No findings: the sources have nothing in common that Parallax could line up."},
		{[]compare.Finding{f(compare.Agreement)}, "1 agreement."},
		{[]compare.Finding{f(compare.OnlyIn), f(compare.Conflict), f(compare.Conflict), f(compare.QuoteVariant)},
			"2 conflicts, 1 quote worded differently and 1 item only some sources carry."},
	}
	for _, tt := range tests {
		if got := findingsSummary(tt.in); got != tt.want {
			t.Errorf("findingsSummary = %q, want %q", got, tt.want)
		}
	}
}

// FuzzAnalysis renders every view of the comparison of two arbitrary texts, and
// lights up every finding and entity, which must never panic.
func FuzzAnalysis(f *testing.F) {
	f.Add("Mayor Ines Kalder said \"we will stay\" on Monday.", "Ines Kalder said \"we shall stay\" on Tuesday, 40 people.")
	f.Add("", "\"unbalanced")
	f.Add("€5 billion (about $5.4 billion) in aid", "5 billion euros of aid\x00\xff")
	f.Fuzz(func(t *testing.T, x, y string) {
		r := engine.Analyze([]engine.Input{{Name: "x", Text: x}, {Name: "y", Text: y}})
		if len(r.Sources) == 0 {
			return
		}
		a := &analysis{Result: r, Slots: []int{0, 1}}
		a.derive()
		for _, v := range views {
			a.tab = v.id
			app.HTMLString(a.Render())
		}
		for i := range r.Comparison.Findings {
			a.sel = a.findingSelection(i)
			app.HTMLString(a.Render())
		}
		for g := range r.Comparison.Entities {
			a.sel = a.entitySelection(g)
			app.HTMLString(a.Render())
		}
		for g := range a.numbers {
			a.sel = a.numberSelection(g)
			app.HTMLString(a.Render())
		}
	})
}

// bigStory returns two long invented articles, n paragraphs each, full of names,
// amounts and quotations, to check that the views stay linear in their size.
func bigStory(n int) *engine.Result {
	var x, y strings.Builder
	for i := range n {
		fmt.Fprintf(&x, "Mayor Ines Kalder of Dorvick said on Monday that %d boats had arrived. \"We are ready,\" Kalder said.\n", i)
		fmt.Fprintf(&y, "Harbour master Teo Brannick said on Tuesday that %d ferries left Dorvick. \"We are not ready,\" Brannick said.\n", i+1)
	}
	return engine.Analyze([]engine.Input{{Name: "x", Text: x.String()}, {Name: "y", Text: y.String()}})
}

func BenchmarkAnalysisRender(b *testing.B) {
	r := bigStory(2000)
	b.ResetTimer()
	for b.Loop() {
		a := &analysis{Result: r, Slots: []int{0, 1}}
		a.derive()
		a.sel = a.entitySelection(0)
		for _, v := range views {
			a.tab = v.id
			a.Render()
		}
	}
}

// TestFirstFrameDrawsTheComparisonAlone: before OnMount has run, the comparison is
// drawn without the texts and each source's contents, which follow a frame later.
func TestFirstFrameDrawsTheComparisonAlone(t *testing.T) {
	r := exampleResult(t)
	for _, whole := range []bool{false, true} {
		a := &analysis{Result: r, whole: whole}
		a.derive()
		html := app.HTMLString(a.Render())
		for _, part := range []string{`id="texts"`, `class="documents"`} {
			if got := strings.Contains(html, part); got != whole {
				t.Errorf("whole=%v: %s drawn = %v", whole, part, got)
			}
		}
		if !strings.Contains(html, `id="comparison-title"`) {
			t.Errorf("whole=%v: the comparison is not drawn", whole)
		}
	}
}
