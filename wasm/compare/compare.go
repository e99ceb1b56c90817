// Package compare lines several articles about one story up against each other: it
// aligns their entities (whatever the spelling) and their claims by slot, and reports
// findings: where they agree, where they conflict, how a quote's wording or speaker
// changes, and what only some of them carry. It is the fourth stage of the engine:
// text → document → mentions → claims → comparison → view.
//
// A slot is one thing the sources can disagree about: where and when a meeting
// between the same people took place, on what day and for how long an incident (a
// fire in one town) happened, what an amount measures, who holds an office,
// which role a person holds, what words a quotation has and whom it is given to.
// Values that only look different (a conversion the article states, rounding, a
// hedge such as "more than") are agreements, and the finding says why; an amount a
// source says replaced the one the others give ("raising the toll from nine") is a
// change over time. What only some sources carry comes last, what weighs first.
package compare

import (
	"cmp"
	"slices"

	"parallax/wasm/claim"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// A Source is one analysed article.
type Source struct {
	Doc      *document.Document
	Mentions mention.Mentions
	Claims   claim.Claims
}

// An Entity is one real-world referent across all sources.
type Entity struct {
	Type      mention.Type `json:"type"`
	Name      string       `json:"name"`
	Documents []string     `json:"documents"`
	// Names lists the spellings the sources use when there is more than one
	// ("Dmitry Peskov", "Dmitri Peskov", "Peskov").
	Names []string `json:"names,omitempty"`
	// Members maps each source's index to its entity index in that source's Mentions
	// (-1 where the source does not mention it).
	Members []int `json:"-"`
}

// A Value is what one source says in a finding's slot.
type Value struct {
	Document string `json:"document"`
	// Source is the index of the source, which tells apart two sources of one name.
	Source int    `json:"source"`
	Text   string `json:"text"`
	document.Span
	// Diff is the word-level difference from the finding's first value, for quote
	// variants.
	Diff []Edit `json:"diff,omitempty"`
}

// A Finding is one observation across sources, with the evidence for it.
type Finding struct {
	Kind        Kind    `json:"kind"`
	Topic       string  `json:"topic"`
	Values      []Value `json:"values"`
	Explanation string  `json:"explanation"`
	// Confidence is how sure the engine is of the finding, from 0 to 1, and Reason
	// says why in a few words.
	Confidence float64 `json:"confidence"`
	Reason     string  `json:"reason"`
}

// A Comparison is the result of comparing sources.
type Comparison struct {
	Entities []Entity `json:"entities"`
	// Findings are those a reader is shown first; Hidden are the rest (what only one
	// source names in passing, agreements on spelling), behind "show all".
	Findings []Finding `json:"findings"`
	Hidden   []Finding `json:"hidden_findings"`
}

// Compare aligns the sources and reports the findings, most important first:
// conflicts, quote variants, attribution conflicts, changes over time, agreements,
// then what only some sources carry. With fewer than two sources there is nothing to
// compare, and only the entities are returned.
func Compare(sources []Source) Comparison {
	c := newComparer(sources)
	if len(sources) >= 2 {
		c.compareEvents()
		c.compareIncidents()
		c.compareFigures()
		c.compareAges()
		c.compareRoles()
		c.compareQuotes()
		c.compareSpellings()
		c.reportOnlyIn()
		c.assess()
		c.order()
	}
	return Comparison{Entities: c.entities, Findings: c.findings, Hidden: c.hidden}
}

// A comparer holds the state of one comparison.
type comparer struct {
	sources  []Source
	entities []Entity
	local    [][]int // local[s][e]: the merged index of source s's entity e
	names    *resolver
	findings []Finding
	hidden   []Finding // findings behind "show all"
	onlyIn   []Finding // claims one source alone makes, reported after the entities
	// rolesSaid are the roles the sources give, gathered once by roleList.
	rolesSaid []roleSaid
	rolesDone bool
	offices   map[string]office // the office of each role title read so far
	// changeOfOffice tells, for each sentence read so far (source, sentence), whether
	// it tells of someone taking or leaving an office.
	changeOfOffice map[[2]int]bool
	stamps         []*stamp // per source, when it says it was written; found on demand
	// sameWeek holds the pairs of sources (lower index first) that name the day of
	// one happening by its weekday: written in the same week.
	sameWeek map[[2]int]bool
	// ambiguous are the measures (measureKey) a source gives several amounts for.
	ambiguous map[string]bool
}

func newComparer(sources []Source) *comparer {
	c := &comparer{sources: sources, offices: map[string]office{}, changeOfOffice: map[[2]int]bool{}}
	var keys [][]string
	c.entities, c.local, keys = alignEntities(sources)
	c.names = newResolver(sources, keys, c.local)
	return c
}

// add records a finding that is shown.
func (c *comparer) add(f Finding) {
	c.findings = append(c.findings, f)
}

// hide records a finding that is shown only on request.
func (c *comparer) hide(f Finding) {
	c.hidden = append(c.hidden, f)
}

// order sorts the findings by kind, keeping the order they were made within a kind.
func (c *comparer) order() {
	byKind := func(a, b Finding) int { return cmp.Compare(a.Kind.Rank(), b.Kind.Rank()) }
	slices.SortStableFunc(c.findings, byKind)
	slices.SortStableFunc(c.hidden, byKind)
}

// merged returns the merged entity of source s's entity e, or -1 for none (e < 0).
func (c *comparer) merged(s, e int) int {
	if e < 0 || e >= len(c.local[s]) {
		return -1
	}
	return c.local[s][e]
}

// docName returns the name of source s.
func (c *comparer) docName(s int) string { return c.sources[s].Doc.Name }

// value makes the Value of source s at span sp, with the text the span covers.
func (c *comparer) value(s int, sp document.Span) Value {
	return Value{Document: c.docName(s), Source: s, Text: c.slice(s, sp), Span: sp}
}

// slice returns the text of sp in source s, or "" for a span outside it.
func (c *comparer) slice(s int, sp document.Span) string {
	t := c.sources[s].Doc.Text
	if sp.Start < 0 || sp.End > len(t) || sp.Start > sp.End {
		return ""
	}
	return t[sp.Start:sp.End]
}
