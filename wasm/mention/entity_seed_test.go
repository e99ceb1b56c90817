package mention

import (
	"strings"
	"testing"

	"parallax/build/corpus"
	"parallax/wasm/document"
	"parallax/wasm/mention/ner"
)

// seedDocuments parses the real articles, keyed by their three-digit prefix ("001"),
// or skips the test when they are absent.
func seedDocuments(tb testing.TB) map[string]*document.Document {
	tb.Helper()
	docs := make(map[string]*document.Document)
	for _, a := range corpus.Seeds(tb) {
		d, err := document.Parse(a.Name, a.Text)
		if err != nil {
			tb.Fatal(err)
		}
		docs[a.Name[:3]] = d
	}
	return docs
}

// seedParagraphs returns the running text of the real articles, a paragraph a line,
// or nothing where they are absent; benchmarks then use invented text alone. Clutter
// is left out because a comment section runs to the end of the text.
func seedParagraphs() []string {
	articles, _ := corpus.Load()
	var paragraphs []string
	for _, a := range articles {
		d, err := document.Parse(a.Name, a.Text)
		if err != nil {
			continue
		}
		for _, p := range d.Paragraphs {
			if p.Kind != document.Clutter {
				paragraphs = append(paragraphs, d.Slice(p.Span)+"\n")
			}
		}
	}
	return paragraphs
}

// TestSeedEntities runs on the real articles: every one names Vladimir Putin, and no
// entity may be a nationality or start with a function word. Run with -v to read
// every entity found.
func TestSeedEntities(t *testing.T) {
	for name, d := range seedDocuments(t) {
		t.Log("==", name)
		putin := false
		for _, e := range FindEntities(d) {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, d.Slice(m))
			}
			var rs []string
			for _, r := range e.Roles {
				rs = append(rs, r.Title)
			}
			t.Logf("%-6s %-28q roles=%q mentions=%q", e.Type, e.Name, rs, ms)
			putin = putin || e.Type == Person && e.Name == "Vladimir Putin" && len(e.Mentions) > 1
			first, _, _ := strings.Cut(e.Name, " ")
			if ner.Lookup(e.Name)&ner.Demonym != 0 || isFunctionWord(first) {
				t.Errorf("%s: %s %q is not an entity", name, e.Type, e.Name)
			}
		}
		if !putin {
			t.Errorf("%s: Vladimir Putin not found as a person named more than once", name)
		}
	}
}
