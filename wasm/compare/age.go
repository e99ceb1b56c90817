package compare

import (
	"fmt"
	"strconv"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// ageUnit is the unit the mention stage gives an age in ("a 40-year-old", "Jane
// Roe, 45,").
const ageUnit = "year of age"

// An ageSaid is the age one source gives a person: exact ("40-year-old") or a span
// of years ("in his late 30s").
type ageSaid struct {
	src    int
	entity int // merged entity
	lo, hi int // the years the words allow
	span   document.Span
}

// decadeParts are the words that narrow a decade of life, and the years of it they
// allow: "early 30s" is 30 to 33.
var decadeParts = map[string][2]int{"early": {0, 3}, "mid": {3, 6}, "late": {7, 9}}

// possessives may stand between "in" and a decade of life: "in his 30s".
var possessives = lexicon.Phrases("possessives")

// maxAgeGap is how many bytes may stand between a name and the age after it:
// ", who was in ".
const maxAgeGap = 16

// compareAges reports, for each person whose age several sources give, whether the
// ages agree.
func (c *comparer) compareAges() {
	byEntity := map[int][]ageSaid{}
	var order []int
	for s := range c.sources {
		for _, a := range c.ages(s) {
			if len(byEntity[a.entity]) > 0 && byEntity[a.entity][len(byEntity[a.entity])-1].src == s {
				continue // a source's first age of a person stands for it
			}
			if byEntity[a.entity] == nil {
				order = append(order, a.entity)
			}
			byEntity[a.entity] = append(byEntity[a.entity], a)
		}
	}
	for _, e := range order {
		if ages := byEntity[e]; len(ages) >= 2 {
			c.judgeAges(e, ages)
		}
	}
}

// judgeAges compares the ages several sources give one person: they agree when one
// age fits them all.
func (c *comparer) judgeAges(e int, ages []ageSaid) {
	topic := "How old is " + c.entities[e].Name + "?"
	values := make([]Value, len(ages))
	var parts []string
	lo, hi := ages[0].lo, ages[0].hi
	for i, a := range ages {
		values[i] = c.value(a.src, a.span)
		parts = append(parts, fmt.Sprintf("%s says %s", c.docName(a.src), values[i].Text))
		lo, hi = max(lo, a.lo), min(hi, a.hi)
	}
	text := strings.Join(parts, "; ")
	if lo <= hi {
		c.add(Finding{Kind: Agreement, Topic: topic, Values: values, Explanation: text + ": one age fits them all."})
		return
	}
	f := Finding{Kind: Conflict, Topic: topic, Values: values, Explanation: text + ": no one age fits them all.",
		Confidence: 0.8, Reason: "the sources were written within weeks of each other, and an age does not change in that time"}
	if !c.apartTogether(ages) {
		f.Confidence, f.Reason = 0.5, "a person is a year older in a report written a year later, and the sources do not all say when they were written"
	}
	c.add(f)
}

// apartTogether reports whether two sources giving ages no one age fits were
// written within weeks of each other.
func (c *comparer) apartTogether(ages []ageSaid) bool {
	for i, a := range ages {
		for _, b := range ages[i+1:] {
			if (a.hi < b.lo || b.hi < a.lo) && c.writtenTogether([]int{a.src, b.src}) {
				return true
			}
		}
	}
	return false
}

// ages returns the ages source s gives the people it names: the mention stage's
// ages and the decades of life its words give ("in her early 40s").
func (c *comparer) ages(s int) []ageSaid {
	src := c.sources[s]
	var out []ageSaid
	for _, q := range src.Mentions.Quantities {
		if q.Kind == mention.Measure && q.Unit == ageUnit {
			out = c.appendAge(out, s, q.Span, int(q.Value), int(q.Value))
		}
	}
	toks := src.Doc.Tokens
	for k := range toks {
		if span, lo, hi, ok := decadeAt(src.Doc, k); ok {
			out = c.appendAge(out, s, span, lo, hi)
		}
	}
	return out
}

// appendAge adds the age at span sp to out when a person named next to it has it.
func (c *comparer) appendAge(out []ageSaid, s int, sp document.Span, lo, hi int) []ageSaid {
	if e, ok := c.personNextTo(s, sp); ok {
		out = append(out, ageSaid{src: s, entity: e, lo: lo, hi: hi, span: sp})
	}
	return out
}

// decadeAt reads a decade of life starting at token k: "late 30s", "mid-40s", "in
// his 20s", with the years it allows.
func decadeAt(d *document.Document, k int) (document.Span, int, int, bool) {
	toks := d.Tokens
	text := func(i int) string { return strings.ToLower(d.Text[toks[i].Start:toks[i].End]) }
	joined := func(i int) bool { return i+1 < len(toks) && toks[i+1].Start == toks[i].End }
	withPossessive := func(i int) int { // "her late 30s"
		if i > 0 && possessives[text(i-1)] {
			return toks[i-1].Start
		}
		return toks[i].Start
	}
	// An era, "the late 90s" or "the mid-80s", is no age. It is checked last, on the
	// few tokens that could start one, for it reads one token more.
	era := func() bool { return k > 0 && text(k-1) == "the" }
	w := text(k)
	if part, rest, ok := strings.Cut(w, "-"); ok { // one token: "mid-40s"
		if r, ok := decadeParts[part]; ok && !era() {
			if dec, ok := decade(rest); ok {
				return document.Span{Start: withPossessive(k), End: toks[k].End}, dec + r[0], dec + r[1], true
			}
		}
		return document.Span{}, 0, 0, false
	}
	r, narrowed := decadeParts[w]
	if !narrowed && (w != "in" || k+1 >= len(toks) || !possessives[text(k+1)]) || era() {
		return document.Span{}, 0, 0, false
	}
	n := k + 1
	if !narrowed {
		n++ // "in his 20s": the whole decade
		r = [2]int{0, 9}
	}
	if n < len(toks) && text(n) == "-" {
		n++
	}
	if n+1 >= len(toks) || toks[n].Kind != document.Number || !joined(n) || text(n+1) != "s" {
		return document.Span{}, 0, 0, false
	}
	dec, ok := decade(text(n) + "s")
	if !ok {
		return document.Span{}, 0, 0, false
	}
	start := withPossessive(k)
	if !narrowed {
		start = toks[k+1].Start // the age is "his 20s", not "in"
	}
	return document.Span{Start: start, End: toks[n+1].End}, dec + r[0], dec + r[1], true
}

// decade returns the first year of a decade of life written "30s", from 10s to 90s.
func decade(w string) (int, bool) {
	if len(w) != 3 || w[1] != '0' || w[2] != 's' {
		return 0, false
	}
	n, err := strconv.Atoi(w[:2])
	return n, err == nil && n >= 10
}

// personNextTo returns the merged person an age at span sp of source s is given
// to: the name just before it, joined by words that make it an apposition ("Jane
// Roe, 45", "Roe, a 40-year-old nurse", "Roe, who is in her late 30s"), or the name
// right after it ("a 40-year-old Jane Roe"), unless that name only qualifies what
// has the age ("a 38-year-old Troy resident", "Roe's 12-year-old daughter").
func (c *comparer) personNextTo(s int, sp document.Span) (int, bool) {
	src := c.sources[s]
	text := src.Doc.Text
	for e, ent := range src.Mentions.Entities {
		if ent.Type != mention.Person || e >= len(c.local[s]) || c.local[s][e] < 0 {
			continue
		}
		for _, m := range ent.Mentions {
			switch {
			case m.End <= sp.Start && sp.Start-m.End <= maxAgeGap:
				if appositions[oneSpaced(strings.ToLower(text[m.End:sp.Start]))] {
					return c.local[s][e], true
				}
			case m.Start >= sp.End && m.Start-sp.End <= 1 && strings.TrimSpace(text[sp.End:m.Start]) == "":
				if !qualifiesNext(text[m.End:]) {
					return c.local[s][e], true
				}
			}
		}
	}
	return 0, false
}

// appositions are the words that may join a name to the age after it.
var appositions = lexicon.Phrases("agejoiners")

// ownerNouns follow a name that only qualifies them: "a Troy resident".
var ownerNouns = lexicon.Phrases("ownernouns")

// qualifiesNext reports whether the text after a name makes the name a qualifier
// of the noun that follows it, or a possessor.
func qualifiesNext(rest string) bool {
	if strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return true
	}
	f := strings.Fields(rest)
	return len(f) > 0 && ownerNouns[strings.ToLower(strings.Trim(f[0], ",.;:"))]
}
