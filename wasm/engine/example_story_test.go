package engine_test

import (
	"slices"
	"strings"
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/engine"
	"parallax/wasm/example"
)

// TestExampleStory checks that the app's example story shows the differences it was
// written to show.
func TestExampleStory(t *testing.T) {
	var inputs []engine.Input
	for _, a := range example.Story() {
		inputs = append(inputs, engine.Input{Name: a.Name, Text: a.Text})
	}
	r := engine.Analyze(inputs)
	tests := []struct {
		kind     compare.Kind
		topic    string // a part of the finding's topic
		explains string // a part of its explanation
	}{
		{compare.Conflict, "When was the fire in Port Alder?", "Monday"},
		{compare.Agreement, "How long did the fire in Port Alder last?", "hedged"},
		{compare.ChangedOverTime, "How many died", "raised from nine"},
		{compare.Conflict, "storeys", "24-storey"},
		{compare.QuoteVariant, "hardest night", "life"},
		{compare.AttributionConflict, "hardest night", "Tobias Renner"},
		{compare.Agreement, "name: Marta Ellison", "Marta Elisson"},
	}
	for _, tt := range tests {
		found := false
		for _, f := range slices.Concat(r.Comparison.Findings, r.Comparison.Hidden) {
			found = found || f.Kind == tt.kind && strings.Contains(f.Topic, tt.topic) && strings.Contains(f.Explanation, tt.explains)
		}
		if !found {
			t.Errorf("no %s finding on %q saying %q", tt.kind, tt.topic, tt.explains)
		}
	}
	for _, name := range []string{"Port Alder", "Marta Ellison", "Tobias Renner", "Alder Housing Trust"} {
		var docs []string
		for _, e := range r.Comparison.Entities {
			if e.Name == name {
				docs = e.Documents
			}
		}
		if len(docs) != len(inputs) {
			t.Errorf("%s is found in %v, want every article", name, docs)
		}
	}
	for _, f := range r.Comparison.Findings {
		if f.Kind == compare.OnlyIn {
			t.Errorf("unexpected finding: %s: %s", f.Topic, f.Explanation)
		}
	}
}
