// Package corpus reads the material that lives beside the project, in ../shared,
// for tests and benchmarks: the five real seed articles about one story. It is never
// copied into the project, so every reader must cope with its absence: Seeds skips the
// test or benchmark, saying where it looked.
package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// An Article is one seed article: its file's base name and its text.
type Article struct {
	Name string
	Text string
}

// SeedsDir returns the folder of the seed articles: shared/corpus/seeds beside the
// module's root, which is found by walking up from the working directory to go.mod.
func SeedsDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return filepath.Join("..", "shared", "corpus", "seeds")
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	return filepath.Join(filepath.Dir(dir), "shared", "corpus", "seeds")
}

// Load returns the seed articles in file name order, or none where they are absent.
func Load() ([]Article, error) {
	files, err := filepath.Glob(filepath.Join(SeedsDir(), "*.txt"))
	if err != nil {
		return nil, err
	}
	articles := make([]Article, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		articles = append(articles, Article{Name: filepath.Base(f), Text: string(b)})
	}
	return articles, nil
}

// Seeds returns the seed articles in file name order, or skips tb when they are absent.
func Seeds(tb testing.TB) []Article {
	tb.Helper()
	articles, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	if len(articles) == 0 {
		tb.Skipf("the seed articles are not in %s (../shared beside the project)", SeedsDir())
	}
	return articles
}
