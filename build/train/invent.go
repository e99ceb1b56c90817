package main

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/document"
	"parallax/wasm/mention/ner"
)

// addInventedNameCopies adds a copy of every document whose names of the given
// classes are written as invented words of the same shape, each word of a name
// replaced the same way wherever the document has it. A tagger trained on the
// newswire alone learns its names by heart: a name it has never met, such as an
// unfamiliar given name at the start of a sentence, then scores like the common
// words that start sentences. In the copies the names' words are new, so the
// weights must come from what carries to any name: shape, context and the lists.
func (c *corpus) addInventedNameCopies(rng *rand.Rand, classes []ner.Class) {
	docs := len(c.texts)
	byDoc := make([][]sentence, docs)
	for _, s := range c.sentences {
		byDoc[s.doc] = append(byDoc[s.doc], s)
	}
	for d, sents := range byDoc {
		renamed := c.inventNames(d, sents, rng, classes)
		if len(renamed) == 0 {
			continue
		}
		c.addRenamedDocument(d, sents, renamed)
	}
}

// inventNames returns an invented word for each capitalised word of a name of the
// given classes in document d.
func (c *corpus) inventNames(d int, sents []sentence, rng *rand.Rand, classes []ner.Class) map[string]string {
	renamed := map[string]string{}
	for _, s := range sents {
		for j, l := range s.labels {
			w := c.texts[d][s.spans[j].Start:s.spans[j].End]
			r, _ := utf8.DecodeRuneInString(w)
			if _, done := renamed[w]; done || !unicode.IsUpper(r) || !slices.Contains(classes, l.Class()) {
				continue
			}
			renamed[w] = invent(w, rng)
		}
	}
	return renamed
}

// addRenamedDocument adds a copy of document d with the words in renamed replaced,
// laid out as package conll lays out a document.
func (c *corpus) addRenamedDocument(d int, sents []sentence, renamed map[string]string) {
	doc := len(c.texts)
	var b strings.Builder
	var docSpans []document.Span
	for _, s := range sents {
		copied := sentence{doc: doc, labels: s.labels}
		for j, sp := range s.spans {
			if j > 0 {
				b.WriteByte(' ')
			}
			w := c.texts[d][sp.Start:sp.End]
			if r, ok := renamed[w]; ok {
				w = r
			}
			start := b.Len()
			b.WriteString(w)
			copied.spans = append(copied.spans, document.Span{Start: start, End: b.Len()})
		}
		b.WriteByte('\n')
		c.sentences = append(c.sentences, copied)
		docSpans = append(docSpans, copied.spans...)
	}
	c.texts = append(c.texts, b.String())
	c.docSpans = append(c.docSpans, docSpans)
}

const (
	vowels     = "aeiou"
	consonants = "bcdfghjklmnprstvwz"
)

// invent returns a word of the same shape as w: each vowel replaced by a random
// vowel and each other letter by a random consonant, in the same case, so that the
// word reads as a possible name; marks and digits are kept.
func invent(w string, rng *rand.Rand) string {
	var b strings.Builder
	for _, r := range w {
		var pick rune
		switch {
		case !unicode.IsLetter(r):
			b.WriteRune(r)
			continue
		case strings.ContainsRune(vowels, unicode.ToLower(r)):
			pick = rune(vowels[rng.IntN(len(vowels))])
		default:
			pick = rune(consonants[rng.IntN(len(consonants))])
		}
		if unicode.IsUpper(r) {
			pick = unicode.ToUpper(pick)
		}
		b.WriteRune(pick)
	}
	return b.String()
}
