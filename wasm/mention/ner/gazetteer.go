package ner

import (
	"strings"

	"parallax/wasm/lexicon"
)

// Gaz is a set of word lists a word appears in.
type Gaz uint16

// The word lists. A name of several words ("New York") marks each of its words as
// Part of that list's names; a one-word name marks the word itself.
const (
	FirstName     Gaz = 1 << iota // a common given name
	Place                         // a country, region or city
	PlacePart                     // a word of a place name of several words
	Organisation                  // an organisation's name or acronym
	OrgPart                       // a word of an organisation's name of several words
	OrgWord                       // a word that ends organisation names ("Ministry", "Inc")
	Title                         // a title or office ("President", "envoy")
	TitleModifier                 // a word that may qualify a title ("former", "deputy")
	Demonym                       // a nationality or its adjective ("Russian", "Ukrainian")
	Calendar                      // a month or day of the week
	Town                          // a city or town of some size, anywhere (a long list, less sure than Place)
	TownPart                      // a word of a town's name of several words
)

// listFiles gives the lists each of the lexicon's files fills.
var listFiles = []struct {
	name        string
	whole, part Gaz
}{
	{"firstnames", FirstName, 0},
	{"places", Place, PlacePart},
	{"orgs", Organisation, OrgPart},
	{"orgwords", OrgWord, 0},
	{"titles", Title, Title},
	{"titlemodifiers", TitleModifier, 0},
	{"demonyms", Demonym, 0},
	{"towns", Town, TownPart},
}

// gazetteer maps the hash of a lowercased word to the lists it appears in.
var gazetteer = loadGazetteer()

// names maps the hash of a whole lowercased name, words joined by spaces, to the
// lists it is in: "new york" → Place.
var names = map[uint64]Gaz{}

func loadGazetteer() map[uint64]Gaz {
	g := make(map[uint64]Gaz, 4096)
	for _, f := range listFiles {
		addNames(g, lexicon.List(f.name), f.whole, f.part)
	}
	addNames(g, lexicon.CalendarWords(), Calendar, 0)
	return g
}

// addNames adds each of entries to the list whole, and the words of those of
// several words to the list part.
func addNames(g map[uint64]Gaz, entries []string, whole, part Gaz) {
	for _, name := range entries {
		names[HashWord(name)] |= whole
		fields := strings.Fields(name)
		if len(fields) == 1 {
			g[HashWord(name)] |= whole
			continue
		}
		for _, w := range fields {
			g[HashWord(w)] |= part
		}
	}
}

// Lookup returns the lists a single word is in.
func Lookup(word string) Gaz { return gazetteer[HashWord(word)] }

// LookupName returns the lists a whole name is in; its words are joined by single
// spaces ("united states").
func LookupName(name string) Gaz { return names[HashWord(name)] }
