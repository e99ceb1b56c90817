package compare

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/claim"
	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// An Edit is one step of a word-level difference between two wordings.
type Edit struct {
	// Op is "=" for words both have, "-" for words only the first value has, "+" for
	// words only this value has.
	Op   string `json:"op"`
	Text string `json:"text"`
}

// A word is one word of a quotation: its folded form for comparing, and as written.
type word struct {
	norm, text string
}

// maxQuoteWords bounds the words of one quotation that are compared, so that a
// runaway quotation (an unbalanced mark) costs no more than a long real one.
const maxQuoteWords = 300

// quoteWords splits a quotation into words, dropping marks that stand alone.
func quoteWords(text string) []word {
	var out []word
	var buf []byte
	for _, f := range strings.Fields(text) {
		buf = buf[:0]
		for _, r := range f {
			if r = lexicon.Fold(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
				buf = utf8.AppendRune(buf, r)
			}
		}
		if len(buf) > 0 {
			out = append(out, word{norm: string(buf), text: f})
		}
		if len(out) == maxQuoteWords {
			break
		}
	}
	return out
}

// A wording is the words of one quotation and the set of its content words, made
// once for the many quotations it is compared with.
type wording struct {
	words   []word
	content map[string]bool
}

// wordingOf returns the wording of words ws.
func wordingOf(ws []word) wording {
	return wording{words: ws, content: contentWords(ws)}
}

// A quoteSaid is one quotation in one source.
type quoteSaid struct {
	src int
	q   claim.Quote
	wording
	speaker speakerRef
}

// A speakerRef is who a quotation is given to, as far as the comparison knows:
// a merged entity, or an office named without a name ("the UK foreign secretary").
type speakerRef struct {
	entity int // merged entity, or -1
	office office
	name   string // as the article gives it
}

// minQuoteWords is the fewest words two quotations must share in runs to be taken
// for the same quotation; shorter phrases ("as long as") recur by chance.
const minQuoteWords = 4

// quotes gathers the quotations of every source, with their speakers resolved.
func (c *comparer) quotes() []*quoteSaid {
	var out []*quoteSaid
	for s, src := range c.sources {
		for _, q := range src.Claims.Quotes {
			ws := quoteWords(q.Text)
			if len(ws) == 0 {
				ws = quoteWords(c.slice(s, q.Span))
			}
			if len(ws) < minQuoteWords {
				continue
			}
			out = append(out, &quoteSaid{src: s, q: q, wording: wordingOf(ws), speaker: c.speaker(s, q.Speaker)})
		}
	}
	return out
}

// speaker resolves a quotation's speaker in source s.
func (c *comparer) speaker(s int, sp *claim.Speaker) speakerRef {
	ref := speakerRef{entity: -1}
	if sp == nil {
		return ref
	}
	ref.name = sp.Name
	switch {
	case sp.Entity >= 0 && sp.Entity < len(c.local[s]):
		ref.entity = c.local[s][sp.Entity]
	default:
		ref.entity = c.names.resolve(s, sp.Name)
	}
	if ref.entity < 0 {
		ref.office = parseOffice(sp.Name)
	}
	if ref.entity >= 0 && c.entities[ref.entity].Type != mention.Person {
		// "The UK foreign secretary said": a place or body named before an office is
		// the office's qualifier, and the office is the speaker.
		if o, phrase, ok := c.officeAt(s, sp.Span); ok {
			ref.entity, ref.office, ref.name = -1, o, "the "+strings.TrimPrefix(strings.TrimPrefix(phrase, "the "), "The ")
		}
	}
	if ref.name == "" && ref.entity >= 0 {
		ref.name = c.entities[ref.entity].Name
	}
	return ref
}

