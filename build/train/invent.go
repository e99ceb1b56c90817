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
// classes are written as invented words of the same shape, each capitalised word of
// such a name invented with the chance share and replaced the same way wherever the
// document has it. A tagger trained on the
// newswire alone learns its names by heart: a name it has never met, such as an
// unfamiliar given name at the start of a sentence, then scores like the common
// words that start sentences. In the copies the names' words are new, so the
// weights must come from what carries to any name: shape, context and the lists.
// Keeping some words real (share below 1) keeps names whose words are half familiar,
// as most are; on dev, half scored best over all names and over unseen ones.
func (c *corpus) addInventedNameCopies(rng *rand.Rand, classes []ner.Class, share float64) {
	copies := c.withInventedNames(rng, classes, share)
	for _, s := range copies.sentences {
		s.doc += len(c.texts)
		c.sentences = append(c.sentences, s)
	}
	c.texts = append(c.texts, copies.texts...)
	c.docSpans = append(c.docSpans, copies.docSpans...)
}

// withInventedNames returns a corpus of the documents of c that have names of the
// given classes, with those names written as invented words (see
// addInventedNameCopies).
func (c *corpus) withInventedNames(rng *rand.Rand, classes []ner.Class, share float64) *corpus {
	byDoc := make([][]sentence, len(c.texts))
	for _, s := range c.sentences {
		byDoc[s.doc] = append(byDoc[s.doc], s)
	}
	copies := &corpus{}
	for d, sents := range byDoc {
		renamed := c.inventNames(d, sents, rng, classes, share)
		if len(renamed) == 0 {
			continue
		}
		copies.addRenamed(c.texts[d], sents, renamed)
	}
	return copies
}

// inventNames returns what to write for each capitalised word of a name of the given
// classes in document d: with the chance share an invented word, else the word.
func (c *corpus) inventNames(d int, sents []sentence, rng *rand.Rand, classes []ner.Class, share float64) map[string]string {
	renamed := map[string]string{}
	for _, s := range sents {
		for j, l := range s.labels {
			w := c.texts[d][s.spans[j].Start:s.spans[j].End]
			r, _ := utf8.DecodeRuneInString(w)
			if _, done := renamed[w]; done || !unicode.IsUpper(r) || !slices.Contains(classes, l.Class()) {
				continue
			}
			renamed[w] = w
			if rng.Float64() < share {
				renamed[w] = invent(w, rng)
			}
		}
	}
	return renamed
}

// addRenamed adds a copy of a document (its text and sentences) with the words in
// renamed replaced, laid out as package conll lays out a document.
func (c *corpus) addRenamed(text string, sents []sentence, renamed map[string]string) {
	doc := len(c.texts)
	var b strings.Builder
	var docSpans []document.Span
	for _, s := range sents {
		copied := sentence{doc: doc, labels: s.labels}
		for j, sp := range s.spans {
			if j > 0 {
				b.WriteByte(' ')
			}
			w := text[sp.Start:sp.End]
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
