package mention

import (
	"slices"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention/ner"
)

// Type is the kind of thing an entity is.
type Type string

// The entity types.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	Place  Type = "PLACE"
)

// An Entity is one real-world referent within a document, with every mention of it:
// "Vladimir Putin", "Putin", "President Putin" and "the Russian president" are one.
type Entity struct {
	Type Type   `json:"type"`
	Name string `json:"name"` // the fullest name the article uses
	// Roles are the titles the article gives the entity ("German Defense Minister").
	Roles    []Role `json:"roles,omitempty"`
	Mentions []Span `json:"mentions"`
}

// A Role is a title or description the article ties to a named entity.
type Role struct {
	Title string `json:"title"` // as written, e.g. "former President"
	Span
}

// FindEntities returns the entities of d in order of first mention.
//
// A tagger trained on newswire (package ner) marks the names in every sentence
// outside page clutter. A place's name the tagger cut a word short ("Port" of "Port
// Alder") is completed, and a body's name it missed ("the Alder Housing Trust") is
// taken by the word that ends it. Names the tagger marked once are then found again
// wherever the article repeats them, headlines are read in the light of the body (a headline
// in capitals is matched against the names the body uses), mentions are grouped into
// one entity per referent ("Putin" joins "Vladimir Putin", "U.S." joins "United
// States"), and the titles the article gives people are attached to them, along with
// later mentions by title alone ("the Russian president"). Names of weapon systems
// ("PATRIOT missiles") are left out.
func FindEntities(d *document.Document) []Entity {
	if len(d.Tokens) == 0 {
		return nil
	}
	f := newEntityFinder(d)
	f.tag()
	f.complete()
	f.repeat()
	f.group()
	f.findRoles()
	return f.entities()
}

// A nameMention is one name in the text, tokens [first, last).
type nameMention struct {
	first, last int
	class       ner.Class
	group       int
	// role marks a mention by title alone ("the Russian president").
	role bool
	key  string // see entityFinder.key
}

// entityFinder holds the state of FindEntities for one document.
type entityFinder struct {
	d   *document.Document
	ctx ner.Context
	// headline marks, per sentence, a title or heading that capitalises (nearly)
	// every word, where capitals say little of what is a name; tag sets it.
	headline []bool
	taken    []bool            // per token: inside a mention
	mentions []nameMention     // in text order
	added    []nameMention     // found by the current pass, not yet merged
	keys     map[string]string // the key of each name, by its text
	groups   []entityGroup
	// readings counts, by key, how often the tagger read a name as each class,
	// before any other pass: see settle.
	readings map[string][ner.Misc + 1]int
}

func newEntityFinder(d *document.Document) *entityFinder {
	f := &entityFinder{
		d:        d,
		headline: make([]bool, len(d.Sentences)),
		taken:    make([]bool, len(d.Tokens)),
		keys:     map[string]string{},
		readings: map[string][ner.Misc + 1]int{},
		added:    make([]nameMention, 0, len(d.Tokens)/16), // news has a name every ten words or so
	}
	for i, s := range d.Sentences {
		k := d.Paragraphs[s.Paragraph].Kind
		f.headline[i] = k == document.Title || k == document.Heading
	}
	return f
}

// tag runs the tagger over every sentence and keeps the names of people,
// organisations and places. Names in headlines are kept only when the body or the
// word lists vouch for them: a headline capitalises every word, and the tagger then
// sees names everywhere.
func (f *entityFinder) tag() {
	d := f.d
	spans := make([]document.Span, len(d.Tokens))
	for i, t := range d.Tokens {
		spans[i] = t.Span
	}
	f.ctx.Reset(d.Text, spans)
	var s ner.Sentence
	var labels []ner.Label
	var headlineNames []nameMention
	var tokens []int // token index of each tagged span
	for si, sent := range d.Sentences {
		spans, tokens = f.taggerSpans(sent, spans[:0], tokens[:0])
		s.Reset(d.Text, spans, &f.ctx)
		f.headline[si] = f.headline[si] && s.CapitalisesAll()
		labels = ner.Default.Tag(&s, labels[:0])
		for i := 0; i < len(labels); {
			c := labels[i].Class()
			j := i + 1
			for j < len(labels) && c != ner.None && !labels[j].Begins() && labels[j].Class() == c {
				j++
			}
			m := nameMention{first: tokens[i], last: tokens[j-1] + 1, class: c}
			f.noteReading(m)
			if m, ok := f.accept(m); ok {
				if f.headline[si] {
					headlineNames = append(headlineNames, m)
				} else {
					f.add(m)
				}
			}
			i = j
		}
	}
	f.merge()
	f.dropUnconfirmed()
	known := f.knownKeys()
	for _, m := range headlineNames {
		if k := f.key(m); known[k] || ner.LookupName(k)&(ner.Place|ner.Organisation) != 0 {
			f.add(m)
		}
	}
	f.merge()
}

