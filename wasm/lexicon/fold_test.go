package lexicon

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Mélanie", "melanie"},
		{"ŁÓDŹ", "lodz"},
		{"Zelenskyy’s", "zelenskyy's"},
		{"Sánchez–Pérez", "sanchez-perez"},
		{"Ωmega", "ωmega"}, // not Latin: lower case only
	}
	for _, tt := range tests {
		got := []rune(tt.in)
		for i, r := range got {
			got[i] = Fold(r)
		}
		if string(got) != tt.want {
			t.Errorf("Fold over %q = %q, want %q", tt.in, string(got), tt.want)
		}
	}
}

func TestIndexFold(t *testing.T) {
	tests := []struct {
		s, sub string
		want   int
	}{
		{"talks in GENEVA on Monday", "geneva", 9},
		{"Geneva", "Geneva", 0},
		{"Gene", "geneva", -1},
		{"anything", "", -1},
	}
	for _, tt := range tests {
		if got := IndexFold(tt.s, tt.sub); got != tt.want {
			t.Errorf("IndexFold(%q, %q) = %d, want %d", tt.s, tt.sub, got, tt.want)
		}
	}
}

func TestLookupFold(t *testing.T) {
	units := map[string]int{"km": 1000, "m": 1}
	tests := []struct {
		word  string
		value int
		found bool
	}{
		{"KM", 1000, true},
		{"m", 1, true},
		{"mm", 0, false},
		{"a-word-longer-than-thirty-two-bytes", 0, false},
	}
	for _, tt := range tests {
		if v, ok := LookupFold(units, tt.word); v != tt.value || ok != tt.found {
			t.Errorf("LookupFold(%q) = %d, %v; want %d, %v", tt.word, v, ok, tt.value, tt.found)
		}
	}
}
