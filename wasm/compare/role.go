package compare

import (
	"fmt"
	"slices"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
)

// An office is a role title taken apart: "former U.S. President" is the office
// "president" of the qualifier "united states" with the status "former".
type office struct {
	status    string // "", lexicon.Former or lexicon.Elect
	qualifier string // a country or body's name key, or ""
	name      string // the office's words, normalised: "foreign secretary"
}

// qualifierWords map the adjectives and names that tie an office to a country or body.
var qualifierWords = lexicon.Pairs("officequalifiers")

// officeWords normalise the words of office names.
var officeWords = lexicon.Pairs("officespellings")

// filler words describe a holder without naming the office.
var filler = lexicon.Phrases("officefillers")

// singleHolder names the offices one person holds at a time within one country or
// body, so two holders in two sources contradict each other.
var singleHolder = lexicon.Phrases("singleoffices")

// parseOffice takes a role title apart.
func parseOffice(title string) office {
	var o office
	var name []string
	ws := words(title)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) {
			if q, ok := qualifierWords[nameAliasOr(w+" "+ws[i+1])]; ok {
				o.qualifier = q
				i++
				continue
			}
		}
		switch {
		case lexicon.TitleStatus(w) != "":
			o.status = lexicon.TitleStatus(w)
		case qualifierWords[w] != "" && o.qualifier == "" && len(name) == 0:
			o.qualifier = qualifierWords[w]
		case filler[w]:
		default:
			if n, ok := officeWords[w]; ok {
				w = n
			}
			name = append(name, w)
		}
	}
	o.name = strings.Join(name, " ")
	return o
}

// nameAliasOr returns the alias of a two-word name ("united states") or the name.
func nameAliasOr(s string) string {
	if a, ok := nameAliases[s]; ok {
		return a
	}
	return s
}

// A roleSaid is one source giving a holder a role.
type roleSaid struct {
	src    int
	holder int
	office office
	title  string
	span   document.Span // the title, with the holder's name when it stands beside it
}

// roleList returns the roles every source gives the entities it names, gathered once.
func (c *comparer) roleList() []roleSaid {
	if c.rolesDone {
		return c.rolesSaid
	}
	c.rolesSaid, c.rolesDone = c.roles(), true
	return c.rolesSaid
}

// roles gathers the roles the claim stage found in every source, by holder.
func (c *comparer) roles() []roleSaid {
	var out []roleSaid
	seen := map[roleAt]bool{}
	for s, src := range c.sources {
		for _, r := range src.Claims.Roles {
			if h := c.merged(s, r.Entity); h >= 0 {
				out = c.addRole(out, seen, s, h, r.Role, r.Title)
			}
		}
	}
	// A title without a country ("President Putin") takes the one the same holder's
	// title has elsewhere ("Russian President"), so holders of like-named offices of
	// different countries are not mistaken for rivals.
	quals := map[string]string{}
	for _, r := range out {
		if r.office.qualifier != "" {
			k := fmt.Sprint(r.holder, r.office.name)
			if _, ok := quals[k]; !ok {
				quals[k] = r.office.qualifier
			}
		}
	}
	for i, r := range out {
		if r.office.qualifier == "" {
			out[i].office.qualifier = quals[fmt.Sprint(r.holder, r.office.name)]
		}
	}
	return out
}

// A roleAt identifies where a source gives a holder a role, or which role, to keep
// each role once per source though the article repeats it and two of its entities
// may be one holder.
type roleAt struct {
	src, holder, start int
	office             string
}

// String writes an office as a key: "former|united states|president".
func (o office) String() string { return o.status + "|" + o.qualifier + "|" + o.name }

// addRole appends a role unless the source already gave it at that place.
func (c *comparer) addRole(out []roleSaid, seen map[roleAt]bool, s, holder int, title string, sp document.Span) []roleSaid {
	o, ok := c.offices[title]
	if !ok {
		o = parseOffice(title) // a title recurs: "President" before every mention
		c.offices[title] = o
	}
	if o.name == "" || holder < 0 || seen[roleAt{s, holder, sp.Start, ""}] {
		return out
	}
	said := roleAt{s, holder, -1, o.String()}
	if seen[said] {
		return out
	}
	seen[roleAt{s, holder, sp.Start, ""}] = true
	seen[said] = true
	return append(out, roleSaid{src: s, holder: holder, office: o, title: title, span: c.withHolder(s, holder, sp)})
}

