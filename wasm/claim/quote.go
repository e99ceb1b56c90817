package claim

import (
	"unicode"
	"unicode/utf8"

	"parallax/wasm/document"
)

// markRole says how a quotation mark can act.
type markRole uint8

const (
	notMark    markRole = iota // an apostrophe, or a mark used as a unit ("5'10\"")
	opens                      // “ ‘ „ «, or a straight mark after a space
	closes                     // ” », or a straight mark before a space
	either                     // a straight mark between two words: decided by what is open
	closesOnly                 // ’ after a letter: a closing single mark only if one is open
)

// A mark is one quotation mark in the text.
type mark struct {
	Span
	double bool
	role   markRole
}

// A rawQuote is a quoted passage before attribution: its words, its marks, and the
// passage it continues when a quotation runs on across paragraphs.
type rawQuote struct {
	words       Span
	open, close Span // close is empty when the quotation runs to the end of its paragraph
	double      bool
	paragraph   int
	continues   int // index of the passage this one continues, or -1
	continued   bool
	// openTok, wordsTok and closeTok index the tokens of the opening mark, the first
	// quoted word and the closing mark (or the token after the words, with none).
	openTok, wordsTok, closeTok int
}

// classify says how the quotation mark r at text[i:i+size] can act, from the
// characters on either side of it within the paragraph p.
func classify(text string, p Span, i, size int, r rune) markRole {
	prev, next := ' ', ' '
	if i > p.Start {
		prev, _ = utf8.DecodeLastRuneInString(text[p.Start:i])
	}
	if i+size < p.End {
		next, _ = utf8.DecodeRuneInString(text[i+size : p.End])
	}
	before, after := isWordChar(prev), isWordChar(next)
	switch r {
	case '“':
		if (before || isClosingPunct(prev)) && !after {
			return closes // an opening curly mark typed where a closing one belongs
		}
		return opens
	case '„', '«', '‹':
		return opens
	case '”', '»', '›':
		if !before && after && !isClosingPunct(prev) {
			return opens // a closing curly mark typed where an opening one belongs
		}
		return closes
	case '‘':
		if unicode.IsDigit(next) {
			return notMark // ‘90s
		}
		return opens
	case '"':
		if prev == '=' {
			return notMark // a value in markup: <tweet tweet-id="…">
		}
		return straight(prev, next, before, after)
	case '’', '\'':
		switch {
		case before && after:
			return notMark // don't, Trump’s
		case !before && unicode.IsDigit(next):
			return notMark // ’90s
		case before && prev == 's' && nextWordIsLower(text, p, i+size):
			return notMark // "the farmers’ report"
		case before:
			return closesOnly // “allies’ ” or the close of ‘…’
		case isClosingPunct(prev):
			return closes
		case after && (isOpeningContext(prev)):
			return opens
		}
		return notMark
	}
	return notMark
}

// nextWordIsLower reports whether the next word after offset i, past spaces, begins
// with a small letter.
func nextWordIsLower(text string, p Span, i int) bool {
	for i < p.End && text[i] == ' ' {
		i++
	}
	r, _ := utf8.DecodeRuneInString(text[i:p.End])
	return unicode.IsLower(r)
}

// straight classifies a straight double quotation mark.
func straight(prev, next rune, before, after bool) markRole {
	switch {
	case isOpeningContext(prev) && !isOpeningContext(next):
		return opens
	case (before || isClosingPunct(prev)) && !after:
		return closes
	case before && after:
		return either
	}
	return either
}

func isWordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isOpeningContext reports whether r may stand before an opening mark.
func isOpeningContext(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == '/'
}

// isClosingPunct reports whether r may stand before a closing mark.
func isClosingPunct(r rune) bool {
	switch r {
	case '.', ',', '!', '?', ';', ':', '…', ')', ']', '-', '—':
		return true
	}
	return false
}

