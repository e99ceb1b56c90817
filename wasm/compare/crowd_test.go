package compare_test

import (
	"strings"
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

// TestCrowdIsOneMeasure checks that the people who watched or attended an event
// are one count, whatever noun counts them.
func TestCrowdIsOneMeasure(t *testing.T) {
	base := article{name: "a.txt", text: "The mayor cut the ribbon in front of about 3,000 residents.",
		figures: []fig{{text: "3,000 residents", kind: mention.Count, value: 3000, unit: "residents", hedge: "about"}}}
	tests := []struct {
		name, text, amount, hedge string
		value                     float64
		want                      compare.Kind // "" for no difference shown
	}{
		{"watched by", "The opening was watched by some 2,000 people.", "2,000 people", "some", 2000, compare.PossibleConflict},
		{"attended", "Some 2,000 people attended the ceremony.", "2,000 people", "some", 2000, compare.PossibleConflict},
		{"agrees", "A crowd of 3,000 saw the ribbon cut.", "3,000", "", 3000, compare.Agreement},
		{"no crowd", "The bridge will carry 2,000 people an hour.", "2,000 people", "", 2000, ""},
	}
	for _, tt := range tests {
		b := article{name: "b.txt", text: tt.text,
			figures: []fig{{text: tt.amount, kind: mention.Count, value: tt.value, unit: "people", hedge: tt.hedge}}}
		c := compareArticles(t, base, b)
		var got compare.Kind
		for _, f := range c.Findings {
			if f.Kind == compare.Conflict || f.Kind == compare.PossibleConflict || f.Kind == compare.Agreement {
				got = f.Kind
			}
		}
		for _, f := range c.Findings {
			if f.Kind != compare.OnlyIn && tt.want != "" && !strings.HasPrefix(f.Topic, "How big was the crowd?") {
				t.Errorf("%s: topic %q, want the plain question", tt.name, f.Topic)
			}
		}
		if got != tt.want {
			t.Errorf("%s: got %q, want %q%s", tt.name, got, tt.want, dump(c))
		}
	}
}