// withHolder widens a title's span to the holder's name when the name follows it
// directly ("UK Foreign Secretary David Lammy").
func (c *comparer) withHolder(s, holder int, sp document.Span) document.Span {
	e := c.entities[holder].Members[s]
	if e < 0 {
		return sp
	}
	text := c.sources[s].Doc.Text
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return sp
	}
	for _, m := range c.sources[s].Mentions.Entities[e].Mentions {
		if m.Start >= sp.End && m.Start-sp.End <= 2 && m.End <= len(text) && strings.TrimSpace(text[sp.End:m.Start]) == "" {
			return document.Span{Start: sp.Start, End: m.End}
		}
	}
	return sp
}

// compareRoles reports who the sources say holds an office, and what office they
// say a person holds.
func (c *comparer) compareRoles() {
	rs := c.roleList()
	c.compareHolders(rs)
	c.compareStatus(rs)
}

// compareHolders finds offices that one person holds at a time, given to different
// people by different sources: "UK Foreign Secretary David Cameron" in one,
// "UK Foreign Secretary David Lammy" in another.
func (c *comparer) compareHolders(rs []roleSaid) {
	byOffice := map[office][]roleSaid{}
	var order []office
	for _, r := range rs {
		o := r.office
		if o.status != "" || o.qualifier == "" || !singleHolder[o.name] {
			continue
		}
		if _, ok := byOffice[o]; !ok {
			order = append(order, o)
		}
		byOffice[o] = append(byOffice[o], r)
	}
	for _, o := range order {
		said := byOffice[o]
		holders := map[int][]int{} // holder → sources
		var hs []int
		for _, r := range said {
			if _, ok := holders[r.holder]; !ok {
				hs = append(hs, r.holder)
			}
			if !slices.Contains(holders[r.holder], r.src) {
				holders[r.holder] = append(holders[r.holder], r.src)
			}
		}
		if len(hs) < 2 || !differentSources(holders, hs) {
			continue
		}
		var parts []string
		for _, h := range hs {
			parts = append(parts, fmt.Sprintf("%s %s it to %s", c.sourceList(holders[h]), verb(len(holders[h]), "gives", "give"), c.entities[h].Name))
		}
		c.add(Finding{Kind: Conflict, Topic: "Who is " + said[0].title + "?",
			Values:      c.roleValues(said),
			Explanation: strings.Join(parts, "; ") + ": one person holds this office at a time.",
			Confidence:  0.8, Reason: "an office that one person holds at a time is given to different people"})
	}
}

// differentSources reports whether two of the groups (holders, or standings) are
// each given by a source that does not give the other: a source naming two holders of
// one office itself may be recounting a succession, and contradicts no one.
func differentSources(groups map[int][]int, keys []int) bool {
	for i, a := range keys {
		for _, b := range keys[:i] {
			if onlyIn(groups[a], groups[b]) && onlyIn(groups[b], groups[a]) {
				return true
			}
		}
	}
	return false
}

// onlyIn reports whether some source in xs is not in ys.
func onlyIn(xs, ys []int) bool {
	return slices.ContainsFunc(xs, func(x int) bool { return !slices.Contains(ys, x) })
}

func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// roleValues lists one value per source: its first role in the list.
func (c *comparer) roleValues(rs []roleSaid) []Value {
	var out []Value
	seen := map[int]bool{}
	for _, r := range rs {
		if !seen[r.src] {
			seen[r.src] = true
			out = append(out, c.value(r.src, r.span))
		}
	}
	return out
}

