package lexicon

import "testing"

func TestTitles(t *testing.T) {
	tests := []struct {
		word                      string
		title, honorary, academic bool
	}{
		{"President", true, false, false},
		{"spokeswoman", true, false, false},
		{"vice", true, false, false}, // a word of "vice president"
		{"Mr", true, true, false},
		{"Mrs.", false, true, false}, // the tagger's list has no dots; the courtesy test drops one
		{"Miss", false, true, false},
		{"Dr", true, false, true},
		{"Prof.", false, false, true},
		{"Smith", false, false, false},
		{"", false, false, false},
	}
	for _, tt := range tests {
		if got := IsTitle(tt.word); got != tt.title {
			t.Errorf("IsTitle(%q) = %v, want %v", tt.word, got, tt.title)
		}
		if got := IsHonorific(tt.word); got != tt.honorary {
			t.Errorf("IsHonorific(%q) = %v, want %v", tt.word, got, tt.honorary)
		}
		if got := IsAcademicTitle(tt.word); got != tt.academic {
			t.Errorf("IsAcademicTitle(%q) = %v, want %v", tt.word, got, tt.academic)
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
