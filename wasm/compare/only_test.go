package compare_test

import (
	"strings"
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

func TestOnlyInRanksWhatMatters(t *testing.T) {
	a := article{name: "a.txt",
		text: "Mayor Ines Vale opened the Dunmore bridge on Monday. Vale said the bridge took four years. " +
			"Guests came from Oslo, Bergen and Tromso. Later Vale thanked the builders.\n",
		ents: []ent{
			{typ: mention.Person, name: "Ines Vale", mentions: []string{"Vale"}, roles: []string{"Mayor"}},
			{typ: mention.Place, name: "Dunmore"},
			{typ: mention.Place, name: "Oslo"},
			{typ: mention.Place, name: "Bergen"},
			{typ: mention.Place, name: "Tromso"},
		}}
	b := article{name: "b.txt",
		text: "A new bridge opened in Dunmore on Monday.\n",
		ents: []ent{{typ: mention.Place, name: "Dunmore"}}}
	c := compareArticles(t, a, b)
	only := findings(c, compare.OnlyIn, "")
	tests := []struct {
		at       int // index among the only_in findings; -1 for the last
		topic    string
		explains string
	}{
		{0, "mentions of Ines Vale", "Only a.txt names Ines Vale."},
		{-1, "other names in a.txt: Oslo, Bergen, Tromso", "a.txt also mentions, once each and no other source: Oslo, Bergen, Tromso."},
	}
	for _, tt := range tests {
		i := tt.at
		if i < 0 {
			i += len(only)
		}
		if i < 0 || i >= len(only) || only[i].Topic != tt.topic || !strings.Contains(only[i].Explanation, tt.explains) {
			t.Errorf("only_in finding %d: want %q (%q)%s", tt.at, tt.topic, tt.explains, dump(c))
		}
	}
	if len(only) != 2 {
		t.Errorf("want 2 only_in findings, got %d%s", len(only), dump(c))
	}
	if last := only[len(only)-1]; len(last.Values) != 3 {
		t.Errorf("the merged finding has %d values, want one per name", len(last.Values))
	}
}
