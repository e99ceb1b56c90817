package compare

import (
	"fmt"
	"slices"
	"strings"
)

// maxShownOnlyIn is how many of the facts one source alone carries are shown before
// "show all": a reader looks for differences, not for a list of everything.
const maxShownOnlyIn = 8

// reportOnlyIn reports what only some sources carry. The facts one source alone
// gives (figures, quotations, events) are shown, the first maxShownOnlyIn of them;
// the rest is behind "show all": the entities not every source names, those that
// weigh in the sources carrying them first (named several times, or given a role,
// a quotation or a figure), then the others, and last, one finding per source
// listing the names it alone mentions once in passing.
func (c *comparer) reportOnlyIn() {
	type entityOnly struct {
		f      Finding
		weight int
	}
	var major, shared []entityOnly
	passing := make([][]int, len(c.sources)) // per source: entities it alone names once
	for ei, e := range c.entities {
		var srcs []int
		var values []Value
		for s, m := range e.Members {
			if m < 0 {
				continue
			}
			srcs = append(srcs, s)
			if ms := c.sources[s].Mentions.Entities[m].Mentions; len(ms) > 0 {
				values = append(values, c.value(s, ms[0]))
			}
		}
		if len(srcs) == len(c.sources) || len(values) == 0 {
			continue
		}
		weight := c.weight(e)
		if weight <= 1 && len(srcs) == 1 {
			passing[srcs[0]] = append(passing[srcs[0]], ei)
			continue
		}
		absent := c.missing(srcs)
		text := fmt.Sprintf("Only %s %s %s.", c.sourceList(srcs), verb(len(srcs), "names", "name"), e.Name)
		if 2*len(srcs) > len(c.sources) {
			text = fmt.Sprintf("%s %s not name %s; the others do.", c.sourceList(absent), verb(len(absent), "does", "do"), e.Name)
		}
		eo := entityOnly{Finding{Kind: OnlyIn, Topic: "mentions of " + e.Name, Values: values, Explanation: text}, weight}
		if weight > len(srcs) {
			major = append(major, eo)
		} else {
			shared = append(shared, eo)
		}
	}
	slices.SortStableFunc(major, func(a, b entityOnly) int { return b.weight - a.weight })
	for k, f := range c.onlyIn {
		if k < maxShownOnlyIn {
			c.add(f)
		} else {
			c.hide(f)
		}
	}
	for _, eo := range major {
		c.hide(eo.f)
	}
	for _, eo := range shared {
		c.hide(eo.f)
	}
	for s, es := range passing {
		c.reportPassing(s, es)
	}
}

// weight measures how much an entity matters to the sources that carry it: its
// mentions, and three more for each role, quotation and figure they give it.
func (c *comparer) weight(e Entity) int {
	w := 0
	for s, m := range e.Members {
		if m < 0 {
			continue
		}
		src := c.sources[s]
		ent := src.Mentions.Entities[m]
		w += len(ent.Mentions) + 3*len(ent.Roles)
		for _, q := range src.Claims.Quotes {
			if q.Speaker != nil && q.Speaker.Entity == m {
				w += 3
			}
		}
		for _, f := range src.Claims.Figures {
			if f.Source != nil && f.Source.Entity == m {
				w += 3
			}
		}
	}
	return w
}

// reportPassing reports in one finding the entities source s alone names, once
// each and with nothing said of them.
func (c *comparer) reportPassing(s int, es []int) {
	if len(es) == 0 {
		return
	}
	var names []string
	var values []Value
	for _, e := range es {
		m := c.entities[e].Members[s]
		names = append(names, c.entities[e].Name)
		values = append(values, c.value(s, c.sources[s].Mentions.Entities[m].Mentions[0]))
	}
	if len(es) == 1 {
		c.hide(Finding{Kind: OnlyIn, Topic: "mentions of " + names[0], Values: values,
			Explanation: fmt.Sprintf("Only %s names %s, once.", c.docName(s), names[0])})
		return
	}
	c.hide(Finding{Kind: OnlyIn, Topic: "other names in " + c.docName(s) + ": " + strings.Join(names, ", "), Values: values,
		Explanation: fmt.Sprintf("%s also mentions, once each and no other source: %s.", c.docName(s), strings.Join(names, ", "))})
}

// missing returns the sources not in srcs.
func (c *comparer) missing(srcs []int) []int {
	var out []int
	k := 0
	for s := range c.sources {
		if k < len(srcs) && srcs[k] == s {
			k++
			continue
		}
		out = append(out, s)
	}
	return out
}

// compareSpellings reports the names the sources spell differently that the
// comparison takes for one referent ("Dmitri Peskov" and "Dmitry Peskov"), so a
// reader can check the alignment.
func (c *comparer) compareSpellings() {
	for _, e := range c.entities {
		if len(e.Names) < 2 {
			continue // every source names it alike
		}
		nameWords := len(words(e.Name))
		full := map[string][]int{}
		var spellings []string
		var values []Value
		for s, m := range e.Members {
			if m < 0 {
				continue
			}
			for _, sp := range c.sources[s].Mentions.Entities[m].Mentions {
				text := oneSpaced(c.slice(s, sp))
				if n := len(words(text)); n < 2 || n != nameWords {
					continue
				}
				if _, ok := full[text]; !ok {
					spellings = append(spellings, text)
				}
				if !slices.Contains(full[text], s) {
					full[text] = append(full[text], s)
					values = append(values, c.value(s, sp))
				}
			}
		}
		if len(spellings) < 2 || len(distinctKeys(spellings)) > 1 && !sameSkeleton(spellings) || sameButCase(spellings) {
			continue
		}
		var parts []string
		for _, sp := range spellings {
			parts = append(parts, fmt.Sprintf("%s %s %s", c.sourceList(full[sp]), verb(len(full[sp]), "writes", "write"), sp))
		}
		c.hide(Finding{Kind: Agreement, Topic: "name: " + e.Name, Values: values,
			Explanation: strings.Join(parts, "; ") + ": spellings of one name, taken as the same " + strings.ToLower(string(e.Type)) + "."})
	}
}

func distinctKeys(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		out[strings.Join(words(n), " ")] = true
	}
	return out
}

// sameSkeleton reports whether names differ only in transliteration.
func sameSkeleton(names []string) bool {
	for _, n := range names[1:] {
		if nameKey(n) != nameKey(names[0]) {
			return false
		}
	}
	return true
}

// sameButCase reports whether names differ only in capitals ("PORT ALDER" in a
// dateline), which is no spelling worth a finding.
func sameButCase(names []string) bool {
	for _, n := range names[1:] {
		if !strings.EqualFold(n, names[0]) {
			return false
		}
	}
	return true
}
