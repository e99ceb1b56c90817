package view

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/engine"
	"parallax/wasm/example"
)

func TestPlural(t *testing.T) {
	tests := []struct {
		n    int
		word string
		want string
	}{
		{0, "article", "0 articles"},
		{1, "article", "1 article"},
		{2, "entity", "2 entities"},
		{1, "entity", "1 entity"},
	}
	for _, tt := range tests {
		if got := plural(tt.n, tt.word); got != tt.want {
			t.Errorf("plural(%d, %q) = %q, want %q", tt.n, tt.word, got, tt.want)
		}
	}
}

func TestLetter(t *testing.T) {
	for i, want := range map[int]string{0: "A", 1: "B", 25: "Z"} {
		if got := letter(i); got != want {
			t.Errorf("letter(%d) = %q, want %q", i, got, want)
		}
	}
}

func TestSummary(t *testing.T) {
	var inputs []engine.Input
	for _, a := range example.Story() {
		inputs = append(inputs, engine.Input{Name: a.Name, Text: a.Text})
	}
	inputs = append(inputs, engine.Input{Name: "blank", Text: "   "})
	got := summary(engine.Analyze(inputs), 12*time.Millisecond)
	for _, want := range []string{"Analysed 3 articles in 12ms", "finding", "1 source could not be read"} {
		if !strings.Contains(got, want) {
			t.Errorf("summary = %q, want it to say %q", got, want)
		}
	}
}

// TestPageStartsWithOneSource renders the page as the server prerenders it.
func TestPageStartsWithOneSource(t *testing.T) {
	e := app.NewTestEngine()
	p := &Page{}
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if len(p.sources) != 1 || p.sources[0].Name != "Source A" {
		t.Fatalf("sources = %+v, want one named Source A", p.sources)
	}
	if p.ready {
		t.Error("a page rendered outside the browser claims to be ready")
	}
}
