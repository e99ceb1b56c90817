package compare_test

import (
	"strings"
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

func TestRevisedFigure(t *testing.T) {
	early := article{name: "early.txt",
		text:    "At least six people died in the Brenmoor mine collapse, officials said.\n",
		figures: []fig{{text: "At least six people", kind: mention.Count, value: 6, hedge: "at least", unit: "people", measure: "deaths"}}}
	tests := []struct {
		name, later string
		want        compare.Kind
		explains    string
	}{
		{"a toll raised from the earlier figure", "Eight people died in the Brenmoor mine collapse, officials said on Friday, raising the toll from six.\n",
			compare.ChangedOverTime, "raised from six"},
		{"a toll raised from a figure no one else gives", "Eight people died in the Brenmoor mine collapse, up from four.\n",
			compare.Agreement, "hedged"},
		{"no revision: a hedge that allows the larger figure", "Eight people died in the Brenmoor mine collapse.\n",
			compare.Agreement, "hedged"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			later := article{name: "later.txt", text: tt.later,
				figures: []fig{{text: "Eight people", kind: mention.Count, value: 8, unit: "people", measure: "deaths"}}}
			c := compareArticles(t, early, later)
			f := findings(c, tt.want, "How many died")
			if len(f) != 1 || !strings.Contains(f[0].Explanation, tt.explains) {
				t.Errorf("want one %s finding saying %q:%s", tt.want, tt.explains, dump(c))
			}
		})
	}
}
