package report

import (
	"cmp"
	"strings"
	"testing"

	"parallax/wasm/engine"
	"parallax/wasm/example"
)

// formats are all the formats, by name, for the tests that run over all of them.
var formats = []struct {
	name   string
	format Format
}{
	{"JSON", JSON},
	{"Markdown", Markdown},
	{"FindingsCSV", FindingsCSV},
	{"EntitiesCSV", EntitiesCSV},
	{"Summary", Summary},
}

// TestSameNameSourcesStayTwo analyses the example story, and an invented article
// naming people the others do not, twice: once with the sources' own names, once
// with every source called "story.txt". Each format must come out the same but for
// the names: a writer that looked sources up by name would merge them, marking an
// entity in every column when one source names it.
func TestSameNameSourcesStayTwo(t *testing.T) {
	articles := append(example.Story(), example.Article{Name: "Kellport Post",
		Text: "Mayor Ines Vale of Kellport said on Friday that the tower in Port Alder had passed its inspection in 2023."})
	named := engine.Analyze(inputs(articles, ""))
	alike := engine.Analyze(inputs(articles, "story.txt"))
	for _, f := range formats {
		t.Run(f.name, func(t *testing.T) {
			want := write(t, f.format, named)
			for _, a := range articles {
				want = rename(want, a.Name, "story.txt")
			}
			if got := write(t, f.format, alike); got != want {
				t.Errorf("naming the sources alike changed more than their names:\n%s", firstDifference(got, want))
			}
		})
	}
}

// inputs makes the articles the engine's inputs, each called name, or by its own
// name when name is "".
func inputs(articles []example.Article, name string) []engine.Input {
	in := make([]engine.Input, len(articles))
	for i, a := range articles {
		in[i] = engine.Input{Name: cmp.Or(name, a.Name), Text: a.Text}
	}
	return in
}

// rename replaces the name from with to in out, and the summary's underline of the
// name with one as long as the new name.
func rename(out, from, to string) string {
	underlined := func(name string) string { return name + "\n" + strings.Repeat("=", len(name)) + "\n" }
	out = strings.ReplaceAll(out, underlined(from), underlined(to))
	return strings.ReplaceAll(out, from, to)
}

// write returns r in format f, failing the test on an error.
func write(t *testing.T, f Format, r *engine.Result) string {
	t.Helper()
	var b strings.Builder
	if err := f(&b, r); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// firstDifference shows the first line where got and want part.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "got:  " + g[i] + "\nwant: " + w[i]
		}
	}
	return "one output is longer than the other"
}
