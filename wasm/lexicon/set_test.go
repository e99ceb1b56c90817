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
