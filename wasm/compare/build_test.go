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
	roles      []claim.RoleClaim // spans are found from Role, entities from Holder
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

// An event lies within the first occurrence of the phrase at; its participants,
// place, day and duration are found after it, else anywhere in the text (a day
// written nowhere is given at the event).
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

// spanAfter returns the span of the first occurrence of sub at or after at, else
// before it, else at itself.
func spanAfter(text, sub string, at document.Span) document.Span {
	for _, from := range []int{at.Start, 0} {
		if i := strings.Index(text[from:], sub); i >= 0 {
			return document.Span{Start: from + i, End: from + i + len(sub)}
		}
	}
	return at
}

// source builds the compare.Source of a.
func (a article) source(t testing.TB) compare.Source {
	t.Helper()
	d, err := document.Parse(a.name, a.text)
	if err != nil {
		t.Fatal(err)
	}
	src := compare.Source{Doc: d}
	entityOf := map[string]int{} // by name and by every mention string
	entity := func(name string) int {
		if i, ok := entityOf[name]; ok {
			return i
		}
		return -1
	}
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
			role := mention.Role{Title: r, Span: spanOf(t, a.text, r, 0)}
			me.Roles = append(me.Roles, role)
			if e.typ == mention.Person { // as the claim stage gives them
				src.Claims.Roles = append(src.Claims.Roles, claim.RoleClaim{Span: role.Span, Holder: e.name, Role: r, Entity: i, Title: role.Span})
			}
		}
		src.Mentions.Entities = append(src.Mentions.Entities, me)
		for _, m := range e.mentions {
			entityOf[m] = i
		}
		entityOf[e.name] = i
	}
	for _, q := range a.quotes {
		from := 0
		if q.after != "" {
			from = spanOf(t, a.text, q.after, 0).End
		}
		cq := claim.Quote{Span: spanOf(t, a.text, q.text, from), Text: q.text, Partial: q.partial}
		if q.speaker != "" {
			cq.Speaker = &claim.Speaker{Name: q.speaker, Entity: entity(q.speaker), Span: spanOf(t, a.text, q.speaker, 0)}
		}
		src.Claims.Quotes = append(src.Claims.Quotes, cq)
	}
	for _, e := range a.events {
		at := spanOf(t, a.text, e.at, 0)
		ev := claim.Event{Span: at, Kind: e.kind, Participants: e.who,
			Place: e.place, Day: e.day, Duration: e.duration, OneOfSeveral: e.several,
			PlaceSpan: spanAfter(a.text, e.place, at), PlaceEntity: entity(e.place),
			DaySpan: spanAfter(a.text, e.day, at), DurationSpan: spanAfter(a.text, e.duration, at)}
		for _, p := range e.who {
			ev.Parties = append(ev.Parties, claim.Speaker{Name: p, Entity: entity(p), Span: spanAfter(a.text, p, at)})
		}
		src.Claims.Events = append(src.Claims.Events, ev)
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
		r.Title, r.Entity = r.Span, entity(r.Holder)
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
