package compare_test

import (
	"fmt"
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/engine"
	"parallax/wasm/example"
)

// manySources repeats the seeds under new names until there are n articles.
func manySources(b *testing.B, n int) []engine.Input {
	seeds := loadSeeds(b)
	in := make([]engine.Input, n)
	for i := range in {
		s := seeds[i%len(seeds)]
		in[i] = engine.Input{Name: fmt.Sprintf("%s-%d", s.Name, i), Text: s.Text}
	}
	return in
}

// BenchmarkCompareSeeds analyses and compares the five seed articles: the whole
// engine, as the paste page runs it.
func BenchmarkCompareSeeds(b *testing.B) {
	in := loadSeeds(b)
	for b.Loop() {
		engine.Analyze(in)
	}
}

// BenchmarkCompareSeedsStage times the comparison stage alone on the seeds.
func BenchmarkCompareSeedsStage(b *testing.B) {
	srcs := engine.Analyze(loadSeeds(b)).Sources
	for b.Loop() {
		compare.Compare(srcs)
	}
}

// BenchmarkCompare20Sources analyses and compares twenty articles.
func BenchmarkCompare20Sources(b *testing.B) {
	in := manySources(b, 20)
	for b.Loop() {
		engine.Analyze(in)
	}
}

// BenchmarkCompare20SourcesStage times the comparison stage alone on twenty articles.
func BenchmarkCompare20SourcesStage(b *testing.B) {
	srcs := engine.Analyze(manySources(b, 20)).Sources
	for b.Loop() {
		compare.Compare(srcs)
	}
}

// BenchmarkCompareExampleStage times the comparison stage alone on the invented
// story behind "Try an example", which needs nothing from the shared folder.
func BenchmarkCompareExampleStage(b *testing.B) {
	var in []engine.Input
	for _, a := range example.Story() {
		in = append(in, engine.Input{Name: a.Name, Text: a.Text})
	}
	srcs := engine.Analyze(in).Sources
	for b.Loop() {
		compare.Compare(srcs)
	}
}
