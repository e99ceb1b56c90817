// Package htmltext reduces an HTML page to the text of its article: the story's
// headline and paragraphs, one paragraph per line, without the page around it
// (navigation, scripts, share buttons, related links, comments, forms).
//
// It is a small, forgiving tokenizer rather than a full HTML parser: it makes one
// pass over the input, never fails, and runs in time linear in the input's size.
// Entities are decoded with the standard library's html package, which app.wasm
// links anyway, so the package adds almost nothing to the download.
package htmltext

import (
	"html"
	"strings"
)

// Extract returns the article text of the HTML page src. The article is, in order
// of preference, the first <article>, the first element marked
// itemprop="articleBody", the first <main>, else the whole <body>. When the
// article holds no <h1>, the page's <title> leads as the headline.
func Extract(src string) string {
	toks := tokenize(src)
	start, end := articleRange(toks)
	var w writer
	if !hasTag(toks[start:end], "h1") {
		if title := pageTitle(toks); title != "" {
			w.text(title)
			w.breakLine()
		}
	}
	w.walk(toks[start:end])
	return w.String()
}

// A kind tells what a token is.
type kind uint8

const (
	textToken kind = iota
	startToken
	endToken
)

// A token is a piece of the page: text (still holding entities), or a start or
// end tag with its lower-cased name and, for start tags, its raw attributes.
type token struct {
	kind  kind
	name  string
	attrs string
	text  string
}

// rawText elements hold text that is not markup, up to their end tag.
var rawText = map[string]bool{"script": true, "style": true, "textarea": true, "title": true, "xmp": true, "noscript": true, "template": true}