// noteReading counts the class the tagger gave a name, marks at its edges left out.
func (f *entityFinder) noteReading(m nameMention) {
	for m.last > m.first && f.isMark(m.last-1) {
		m.last--
	}
	for m.last > m.first && f.isMark(m.first) {
		m.first++
	}
	if m.class == ner.None || m.last == m.first {
		return
	}
	k := f.key(m)
	r := f.readings[k]
	r[m.class]++
	f.readings[k] = r
}

// taggerSpans returns the spans the tagger reads for one sentence, with the token
// index each starts at. A possessive the tokenizer splits into an apostrophe and "s"
// is given to the tagger as the one token "'s", as in the newswire it learned from.
func (f *entityFinder) taggerSpans(sent document.Sentence, spans []document.Span, tokens []int) ([]document.Span, []int) {
	for i := sent.First; i < sent.Last; i++ {
		sp := f.d.Tokens[i].Span
		if n := f.possessiveAt(i, sent.Last); n == 2 {
			sp.End = f.d.Tokens[i+1].End
			spans, tokens = append(spans, sp), append(tokens, i)
			i++
			continue
		}
		spans, tokens = append(spans, sp), append(tokens, i)
	}
	return spans, tokens
}

// possessiveAt returns the number of tokens of a possessive "'s" starting at token i
// (before end): 2 when the tokenizer split it, 1 when it did not, 0 when there is none.
func (f *entityFinder) possessiveAt(i, end int) int {
	w := f.word(i)
	switch {
	case w == "'s" || w == "’s":
		return 1
	case (w == "'" || w == "’") && i > 0 && i+1 < end && f.d.Tokens[i-1].End == f.d.Tokens[i].Start &&
		f.d.Tokens[i].End == f.d.Tokens[i+1].Start && (f.word(i+1) == "s" || f.word(i+1) == "S"):
		return 2
	}
	return 0
}

// dropUnconfirmed removes one-word names at the start of a sentence that nothing
// else supports: a capitalised first word ("Simultaneously", "Expert") is the
// tagger's commonest mistake. A name is supported when the text uses it elsewhere,
// when it is in the word lists, or when it is a surname of a person named in full.
// A first word the tagger took into a longer name ("Despite Trump") is cut off when
// the rest is a name used elsewhere.
func (f *entityFinder) dropUnconfirmed() {
	count := map[string]int{}
	for _, m := range f.mentions {
		count[f.text(m)]++
		if m.class == ner.Per && m.last-m.first > 1 {
			count[f.word(m.last-1)]++
		}
	}
	kept := f.mentions[:0]
	for _, m := range f.mentions {
		if m.last-m.first == 1 && f.isNamePair(f.word(m.first), count) {
			f.taken[m.first] = false
			continue
		}
		if !f.startsSentence(m.first) {
			kept = append(kept, m)
			continue
		}
		rest := nameMention{first: m.first + 1, last: m.last, class: m.class}
		lead := f.word(m.first)
		if m.last-m.first > 1 && (f.ctx.SeenLower(lead) || isFunctionWord(lead)) && count[f.text(rest)] > 0 {
			f.taken[m.first] = false
			rest.key = f.key(rest)
			kept = append(kept, rest)
			continue
		}
		if m.last-m.first > 1 || count[f.text(m)] > 1 || f.listed(m) ||
			m.class != ner.Per && !f.ctx.SeenLower(f.word(m.first)) {
			kept = append(kept, m)
			continue
		}
		f.taken[m.first] = false
	}
	f.mentions = kept
}

