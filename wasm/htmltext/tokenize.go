package htmltext

import (
	"html"
	"strings"
)

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
	toks := make([]token, 0, 2*strings.Count(src, "<")+1)
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
			if tok.kind == startToken && rawText[tok.name] && !strings.HasSuffix(tok.attrs, "/") {
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
	for ; j < len(src); j++ {
		switch src[j] {
		case '=':
			j = skipValue(src, j+1)
		case '>':
			tok.attrs = src[attrStart:j]
			return tok, j + 1
		}
	}
	tok.attrs = src[attrStart:]
	return tok, len(src)
}

// skipValue returns the offset of the last byte of the attribute value that
// starts at or after src[i]. Only a quote that opens a value quotes, as in
// browsers: a stray one (`target_blank"`, `alt=Tim's`) does not hide the rest of
// the page.
func skipValue(src string, i int) int {
	for i < len(src) && isSpace(src[i]) {
		i++
	}
	if i < len(src) && (src[i] == '"' || src[i] == '\'') {
		if end := strings.IndexByte(src[i+1:], src[i]); end >= 0 {
			return i + 1 + end
		}
		return len(src)
	}
	for i < len(src) && !isSpace(src[i]) && src[i] != '>' {
		i++
	}
	return i - 1
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

// attr returns the value of the named attribute in a tag's raw attributes, or "".
func attr(attrs, name string) string {
	v, _ := findAttr(attrs, name)
	return v
}

// findAttr scans raw attributes for name (case-insensitive) and returns its
// unquoted, unescaped value.
func findAttr(attrs, name string) (string, bool) {
	for i := 0; i < len(attrs); {
		var key, value string
		key, value, i = nextAttr(attrs, i)
		if key != "" && strings.EqualFold(key, name) {
			return html.UnescapeString(value), true
		}
	}
	return "", false
}

// nextAttr reads the attribute at or after attrs[i]: its name, its raw value
// (unquoted, still escaped) and the offset past it, always beyond i.
func nextAttr(attrs string, i int) (key, value string, next int) {
	for i < len(attrs) && (isSpace(attrs[i]) || attrs[i] == '/') {
		i++
	}
	start := i
	for i < len(attrs) && !isSpace(attrs[i]) && attrs[i] != '=' && attrs[i] != '/' {
		i++
	}
	key = attrs[start:i]
	for i < len(attrs) && isSpace(attrs[i]) {
		i++
	}
	if i < len(attrs) && attrs[i] == '=' {
		i++
		for i < len(attrs) && isSpace(attrs[i]) {
			i++
		}
		value, i = readValue(attrs, i)
	}
	if key == "" && i == start {
		i++
	}
	return key, value, i
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
