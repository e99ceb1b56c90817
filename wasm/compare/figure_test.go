package compare

import (
	"maps"
	"slices"
	"testing"
)

// TestListedCountsShareTheirHeadsState checks that the counts listed as parts of an
// earlier one ("30 lives, including …") count people in its state, whatever words
// of place follow them, and that a count outside such a list keeps its own.
func TestListedCountsShareTheirHeadsState(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string // a count as written → its state
	}{
		{"a list of the dead", "The blast claimed 30 lives, including 12 workers, 3 guards and two children on the street.",
			map[string]string{"30 lives": "deaths", "12 workers": "deaths", "3 guards": "deaths", "two children": "deaths"}},
		{"a list of those aboard", "The ferry had 40 people aboard, including 12 children on the ground floor.",
			map[string]string{"40 people": "aboard", "12 children": "aboard"}},
		{"no list", "The blast killed 30 people. Rescuers later found 12 workers on the ground.",
			map[string]string{"30 people": "deaths", "12 workers": "ground"}},
		{"a new clause ends the list", "The blast claimed 30 lives, including 12 workers, and police arrested 3 guards.",
			map[string]string{"12 workers": "deaths", "3 guards": "arrests"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newComparer(sourcesOf(t, []string{tt.text}))
			got := map[string]string{}
			for _, f := range c.figures(0) {
				if _, ok := tt.want[f.amount.text]; ok {
					got[f.amount.text] = f.state
				}
			}
			if !maps.Equal(got, tt.want) {
				t.Errorf("states %v, want %v (of %q)", got, tt.want, slices.Sorted(maps.Keys(tt.want)))
			}
		})
	}
}
