package lexicon

import (
	"strconv"
	"strings"
)

// The shapes a list's entries are read in, besides List and Words.

// SetOfLists returns the [Set] of the words of the lists names, matched as written.
func SetOfLists(names ...string) *Set {
	var words []string
	for _, name := range names {
		for _, entry := range List(name) {
			words = append(words, strings.Fields(entry)...)
		}
	}
	return newSet(words)
}

// Phrases returns the set of the entries of the list name, each a word or phrase
// as written.
func Phrases(name string) map[string]bool {
	entries := List(name)
	set := make(map[string]bool, len(entries))
	for _, entry := range entries {
		set[entry] = true
	}
	return set
}

// Pairs returns the entries of the list name, each written "word = what it stands
// for", as a map from the word to what it stands for.
func Pairs(name string) map[string]string {
	entries := List(name)
	pairs := make(map[string]string, len(entries))
	for _, entry := range entries {
		word, meaning, ok := strings.Cut(entry, " = ")
		if !ok {
			panic("lexicon: " + name + ".txt: no \" = \" in " + entry) // a build mistake, as a missing list
		}
		pairs[word] = meaning
	}
	return pairs
}

// Numbers returns the entries of the list name, each written "word = number", as a
// map from the word to the number.
func Numbers(name string) map[string]float64 {
	pairs := Pairs(name)
	numbers := make(map[string]float64, len(pairs))
	for word, number := range pairs {
		n, err := strconv.ParseFloat(number, 64)
		if err != nil {
			panic("lexicon: " + name + ".txt: " + err.Error()) // a build mistake, as a missing list
		}
		numbers[word] = n
	}
	return numbers
}
