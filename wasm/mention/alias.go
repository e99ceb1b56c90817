package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/lexicon"
	"parallax/wasm/mention/ner"
)

// nameAliases maps the key of a common alternative name to the key of the name it
// stands for, so that "U.S.", "US" and "the United States" are one entity.
var nameAliases = map[string]string{
	"us":                                 "united states",
	"usa":                                "united states",
	"america":                            "united states",
	"united states of america":           "united states",
	"uk":                                 "united kingdom",
	"britain":                            "united kingdom",
	"great britain":                      "united kingdom",
	"eu":                                 "european union",
	"un":                                 "united nations",
	"north atlantic treaty organization": "nato",
	"russian federation":                 "russia",
	"uae":                                "united arab emirates",
	"kiev":                               "kyiv",
	"odessa":                             "odesa",
	"türkiye":                            "turkey",
	"turkiye":                            "turkey",
	"holland":                            "netherlands",
	"burma":                              "myanmar",
	"czechia":                            "czech republic",
}

// An entityGroup is one entity while mentions are being collected.
type entityGroup struct {
	key   string
	typ   Type
	name  string
	roles []Role
	votes [ner.Misc + 1]int
	// size is the number of tokens of the name, to keep the fullest.
	size int
	// thing marks a name that turned out to be a thing's, not an entity's (a
	// weapon system: "PATRIOT missiles").
	thing bool
}

// key returns the form under which a mention is grouped: lower case, without dots or
// a leading "the", with common alternative names replaced by the usual one. Keys are
// remembered by text, as an article repeats its names.
func (f *entityFinder) key(m nameMention) string {
	t := f.text(m)
	if k, ok := f.keys[t]; ok {
		return k
	}
	k := f.newKey(m)
	f.keys[t] = k
	return k
}