// findRawQuotes pairs the quotation marks of every paragraph that is not clutter.
// A double-quoted passage may hold single marks and the other way round; only the
// outer passage is kept, since the inner one is part of the same speaker's words.
func findRawQuotes(d *document.Document) []rawQuote {
	quotes := make([]rawQuote, 0, len(d.Text)/256) // news text has a quotation in every few hundred bytes
	var pending *rawQuote                          // a passage left open at the end of the previous paragraph
	var marks []mark
	for pi, p := range d.Paragraphs {
		if p.Kind == document.Clutter {
			continue
		}
		marks = paragraphMarks(d.Text, p.Span, marks[:0])
		continues := -1
		if pending != nil {
			if len(marks) > 0 && marks[0].Start == p.Start && marks[0].role != closes && marks[0].double == pending.double {
				pending.continued = true
				quotes = append(quotes, *pending)
				continues = len(quotes) - 1
			} else if opensParagraph(d, pending) {
				quotes = append(quotes, *pending) // a quotation that lacks its closing mark
			}
		}
		first := len(quotes)
		quotes = pairMarks(d.Text, p.Span, pi, marks, quotes, &pending)
		switch {
		case continues < 0:
		case len(quotes) > first:
			quotes[first].continues = continues
		case pending != nil:
			pending.continues = continues
		}
	}
	if pending != nil && opensParagraph(d, pending) {
		quotes = append(quotes, *pending)
	}
	return quotes
}

// opensParagraph reports whether an unclosed passage began its paragraph, so that it
// reads as a quotation whose closing mark was lost rather than as a stray mark.
func opensParagraph(d *document.Document, q *rawQuote) bool {
	return q.continues >= 0 || q.open.Start == d.Paragraphs[q.paragraph].Start
}

// paragraphMarks appends the quotation marks of paragraph p to marks.
func paragraphMarks(text string, p Span, marks []mark) []mark {
	for i := p.Start; i < p.End; {
		c := text[i]
		if c != '"' && c != '\'' && c != 0xE2 && c != 0xC2 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:p.End])
		if document.IsQuoteMark(r) {
			if role := classify(text, p, i, size, r); role != notMark {
				double := r == '"' || r == '“' || r == '”' || r == '„' || r == '«' || r == '»'
				marks = append(marks, mark{Span{Start: i, End: i + size}, double, role})
			}
		}
		i += size
	}
	return marks
}

// pairMarks turns the marks of one paragraph into passages. A passage still open at
// the end of the paragraph is left in *pending.
func pairMarks(text string, p Span, pi int, marks []mark, quotes []rawQuote, pending **rawQuote) []rawQuote {
	var open *mark
	for i := range marks {
		m := &marks[i]
		if open == nil {
			if m.role == opens || m.role == either && m.double {
				open = m
			}
			continue
		}
		if m.double != open.double {
			continue // a quotation inside the quotation
		}
		if m.role == opens {
			continue // a stray opening mark; the passage is still open
		}
		if words := trimSpaces(text, Span{Start: open.End, End: m.Start}); words.Len() > 0 {
			quotes = append(quotes, rawQuote{words: words, open: open.Span, close: m.Span,
				double: open.double, paragraph: pi, continues: -1})
		}
		open = nil
	}
	*pending = nil
	if open != nil {
		if words := trimSpaces(text, Span{Start: open.End, End: p.End}); words.Len() > 0 {
			*pending = &rawQuote{words: words, open: open.Span, double: open.double,
				paragraph: pi, continues: -1}
		}
	}
	return quotes
}

// trimSpaces narrows s to exclude white space at either end.
func trimSpaces(text string, s Span) Span {
	for s.Start < s.End && (text[s.Start] == ' ' || text[s.Start] == '\t') {
		s.Start++
	}
	for s.End > s.Start && (text[s.End-1] == ' ' || text[s.End-1] == '\t') {
		s.End--
	}
	return s
}
