package lexicon

import (
	"embed"
	"strconv"
	"strings"
)

//go:embed *.txt
var files embed.FS

// List returns the entries of the embedded word list name ("months" reads
// months.txt), in the file's order: one word or phrase a line, with blank lines and
// lines that start with "#" left out.
func List(name string) []string {
	data, err := files.ReadFile(name + ".txt")
	if err != nil {
		panic(err) // the lists are embedded: a missing one is a build mistake
	}
	var entries []string
	for line := range strings.SplitSeq(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line != "" && line[0] != '#' {
			entries = append(entries, line)
		}
	}
	return entries
}

// Words returns the set of the words of the lists names, in lower case: a word of
// several words' entry counts on its own.
func Words(names ...string) map[string]bool {
	var entries []string
	for _, name := range names {
		entries = append(entries, List(name)...)
	}
	return wordsOf(entries)
}

// wordsOf returns the set of the lower-case words of entries.
func wordsOf(entries []string) map[string]bool {
	words := make(map[string]bool, len(entries))
	for _, entry := range entries {
		for _, w := range strings.Fields(entry) {
			words[strings.ToLower(w)] = true
		}
	}
	return words
}

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
