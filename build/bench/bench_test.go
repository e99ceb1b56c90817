package main

import (
	"math"
	"os"
	"parallax/internal/hostile"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestShiftDigits(t *testing.T) {
	tests := []struct {
		in   string
		k    int
		want string
	}{
		{"$40 million in 2024", 1, "$51 million in 3135"},
		{"no numbers here", 3, "no numbers here"},
		{"09", 10, "09"},
		{"09", 11, "10"},
		{"", 4, ""},
		{"héllo 5 мир", 5, "héllo 0 мир"},
	}
	for _, tt := range tests {
		if got := shiftDigits(tt.in, tt.k); got != tt.want {
			t.Errorf("shiftDigits(%q, %d) = %q, want %q", tt.in, tt.k, got, tt.want)
		}
	}
}

func TestCorpus(t *testing.T) {
	c, err := loadCorpus(filepath.Join(t.TempDir(), "absent"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(c.origin, "invented") || len(c.articles) != 5 {
		t.Fatalf("without seeds: origin %q with %d articles, want 5 invented ones", c.origin, len(c.articles))
	}
	if text := c.text(100 << 10); len(text) < 100<<10 || !strings.HasPrefix(text, c.articles[0].Text) {
		t.Errorf("text(100 KB) has %d bytes and does not start with the first article", len(text))
	}
	sources := c.sources(12)
	if len(sources) != 12 {
		t.Fatalf("sources(12) gave %d", len(sources))
	}
	var names []string
	for _, s := range sources {
		names = append(names, s.Name)
	}
	slices.Sort(names)
	if len(slices.Compact(names)) != 12 {
		t.Errorf("sources(12) repeats a name: %v", names)
	}
	if sources[5].Text == sources[0].Text || sources[10].Text == sources[5].Text {
		t.Error("the variants of an article have the same text as the article")
	}
}

func TestLoadCorpusSeeds(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.txt", "notes.md"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Text of "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, err := loadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 2 || c.articles[0].Name != "a.txt" || !strings.Contains(c.origin, "2 seed articles") {
		t.Errorf("loadCorpus read %d articles (%q first), origin %q; want a.txt and b.txt", len(c.articles), c.articles[0].Name, c.origin)
	}
}

func TestGrowth(t *testing.T) {
	tests := []struct {
		from, to     int
		fromMS, toMS float64
		want         float64
	}{
		{2, 4, 10, 20, 1},
		{2, 4, 10, 40, 2},
		{5, 20, 7, 7, 0},
	}
	for _, tt := range tests {
		if got := growth(tt.from, tt.to, tt.fromMS, tt.toMS); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("growth(%d, %d, %v, %v) = %v, want %v", tt.from, tt.to, tt.fromMS, tt.toMS, got, tt.want)
		}
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{9, 1, 5}, 5},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestEmbeddedData(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"pkg/model.go":      "package pkg\n\nimport _ \"embed\"\n\n//go:embed data/*.txt weights.bin\nvar data string\n",
		"pkg/model_test.go": "package pkg\n\n//go:embed fixture.txt\nvar fixture string\n",
		"pkg/data/a.txt":    strings.Repeat("alpha ", 100),
		"pkg/data/b.txt":    "beta",
		"pkg/weights.bin":   "\x00\x01\x02",
		"pkg/fixture.txt":   "only for tests",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := embeddedData(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range got {
		names = append(names, strings.TrimPrefix(filepath.ToSlash(f.name), filepath.ToSlash(dir)+"/"))
		if f.raw <= 0 || f.brotliLen <= 0 {
			t.Errorf("%s: raw %d, brotli %d; want both measured", f.name, f.raw, f.brotliLen)
		}
	}
	want := []string{"pkg/data/a.txt", "pkg/data/b.txt", "pkg/weights.bin"}
	if !slices.Equal(names, want) {
		t.Errorf("embeddedData found %v, want %v", names, want)
	}
}

func TestHostileText(t *testing.T) {
	for _, in := range hostile.Units {
		text, err := hostileText(in.Name, 1000)
		if err != nil || len(text) > 1000 || len(text) <= 1000-len(in.Text) || !strings.HasPrefix(text, in.Text) {
			t.Errorf("hostileText(%q, 1000): %d bytes, %v", in.Name, len(text), err)
		}
	}
	if _, err := hostileText("no such input", 1000); err == nil {
		t.Error("hostileText of an unknown input did not fail")
	}
}
