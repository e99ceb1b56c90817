package compare_test

import (
	"fmt"
	"strings"

	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

func ExampleCompare() {
	// Two invented reports; the earlier stages would find these mentions.
	source := func(name, text string, storeys float64) compare.Source {
		d, _ := document.Parse(name, text)
		at := strings.Index(text, "3")
		return compare.Source{Doc: d, Mentions: mention.Mentions{
			Entities: []mention.Entity{{Type: mention.Org, Name: "Harbour Tower",
				Mentions: []document.Span{{Start: 4, End: 17}}}},
			Quantities: []mention.Quantity{{Kind: mention.Count, Value: storeys, Unit: "storey",
				Of: "storeys", Span: document.Span{Start: at, End: at + 2}}},
		}}
	}
	c := compare.Compare([]compare.Source{
		source("a.txt", "The Harbour Tower has 30 storeys.", 30),
		source("b.txt", "The Harbour Tower has 33 storeys.", 33),
	})
	for _, f := range c.Findings {
		fmt.Printf("%s (%s): %s\n", f.Kind, f.Topic, f.Explanation)
		for _, v := range f.Values {
			fmt.Printf("  %s %q at %d–%d\n", v.Document, v.Text, v.Start, v.End)
		}
	}
	// Output:
	// conflict (How many storeys?): a.txt gives 30; b.txt gives 33: amounts that no rounding, hedge or conversion reconciles.
	//   a.txt "30" at 22–24
	//   b.txt "33" at 22–24
}