// tokenize splits src into tokens, dropping comments, doctypes and processing
// instructions. A '<' that starts no tag is kept as text.
func tokenize(src string) []token {
	var toks []token
	text := 0 // start of the pending text
	flush := func(end int) {
		if end > text {
			toks = append(toks, token{kind: textToken, text: src[text:end]})
		}
	}
	for i := 0; i < len(src); {
		lt := strings.IndexByte(src[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := src[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			flush(i)
			i = skipPast(src, i+4, "-->")
			text = i
		case strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?"):
			flush(i)
			i = skipPast(src, i+2, ">")
			text = i
		case len(rest) > 1 && (isLetter(rest[1]) || rest[1] == '/' && len(rest) > 2 && isLetter(rest[2])):
			flush(i)
			tok, next := readTag(src, i)
			toks = append(toks, tok)
			i, text = next, next
			if tok.kind == startToken && rawText[tok.name] {
				end := indexFold(src[i:], "</"+tok.name)
				if end < 0 {
					end = len(src) - i
				}
				toks = append(toks, token{kind: textToken, text: src[i : i+end]})
				i, text = i+end, i+end
			}
		default:
			i++
		}
	}
	flush(len(src))
	return toks
}

// readTag reads the tag that starts at src[i] ('<'), and returns it with the
// offset just past its '>'. Quoted attribute values may hold '>'.
func readTag(src string, i int) (token, int) {
	j := i + 1
	tok := token{kind: startToken}
	if src[j] == '/' {
		tok.kind = endToken
		j++
	}
	nameStart := j
	for j < len(src) && !isSpace(src[j]) && src[j] != '>' && src[j] != '/' {
		j++
	}
	tok.name = strings.ToLower(src[nameStart:j])
	attrStart := j
	var quote byte
	for ; j < len(src); j++ {
		c := src[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			tok.attrs = src[attrStart:j]
			return tok, j + 1
		}
	}
	tok.attrs = src[attrStart:]
	return tok, len(src)
}

// skipPast returns the offset just past the first end found from src[i], or the
// end of src.
func skipPast(src string, i int, end string) int {
	if k := strings.Index(src[i:], end); k >= 0 {
		return i + k + len(end)
	}
	return len(src)
}

// indexFold is strings.Index ignoring ASCII case; sub is lower case.
func indexFold(s, sub string) int {
	for i := 0; ; {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			return -1
		}
		i += k
		if len(s)-i >= len(sub) && strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
		i++
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// voidElements never have an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// articleRange returns the tokens of the article: the content of the first
// element that marks it, else of <body>, else everything.
func articleRange(toks []token) (int, int) {
	marks := []func(token) bool{
		func(t token) bool { return t.name == "article" },
		func(t token) bool { return attr(t.attrs, "itemprop") == "articleBody" },
		func(t token) bool { return t.name == "main" },
		func(t token) bool { return t.name == "body" },
	}
	for _, isArticle := range marks {
		for i, t := range toks {
			if t.kind == startToken && isArticle(t) {
				return i + 1, closing(toks, i)
			}
		}
	}
	return 0, len(toks)
}

// closing returns the index of the end tag matching the start tag toks[open], or
// len(toks) when the page never closes it.
func closing(toks []token, open int) int {
	name, depth := toks[open].name, 0
	if voidElements[name] {
		return open + 1
	}
	for i := open + 1; i < len(toks); i++ {
		switch t := toks[i]; {
		case t.kind == startToken && t.name == name:
			depth++
		case t.kind == endToken && t.name == name:
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return len(toks)
}

func hasTag(toks []token, name string) bool {
	for _, t := range toks {
		if t.kind == startToken && t.name == name {
			return true
		}
	}
	return false
}

// pageTitle returns the text of the page's <title>.
func pageTitle(toks []token) string {
	for i, t := range toks {
		if t.kind == startToken && t.name == "title" && i+1 < len(toks) && toks[i+1].kind == textToken {
			return strings.Join(strings.Fields(html.UnescapeString(toks[i+1].text)), " ")
		}
	}
	return ""
}

// skipped elements are never part of an article's text.
var skipped = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true, "math": true,
	"nav": true, "aside": true, "footer": true, "form": true, "button": true, "select": true,
	"textarea": true, "iframe": true, "object": true, "canvas": true, "video": true, "audio": true,
	"figure": true, "head": true, "title": true, "dialog": true, "menu": true,
}

// clutterWords in an element's class or id mark page furniture rather than story.
var clutterWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "related": true, "recommended": true,
	"comments": true, "comment": true, "newsletter": true, "subscribe": true, "promo": true,
	"advert": true, "advertisement": true, "ad": true, "ads": true, "sponsored": true,
	"popular": true, "trending": true, "breadcrumb": true, "breadcrumbs": true, "byline-share": true,
	"cookie": true, "cookies": true, "paywall": true, "sidebar": true, "toolbar": true,
}

// isClutter reports whether a start tag marks page furniture: a skipped element,
// a hidden one, or one whose class or id names furniture.
func isClutter(t token) bool {
	if skipped[t.name] || hasAttr(t.attrs, "hidden") || attr(t.attrs, "aria-hidden") == "true" {
		return true
	}
	for _, name := range []string{"class", "id"} {
		for _, word := range strings.FieldsFunc(strings.ToLower(attr(t.attrs, name)), isWordBreak) {
			if clutterWords[word] {
				return true
			}
		}
	}
	return false
}

func isWordBreak(r rune) bool { return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n' }

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

// walk writes the text of toks, leaving out clutter elements and their content.
func (w *writer) walk(toks []token) {
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == textToken:
			w.text(html.UnescapeString(t.text))
		case t.kind == startToken && isClutter(t):
			i = closing(toks, i)
			if inline[t.name] {
				w.pending = true
			} else {
				w.breakLine()
			}
		case blocks[t.name]:
			w.breakLine()
		}
	}
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

// attr returns the value of the named attribute in a tag's raw attributes, or "".
func attr(attrs, name string) string {
	v, _ := findAttr(attrs, name)
	return v
}

func hasAttr(attrs, name string) bool {
	_, ok := findAttr(attrs, name)
	return ok
}

// findAttr scans raw attributes for name (case-insensitive) and returns its
// unquoted, unescaped value.
func findAttr(attrs, name string) (string, bool) {
	for i := 0; i < len(attrs); {
		for i < len(attrs) && (isSpace(attrs[i]) || attrs[i] == '/') {
			i++
		}
		start := i
		for i < len(attrs) && !isSpace(attrs[i]) && attrs[i] != '=' && attrs[i] != '/' {
			i++
		}
		key := attrs[start:i]
		for i < len(attrs) && isSpace(attrs[i]) {
			i++
		}
		value := ""
		if i < len(attrs) && attrs[i] == '=' {
			i++
			for i < len(attrs) && isSpace(attrs[i]) {
				i++
			}
			value, i = readValue(attrs, i)
		}
		if key != "" && strings.EqualFold(key, name) {
			return html.UnescapeString(value), true
		}
		if key == "" && i == start {
			i++
		}
	}
	return "", false
}

// readValue reads an attribute value, quoted or bare, starting at attrs[i].
func readValue(attrs string, i int) (string, int) {
	if i < len(attrs) && (attrs[i] == '"' || attrs[i] == '\'') {
		q := attrs[i]
		end := strings.IndexByte(attrs[i+1:], q)
		if end < 0 {
			return attrs[i+1:], len(attrs)
		}
		return attrs[i+1 : i+1+end], i + 2 + end
	}
	start := i
	for i < len(attrs) && !isSpace(attrs[i]) {
		i++
	}
	return attrs[start:i], i
}
