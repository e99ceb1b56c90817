package document

import (
	"errors"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/lexicon"
)

// ErrNotEnglish is returned by Parse for text in another language: the word lists and
// the tagger know English only, and would find names and numbers in anything else
// that are not there.
var ErrNotEnglish = errors.New("this text does not read as English, and Parallax reads English only")

// englishMarkers are the commonest words of English prose. Written English news has
// about one in four of its words among them (at least 0.19 in every development
// article); German, French, Spanish, Italian and Dutch news under 0.07, and other
// scripts none.
var englishMarkers = lexicon.Phrases("englishmarkers")

const (
	// minWordsToTell is the fewest words a text needs before its language is judged: a
	// headline or a list of names says too little.
	minWordsToTell = 30
	// minEnglishShare is the least share of marker words English text has, between
	// the lowest English and the highest other language measured.
	minEnglishShare = 0.12
)

// readsAsEnglish reports whether a sample of text is English, or too short to tell.
func readsAsEnglish(sample string) bool {
	words, markers := 0, 0
	var lower []byte
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRuneInString(sample[i:])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		lower = lower[:0]
		for i < len(sample) {
			r, size = utf8.DecodeRuneInString(sample[i:])
			if !unicode.IsLetter(r) && r != '\'' {
				break
			}
			lower = utf8.AppendRune(lower, unicode.ToLower(r))
			i += size
		}
		words++
		for len(lower) > 0 && lower[len(lower)-1] == '\'' {
			lower = lower[:len(lower)-1]
		}
		if englishMarkers[string(lower)] {
			markers++
		}
	}
	return words < minWordsToTell || float64(markers) >= minEnglishShare*float64(words)
}
