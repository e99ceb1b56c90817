package mention

import (
	"slices"
	"strings"

	"parallax/wasm/lexicon"
	"parallax/wasm/mention/ner"
)

// complete mends the two ways the tagger most often cuts short the names of places
// and bodies it has never seen: it stops a place's name one word early ("Port" of
// "Port Alder late on Tuesday"), and it misses a body's name whose words are all
// unknown ("the Alder Housing Trust"). Both are only done outside headlines, where
// capitals still mean names.
func (f *entityFinder) complete() {
	for i := range f.mentions {
		f.extendPlace(&f.mentions[i])
	}
	f.joinPlaceKinds()
	for si, s := range f.d.Sentences {
		if f.headline[si] {
			continue
		}
		for i := s.First; i < s.Last; i++ {
			if n := f.bodyNameAt(i, s.Last); n > 0 {
				f.add(nameMention{first: i, last: i + n, class: ner.Org})
				i += n - 1
			}
		}
	}
	f.merge()
}

// placeKinds are the words that name a kind of place before "of" and its name: "the
// State of Mexico", "the Gulf of Aden", "the Isle of Man".
var placeKinds = lexicon.SetOfLists("placekinds")

// joinPlaceKinds makes one place of a kind of place, "of" and a place's name, which
// the tagger reads as two names or one and a word ("State" and "Mexico"), or as one
// organisation.
func (f *entityFinder) joinPlaceKinds() {
	for i := range f.mentions {
		m := &f.mentions[i]
		if m.last-m.first > 2 && f.word(m.first+1) == "of" && placeKinds.Has(strings.ToLower(f.word(m.first))) {
			m.class = ner.Loc
			continue
		}
		k := m.first - 2
		if m.class != ner.Loc || k < 0 || f.word(k+1) != "of" || !isCapitalised(f.word(k)) ||
			!placeKinds.Has(strings.ToLower(f.word(k))) || f.d.Tokens[k].Sentence != f.d.Tokens[m.first].Sentence {
			continue
		}
		if i > 0 && f.mentions[i-1].last == k+1 {
			if f.mentions[i-1].first != k {
				continue // the kind word ends a longer name ("Northern Cape")
			}
			f.mentions[i-1].last = k // emptied: dropped below
		}
		f.taken[k], f.taken[k+1] = true, true
		m.first = k
		m.key = f.key(*m)
	}
	f.mentions = slices.DeleteFunc(f.mentions, func(m nameMention) bool { return m.last == m.first })
}

// extendPlace takes into a one-word place or body the word lists do not know the
// capitalised word right after it, when the text never writes that word in lower
// case, the word is no title, day, nationality or given name, and no name follows:
// a town called "Port Alder" is one name. Headlines in capitals and known names
// ("U.S. Labor") are left alone.
func (f *entityFinder) extendPlace(m *nameMention) {
	if m.class == ner.Per || m.last-m.first != 1 || f.headline[f.d.Tokens[m.first].Sentence] {
		return
	}
	j := m.last
	if j >= len(f.d.Tokens) || f.taken[j] || f.d.Tokens[j].Sentence != f.d.Tokens[m.first].Sentence ||
		f.d.Tokens[j-1].End == f.d.Tokens[j].Start {
		return
	}
	w, name := f.word(j), f.word(m.first)
	if !f.unknownName(w) || isAllCapitals(w) || isAllCapitals(name) || strings.ContainsAny(w, "-.") ||
		ner.LookupName(strings.ToLower(name))&(ner.Place|ner.Organisation) != 0 {
		return
	}
	if k := j + 1; k < len(f.d.Tokens) && f.d.Tokens[k].Sentence == f.d.Tokens[j].Sentence &&
		(isCapitalised(f.word(k)) || f.d.Tokens[j].End == f.d.Tokens[k].Start) {
		return // the word begins a name of its own, or is cut short ("Gov.")
	}
	f.taken[j] = true
	m.last++
	m.key = f.key(*m)
}

// unknownName reports whether w looks like a word of a name the word lists do not
// know: capitalised, never written in lower case in the text, and not a title, a
// day, a nationality, a given name or a function word.
func (f *entityFinder) unknownName(w string) bool {
	// Cheapest first: isFunctionWord lowercases, which allocates, and most capitalised
	// function words are already ruled out as written in lower case elsewhere.
	return isCapitalised(w) && hasAnyLetter(w) && !f.ctx.SeenLower(w) &&
		ner.Lookup(w)&(ner.Title|ner.Calendar|ner.Demonym|ner.FirstName) == 0 && !isFunctionWord(w)
}

// maxBodyName is the most words of a body's name bodyNameAt reads.
const maxBodyName = 5

// bodyNameAt returns the length of an untagged body's name starting at token i
// (before end): two to five capitalised words, not opening the sentence nor following
// another capitalised word, the first
// unknown to the text in lower case, the last a word that ends the names of bodies
// ("Trust", "Council", "Agency").
func (f *entityFinder) bodyNameAt(i, end int) int {
	if f.taken[i] || f.startsSentence(i) || !f.unknownName(f.word(i)) ||
		isCapitalised(f.word(i-1)) && !isFunctionWord(f.word(i-1)) {
		return 0 // a name already begun ("Ukraine Defense Contact Group") is not cut in two
	}
	for n := 2; n <= maxBodyName && i+n <= end; n++ {
		k := i + n - 1
		w := f.word(k)
		if f.taken[k] || !isCapitalised(w) || !hasAnyLetter(w) {
			return 0
		}
		if bodyTails.Has(w) || ner.Lookup(w)&ner.OrgWord != 0 {
			return n
		}
		if isFunctionWord(w) {
			return 0
		}
	}
	return 0
}

// bodyTails end the names of bodies the word lists of the tagger leave out, as
// written in a name; the others are the tagger's org words (ner.OrgWord).
var bodyTails = lexicon.SetOfLists("bodytails")

// markThings marks the groups named as weapon systems: a name that is no person and
// that the word lists do not know, followed by a weapon word with at most a few
// lower-case words between ("IRIS-T mobile air defense missile systems").
func (f *entityFinder) markThings() {
	for _, m := range f.mentions {
		g := &f.groups[m.group]
		if g.thing || g.typ == Person || ner.LookupName(g.key)&(ner.Place|ner.Organisation) != 0 {
			continue
		}
		sent := f.d.Tokens[m.first].Sentence
		for k := m.last; k < len(f.d.Tokens) && k < m.last+5 && f.d.Tokens[k].Sentence == sent; k++ {
			w := f.word(k)
			if weaponWords.Has(w) {
				g.thing = true
				break
			}
			if isCapitalised(w) || !hasAnyLetter(w) || isFunctionWord(w) {
				break
			}
		}
	}
}

// weaponWords name the kinds of weapon that makers' names and system names precede,
// in lower case as they follow a name.
var weaponWords = lexicon.SetOfLists("weaponwords")
