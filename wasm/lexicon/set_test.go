package lexicon

import (
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	s := SetOf(`he she
		They`)
	tests := []struct {
		word string
		want bool
	}{
		{"he", true},
		{"They", true},
		{"they", false}, // matched as written
		{"h", false},
		{"", false},
		{"shelter", false},
	}
	for _, tt := range tests {
		if got := s.Has(tt.word); got != tt.want {
			t.Errorf("Has(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestList(t *testing.T) {
	months := List("months")
	if len(months) != 12 || months[0] != "January" || months[11] != "December" {
		t.Errorf("List(\"months\") = %q, want the twelve months without the header", months)
	}
}

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
	entries, err := files.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".txt")
		list := List(name)
		if len(list) == 0 || !strings.Contains(list[0], " = ") {
			continue
		}
		for _, entry := range list {
			if !strings.Contains(entry, " = ") {
				t.Errorf("%s: %q is no pair", e.Name(), entry)
			}
		}
		if p := Pairs(name); len(p) != len(list) {
			t.Errorf("%s: %d pairs of %d entries: a word is given twice", e.Name(), len(p), len(list))
		}
	}
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
	entries, err := files.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := files.ReadFile(e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(data), "# ") {
			t.Errorf("%s opens without a header", e.Name())
		}
		name := strings.TrimSuffix(e.Name(), ".txt")
		if len(List(name)) == 0 {
			t.Errorf("%s holds no entries", e.Name())
		}
	}
}

func TestNumbers(t *testing.T) {
	n := Numbers("multipliers")
	if n["bn"] != 1e9 || n["dozen"] != 12 {
		t.Errorf("Numbers(\"multipliers\"): bn %v, dozen %v; want 1e9 and 12", n["bn"], n["dozen"])
	}
}
