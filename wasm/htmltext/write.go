package htmltext

import "strings"

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
}

// writer gathers the article's text, one paragraph a line, with the spaces inside
// each paragraph collapsed.
type writer struct {
	b       strings.Builder
	pending bool // a space is owed before the next word
}

// text appends s with its runs of white space collapsed to one space. Text split
// by inline tags ("<b>fire</b>men") joins up again without a space.
func (w *writer) text(s string) {
	if s == "" {
		return
	}
	if isSpace(s[0]) {
		w.pending = true
	}
	for _, word := range strings.Fields(s) {
		if w.pending && !w.atLineStart() {
			w.b.WriteByte(' ')
		}
		w.b.WriteString(word)
		w.pending = true
	}
	w.pending = isSpace(s[len(s)-1])
}

// atLineStart reports whether nothing has been written since the last line break.
func (w *writer) atLineStart() bool {
	s := w.b.String()
	return s == "" || s[len(s)-1] == '\n'
}

// breakLine ends the current paragraph, if it holds anything.
func (w *writer) breakLine() {
	if !w.atLineStart() {
		w.b.WriteByte('\n')
	}
	w.pending = false
}

// String returns the text, without a trailing line break.
func (w *writer) String() string { return strings.TrimRight(w.b.String(), "\n") }
