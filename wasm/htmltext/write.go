package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// blocks start a new paragraph.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"blockquote": true, "section": true, "article": true, "header": true, "main": true,
	"pre": true, "table": true, "tr": true, "hr": true, "address": true, "figcaption": true,
	"details": true, "summary": true,
}

// inline elements sit inside a paragraph: leaving one out leaves a space.
var inline = map[string]bool{
	"a": true, "span": true, "button": true, "select": true, "textarea": true, "svg": true,
	"math": true, "small": true, "b": true, "i": true, "em": true, "strong": true, "abbr": true,
	"sup": true, "sub": true, "label": true, "object": true, "canvas": true, "time": true,
	"font": true, "u": true, "q": true, "cite": true, "code": true, "mark": true, "s": true,
	"del": true, "ins": true, "tt": true, "big": true, "img": true, "nobr": true, "dfn": true,
}

// writer gathers the article's text, one paragraph a line, with the spaces inside
// each paragraph collapsed. A heading can be held: it is kept once story text
// follows it and dropped when furniture or the end of the article does (the
// "More on this" over a list of links).
type writer struct {
	b       []byte
	pending bool // a space is owed before the next word
	held    int  // where a held heading starts, or -1
	holding bool // the held heading's own text is being written
}

func newWriter() *writer { return &writer{held: -1} }

// text appends s with its runs of white space collapsed to one space. Text split
// by inline tags ("<b>fire</b>men") joins up again without a space.
func (w *writer) text(s string) {
	if s == "" {
		return
	}
	if isSpace(s[0]) {
		w.pending = true
	}
	for i := 0; i < len(s); {
		for n := spaceAt(s, i); n > 0; n = spaceAt(s, i) {
			i += n
		}
		start := i
		for i < len(s) && spaceAt(s, i) == 0 {
			i++
		}
		if start == i {
			break
		}
		if w.pending && !w.atLineStart() {
			w.b = append(w.b, ' ')
		}
		w.b = append(w.b, s[start:i]...)
		w.pending = true
		if !w.holding {
			w.held = -1
		}
	}
	w.pending = isSpace(s[len(s)-1])
}

// spaceAt returns the length of the white space character (Unicode's, as
// strings.Fields counts it) that starts s[i:], or 0.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if s[i] < utf8.RuneSelf {
		if unicode.IsSpace(rune(s[i])) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// holdHeading starts a heading that is kept only if story text follows it.
func (w *writer) holdHeading() {
	w.breakLine()
	if w.held < 0 {
		w.held = len(w.b)
	}
	w.holding = true
}

// endHeading ends the held heading's own text.
func (w *writer) endHeading() { w.holding = false }

// dropHeld drops a held heading that no story text followed.
func (w *writer) dropHeld() {
	if w.held >= 0 && !w.holding {
		w.b, w.held = w.b[:w.held], -1
	}
}

// atLineStart reports whether nothing has been written since the last line break.
func (w *writer) atLineStart() bool {
	return len(w.b) == 0 || w.b[len(w.b)-1] == '\n'
}

// breakLine ends the current paragraph, if it holds anything.
func (w *writer) breakLine() {
	if !w.atLineStart() {
		w.b = append(w.b, '\n')
	}
	w.pending = false
}

// String returns the text, without a trailing line break.
func (w *writer) String() string { return strings.TrimRight(string(w.b), "\n") }
