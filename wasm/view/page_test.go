package view

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
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

func TestSizeText(t *testing.T) {
	for n, want := range map[int]string{0: "0 KB", 1: "1 KB", 1024: "1 KB", 1025: "2 KB", 2 << 20: "2.0 MB", 5<<20 + 512<<10: "5.5 MB"} {
		if got := sizeText(n); got != want {
			t.Errorf("sizeText(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestPendingBytes counts only the sources whose text or name changed since
// their last analysis, so that an edit beside a long article re-reads only itself.
func TestPendingBytes(t *testing.T) {
	p := &Page{}
	p.addSource("A", "Alpha.")
	p.addSource("B", "Beta, longer.")
	p.work.done = map[int]analysed{}
	if got := p.pendingBytes(); got != len("Alpha.")+len("Beta, longer.") {
		t.Errorf("before any analysis pendingBytes = %d", got)
	}
	p.work.done[p.sources[0].id] = analyseSource(p.sources[0])
	if got := p.pendingBytes(); got != len("Beta, longer.") {
		t.Errorf("with A analysed pendingBytes = %d, want B's length", got)
	}
	p.sources[0].Name = "A renamed"
	if got := p.pendingBytes(); got != len("Alpha.")+len("Beta, longer.") {
		t.Errorf("after renaming A pendingBytes = %d, want both", got)
	}
}

func TestHeadline(t *testing.T) {
	var inputs []engine.Input
	for _, a := range example.Story() {
		inputs = append(inputs, engine.Input{Name: a.Name, Text: a.Text})
	}
	tests := []struct {
		inputs []engine.Input
		want   string
	}{
		{nil, "Nothing to compare"},
		{inputs[:1], "One article"},
		{inputs, "3 articles: "},
	}
	for _, tt := range tests {
		if got := headline(engine.Analyze(tt.inputs)); !strings.HasPrefix(got, tt.want) {
			t.Errorf("headline of %d articles = %q, want it to start %q", len(tt.inputs), got, tt.want)
		}
	}
}

func TestFirstTopics(t *testing.T) {
	fs := []compare.Finding{
		{Topic: "day of the opening"},
		{Topic: "quotation “a”"},
		{Topic: "quotation “a”"},
		{Topic: "the cost"},
		{Topic: "the crowd"},
	}
	tests := []struct {
		idx  []int
		n    int
		want []int
	}{
		{[]int{0, 1, 2, 3, 4}, 3, []int{0, 1, 3}},
		{[]int{2, 1, 4}, 3, []int{2, 4}},
		{[]int{0, 1, 2, 3, 4}, 1, []int{0}},
		{nil, 3, nil},
	}
	for _, tt := range tests {
		if got := firstTopics(fs, tt.idx, tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("firstTopics(%v, %d) = %v, want %v", tt.idx, tt.n, got, tt.want)
		}
	}
}
