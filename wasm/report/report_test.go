package report

import (
	"strings"
	"testing"

	"parallax/wasm/engine"
	"parallax/wasm/example"
)

// writers are the formats, by name, for the tests that run over all of them.
var writers = []struct {
	name  string
	write Writer
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
	var named, alike []engine.Input
	for _, a := range articles {
		named = append(named, engine.Input{Name: a.Name, Text: a.Text})
		alike = append(alike, engine.Input{Name: "story.txt", Text: a.Text})
	}
	namedResult, alikeResult := engine.Analyze(named), engine.Analyze(alike)
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			want := write(t, w.write, namedResult)
			for _, in := range named {
				want = rename(want, in.Name, "story.txt")
			}
			if got := write(t, w.write, alikeResult); got != want {
				t.Errorf("naming the sources alike changed more than their names:\n%s", firstDifference(got, want))
			}
		})
	}
}

// rename replaces the name from with to in out, and the summary's underline of the
// name with one as long as the new name.
func rename(out, from, to string) string {
	underlined := func(name string) string { return name + "\n" + strings.Repeat("=", len(name)) + "\n" }
	out = strings.ReplaceAll(out, underlined(from), underlined(to))
	return strings.ReplaceAll(out, from, to)
}

// write returns what w writes for r, failing the test on an error.
func write(t *testing.T, w Writer, r *engine.Result) string {
	t.Helper()
	var b strings.Builder
	if err := w(&b, r); err != nil {
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
