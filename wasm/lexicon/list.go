package lexicon

import (
	"embed"
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

// Words returns the set of the words of the list name, in lower case: a word of
// several words' entry counts on its own.
func Words(name string) map[string]bool { return wordsOf(List(name)) }

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