// compareQuotes lines up the quotations the sources share and reports how their
// wording and their speakers differ.
func (c *comparer) compareQuotes() {
	qs := c.quotes()
	index := map[uint64][]int{} // a content word → quotations with it
	grams := make([][]uint64, len(qs))
	for i, q := range qs {
		grams[i] = contentHashes(q.words)
		for _, g := range grams[i] {
			// A run of words in very many quotations says nothing about which match;
			// capping the lists keeps the cost linear on repetitive input.
			if l := index[g]; len(l) < maxPostings && (len(l) == 0 || l[len(l)-1] != i) {
				index[g] = append(l, i)
			}
		}
	}
	taken := make([]bool, len(qs))
	paired := map[[2]int]bool{} // quotations already compared in one group
	counts := map[int]int{}
	for i, a := range qs {
		if taken[i] {
			continue
		}
		taken[i] = true
		clear(counts)
		for _, g := range grams[i] {
			for _, j := range index[g] {
				switch {
				case j == i || taken[j] || paired[[2]int{min(i, j), max(i, j)}]:
				case qs[j].src != a.src:
					counts[j]++
				case sameWords(a.words, qs[j].words):
					taken[j] = true // the article repeats itself: one quotation
				}
			}
		}
		best := map[int]int{} // source → the quotation there sharing most runs of words
		for j, n := range counts {
			if k, ok := best[qs[j].src]; !ok || n > counts[k] || n == counts[k] && j < k {
				best[qs[j].src] = j
			}
		}
		group := []*quoteSaid{a}
		diffs := [][]Edit{nil}
		runs := []int{0}     // the words each member shares with a in runs
		anchorWhole := false // a member covers most of a, not just a part of it
		for _, j := range c.partsQuoted(a, qs, counts, best) {
			b := qs[j]
			al := alignWords(a.words, b.words)
			shared := al.sharedRuns()
			if !sameQuotation(a.wording, b.wording, shared) && !partOf(a.wording, b.wording) ||
				!sharesRuns(a.words, b.words, shared) && c.differentSpeakers(a.speaker, b.speaker, c.roleList()) {
				continue // other words from another speaker: another quotation
			}
			paired[[2]int{min(i, j), max(i, j)}] = true
			// A long passage of which a is one part stays free for its other parts.
			taken[j] = covers(a.wording, b.wording)
			anchorWhole = anchorWhole || covers(b.wording, a.wording)
			group = append(group, b)
			diffs = append(diffs, al.edits())
			runs = append(runs, shared)
		}
		taken[i] = anchorWhole || len(group) == 1
		for j := range counts {
			if k, ok := best[qs[j].src]; ok && taken[k] && !taken[j] && sameWords(qs[j].words, qs[k].words) {
				taken[j] = true // a source repeating the quotation it shares
			}
		}
		c.judgeQuotes(group, diffs, runs, c.roleList())
	}
}

// partsQuoted returns the quotations of the other sources to line up with a, source
// by source: the one sharing most words with it, and the others a covers, for a
// source may split into several quotations a passage another quotes whole.
func (c *comparer) partsQuoted(a *quoteSaid, qs []*quoteSaid, counts, best map[int]int) []int {
	var out []int
	for s := range c.sources {
		j, ok := best[s]
		if !ok {
			continue
		}
		out = append(out, j)
		var parts []int
		for k := range counts {
			if k != j && qs[k].src == s && len(qs[k].words) < len(a.words) && partOf(a.wording, qs[k].wording) {
				parts = append(parts, k)
			}
		}
		slices.Sort(parts)
		out = append(out, parts...)
	}
	return out
}

// partOf reports whether wording b is a part of the longer passage a: a has most
// of its content words, three at least, or b has half its words, and half its
// content words, in a run of words a shares ("I am extremely happy to join the club, said the player
// after signing"). A name alone ("of the Endangered Species Act") is no such run.
func partOf(a, b wording) bool {
	content := sharedContent(a, b)
	if covers(a, b) && content >= minSharedContent {
		return true
	}
	if 2*content < len(b.content) || min(len(a.words), len(b.words)) < minPartRun {
		return false // no count of shared words can make up for these: spare aligning
	}
	shared := alignWords(a.words, b.words).sharedRuns()
	return shared >= minPartRun && 2*shared >= len(b.words)
}

// minPartRun is the fewest words a part must share in runs with the passage it is
// part of.
const minPartRun = 6

// sharedContent counts the content words of b that a has.
func sharedContent(a, b wording) int {
	shared := 0
	for w := range b.content {
		if a.content[w] {
			shared++
		}
	}
	return shared
}

// maxPostings bounds how many quotations one content word indexes.
const maxPostings = 24

// sharesRuns reports whether two wordings share runs of words making up most of
// the shorter: the same words, quoted in full or in part.
func sharesRuns(a, b []word, sharedRuns int) bool {
	return sharedRuns >= minQuoteWords && float64(sharedRuns) >= 0.6*float64(min(len(a), len(b)))
}

