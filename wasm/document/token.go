package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is made of.
type TokenKind uint8

// The kinds of token.
const (
	Word   TokenKind = iota // letters, with inner apostrophes, hyphens or dots ("U.S.")
	Number                  // digits, with inner separators ("21", "23.8", "1,200")
	Quote                   // a quotation mark, straight or curly
	Punct                   // any other single mark
)

// A Token is a word, number or mark within a sentence.
type Token struct {
	Span
	Kind     TokenKind
	Sentence int
}

// Text returns the token's text.
func (t Token) Text(d *Document) string { return d.Text[t.Start:t.End] }

// IsQuoteMark reports whether r opens or closes a quotation.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'', '«', '»', '„', '‟', '‹', '›':
		return true
	}
	return false
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// tokenize appends the tokens of text[s.Start:s.End] to toks.
func tokenize(text string, s Span, toks []Token) []Token {
	for i := s.Start; i < s.End; {
		r, size := utf8.DecodeRuneInString(text[i:s.End])
		var end int
		kind := Punct
		switch {
		case isSpace(r):
			i += size
			continue
		case isWordRune(r):
			kind, end = Word, scanWord(text[:s.End], i)
		case unicode.IsDigit(r):
			// scanNumber reads ASCII digits; a digit of another script ("᮳") is one token.
			kind, end = Number, max(scanNumber(text[:s.End], i), i+size)
		case IsQuoteMark(r):
			kind, end = Quote, i+size
		case r == '.' && strings.HasPrefix(text[i:s.End], "..."):
			end = i + 3
		default:
			end = i + size
		}
		toks = append(toks, Token{Span: Span{i, end}, Kind: kind})
		i = end
	}
	return toks
}

// maxTokenBytes bounds a word or number: a run with no space in it (an address,
// a line of "A.A.A." or of digits) is cut into tokens of about this length, so that
// no later stage ever holds, copies or folds the case of an unbounded token.
const maxTokenBytes = 128

// scanWord returns the end of the word starting at i. A word keeps inner apostrophes
// ("don't") but not a possessive "'s", whose apostrophe and "s" follow as tokens of
// their own; it keeps inner hyphens and the dots of initialisms ("U.S.").
func scanWord(text string, i int) int {
	end := i
	// initials holds while the word so far is single capitals between dots ("U.S"),
	// checked rune by rune so that a long run of them costs no more than its length.
	initials, afterDot := true, true
	for end < len(text) && end-i < maxTokenBytes {
		r, size := utf8.DecodeRuneInString(text[end:])
		if isWordRune(r) || unicode.IsDigit(r) {
			initials = initials && afterDot && unicode.IsUpper(r)
			afterDot = false
			end += size
			continue
		}
		next, nsize := utf8.DecodeRuneInString(text[end+size:])
		switch {
		case (r == '\'' || r == '’') && isWordRune(next):
			if (next == 's' || next == 'S') && !startsWord(text, end+size+nsize) {
				return end
			}
			initials = false
			end += size
		case (r == '-' || r == '‑') && (isWordRune(next) || unicode.IsDigit(next)):
			initials = false
			end += size
		case r == '.' && initials:
			end += size
			afterDot = true
			if !isWordRune(next) {
				return end
			}
		default:
			return end
		}
	}
	return end
}

// startsWord reports whether a letter or digit begins at i.
func startsWord(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r) || unicode.IsDigit(r)
}

// scanNumber returns the end of the number starting at i: digits, with commas or dots
// between digits ("1,200", "23.8").
func scanNumber(text string, i int) int {
	end := i
	for end < len(text) && end-i < maxTokenBytes {
		c := text[end]
		switch {
		case c >= '0' && c <= '9':
			end++
		case (c == ',' || c == '.') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9':
			end++
		default:
			return end
		}
	}
	return end
}
