package view

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/engine"
	"parallax/wasm/htmltext"
)

// demoArticles reads the demo news page's story and the related articles it hands
// the widget, as embed.js would.
func demoArticles(t *testing.T) []engine.Input {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "web", "demo", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	story := regexp.MustCompile(`(?s)<article id="story">(.*?)</article>`).FindStringSubmatch(page)
	if story == nil {
		t.Fatal("the demo page has no story")
	}
	inputs := []engine.Input{{Name: "Kellport Courier", Text: htmltext.Extract(story[1])}}
	for _, m := range regexp.MustCompile(`(?s)<template class="related-story" data-name="([^"]+)">(.*?)</template>`).FindAllStringSubmatch(page, -1) {
		inputs = append(inputs, engine.Input{Name: m[1], Text: htmltext.Extract(m[2])})
	}
	return inputs
}

// TestDemoPlantedDifferences is the demo story's acceptance test: its articles
// were written to disagree on the cost, the day and the crowd, and the widget
// must say so.
func TestDemoPlantedDifferences(t *testing.T) {
	inputs := demoArticles(t)
	if len(inputs) != 3 {
		t.Fatalf("the demo page gives %d articles, want the story and two related ones", len(inputs))
	}
	planted := []struct{ what, a, b string }{
		{"the cost", "412", "450"},
		{"the day", "Monday", "Tuesday"},
		{"the crowd", "3,000", "2,000"},
	}
	r := engine.Analyze(inputs)
	for _, p := range planted {
		if !hasConflict(r.Comparison.Findings, p.a, p.b) {
			t.Errorf("no conflict found on %s (%s vs %s)", p.what, p.a, p.b)
		}
	}
}

// hasConflict reports whether a difference the view leads with sets a value
// holding a against one holding b.
func hasConflict(fs []compare.Finding, a, b string) bool {
	for _, f := range fs {
		if !f.Kind.Info().Differs {
			continue
		}
		var hasA, hasB bool
		for _, v := range f.Values {
			hasA = hasA || strings.Contains(v.Text, a)
			hasB = hasB || strings.Contains(v.Text, b)
		}
		if hasA && hasB {
			return true
		}
	}
	return false
}
