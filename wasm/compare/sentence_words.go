package compare

import (
	"slices"
	"strings"

	"parallax/wasm/document"
)

// sentenceWords reads the words of one sentence by token index, lower-cased, for
// the rules that look a word or two either side of an amount.
type sentenceWords struct {
	doc  *document.Document
	toks []document.Token
}

// sentenceOf returns the words of the sentence of source s that holds the byte
// offset off, and the index of the first token at or after off; ok is false when
// no sentence holds it.
func (c *comparer) sentenceOf(s, off int) (w sentenceWords, at int, ok bool) {
	d := c.sources[s].Doc
	si := d.SentenceAt(off)
	if si < 0 {
		return w, 0, false
	}
	w = sentenceWords{doc: d, toks: d.SentenceTokens(si)}
	return w, w.index(off), true
}

// index returns the index of the first token that starts at or after off.
func (w sentenceWords) index(off int) int {
	i, _ := slices.BinarySearchFunc(w.toks, off, func(t document.Token, off int) int { return t.Start - off })
	return i
}

// word returns token k lower-cased, or "" past the sentence's ends and for tokens
// that are not words.
func (w sentenceWords) word(k int) string {
	if k < 0 || k >= len(w.toks) || w.toks[k].Kind != document.Word {
		return ""
	}
	return strings.ToLower(w.doc.Text[w.toks[k].Start:w.toks[k].End])
}
