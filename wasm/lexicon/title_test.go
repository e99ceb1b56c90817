package lexicon

import "testing"

func TestTitles(t *testing.T) {
	tests := []struct {
		word            string
		title, honorary bool
	}{
		{"President", true, false},
		{"spokeswoman", true, false},
		{"vice", true, false}, // a word of "vice president"
		{"Mr", true, true},
		{"Mrs.", false, true}, // the tagger's list has no dots; the courtesy test drops one
		{"Miss", false, true},
		{"Smith", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := IsTitle(tt.word); got != tt.title {
			t.Errorf("IsTitle(%q) = %v, want %v", tt.word, got, tt.title)
		}
		if got := IsHonorific(tt.word); got != tt.honorary {
			t.Errorf("IsHonorific(%q) = %v, want %v", tt.word, got, tt.honorary)
		}
	}
}

func TestTitleStatus(t *testing.T) {
	tests := []struct{ word, want string }{
		{"former", Former},
		{"Outgoing", Former},
		{"elect", Elect},
		{"designate", Elect},
		{"deputy", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := TitleStatus(tt.word); got != tt.want {
			t.Errorf("TitleStatus(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
