package claim

import (
	"os"
	"path/filepath"
	"testing"

	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// seedsDir holds real articles beside the project; tests that read it skip without it.
var seedsDir = filepath.Join("..", "..", "..", "shared", "corpus", "seeds")

// TestSeeds prints the quotes of every seed article with their speakers (go test -v)
// and checks that each one is found and that every full quote has a speaker.
func TestSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("the seed articles are not at " + seedsDir)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := document.Parse(filepath.Base(f), string(b))
		if err != nil {
			t.Fatal(err)
		}
		m := mention.Find(d)
		t.Logf("== %s (%d entities)", d.Name, len(m.Entities))
		for _, q := range FindQuotes(d, m) {
			name := "<nil>"
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			t.Logf("  %-30s %-10s partial=%-5v %.70q", name, q.Cue, q.Partial, q.Text)
			if q.Speaker == nil && !q.Partial {
				t.Errorf("%s: no speaker for %q", d.Name, q.Text)
			}
		}
	}
}