func (f *entityFinder) newKey(m nameMention) string {
	var b strings.Builder
	for i := m.first; i < m.last; i++ {
		w := f.word(i)
		if i == m.first && m.last-m.first > 1 && strings.EqualFold(w, "the") {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range w {
			switch r {
			case '.':
			case '’':
				b.WriteByte('\'')
			default:
				b.WriteRune(unicode.ToLower(r))
			}
		}
	}
	k := b.String()
	if a, ok := nameAliases[k]; ok {
		return a
	}
	return k
}

// knownKeys returns the keys of the names found so far, and of the surnames of
// people named in full.
func (f *entityFinder) knownKeys() map[string]bool {
	known := map[string]bool{}
	for _, m := range f.mentions {
		known[m.key] = true
		if m.class == ner.Per && m.last-m.first > 1 {
			known[f.key(nameMention{first: m.last - 1, last: m.last})] = true
		}
	}
	return known
}

// maxRepeat is the most tokens a repeated name may have.
const maxRepeat = 6

// known names, for repeat: the names found, by text and by text with case folded
// (as hashed by ner.HashWord), and the most words of a name starting with each
// first word (case folded), so that most words are passed over with one look-up.
type knownNames struct {
	exact  map[string]ner.Class
	folded map[uint64]ner.Class
	starts map[uint64]int
}

// repeat marks every further use of a name the tagger found once (and of the
// surname of a person named in full) where the tagger missed it. In the body the
// name must be written the same way; in headlines case is ignored, since headlines
// are often in capitals.
func (f *entityFinder) repeat() {
	k := knownNames{
		exact:  map[string]ner.Class{},
		folded: map[uint64]ner.Class{},
		starts: map[uint64]int{},
	}
	remember := func(m nameMention) {
		t := f.text(m)
		if _, ok := k.exact[t]; ok {
			return
		}
		k.exact[t] = m.class
		k.folded[ner.HashWord(t)] = m.class
		first := ner.HashWord(f.word(m.first))
		k.starts[first] = max(k.starts[first], m.last-m.first)
	}
	for _, m := range f.mentions {
		if m.last-m.first > maxRepeat {
			continue
		}
		remember(m)
		if m.class == ner.Per && m.last-m.first > 1 {
			remember(nameMention{first: m.last - 1, last: m.last, class: ner.Per})
		}
	}
	if len(k.exact) == 0 {
		return
	}
	for si, s := range f.d.Sentences {
		fold := f.headline[si]
		for i := s.First; i < s.Last; i++ {
			if f.taken[i] || !fold && !isCapitalised(f.word(i)) {
				continue
			}
			if n, c := f.repeatAt(i, s.Last, &k, fold); n > 0 {
				f.add(nameMention{first: i, last: i + n, class: c})
				i += n - 1
			}
		}
	}
	f.merge()
}

// repeatAt returns the length and class of the longest known name starting at token
// i, which must not run past end or into another mention.
func (f *entityFinder) repeatAt(i, end int, k *knownNames, fold bool) (int, ner.Class) {
	longest, ok := k.starts[ner.HashWord(f.word(i))]
	if !ok {
		return 0, ner.None
	}
	n := 0
	for n < longest && i+n < end && !f.taken[i+n] {
		n++
	}
	for ; n > 0; n-- {
		t := f.d.Text[f.d.Tokens[i].Start:f.d.Tokens[i+n-1].End]
		var c ner.Class
		if fold {
			c, ok = k.folded[ner.HashWord(t)]
		} else {
			c, ok = k.exact[t]
		}
		if ok {
			return n, c
		}
	}
	return 0, ner.None
}

// group puts the mentions into one group per referent. People named in full come
// first, so that a surname alone ("Putin") can join the person it belongs to even
// when it appears before the full name; when several people share the surname, it
// joins the one named most recently before it.
func (f *entityFinder) group() {
	byKey := map[string]int{}
	surnames := map[string][]int{}
	for _, m := range f.mentions {
		if m.class != ner.Per || m.last-m.first < 2 {
			continue
		}
		k := m.key
		if _, ok := byKey[k]; ok {
			continue
		}
		byKey[k] = f.newGroup(k)
		s := f.key(nameMention{first: m.last - 1, last: m.last})
		surnames[s] = append(surnames[s], byKey[k])
	}
	firstSeen := make([]int, len(f.groups))
	for i := range firstSeen {
		firstSeen[i] = -1
	}
	for i := range f.mentions {
		m := &f.mentions[i]
		k := m.key
		g, ok := byKey[k]
		if !ok {
			if gs := surnames[k]; len(gs) > 0 {
				g = nearestGroup(gs, firstSeen, m.first)
				m.class = ner.Per // a person's surname, whatever the tagger took it for
			} else {
				g = f.newGroup(k)
				byKey[k] = g
				firstSeen = append(firstSeen, -1)
			}
		}
		if firstSeen[g] < 0 {
			firstSeen[g] = m.first
		}
		m.group = g
	}
	f.mergeAcronyms(byKey)
	f.settle()
}

// nearestGroup returns the group among gs first mentioned most recently before token at,
// or the first of them when none was.
func nearestGroup(gs, firstSeen []int, at int) int {
	best := gs[0]
	for _, g := range gs {
		if s := firstSeen[g]; s >= 0 && s <= at && (firstSeen[best] < 0 || s > firstSeen[best]) {
			best = g
		}
	}
	return best
}

func (f *entityFinder) newGroup(k string) int {
	f.groups = append(f.groups, entityGroup{key: k})
	return len(f.groups) - 1
}

// mergeAcronyms joins an acronym to the organisation or place whose initials it is
// ("ECB" to "European Central Bank"), when only one fits.
func (f *entityFinder) mergeAcronyms(byKey map[string]int) {
	initials := map[string]int{}
	for k, g := range byKey {
		if a := initialsOf(k); a != "" {
			if _, dup := initials[a]; dup {
				initials[a] = -1
			} else {
				initials[a] = g
			}
		}
	}
	for i := range f.mentions {
		m := &f.mentions[i]
		if m.last-m.first != 1 || m.class == ner.Per || !isAllCapitals(f.word(m.first)) {
			continue
		}
		if g, ok := initials[f.groups[m.group].key]; ok && g >= 0 {
			m.group = g
		}
	}
}

// initialsOf returns the initials of a name of several words, skipping small words,
// each part of a hyphenated word counting as a word: "european central bank" → "ecb",
// "paris saint-germain" → "psg".
func initialsOf(k string) string {
	words := strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "&":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// settle gives every group its name, the fullest one used outside headlines, and its
// type, by majority of how its mentions were tagged; for a short abbreviation the word
// lists decide whether it is a place or an organisation ("US", "EU"), as the tagger
// is least sure of those.
func (f *entityFinder) settle() {
	for _, m := range f.mentions {
		g := &f.groups[m.group]
		g.votes[m.class]++
		if m.last-m.first > g.size && !f.headline[f.d.Tokens[m.first].Sentence] {
			g.size, g.name = m.last-m.first, f.name(m)
		}
	}
	for _, m := range f.mentions {
		if g := &f.groups[m.group]; g.name == "" {
			g.name = f.name(m)
		}
	}
	for i := range f.groups {
		g := &f.groups[i]
		best := ner.Per
		for _, c := range []ner.Class{ner.Org, ner.Loc} {
			if g.votes[c] > g.votes[best] {
				best = c
			}
		}
		if best != ner.Per && isAllCapitals(g.name) && len(g.name) <= 5 {
			switch ner.LookupName(g.key) & (ner.Place | ner.Organisation) {
			case ner.Place:
				best = ner.Loc
			case ner.Organisation:
				best = ner.Org
			}
		}
		if best == ner.Loc && ner.LookupName(g.key)&(ner.Place|ner.Organisation) == ner.Organisation {
			best = ner.Org // a seat of power that acts and speaks: "the Kremlin said"
		}
		if best != ner.Per && looksLikePerson(g.name) {
			best = ner.Per
		}
		g.typ = entityTypeOf[best]
		g.thing = f.mostlyOther(g.key)
	}
	f.retypeCompanies()
	f.markThings()
}

// mostlyOther reports whether the tagger read the name of key more often as another
// kind of name (a product, an event, a work: "Internet Explorer", "Oscars") than as a
// person's, an organisation's or a place's, and the word lists do not know it. The
// passes that find a name again wherever it is repeated spread the tagger's rarer
// reading; its own readings are the evidence.
func (f *entityFinder) mostlyOther(key string) bool {
	r := f.readings[key]
	if ner.LookupName(key)&(ner.Place|ner.Organisation) != 0 {
		return false
	}
	return r[ner.Misc] > r[ner.Per]+r[ner.Org]+r[ner.Loc]
}

// looksLikePerson reports whether a name is a common given name and one or two more
// capitalised words that are neither places nor words of organisations' names:
// "Lena Ortiz" is a person whatever the tagger thought.
func looksLikePerson(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || ner.Lookup(words[0])&ner.FirstName == 0 {
		return false
	}
	for _, w := range words[1:] {
		if !isCapitalised(w) || ner.Lookup(w)&(ner.Place|ner.PlacePart|ner.OrgWord|ner.Organisation|ner.OrgPart) != 0 {
			return false
		}
	}
	return true
}

// retypeCompanies makes an organisation of a "person" known by one word only, never
// by a first name and surname, when the words around it speak of a company:
// "carmaker Chrysler", "Ryanair's shares". An unknown one-word name is the tagger's
// commonest confusion between the two, and news names a person in full first.
func (f *entityFinder) retypeCompanies() {
	cued := make([]bool, len(f.groups))
	for _, m := range f.mentions {
		if f.groups[m.group].typ == Person && f.groups[m.group].size == 1 && f.companyCue(m) {
			cued[m.group] = true
		}
	}
	for i, c := range cued {
		if c && ner.LookupName(f.groups[i].key)&ner.FirstName == 0 {
			f.groups[i].typ = Org
		}
	}
}

// companyCue reports whether the words before or after mention m speak of a company.
func (f *entityFinder) companyCue(m nameMention) bool {
	sent := f.d.Sentences[f.d.Tokens[m.first].Sentence]
	if m.first > sent.First && companyBefore.Has(strings.ToLower(f.word(m.first-1))) {
		return true
	}
	if m.first-1 > sent.First && f.word(m.first-1) == "of" && f.isTitle(m.first-2) {
		return true // "the president of Chrysler"
	}
	next := m.last
	if next < sent.Last {
		next += f.possessiveAt(next, sent.Last)
	}
	return next < sent.Last && companyAfter.Has(strings.ToLower(f.word(next)))
}

// Words that, right before a name, say it is a company's: "carmaker Chrysler".
var companyBefore = lexicon.SetOfLists("companybefore")

// Words that, right after a name or its possessive, say it is a company:
// "Ryanair's shares", "Chrysler CEO".
var companyAfter = lexicon.SetOfLists("companyafter")

// name returns the text of a mention without a leading "the".
func (f *entityFinder) name(m nameMention) string {
	if m.last-m.first > 1 && strings.EqualFold(f.word(m.first), "the") {
		m.first++
	}
	return f.text(m)
}

var entityTypeOf = map[ner.Class]Type{ner.Per: Person, ner.Org: Org, ner.Loc: Place}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func hasAnyLetter(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func isAllCapitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
