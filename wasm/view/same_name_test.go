package view

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/engine"
	"parallax/wasm/example"
)

// TestSameNameSourcesStayTwo mounts the example story, and an invented article
// naming people the others do not, twice: once with the sources' own names, once
// with every source called "story.txt". Every part of the comparison must come out
// the same but for the names: a part that found a value's source by its name would
// give every value to the first source.
func TestSameNameSourcesStayTwo(t *testing.T) {
	articles := append(example.Story(), example.Article{Name: "Kellport Post",
		Text: "Mayor Ines Vale of Kellport said on Friday that the tower in Port Alder had passed its inspection in 2023."})
	analyse := func(name func(example.Article) string) *analysis {
		in := make([]engine.Input, len(articles))
		for i, art := range articles {
			in[i] = engine.Input{Name: name(art), Text: art.Text}
		}
		return mount(t, engine.Analyze(in))
	}
	namedView := analyse(func(art example.Article) string { return art.Name })
	alikeView := analyse(func(example.Article) string { return "story.txt" })
	parts := []struct {
		name string
		of   func(a *analysis) string
	}{
		{"findings", func(a *analysis) string { return canonicalHTML(a.renderFindings()) }},
		{"silent sources", func(a *analysis) string {
			var out []string
			for _, f := range a.Result.Comparison.Findings {
				out = append(out, fmt.Sprint(a.silentSources(f)))
			}
			return strings.Join(out, "\n")
		}},
		{"what a finding lights up", func(a *analysis) string {
			var out []string
			for i := range a.Result.Comparison.Findings {
				out = append(out, fmt.Sprint(a.findingSelection(i).spans))
			}
			return strings.Join(out, "\n")
		}},
		{"quotes by speaker", func(a *analysis) string { return canonicalHTML(a.renderQuoteGroups()) }},
		{"numbers", func(a *analysis) string { return canonicalHTML(a.renderNumbers()) }},
	}
	for _, part := range parts {
		t.Run(part.name, func(t *testing.T) {
			want := part.of(namedView)
			for _, art := range articles {
				want = strings.ReplaceAll(want, art.Name, "story.txt")
			}
			if got := part.of(alikeView); got != want {
				t.Errorf("naming the sources alike changed more than their names:\ngot:  %.300s\nwant: %.300s", got, want)
			}
		})
	}
}

var (
	startTag  = regexp.MustCompile(`<[a-z0-9]+( [^>]*)>`)
	attribute = regexp.MustCompile(`[a-z-]+(="[^"]*")?`)
)

// canonicalHTML renders ui with each tag's attributes sorted: go-app writes them in
// no fixed order.
func canonicalHTML(ui app.UI) string {
	return startTag.ReplaceAllStringFunc(app.HTMLString(ui), func(tag string) string {
		name, attrs, _ := strings.Cut(strings.TrimSuffix(tag, ">"), " ")
		sorted := attribute.FindAllString(attrs, -1)
		slices.Sort(sorted)
		return name + " " + strings.Join(sorted, " ") + ">"
	})
}
