package mention

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parallax/wasm/document"
	"parallax/wasm/mention/ner"
)

// seedDir holds the real articles, beside the project.
var seedDir = filepath.Join("..", "..", "..", "shared", "corpus", "seeds")

// seeds reads the real articles, skipping the test when they are absent.
func seeds(t testing.TB) map[string]*document.Document {
	docs := seedDocs()
	if len(docs) == 0 {
		t.Skipf("no seed articles in %s (they live beside the project)", seedDir)
	}
	return docs
}

// seedDocs reads and parses the real articles found in seedDir.
func seedDocs() map[string]*document.Document {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	docs := map[string]*document.Document{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if d, err := document.Parse(filepath.Base(f), string(b)); err == nil {
			docs[d.Name] = d
		}
	}
	return docs
}

// TestSeedEntities runs on the real articles: every one names Vladimir Putin, and no
// entity may be a nationality or start with a function word. Run with -v to read
// every entity found.
func TestSeedEntities(t *testing.T) {
	for name, d := range seeds(t) {
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