// compareStatus compares the roles the sources give one person for one office: one
// calling him "former President" and another "President" contradict each other;
// sources that give the same role agree.
func (c *comparer) compareStatus(rs []roleSaid) {
	type key struct {
		holder int
		name   string
	}
	byKey := map[key][]roleSaid{}
	var order []key
	for _, r := range rs {
		k := key{r.holder, r.office.name}
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], r)
	}
	for _, k := range order {
		said := slices.DeleteFunc(byKey[k], func(r roleSaid) bool { return c.tellsChangeOfOffice(r) })
		if len(said) == 0 {
			continue
		}
		statuses := map[string][]int{}
		var sts []string
		for _, r := range said {
			if _, ok := statuses[r.office.status]; !ok {
				sts = append(sts, r.office.status)
			}
			if !slices.Contains(statuses[r.office.status], r.src) {
				statuses[r.office.status] = append(statuses[r.office.status], r.src)
			}
		}
		name := c.entities[k.holder].Name
		topic := statusQuestion(name, k.name, sts)
		if len(sts) > 1 && differentSources(statusHolders(statuses, sts), indexes(sts)) {
			var parts []string
			for _, st := range sts {
				titles := c.titlesWith(said, st)
				parts = append(parts, fmt.Sprintf("%s %s %s %s", c.sourceList(statuses[st]), verb(len(statuses[st]), "calls", "call"), name, strings.Join(titles, " or ")))
			}
			c.add(Finding{Kind: Conflict, Topic: topic, Values: c.roleValues(said),
				Explanation: strings.Join(parts, "; ") + ": " + statusClash(sts) + ".",
				Confidence:  0.8, Reason: "the sources give one person's office as held and as no longer held"})
			continue
		}
		if n := len(statuses[sts[0]]); len(sts) == 1 && n >= 2 {
			titles := c.titlesWith(said, sts[0])
			c.add(Finding{Kind: Agreement, Topic: topic, Values: c.roleValues(said),
				Explanation: fmt.Sprintf("%s %s call %s %s.", c.sourceList(statuses[sts[0]]), bothOrAll(n), name, strings.Join(titles, " or "))})
		}
	}
}

// officeChanges are the verbs that tell of someone taking or leaving an office.
var officeChanges = lexicon.Phrases("officechanges")

// tellsChangeOfOffice reports whether the sentence a role is given in tells of
// someone taking or leaving an office: "the club fired president Jane Roe", "she
// rehired her former lawyer". Such a title is the holder's at the change, before or
// after it, and says nothing of the office at the time of writing.
func (c *comparer) tellsChangeOfOffice(r roleSaid) bool {
	si := c.sources[r.src].Doc.SentenceAt(r.span.Start)
	if si < 0 {
		return false
	}
	// A sentence giving one title often gives others: it is read once.
	at := [2]int{r.src, si}
	if tells, ok := c.changeOfOffice[at]; ok {
		return tells
	}
	w, _, _ := c.sentenceOf(r.src, r.span.Start)
	tells := false
	for k := range w.toks {
		if officeChanges[w.word(k)] {
			tells = true
			break
		}
	}
	c.changeOfOffice[at] = tells
	return tells
}

// statusQuestion asks in plain English what the sources say of a person's standing
// in an office: "Is Jane Roe president or former president?" when they differ,
// "Is Jane Roe president?" when they agree.
func statusQuestion(name, office string, sts []string) string {
	var standings []string
	sts = slices.Clone(sts)
	slices.Sort(sts) // the office held ("") first
	for _, st := range sts {
		switch st {
		case "":
			standings = append(standings, office)
		case lexicon.Elect:
			standings = append(standings, office+"-elect")
		default:
			standings = append(standings, st+" "+office)
		}
	}
	return "Is " + name + " " + strings.Join(standings, " or ") + "?"
}

// statusHolders and indexes adapt status groups to differentSources.
func statusHolders(statuses map[string][]int, sts []string) map[int][]int {
	out := map[int][]int{}
	for i, st := range sts {
		out[i] = statuses[st]
	}
	return out
}

func indexes(sts []string) []int {
	out := make([]int, len(sts))
	for i := range out {
		out[i] = i
	}
	return out
}

// titlesWith returns the distinct titles, quoted, given with one status.
func (c *comparer) titlesWith(rs []roleSaid, status string) []string {
	var out []string
	for _, r := range rs {
		t := quoteText(oneSpaced(r.title))
		if r.office.status == status && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// statusClash says in words why two statuses contradict each other.
func statusClash(sts []string) string {
	has := func(s string) bool { return slices.Contains(sts, s) }
	switch {
	case has(lexicon.Former) && has(""):
		return "a former holder of an office and its holder are not the same at one time"
	case has(lexicon.Elect) && has(""):
		return "one who is elected to an office and one who holds it are not the same at one time"
	}
	return "the titles give different standings in the same office"
}

// bothOrAll is the word for every one of n sources, n at least two.
func bothOrAll(n int) string {
	if n == 2 {
		return "both"
	}
	return "all"
}
