package compare

import "testing"

func TestKinds(t *testing.T) {
	seen := map[Kind]bool{}
	for i, k := range Kinds() {
		if seen[k.Kind] {
			t.Errorf("%s is described twice", k.Kind)
		}
		seen[k.Kind] = true
		if k.Label == "" || k.Symbol == "" || k.Heading == "" || k.One == "" || k.Many == "" {
			t.Errorf("%s lacks a word: %+v", k.Kind, k)
		}
		if k.Kind.Rank() != i || k.Kind.Info() != k {
			t.Errorf("%s: rank %d, info %+v; want %d, %+v", k.Kind, k.Kind.Rank(), k.Kind.Info(), i, k)
		}
	}
}

func TestKindOrder(t *testing.T) {
	tests := []struct {
		first, then Kind
	}{
		{Conflict, AttributionConflict},
		{AttributionConflict, QuoteVariant},
		{QuoteVariant, PossibleConflict},
		{ChangedOverTime, Agreement},
		{Agreement, OnlyIn},
		{OnlyIn, Kind("unknown")},
	}
	for _, tt := range tests {
		if tt.first.Rank() >= tt.then.Rank() {
			t.Errorf("%s ranks %d, not before %s at %d", tt.first, tt.first.Rank(), tt.then, tt.then.Rank())
		}
	}
	if got := Kind("unknown").Info(); got.Label != "unknown" || got.Differs {
		t.Errorf("an unknown kind is described as %+v", got)
	}
}
