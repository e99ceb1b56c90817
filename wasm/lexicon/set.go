package lexicon

import "strings"

// A Set is a set of words, matched exactly as written. It tests a word's length and
// first byte before hashing it, since most tokens of a text are in none of the sets
// and a map lookup hashes the whole word.
type Set struct {
	words          map[string]bool
	first          [256]bool
	minLen, maxLen int
}

// SetOf returns the set of the words in words, separated by white space.
func SetOf(words string) *Set {
	return newSet(strings.Fields(words))
}

func newSet(words []string) *Set {
	s := &Set{words: make(map[string]bool, len(words)), minLen: 1 << 30}
	for _, w := range words {
		s.words[w] = true
		s.first[w[0]] = true
		s.minLen, s.maxLen = min(s.minLen, len(w)), max(s.maxLen, len(w))
	}
	return s
}

// Has reports whether w is in s.
func (s *Set) Has(w string) bool {
	if len(w) < s.minLen || len(w) > s.maxLen || !s.first[w[0]] {
		return false
	}
	return s.words[w]
}
