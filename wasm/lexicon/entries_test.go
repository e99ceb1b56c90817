package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSetOfLists(t *testing.T) {
	s := SetOfLists("spokesnouns", "rolenouns")
	for _, w := range []string{"spokeswoman", "officials", "ministry"} {
		if !s.Has(w) {
			t.Errorf("%q is in neither list", w)
		}
	}
	if s.Has("#") || s.Has("Nouns") {
		t.Error("a list's header counts as words")
	}
}

func TestPairs(t *testing.T) {
	p := Pairs("officespellings")
	tests := []struct{ word, want string }{
		{"defence", "defense"},
		{"pm", "prime minister"}, // the meaning may have several words
		{"defense", ""},
	}
	for _, tt := range tests {
		if got := p[tt.word]; got != tt.want {
			t.Errorf("Pairs[%q] = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestPairLists checks that every list of pairs (its first entry has " = ") is
// written as Pairs reads it, each word once.
func TestPairLists(t *testing.T) {
	for _, name := range listNames(t) {
		list := List(name)
		if len(list) == 0 || !strings.Contains(list[0], " = ") {
			continue
		}
		for _, entry := range list {
			if !strings.Contains(entry, " = ") {
				t.Errorf("%s: %q is no pair", name, entry)
			}
		}
		if p := Pairs(name); len(p) != len(list) {
			t.Errorf("%s: %d pairs of %d entries: a word is given twice", name, len(p), len(list))
		}
	}
}

// listNames returns the names of the lists in the package's folder.
func listNames(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no list files found: %v", err)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = strings.TrimSuffix(p, ".txt")
	}
	return names
}

func TestPhrases(t *testing.T) {
	p := Phrases("singleoffices")
	if !p["prime minister"] || !p["president"] || p["prime"] {
		t.Errorf("Phrases(\"singleoffices\") = %v, want whole entries", p)
	}
}

// TestListsSayWhatTheyHold checks that every list opens with its header: what it
// holds and where it came from.
func TestListsSayWhatTheyHold(t *testing.T) {
	for _, name := range listNames(t) {
		data, err := os.ReadFile(name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "# ") {
			t.Errorf("%s.txt opens without a header", name)
		}
		if len(List(name)) == 0 {
			t.Errorf("%s.txt holds no entries", name)
		}
	}
}

func TestNumbers(t *testing.T) {
	n := Numbers("multipliers")
	if n["bn"] != 1e9 || n["dozen"] != 12 {
		t.Errorf("Numbers(\"multipliers\"): bn %v, dozen %v; want 1e9 and 12", n["bn"], n["dozen"])
	}
}
