package compare_test

import (
	"strings"
	"testing"

	"parallax/wasm/claim"
	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/mention"
)

// FuzzCompare runs the whole engine over two texts, and the comparison over sources
// whose mentions and claims are made of the texts' words with spans that may lie
// anywhere, as a faulty earlier stage might give them. Neither may panic.
func FuzzCompare(f *testing.F) {
	f.Add("Dmitri Peskov met Putin in Moscow on Friday. “We agreed,” he said.", "Dmitry Peskov met Putin in St. Petersburg on Thursday.", 3)
	f.Add("", "“unbalanced quote", -5)
	f.Add("€21 billion ($23.8 billion)", "\x00\xff", 1<<20)
	f.Add("A fire swept through a mill in Dunmore on Sunday, killing at least six people. Crews fought the blaze for five hours.",
		"Eight people died in a fire in Dunmore on Monday, officials said, raising the toll from six. The fire burned for more than four hours.", 7)
	f.Fuzz(func(t *testing.T, a, b string, off int) {
		engine.Analyze([]engine.Input{{Name: "a", Text: a}, {Name: "b", Text: b}})
		var srcs []compare.Source
		for _, text := range []string{a, b, a + " " + b} {
			d, err := document.Parse("x", text)
			if err != nil {
				continue
			}
			srcs = append(srcs, garbleSource(d, off))
		}
		c := compare.Compare(srcs)
		for _, f := range c.Findings {
			if f.Kind == "" || f.Explanation == "" {
				t.Errorf("finding without kind or explanation: %+v", f)
			}
		}
	})
}

// garbleSource makes a source out of the words of d with spans shifted by off.
func garbleSource(d *document.Document, off int) compare.Source {
	sp := func(i int) document.Span { return document.Span{Start: i + off, End: i + off + 3} }
	fields := strings.Fields(d.Text)
	s := compare.Source{Doc: d}
	for i, w := range fields {
		s.Mentions.Entities = append(s.Mentions.Entities, mention.Entity{Type: mention.Person, Name: w,
			Mentions: []document.Span{sp(i)}, Roles: []mention.Role{{Title: w, Span: sp(-i)}}})
		s.Mentions.Quantities = append(s.Mentions.Quantities, mention.Quantity{Kind: mention.Money,
			Value: float64(i), Unit: w, Of: w, Hedge: w, Span: sp(i), Converted: &mention.Quantity{Kind: mention.Money, Unit: "USD", Span: sp(i + 1)}})
		s.Claims.Quotes = append(s.Claims.Quotes, claim.Quote{Span: sp(i), Text: d.Text,
			Speaker: &claim.Speaker{Name: w, Entity: i - 1, Span: sp(off)}})
		s.Claims.Events = append(s.Claims.Events, claim.Event{Span: sp(i), Kind: "meeting",
			Participants: fields[:min(len(fields), 2)], Place: w, Day: w, Duration: w,
			Parties: []claim.Speaker{{Name: w, Entity: i*7 - 3, Span: sp(-i)}}, PlaceEntity: i - 1,
			PlaceSpan: sp(i), DaySpan: sp(-i), DurationSpan: sp(off)})
		s.Claims.Figures = append(s.Claims.Figures, claim.Figure{Quantity: i*7 - 3, Measure: w})
		s.Claims.Roles = append(s.Claims.Roles, claim.RoleClaim{Span: sp(i), Holder: w, Role: w, Entity: i*7 - 3, Title: sp(-i)})
		if i == 20 {
			break
		}
	}
	return s
}
