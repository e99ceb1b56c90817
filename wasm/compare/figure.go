package compare

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// concepts maps stemmed words of what a figure measures to a shared concept, so that
// "military assistance", "new aid" and "support pledged" meet in one slot.
var concepts = lexicon.Pairs("measureconcepts")

// vague words say nothing about what a figure measures.
var vague = lexicon.Phrases("vaguemeasures")

// concept returns the concept a stemmed word belongs to, or the word itself.
func concept(w string) string {
	if c, ok := concepts[w]; ok {
		return c
	}
	return w
}

// measureConcepts returns the sorted concepts of a measure as written.
func measureConcepts(measure string) []string {
	var out []string
	for _, w := range words(measure) {
		if vague[w] || len(w) < 2 {
			continue
		}
		c, ok := concepts[stem(w)]
		if !ok {
			c, ok = concepts[w]
		}
		if !ok {
			c = stem(w)
		}
		out = append(out, c)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// A figure is one amount a source gives, with what it measures.
type figure struct {
	src      int
	amount   amount
	measure  string
	concepts []string
	guessed  bool   // the concepts come from the words around the amount
	state    string // what happened to what it counts: "deaths", "aboard", …
	mixed    bool   // the words around it give two states
	// link joins the amount to its measure as written: "to" in "£2m to rehouse",
	// "in the" in "$5m in the budget"; "" when none does.
	link string
	span document.Span // the amount and its stated conversion
}

// aroundBefore and aroundAfter are how many words before and after an amount stand
// in for what it measures when no stage says.
const (
	aroundBefore = 3
	aroundAfter  = 4
)

// around returns the words of q's sentence just before and after it, past its stated
// conversion.
func (c *comparer) around(s int, q mention.Quantity) string {
	before, after := c.wordsAround(s, q)
	return strings.Join(append(before, after...), " ")
}

// wordsAround returns the words of q's sentence just before and after it, past its
// stated conversion, short of any other number. It looks at most aroundReach tokens each way, so that a
// sentence without end (a page of numbers) costs no more per quantity than a real one.
func (c *comparer) wordsAround(s int, q mention.Quantity) (before, after []string) {
	w, at, ok := c.sentenceOf(s, q.Start)
	if !ok {
		return nil, nil
	}
	d, toks := w.doc, w.toks
	end := q.End
	if q.Converted != nil && q.Converted.End > end && q.Converted.Start-q.End < 40 {
		end = q.Converted.End
	}
	for k := at - 1; k >= 0 && k >= at-aroundReach && len(before) < aroundBefore; k-- {
		if toks[k].Kind == document.Number && toks[k].End <= q.Start && c.quantityAt(s, toks[k].Start) {
			before = nil // the words after another amount are that amount's ("279 lives — 241 …")
			break
		}
		if w, ok := measureWord(d, toks[k]); ok && toks[k].End <= q.Start {
			before = append(before, w)
		}
	}
	slices.Reverse(before)
	for k := at; k < len(toks) && k < at+aroundReach && len(after) < aroundAfter && (toks[k].Kind != document.Number || toks[k].Start < end); k++ {
		if w, ok := measureWord(d, toks[k]); ok && toks[k].Start >= end {
			after = append(after, w)
		}
	}
	return before, after
}

// quantityAt reports whether an amount of source s starts at byte off.
func (c *comparer) quantityAt(s, off int) bool {
	qs := c.sources[s].Mentions.Quantities
	k, _ := slices.BinarySearchFunc(qs, off, func(q mention.Quantity, off int) int { return q.Start - off })
	return k < len(qs) && qs[k].Start == off
}

// aroundReach bounds how many tokens around searches on each side of an amount.
const aroundReach = 24

// measureWord returns the text of token t when it is a word that can say what is
// measured: not a vague word or a hedge.
func measureWord(d *document.Document, t document.Token) (string, bool) {
	if t.Kind != document.Word || t.End > len(d.Text) {
		return "", false
	}
	text := d.Text[t.Start:t.End]
	if w := strings.ToLower(text); vague[w] || hedgeWords[w] != exact {
		return "", false
	}
	return text, true
}

// figures returns the amounts of source s that say what they measure: the claim
// stage's Figures, and quantities whose mention says what they are "of".
func (c *comparer) figures(s int) []figure {
	src := c.sources[s]
	qs := src.Mentions.Quantities
	measure := make([]string, len(qs))
	for i, q := range qs {
		measure[i] = q.Of
	}
	for _, f := range src.Claims.Figures {
		if f.Quantity >= 0 && f.Quantity < len(qs) && f.Measure != "" {
			measure[f.Quantity] = f.Measure
		}
	}
	var out []figure
	head := -1 // the figure of out whose list the last one was part of
	converted := conversions(qs)
	for i, q := range qs {
		if converted[q.Span] || q.Kind == mention.Measure && q.Unit == ageUnit {
			continue // a conversion stands with its amount; ages are compared by person
		}
		f := figure{src: s, measure: measure[i], concepts: measureConcepts(measure[i])}
		if q.Kind == mention.Count && q.Unit != "" {
			f.concepts = mergeConcepts(f.concepts, measureConcepts(q.Unit))
		}
		if len(f.concepts) == 0 {
			// The earlier stages did not say what it measures: the words around it in
			// its sentence ("pledged … to rehouse residents") stand in.
			f.measure = c.around(s, q)
			f.concepts, f.guessed = measureConcepts(f.measure), true
		}
		f = c.asCost(s, q, f)
		f = c.asCrowd(s, q, f)
		if len(f.concepts) == 0 {
			continue
		}
		before := c.slice(s, document.Span{Start: max(0, q.Start-24), End: q.Start})
		f.amount = newAmount(q, c.slice(s, q.Span), before)
		wordsBefore, wordsAfter := c.wordsAround(s, q)
		f.state, f.mixed = stateOf(f, f.measure, wordsAfter, wordsBefore)
		if head = c.listHead(s, out, head, f, q); head >= 0 {
			f.state, f.mixed = out[head].state, out[head].mixed // "241 lives, including … five students on the ground"
		}
		if f.state != "" {
			f.countPeople(q.Unit, wordsAfter)
		}
		if f.amount.kind == mention.Count && f.amount.value <= 1 {
			continue // "one doctor said": someone, not a figure
		}
		f.span = q.Span
		if h := lastHedge(before); h != "" && strings.HasSuffix(strings.TrimRight(before, " "), h) {
			f.span.Start = q.Start - len(before) + strings.LastIndex(before, h)
		}
		if cv := q.Converted; cv != nil {
			f.amount.withConversion(*cv, c.slice(s, cv.Span))
			if cv.Start >= q.End && cv.Start-q.End < 40 && cv.End <= len(src.Doc.Text) {
				f.span.End = cv.End
				if f.span.End < len(src.Doc.Text) && src.Doc.Text[f.span.End] == ')' {
					f.span.End++
				}
			}
		}
		f.amount.text = oneSpaced(c.slice(s, f.span))
		if !f.guessed {
			f.link = c.linkWords(s, f.span.End, f.measure)
		}
		out = append(out, f)
	}
	return out
}

// linkWords are the words that may join an amount to what it measures.
var linkWords = map[string]bool{
	"to": true, "for": true, "in": true, "of": true, "on": true, "after": true, "before": true,
}

// linkWords returns the words that join the amount ending at end to the words of its
// measure when they follow it at once: a preposition and at most one vague word
// ("to" in "£2m to rehouse residents", "for the" in "$5m for the deal"), or "".
func (c *comparer) linkWords(s, end int, measure string) string {
	first, _, _ := strings.Cut(writtenName(measure), " ")
	w, at, ok := c.sentenceOf(s, end)
	if !ok || first == "" {
		return ""
	}
	for at < len(w.toks) && w.toks[at].Kind != document.Word {
		at++ // a closing bracket or a comma
	}
	if !linkWords[w.word(at)] {
		return ""
	}
	for n := 1; n <= 2; n++ {
		if w.word(at+n) == strings.ToLower(first) {
			return w.doc.Text[w.toks[at].Start:w.toks[at+n-1].End]
		}
		if !vague[w.word(at+n)] {
			break
		}
	}
	return ""
}

// listOpeners open a list of the parts of the count before them: "241 lives,
// including 229 passengers".
var listOpeners = lexicon.Phrases("listopeners")

// listHead returns the index in out of the count whose parts a count f is listed as
// ("The crash claimed 241 lives, including 229 passengers, 12 crew members and five
// students on the ground": the students died, wherever they were), or -1. head is
// the count the figure before f was listed as part of, or -1.
func (c *comparer) listHead(s int, out []figure, head int, f figure, q mention.Quantity) int {
	if len(out) == 0 || f.amount.kind != mention.Count {
		return -1
	}
	prev := out[len(out)-1]
	d := c.sources[s].Doc
	if prev.amount.kind != mention.Count || d.SentenceAt(prev.span.Start) != d.SentenceAt(q.Start) {
		return -1
	}
	w, at, ok := c.sentenceOf(s, prev.span.End)
	if !ok {
		return -1
	}
	var gap []string
	for k := at; k < len(w.toks) && w.toks[k].End <= q.Start; k++ {
		if x := w.word(k); x != "" {
			gap = append(gap, x)
		}
	}
	switch {
	case prev.state != "" && slices.ContainsFunc(gap, func(x string) bool { return listOpeners[x] }):
		return len(out) - 1
	case head >= 0 && !slices.ContainsFunc(gap, func(x string) bool { return x != "and" && !slices.Contains(words(prev.measure), x) }):
		return head // the list goes on: ", 12 crew members, and five …"
	}
	return -1
}

// conversions returns the spans of the conversions the quantities state, so that a
// conversion listed as a quantity of its own is not taken for a second figure.
func conversions(qs []mention.Quantity) map[document.Span]bool {
	out := map[document.Span]bool{}
	for _, q := range qs {
		if q.Converted != nil {
			out[q.Converted.Span] = true
		}
	}
	return out
}

func mergeConcepts(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// A slot gathers the claims of several sources about one thing, at most one claim per
// source.
type figureSlot struct {
	concepts []string
	members  []figure
}

func (sl *figureSlot) has(s int) bool {
	return slices.ContainsFunc(sl.members, func(f figure) bool { return f.src == s })
}

// fits scores how well f belongs in the slot: the share of the smaller concept set
// the two have in common, and 0 for amounts of different kinds.
func (sl *figureSlot) fits(f figure) float64 {
	first := sl.members[0].amount
	if first.kind != f.amount.kind || first.per != f.amount.per {
		return 0 // a rate ("a month") and a total measure different things
	}
	if st := sl.members[0].state; st != "" && f.state != "" && st != f.state {
		return 0 // the dead and those on board are different counts
	}
	// Counts meet by what they count (their concepts include the unit); other
	// measures need the same unit.
	if k := first.kind; k != mention.Money && k != mention.Count && first.unit != f.amount.unit && !compatibleUnits(first.unit, f.amount.unit) {
		return 0
	}
	if !f.guessed && !sl.members[0].guessed && !sameCost(sl.concepts, f.concepts) {
		return 0
	}
	shared := 0
	for _, x := range f.concepts {
		if _, ok := slices.BinarySearch(sl.concepts, x); ok {
			shared++
		}
	}
	score := float64(shared) / float64(min(len(f.concepts), len(sl.concepts)))
	if score < 0.5 {
		return 0
	}
	if compareAmounts(first, f.amount).agree {
		score += 0.5 // of two candidates, the one that agrees is likelier the same figure
	}
	return score
}

// compareFigures slots every source's figures by what they measure and compares the
// amounts in each slot.
func (c *comparer) compareFigures() {
	var slots []*figureSlot
	byConcept := map[string][]int{} // concept → the slots with it, the latest last
	c.ambiguous = map[string]bool{}
	for s := range c.sources {
		figs := dedupeFigures(c.figures(s))
		c.noteAmbiguous(figs)
		type pair struct {
			f, slot int
			score   float64
		}
		var pairs []pair
		for fi, f := range figs {
			for _, si := range candidateSlots(byConcept, f.concepts) {
				if score := slots[si].fits(f); score > 0 {
					pairs = append(pairs, pair{fi, si, score})
				}
			}
		}
		slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(b.score, a.score) })
		placed := make([]bool, len(figs))
		for _, p := range pairs {
			if placed[p.f] || slots[p.slot].has(s) {
				continue
			}
			placed[p.f] = true
			sl := slots[p.slot]
			sl.members = append(sl.members, figs[p.f])
			for _, x := range figs[p.f].concepts {
				if !slices.Contains(sl.concepts, x) {
					byConcept[x] = append(byConcept[x], p.slot)
				}
			}
			sl.concepts = mergeConcepts(sl.concepts, figs[p.f].concepts)
		}
		for fi, f := range figs {
			if !placed[fi] {
				for _, x := range f.concepts {
					byConcept[x] = append(byConcept[x], len(slots))
				}
				slots = append(slots, &figureSlot{concepts: f.concepts, members: []figure{f}})
			}
		}
	}
	for _, sl := range slots {
		if len(sl.members) == 1 {
			f := sl.members[0]
			if f.guessed {
				continue // what it measures is a guess: not worth a finding of its own
			}
			c.onlyIn = append(c.onlyIn, Finding{Kind: OnlyIn, Topic: figureTopic(sl),
				Values:      []Value{c.figureValue(f)},
				Explanation: fmt.Sprintf("Only %s gives a figure for %s: %s.", c.docName(f.src), cmp.Or(writtenName(f.measure), f.measure), f.amount.text)})
			continue
		}
		c.judgeFigures(sl, figureTopic(sl))
	}
}

// measureKey identifies what a figure measures, as far as its words say.
func measureKey(f figure) string {
	return f.state + "|" + strings.Join(f.concepts, " ")
}

// noteAmbiguous records the measures one source gives several different amounts
// for ("29%" for one party, "16%" for another): their words do not say which thing
// each counts, so figures of such a measure cannot be sure to answer one question.
func (c *comparer) noteAmbiguous(figs []figure) {
	seen := map[string]float64{}
	for _, f := range figs {
		k := measureKey(f)
		if v, ok := seen[k]; ok && v != f.amount.value {
			c.ambiguous[k] = true
		}
		seen[k] = f.amount.value
	}
}

// trimVague drops the words that say nothing from both ends of a measure: "rehouse
// the" → "rehouse".
func trimVague(measure string) string {
	f := strings.Fields(measure)
	for len(f) > 0 && vague[strings.ToLower(f[0])] {
		f = f[1:]
	}
	for len(f) > 0 && vague[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// dedupeFigures keeps one of the figures a source repeats: the same amount for the
// same measure, preferring the one that states a conversion or names what it counts.
func dedupeFigures(figs []figure) []figure {
	type key struct {
		kind  mention.QuantityKind
		unit  string
		value float64
	}
	var out []figure
	same := map[key][]int{} // the figures kept with one amount
next:
	for _, f := range figs {
		k := key{f.amount.kind, f.amount.unit, f.amount.value}
		if f.state != "" && slices.Equal(f.concepts, []string{f.state}) {
			k.unit = "" // "11" killed and "eleven people" killed are one count
		}
		for _, i := range same[k] {
			if overlapShare(out[i].concepts, f.concepts) >= 0.5 {
				if out[i].amount.stated == nil && f.amount.stated != nil || out[i].amount.unit == "" && f.amount.unit != "" {
					out[i] = f // the one that says more: its conversion, its counted noun
				}
				continue next
			}
		}
		same[k] = append(same[k], len(out))
		out = append(out, f)
	}
	return out
}

func overlapShare(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			shared++
		}
	}
	return float64(shared) / float64(min(len(a), len(b)))
}

func (c *comparer) figureValue(f figure) Value {
	v := c.value(f.src, f.span)
	v.Text = f.amount.text
	return v
}

// judgeFigures compares the amounts of one slot: a change over time when a source
// says its amount replaces the one others give ("raising the toll from nine"); else
// one group of mutually compatible amounts is an agreement; several are a conflict,
// or a change over time when the figure is one that grows (a toll) and the articles
// were written at different times.
func (c *comparer) judgeFigures(sl *figureSlot, topic string) {
	groups := groupFigures(sl.members)
	values := make([]Value, len(sl.members))
	for i, f := range sl.members {
		values[i] = c.figureValue(f)
	}
	if revised, text := c.revisedFigures(sl.members); revised {
		c.add(Finding{Kind: ChangedOverTime, Topic: topic, Values: values, Explanation: text})
		return
	}
	if len(groups) == 1 {
		c.add(Finding{Kind: Agreement, Topic: topic, Values: values,
			Explanation: c.agreementText(sl.members)})
		return
	}
	if k, text := c.changeOverTime(sl.members); k {
		c.add(Finding{Kind: ChangedOverTime, Topic: topic, Values: values, Explanation: text})
		return
	}
	var parts []string
	for _, g := range groups {
		parts = append(parts, fmt.Sprintf("%s %s %s", c.sourceList(srcsOf(g)), gives(len(g)), g[0].amount.text))
	}
	text := strings.Join(parts, "; ") + ": amounts that no rounding, hedge or conversion reconciles."
	if slices.ContainsFunc(sl.members[0].concepts, func(x string) bool { return growing[x] }) {
		text += " Counts like this often rise as news comes in, but the articles do not all say when they were written."
	}
	conf, why := c.figureConfidence(sl)
	c.add(Finding{Kind: Conflict, Topic: topic, Values: values, Explanation: text, Confidence: conf, Reason: why})
}

// groupFigures splits figures into groups whose members agree with the group's first.
func groupFigures(figs []figure) [][]figure {
	var groups [][]figure
next:
	for _, f := range figs {
		for i, g := range groups {
			if compareAmounts(g[0].amount, f.amount).agree {
				groups[i] = append(groups[i], f)
				continue next
			}
		}
		groups = append(groups, []figure{f})
	}
	return groups
}

func srcsOf(figs []figure) []int {
	out := make([]int, len(figs))
	for i, f := range figs {
		out[i] = f.src
	}
	return out
}

// agreementText explains why the amounts of one slot agree.
func (c *comparer) agreementText(figs []figure) string {
	var reasons []string
	for _, f := range figs[1:] {
		m := compareAmounts(figs[0].amount, f.amount)
		for _, r := range strings.Split(m.why, "; ") {
			if r != "" && !slices.Contains(reasons, r) {
				reasons = append(reasons, r)
			}
		}
	}
	var parts []string
	seen := map[string]bool{}
	for _, f := range figs {
		if !seen[f.amount.text] {
			seen[f.amount.text] = true
			var srcs []int
			for _, g := range figs {
				if g.amount.text == f.amount.text {
					srcs = append(srcs, g.src)
				}
			}
			parts = append(parts, fmt.Sprintf("%s %s %s", c.sourceList(srcs), gives(len(srcs)), f.amount.text))
		}
	}
	text := strings.Join(parts, "; ")
	if len(reasons) == 0 {
		return text + ": the same amount."
	}
	return text + ". They agree: " + strings.Join(reasons, "; ") + "."
}

func gives(n int) string {
	if n == 1 {
		return "gives"
	}
	return "give"
}

// sourceList names sources for prose: "000.txt", "001.txt and 003.txt".
func (c *comparer) sourceList(srcs []int) string {
	names := make([]string, len(srcs))
	for i, s := range srcs {
		names[i] = c.docName(s)
	}
	return listNames(names)
}

// maxCandidates bounds the slots a figure is tried against: the latest with each of
// its concepts. Real stories have far fewer; the bound keeps repetitive input linear.
const maxCandidates = 32

// candidateSlots returns the slots sharing a concept with concepts, in order.
func candidateSlots(byConcept map[string][]int, concepts []string) []int {
	var out []int
	for _, x := range concepts {
		l := byConcept[x]
		out = append(out, l[max(0, len(l)-maxCandidates):]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
