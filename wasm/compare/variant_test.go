package compare

import "testing"

func TestFullKey(t *testing.T) {
	tests := []struct{ name, want string }{
		{"W. Mark Felt Sr.", "mark felt sr"},
		{"W Mark Felt", "mark felt"},
		{"T-Mobile USA", "t mobile usa"}, // a hyphenated word, not an initial
		{"Korden Bank Inc.", "korden bank"},
		{"J. Velmon", "j velmon"}, // an initial and a surname stay a person's name
	}
	for _, tt := range tests {
		if got := fullKey(nameKey(tt.name), beginsWithInitial(tt.name)); got != tt.want {
			t.Errorf("fullKey(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
