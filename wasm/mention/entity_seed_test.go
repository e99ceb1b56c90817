package mention

import (
	"os"
	"path/filepath"
	"testing"

	"parallax/wasm/document"
)

// seeds reads the real articles of ../shared/corpus/seeds, skipping when absent.
func seeds(t testing.TB) map[string]*document.Document {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "seeds")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("no seed articles in %s (they live beside the project)", dir)
	}
	docs := map[string]*document.Document{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := document.Parse(filepath.Base(f), string(b))
		if err != nil {
			t.Fatal(err)
		}
		docs[d.Name] = d
	}
	return docs
}

func TestSeedEntitiesPrint(t *testing.T) {
	for name, d := range seeds(t) {
		t.Log("==", name)
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
		}
	}
}