// isNamePair reports whether w is two names joined by a hyphen, each used on its own
// in the text or listed as a place: "the Trump-Putin meeting" names neither.
func (f *entityFinder) isNamePair(w string, count map[string]int) bool {
	a, b, ok := strings.Cut(w, "-")
	known := func(n string) bool { return count[n] > 0 || ner.Lookup(n)&ner.Place != 0 }
	return ok && isCapitalised(a) && isCapitalised(b) && known(a) && known(b)
}

// startsSentence reports whether token i is the first word of its sentence or of a
// quotation, where every word is capitalised.
func (f *entityFinder) startsSentence(i int) bool {
	if i == f.d.Sentences[f.d.Tokens[i].Sentence].First {
		return true
	}
	k := f.d.Tokens[i-1].Kind
	return k == document.Quote || k == document.Punct && f.word(i-1) != ","
}

// listed reports whether a one-word name is in the word lists.
func (f *entityFinder) listed(m nameMention) bool {
	return ner.Lookup(f.word(m.first))&(ner.Place|ner.Organisation|ner.FirstName) != 0
}

// accept trims a tagged name to what the engine reports and says whether to keep it:
// marks at its edges are cut off ("Putin “");
// other names (nationalities, events) and lone nationalities are dropped, unless the
// word lists know the name as an organisation or a place (newswire calls "Airbus"
// other, for its aircraft); a title
// the tagger took into a person's name ("President Putin") or the start of a title
// into a place's ("U.S. Defense Secretary") is left out; "St. Petersburg" is one name.
func (f *entityFinder) accept(m nameMention) (nameMention, bool) {
	if m.class == ner.Misc {
		m.class = f.listedClass(m)
	}
	switch m.class {
	case ner.Per, ner.Org, ner.Loc:
	default:
		return m, false
	}
	for m.last > m.first && f.isMark(m.last-1) {
		m.last--
	}
	for m.last > m.first && f.isMark(m.first) {
		m.first++
	}
	if m.last == m.first {
		return m, false
	}
	if m.last-m.first > 1 && lexicon.IsHonorific(f.word(m.first)) {
		m.class = ner.Per // "Mr Justice Anthony Mann"
	}
	if m.class != ner.Per && f.titledPerson(m) {
		m.class = ner.Per // "Mayor Tobias Renner said", read as one body's name
	}
	for m.class == ner.Per && m.last-m.first > 1 && ner.Lookup(f.word(m.first))&ner.Title != 0 {
		m.first++
	}
	for m.last-m.first > 1 && (isFunctionWord(f.word(m.last-1)) ||
		m.class != ner.Per && ner.Lookup(f.word(m.last-1))&ner.Title != 0) {
		m.last-- // "Northrop Grumman and", "Apple Computer CEO"
	}
	if m.last < len(f.d.Tokens) && f.word(m.last) == "." && f.d.Tokens[m.last-1].End == f.d.Tokens[m.last].Start &&
		isAbbreviatedSuffix(f.word(m.last-1)) {
		m.last++ // "Apple Inc."
	}
	for m.last-m.first > 1 && m.last < len(f.d.Tokens) && ner.Lookup(f.word(m.last))&ner.Title != 0 &&
		ner.Lookup(f.word(m.last-1))&ner.TitleModifier != 0 {
		m.last--
	}
	if m.last < len(f.d.Tokens)-1 && f.isSaintDot(m.last-1) {
		return m, false // "St" of "St. Petersburg": the name after the dot takes it in
	}
	if m.first >= 2 && f.isSaintDot(m.first-2) && f.d.Tokens[m.first-2].Sentence == f.d.Tokens[m.first].Sentence {
		m.first -= 2
	}
	if m.last-m.first == 1 && ner.Lookup(f.word(m.first))&(ner.Demonym|ner.Calendar) != 0 {
		return m, false
	}
	if m.class == ner.Per && m.last-m.first == 1 && ner.Lookup(f.word(m.first))&ner.Title != 0 &&
		m.last < len(f.d.Tokens) && isCapitalised(f.word(m.last)) {
		return m, false // "Mayor" tagged apart from the "Tobias Renner" it is the title of
	}
	if m.class == ner.Loc && m.last-m.first > 1 && orgTails[strings.ToLower(f.word(m.last-1))] {
		m.class = ner.Org // "the High Court", "the Federal Reserve"
	}
	return m, hasAnyLetter(f.word(m.first))
}

