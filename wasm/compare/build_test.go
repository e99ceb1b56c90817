package compare_test

import (
	"slices"
	"strings"
	"testing"

	"parallax/wasm/claim"
	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// An article is an invented text with the mentions and claims the earlier stages
// would find in it, written by hand so that the comparison is tested on its own.
type article struct {
	name, text string
	ents       []ent
	quotes     []quo
	events     []event
	figures    []fig
	roles      []claim.RoleClaim // spans are found from Role
}

// An ent is an entity: every occurrence of each of its mention strings is a mention.
type ent struct {
	typ      mention.Type
	name     string
	mentions []string
	roles    []string
}

// A quo is a quotation and the name of its speaker ("" for none), found after the
// first occurrence of after, if given.
type quo struct {
	text, speaker, after string
	partial              bool
}

// An event lies within the first occurrence of the phrase at.
type event struct {
	kind, at, place, day, duration string
	who                            []string
	several                        bool
}

// A fig is a quantity: text is its first occurrence; conv its stated conversion.
type fig struct {
	text, measure, hedge string
	kind                 mention.QuantityKind
	value                float64
	unit                 string
	conv                 *fig
}

// spanOf returns the span of the first occurrence of sub in text, from byte from.
func spanOf(t testing.TB, text, sub string, from int) document.Span {
	t.Helper()
	i := strings.Index(text[from:], sub)
	if i < 0 {
		t.Fatalf("%q not in the article", sub)
	}
	return document.Span{Start: from + i, End: from + i + len(sub)}
}

// source builds the compare.Source of a.
func (a article) source(t testing.TB) compare.Source {
	t.Helper()
	d, err := document.Parse(a.name, a.text)
	if err != nil {
		t.Fatal(err)
	}
	src := compare.Source{Doc: d}
	entityOf := map[string]int{}
	for i, e := range a.ents {
		me := mention.Entity{Type: e.typ, Name: e.name}
		for _, m := range append([]string{e.name}, e.mentions...) {
			for from := 0; ; {
				k := strings.Index(a.text[from:], m)
				if k < 0 {
					break
				}
				me.Mentions = append(me.Mentions, document.Span{Start: from + k, End: from + k + len(m)})
				from += k + len(m)
			}
		}
		for _, r := range e.roles {
			me.Roles = append(me.Roles, mention.Role{Title: r, Span: spanOf(t, a.text, r, 0)})
		}
		src.Mentions.Entities = append(src.Mentions.Entities, me)
		entityOf[e.name] = i
	}
	for _, q := range a.quotes {
		from := 0
		if q.after != "" {
			from = spanOf(t, a.text, q.after, 0).End
		}
		cq := claim.Quote{Span: spanOf(t, a.text, q.text, from), Text: q.text, Partial: q.partial}
		if q.speaker != "" {
			i, ok := entityOf[q.speaker]
			if !ok {
				i = -1
			}
			cq.Speaker = &claim.Speaker{Name: q.speaker, Entity: i, Span: spanOf(t, a.text, q.speaker, 0)}
		}
		src.Claims.Quotes = append(src.Claims.Quotes, cq)
	}
	for _, e := range a.events {
		src.Claims.Events = append(src.Claims.Events, claim.Event{
			Span: spanOf(t, a.text, e.at, 0), Kind: e.kind, Participants: e.who,
			Place: e.place, Day: e.day, Duration: e.duration, OneOfSeveral: e.several,
		})
	}
	for _, f := range a.figures {
		q := f.quantity(t, a.text)
		if f.conv != nil {
			c := f.conv.quantity(t, a.text)
			q.Converted = &c
		}
		src.Mentions.Quantities = append(src.Mentions.Quantities, q)
		src.Claims.Figures = append(src.Claims.Figures, claim.Figure{
			Span: q.Span, Quantity: len(src.Mentions.Quantities) - 1, Measure: f.measure,
		})
	}
	for _, r := range a.roles {
		r.Span = spanOf(t, a.text, r.Role, 0)
		src.Claims.Roles = append(src.Claims.Roles, r)
	}
	return src
}

func (f fig) quantity(t testing.TB, text string) mention.Quantity {
	return mention.Quantity{Kind: f.kind, Value: f.value, Unit: f.unit, Hedge: f.hedge,
		Of: f.measure, Span: spanOf(t, text, f.text, 0)}
}

// compareArticles builds and compares the articles.
func compareArticles(t testing.TB, as ...article) compare.Comparison {
	t.Helper()
	srcs := make([]compare.Source, len(as))
	for i, a := range as {
		srcs[i] = a.source(t)
	}
	return compare.Compare(srcs)
}

// findings returns the findings of kind k whose topic contains topic.
func findings(c compare.Comparison, k compare.Kind, topic string) []compare.Finding {
	var out []compare.Finding
	for _, f := range slices.Concat(c.Findings, c.Hidden) {
		if f.Kind == k && strings.Contains(f.Topic, topic) {
			out = append(out, f)
		}
	}
	return out
}

// dump lists the findings for a failure message.
func dump(c compare.Comparison) string {
	var b strings.Builder
	for _, f := range c.Findings {
		b.WriteString("\n  [" + string(f.Kind) + "] " + f.Topic + ": " + f.Explanation)
	}
	return b.String()
}
