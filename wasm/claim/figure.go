package claim

import (
	"sort"

	"parallax/wasm/lexicon"
)

// figures returns each quantity of the mention stage with what it measures and who
// gives it: the speaker of the quotation it stands in, else of a speech verb in its
// sentence.
func (a *analysis) figures() []Figure {
	out := make([]Figure, 0, len(a.r.m.Quantities))
	for i, q := range a.r.m.Quantities {
		f := Figure{Span: q.Span, Quantity: i, Measure: q.Of}
		if f.Measure == "" {
			f.Measure = a.measureAfter(q.Span)
		}
		f.Source = a.sourceOf(q.Span)
		out = append(out, f)
	}
	return out
}

// measurePrepositions may join a quantity to what it measures.
var measurePrepositions = lexicon.SetOf("in of on for to")

// measureAfter returns the words after a quantity that say what it counts, when the
// mention stage did not: "21 billion euros in new support" → "new support".
func (a *analysis) measureAfter(s Span) string {
	t := a.tokenAt(s.End)
	if t >= len(a.d.Tokens) {
		return ""
	}
	last := a.d.Sentences[a.d.Tokens[t].Sentence].Last
	if t < last && measurePrepositions.Has(a.r.word(t)) {
		t++
	}
	start, end := t, t
	for end < last && end < start+4 && a.r.isWord(end) && !a.r.capitalised(end) && !functionWords.Has(a.r.word(end)) {
		end++
	}
	if end == start {
		return ""
	}
	return a.d.Slice(Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[end-1].End})
}

// sourceOf returns who gives the words at span s: a quotation's speaker, else the
// speaker of the nearest speech verb in the same sentence.
func (a *analysis) sourceOf(s Span) *Speaker {
	q := sort.Search(len(a.quotes), func(k int) bool { return a.quotes[k].End >= s.End })
	if q < len(a.quotes) && a.quotes[q].Span.Contains(s) {
		return a.quotes[q].Speaker
	}
	si := a.d.SentenceAt(s.Start)
	if si < 0 {
		return nil
	}
	k := sort.Search(len(a.attrs), func(k int) bool { return a.attrs[k].sentence >= si })
	if k < len(a.attrs) && a.attrs[k].sentence == si {
		return a.attrs[k].speaker
	}
	return nil
}