// titledPerson reports whether a name is a title and two or more words that no word
// list knows as part of a place's or an organisation's name: a person's name, with
// the title the tagger took into it.
func (f *entityFinder) titledPerson(m nameMention) bool {
	if m.last-m.first < 3 || ner.Lookup(f.word(m.first))&ner.Title == 0 {
		return false
	}
	const bodyOrPlace = ner.Place | ner.PlacePart | ner.Organisation | ner.OrgPart | ner.OrgWord | ner.Title
	for i := m.first + 1; i < m.last; i++ {
		if ner.Lookup(f.word(i))&bodyOrPlace != 0 || !isCapitalised(f.word(i)) {
			return false
		}
	}
	return true
}

// listedClass returns the class the word lists give a name: Org or Loc when it is
// listed as one and not the other, None otherwise.
func (f *entityFinder) listedClass(m nameMention) ner.Class {
	switch ner.LookupName(strings.ToLower(f.text(m))) & (ner.Organisation | ner.Place) {
	case ner.Organisation:
		return ner.Org
	case ner.Place:
		return ner.Loc
	}
	return ner.None
}

// isMark reports whether token i is a quotation mark or punctuation.
func (f *entityFinder) isMark(i int) bool {
	k := f.d.Tokens[i].Kind
	return k == document.Quote && f.possessiveAt(i, len(f.d.Tokens)) == 0 || k == document.Punct
}

// orgTails are words that end the names of organisations and never of places.
var orgTails = lexicon.Phrases("orgonlytails")

// isAbbreviatedSuffix reports whether w ends names and is abbreviated with a dot.
func isAbbreviatedSuffix(w string) bool {
	switch w {
	case "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros":
		return true
	}
	return false
}

// isSaintDot reports whether token i is "St", "Mt" or "Ft" followed by its dot.
func (f *entityFinder) isSaintDot(i int) bool {
	switch f.word(i) {
	case "St", "Mt", "Ft":
		return i+1 < len(f.d.Tokens) && f.word(i+1) == "." && f.d.Tokens[i].End == f.d.Tokens[i+1].Start
	}
	return false
}

// add records a new mention. Each pass finds its mentions in text order; they wait
// in f.added until merge puts them among the others, so that the mentions stay in
// text order without sorting.
func (f *entityFinder) add(m nameMention) {
	for i := m.first; i < m.last; i++ {
		f.taken[i] = true
	}
	m.key = f.key(m)
	f.added = append(f.added, m)
}

// merge puts the mentions added by a pass among the others, in text order, merging
// the two sorted lists from the back.
func (f *entityFinder) merge() {
	if len(f.mentions) == 0 {
		f.mentions, f.added = f.added, f.mentions
		return
	}
	n, k := len(f.mentions), len(f.added)
	f.mentions = slices.Grow(f.mentions, k)[:n+k]
	for i, j, out := n-1, k-1, n+k-1; j >= 0; out-- {
		if i >= 0 && f.mentions[i].first > f.added[j].first {
			f.mentions[out] = f.mentions[i]
			i--
		} else {
			f.mentions[out] = f.added[j]
			j--
		}
	}
	f.added = f.added[:0]
}

// word returns the text of token i.
func (f *entityFinder) word(i int) string { return f.d.Tokens[i].Text(f.d) }

// text returns the text a mention covers.
func (f *entityFinder) text(m nameMention) string {
	return f.d.Text[f.d.Tokens[m.first].Start:f.d.Tokens[m.last-1].End]
}

// span returns the span a mention covers.
func (f *entityFinder) span(m nameMention) Span {
	return Span{Start: f.d.Tokens[m.first].Start, End: f.d.Tokens[m.last-1].End}
}

// entities turns the groups into entities, in order of first mention.
func (f *entityFinder) entities() []Entity {
	index := make([]int, len(f.groups))
	var out []Entity
	for _, m := range f.mentions {
		g := &f.groups[m.group]
		if g.thing {
			continue
		}
		if index[m.group] == 0 {
			out = append(out, Entity{Type: g.typ, Name: g.name, Roles: g.roles})
			index[m.group] = len(out)
		}
		e := &out[index[m.group]-1]
		e.Mentions = append(e.Mentions, f.span(m))
	}
	return out
}
