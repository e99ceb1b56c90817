package lexicon

import (
	"strings"
	"testing"
)

func TestExpandTitle(t *testing.T) {
	tests := []struct{ word, want string }{
		{"PM", "prime minister"},
		{"Sen.", "senator"},
		{"gov", "governor"},
		{"CEO", "chief executive"},
		{"senator", ""},
		{"Smith", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(ExpandTitle(tt.word), " "); got != tt.want {
			t.Errorf("ExpandTitle(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

// TestTitleAbbreviationsStandForTitles checks that every abbreviation's office is a
// title word, so that what it stands for can be matched with a written title.
func TestTitleAbbreviationsStandForTitles(t *testing.T) {
	for abbr, words := range titleAbbreviations {
		if len(words) == 0 || !IsTitle(words[len(words)-1]) {
			t.Errorf("%q stands for %q, which does not end in a title word", abbr, words)
		}
	}
}

func TestIsTitleJoint(t *testing.T) {
	for w, want := range map[string]bool{"of": true, "For": true, "and": true, "the": false, "minister": false} {
		if got := IsTitleJoint(w); got != want {
			t.Errorf("IsTitleJoint(%q) = %v, want %v", w, got, want)
		}
	}
}
