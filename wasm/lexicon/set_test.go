package lexicon

import "testing"

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

// TestPairLists checks that every list of pairs is written as Pairs reads it.
func TestPairLists(t *testing.T) {
	for _, name := range []string{"officequalifiers", "officespellings"} {
		if p := Pairs(name); len(p) != len(List(name)) {
			t.Errorf("%s: %d pairs of %d entries: a word is given twice", name, len(p), len(List(name)))
		}
	}
}

func TestPhrases(t *testing.T) {
	p := Phrases("singleoffices")
	if !p["prime minister"] || !p["president"] || p["prime"] {
		t.Errorf("Phrases(\"singleoffices\") = %v, want whole entries", p)
	}
}
