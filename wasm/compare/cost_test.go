package compare_test

import (
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

// TestCostWordNamesTheAmount checks that a cost word right before an amount of
// money makes it a figure of that cost, not a guess from the words around it.
func TestCostWordNamesTheAmount(t *testing.T) {
	base := article{name: "a.txt", text: "The bridge cost $412 million, according to the transit authority.",
		figures: []fig{{text: "$412 million", kind: mention.Money, value: 412e6, unit: "USD"}}}
	tests := []struct {
		name, text, amount string
		value              float64
		want               compare.Kind // "" for no difference shown
	}{
		{"final cost at", "The transit authority put the final cost at $450 million.", "$450 million", 450e6, compare.Conflict},
		{"at a cost of", "It was built at a cost of $450 million, officials said.", "$450 million", 450e6, compare.Conflict},
		{"agrees", "The bridge cost $412 million in the end.", "$412 million", 412e6, compare.Agreement},
		{"another thing's cost", "The tunnel cost $450 million.", "$450 million", 450e6, ""},
		{"no cost word", "Officials said $450 million had been raised.", "$450 million", 450e6, ""},
	}
	for _, tt := range tests {
		b := article{name: "b.txt", text: tt.text,
			figures: []fig{{text: tt.amount, kind: mention.Money, value: tt.value, unit: "USD"}}}
		c := compareArticles(t, base, b)
		var got compare.Kind
		for _, f := range c.Findings {
			if f.Kind == compare.Conflict || f.Kind == compare.PossibleConflict || f.Kind == compare.Agreement {
				got = f.Kind
			}
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q%s", tt.name, got, tt.want, dump(c))
		}
	}
}