// contentHashes hashes the distinct content words of a wording, in order.
func contentHashes(ws []word) []uint64 {
	var out []uint64
	for _, w := range ws {
		if claim.IsFunctionWord(w.norm) {
			continue
		}
		h := uint64(14695981039346656037)
		for i := 0; i < len(w.norm); i++ {
			h = (h ^ uint64(w.norm[i])) * 1099511628211
		}
		if !slices.Contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// minSharedContent is the fewest content words two differently worded quotations
// must share to be taken for one ("I thought I would die" and "I thought I was
// going to die").
const minSharedContent = 3

// sameQuotation reports whether two wordings are one quotation: they share runs of
// words making up most of the shorter, or three in five of the shorter's content
// words (fewer would join the parts of one long statement, which share a speaker's
// vocabulary).
func sameQuotation(a, b wording, sharedRuns int) bool {
	if sharesRuns(a.words, b.words, sharedRuns) {
		return true
	}
	shared := sharedContent(b, a)
	return shared >= minSharedContent && 5*shared >= 3*min(len(a.content), len(b.content))
}

// covers reports whether wording a has most of the content words of wording b.
func covers(a, b wording) bool {
	return 5*sharedContent(a, b) >= 3*len(b.content)
}

// contentWords returns the set of the stems of the content words of a wording,
// without the names in it: the names of a story recur in every quotation about it.
func contentWords(ws []word) map[string]bool {
	out := map[string]bool{}
	for i, w := range ws {
		if !claim.IsFunctionWord(w.norm) && (i == 0 || !startsUpper(w.text)) {
			out[stem(w.norm)] = true // "saved" and "saving", "chance" and "chances"
		}
	}
	return out
}

// startsUpper reports whether the first letter of s is a capital.
func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

// An alignment lines two wordings up word by word: the table of the longest common
// subsequence of every pair of their tails, read once for the count of shared words
// and again, only where they are needed, for the edits.
type alignment struct {
	a, b []word
	lcs  []int32 // lcs[i*(len(b)+1)+j]: the longest common subsequence of a[i:] and b[j:]
}

// alignWords fills the table of a and b.
func alignWords(a, b []word) alignment {
	n, m := len(a), len(b)
	al := alignment{a: a, b: b, lcs: make([]int32, (n+1)*(m+1))}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			v := max(al.at(i+1, j), al.at(i, j+1))
			if a[i].norm == b[j].norm {
				v = al.at(i+1, j+1) + 1
			}
			al.lcs[i*(m+1)+j] = v
		}
	}
	return al
}

func (al alignment) at(i, j int) int32 { return al.lcs[i*(len(al.b)+1)+j] }

// walk follows the alignment from the start and returns how many words the two
// wordings share in runs of two or more and, when withEdits is set, the edits that
// turn a into b, a run of words of one kind at a time.
func (al alignment) walk(withEdits bool) (int, []Edit) {
	a, b := al.a, al.b
	n, m := len(a), len(b)
	var edits []Edit
	var run []string // the words of the last edit, joined when it ends
	shared, streak := 0, 0
	i, j := 0, 0
	for i < n || j < m {
		op, text := "+", ""
		switch {
		case i < n && j < m && a[i].norm == b[j].norm:
			op, text = "=", b[j].text
			i, j, streak = i+1, j+1, streak+1
		case j == m || i < n && al.at(i+1, j) >= al.at(i, j+1):
			op, text = "-", a[i].text
			i++
		default:
			text = b[j].text
			j++
		}
		if op != "=" {
			if streak >= 2 {
				shared += streak
			}
			streak = 0
		}
		if !withEdits {
			continue
		}
		if k := len(edits) - 1; k < 0 || edits[k].Op != op {
			edits = endEdit(edits, run)
			edits, run = append(edits, Edit{Op: op}), run[:0]
		}
		run = append(run, text)
	}
	if streak >= 2 {
		shared += streak
	}
	return shared, endEdit(edits, run)
}

// endEdit gives the last of edits the words of its run.
func endEdit(edits []Edit, run []string) []Edit {
	if len(edits) > 0 {
		edits[len(edits)-1].Text = strings.Join(run, " ")
	}
	return edits
}

// sharedRuns returns how many words the two wordings share in runs of two or more.
func (al alignment) sharedRuns() int {
	shared, _ := al.walk(false)
	return shared
}

// edits returns the edits that turn a into b, a run of words of one kind at a time.
func (al alignment) edits() []Edit {
	_, edits := al.walk(true)
	return edits
}

// innerEdits returns the edits between the first and last words both wordings share:
// the changes in wording, as against one source quoting more or less of a passage.
func innerEdits(edits []Edit) []Edit {
	first, last := -1, -1
	for k, e := range edits {
		if e.Op == "=" {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return nil
	}
	var out []Edit
	for _, e := range edits[first:last] {
		if e.Op != "=" {
			out = append(out, e)
		}
	}
	return out
}

// judgeQuotes reports on one quotation as several sources give it: a variant when the
// wording differs inside the shared passage, an attribution conflict when it is given
// to different speakers, an agreement otherwise; one source alone carries it only.
// diffs and runs hold, for each member, its edits from the first and the words it
// shares with the first in runs.
func (c *comparer) judgeQuotes(group []*quoteSaid, diffs [][]Edit, runs []int, roles []roleSaid) {
	a := group[0]
	values := make([]Value, len(group))
	for k, q := range group {
		values[k] = c.value(q.src, q.q.Span)
		values[k].Diff = diffs[k]
	}
	who := c.speakerName(a.speaker)
	if len(group) == 1 {
		if !a.q.Partial {
			said := quoted(a.q.Text, 80)
			text := endSentence(fmt.Sprintf("Only %s quotes %s", c.docName(a.src), said))
			if who != "" {
				text = endSentence(fmt.Sprintf("Only %s quotes %s saying %s", c.docName(a.src), who, said))
			}
			c.onlyIn = append(c.onlyIn, Finding{Kind: OnlyIn, Topic: "quotation " + quoted(a.q.Text, 60), Values: values, Explanation: text})
		}
		return
	}
	topic := "quotation " + quoted(a.q.Text, 60)
	var variants []string
	for k, q := range group[1:] {
		switch {
		case !sharesRuns(a.words, q.words, runs[k+1]):
			variants = append(variants, fmt.Sprintf("%s words it %s", c.docName(q.src), quoted(q.q.Text, 80)))
		case len(innerEdits(diffs[k+1])) > 0:
			variants = append(variants, fmt.Sprintf("%s has %s", c.docName(q.src), describeEdits(diffs[k+1], c.docName(a.src))))
		}
	}
	if len(variants) > 0 {
		text := fmt.Sprintf("The sources word this quotation differently: %s.", strings.Join(variants, "; "))
		if who != "" {
			text = fmt.Sprintf("The sources word this quotation from %s differently: %s.", who, strings.Join(variants, "; "))
		}
		c.add(Finding{Kind: QuoteVariant, Topic: topic, Values: values, Explanation: text})
	}
	if clash := c.attributionClash(group, roles); clash != "" {
		c.add(Finding{Kind: AttributionConflict, Topic: topic, Values: values, Explanation: clash})
		return
	}
	if len(variants) == 0 {
		text := fmt.Sprintf("%s quote the same words", c.sourceList(srcsOfQuotes(group)))
		if who != "" {
			text += " from " + who
		}
		if longer := c.longerQuotes(group, diffs); longer != "" {
			text += "; " + longer
		}
		c.add(Finding{Kind: Agreement, Topic: topic, Values: values, Explanation: text + "."})
	}
}

func srcsOfQuotes(qs []*quoteSaid) []int {
	out := make([]int, len(qs))
	for i, q := range qs {
		out[i] = q.src
	}
	return out
}

// longerQuotes says which sources quote more, or only part, of the passage the
// first gives.
func (c *comparer) longerQuotes(group []*quoteSaid, diffs [][]Edit) string {
	var more, less []int
	for k, d := range diffs[1:] {
		if slices.ContainsFunc(d, func(e Edit) bool { return e.Op == "+" }) {
			more = append(more, group[k+1].src)
		} else if slices.ContainsFunc(d, func(e Edit) bool { return e.Op == "-" }) {
			less = append(less, group[k+1].src)
		}
	}
	var parts []string
	if len(more) > 0 {
		parts = append(parts, c.sourceList(more)+" "+verb(len(more), "quotes", "quote")+" more of it")
	}
	if len(less) > 0 {
		parts = append(parts, c.sourceList(less)+" "+verb(len(less), "quotes", "quote")+" only part of it")
	}
	return strings.Join(parts, "; ")
}

// describeEdits says in words how a wording differs inside the shared passage, one
// change at a time: “we must concede peace” where first has “we must concede that
// peace”.
func describeEdits(edits []Edit, first string) string {
	var changes []string
	for k := 1; k < len(edits); k++ {
		if edits[k].Op == "=" || !hasEqualAfter(edits, k) {
			continue
		}
		end := k
		for end+1 < len(edits) && edits[end+1].Op != "=" {
			end++
		}
		before, after := lastWords(edits[k-1].Text, 2), firstWords(edits[end+1].Text, 2)
		var theirs, ours []string
		for _, e := range edits[k : end+1] {
			if e.Op == "-" {
				theirs = append(theirs, e.Text)
			} else {
				ours = append(ours, e.Text)
			}
		}
		changes = append(changes, fmt.Sprintf("%s where %s has %s",
			quoteText(joinWords(before, strings.Join(ours, " "), after)), first,
			quoteText(joinWords(before, strings.Join(theirs, " "), after))))
		k = end
	}
	return strings.Join(changes, ", and ")
}

// joinWords joins the non-empty parts with spaces.
func joinWords(parts ...string) string {
	var ws []string
	for _, p := range parts {
		if p != "" {
			ws = append(ws, p)
		}
	}
	return strings.Join(ws, " ")
}

func hasEqualAfter(edits []Edit, k int) bool {
	return slices.ContainsFunc(edits[k+1:], func(e Edit) bool { return e.Op == "=" })
}

// lastWord returns the last word of a name, folded: its surname.
func lastWord(name string) string {
	ws := words(name)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[max(0, len(f)-n):], " ")
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// speakerName names a speaker for prose, or "" when unknown.
func (c *comparer) speakerName(r speakerRef) string {
	if r.entity >= 0 {
		return c.entities[r.entity].Name
	}
	if rest, ok := strings.CutPrefix(r.name, "The "); ok {
		return "the " + rest // it stands inside a sentence
	}
	return r.name
}

// attributionClash explains how the speakers of one quotation differ between
// sources, or returns "" when no two are known to be different people.
func (c *comparer) attributionClash(group []*quoteSaid, roles []roleSaid) string {
	for i, a := range group {
		for _, b := range group[:i] {
			if c.differentSpeakers(a.speaker, b.speaker, roles) {
				text := fmt.Sprintf("%s gives these words to %s; %s gives them to %s.",
					c.docName(b.src), c.speakerName(b.speaker), c.docName(a.src), c.speakerName(a.speaker))
				for _, r := range []speakerRef{b.speaker, a.speaker} {
					if titles := c.titlesOf(r.entity, roles); len(titles) > 0 {
						text += fmt.Sprintf(" The sources call %s %s.", c.speakerName(r), listNames(titles))
					}
				}
				return text
			}
		}
	}
	return ""
}

// differentSpeakers reports whether two speakers are known to be different people:
// two named people, or a named person and an office that another holds or that is
// not among the roles the person is given.
func (c *comparer) differentSpeakers(a, b speakerRef, roles []roleSaid) bool {
	person := func(r speakerRef) bool { return r.entity >= 0 && c.entities[r.entity].Type == mention.Person }
	switch {
	case person(a) && person(b):
		// "Ramesh" and "Vishwash Kumar Ramesh" the alignment may have kept apart:
		// people who share a surname are not known to differ.
		return a.entity != b.entity && lastWord(c.entities[a.entity].Name) != lastWord(c.entities[b.entity].Name)
	case person(a) && b.entity < 0:
		return c.notHolder(a.entity, b.office, roles)
	case person(b) && a.entity < 0:
		return c.notHolder(b.entity, a.office, roles)
	case a.entity < 0 && b.entity < 0:
		return singleHolder[a.office.name] && singleHolder[b.office.name] &&
			(a.office.name != b.office.name || a.office.qualifier != "" && b.office.qualifier != "" && a.office.qualifier != b.office.qualifier)
	}
	return false
}

// notHolder reports whether the roles the sources give show that person does not
// hold office o: another holds it, or it is an office of one holder and the person
// is only ever given other offices.
func (c *comparer) notHolder(person int, o office, roles []roleSaid) bool {
	if o.name == "" {
		return false
	}
	own, other := false, false
	for _, r := range roles {
		if r.office.name != o.name || o.qualifier != "" && r.office.qualifier != "" && r.office.qualifier != o.qualifier {
			if r.holder == person && singleHolder[o.name] {
				other = true // he holds something else
			}
			continue
		}
		if r.holder == person {
			own = true
		} else if r.office.status == "" && singleHolder[o.name] {
			other = true
		}
	}
	return !own && other
}

// officeAt reads an office named at sp and the few words after it ("UK foreign
// secretary"), when those words make one the comparison knows holds one person.
func (c *comparer) officeAt(s int, sp document.Span) (office, string, bool) {
	text := c.sources[s].Doc.Text
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return office{}, "", false
	}
	fields := strings.Fields(text[sp.Start:min(len(text), sp.End+40)])
	for n := min(5, len(fields)); n >= 2; n-- {
		phrase := strings.Join(fields[:n], " ")
		if o := parseOffice(phrase); singleHolder[o.name] {
			return o, phrase, true
		}
	}
	return office{}, "", false
}

// titlesOf returns the distinct titles, quoted, the sources give a merged entity.
func (c *comparer) titlesOf(entity int, roles []roleSaid) []string {
	var out []string
	for _, r := range roles {
		if t := quoteText(oneSpaced(r.title)); r.holder == entity && entity >= 0 && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// sameWords reports whether two wordings have the same words.
func sameWords(a, b []word) bool {
	return slices.EqualFunc(a, b, func(x, y word) bool { return x.norm == y.norm })
}
