package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/lexicon"
)

// abbreviations end with a dot that does not end a sentence, as do the months'
// (lexicon.IsMonthAbbreviation).
var abbreviations = lexicon.Words("abbreviations")

// maxSentenceTokens bounds a sentence: text with no full stop in it (a flattened
// table, a page of quotation marks) is cut into sentences this long, so that the
// stages that work sentence by sentence never hold more than this at once. News
// sentences run to a few dozen tokens.
const maxSentenceTokens = 400

// addSentences groups the tokens of paragraph p, d.Tokens[first:], into sentences.
func (d *Document) addSentences(p, first int) {
	toks := d.Tokens[first:]
	start := 0
	for i := range toks {
		end := i + 1
		switch {
		case d.endsSentence(toks, i):
			for end < len(toks) && end-start < maxSentenceTokens && closesAfterStop(d.Text, toks[end-1], toks[end]) {
				end++
			}
		case end-start < maxSentenceTokens:
			continue
		}
		d.appendSentence(p, first+start, first+end)
		start = end
	}
	if start < len(toks) {
		d.appendSentence(p, first+start, len(d.Tokens))
	}
}

// appendSentence makes d.Tokens[first:last] a sentence of paragraph p.
func (d *Document) appendSentence(p, first, last int) {
	if first >= last {
		return
	}
	n := len(d.Sentences)
	for i := first; i < last; i++ {
		d.Tokens[i].Sentence = n
	}
	d.Sentences = append(d.Sentences, Sentence{
		Span:      Span{d.Tokens[first].Start, d.Tokens[last-1].End},
		Paragraph: p,
		First:     first,
		Last:      last,
	})
}

// endsSentence reports whether toks[i] is a full stop, question or exclamation mark
// that closes a sentence: the next real token must start like a sentence.
func (d *Document) endsSentence(toks []Token, i int) bool {
	t := toks[i]
	s := d.Text[t.Start:t.End]
	switch s {
	case ".", "!", "?", "…", "...":
	default:
		return false
	}
	if s == "." && i > 0 && toks[i-1].End == t.Start &&
		(isAbbreviation(d.Text, toks[i-1]) || isClockSuffix(d.Text[:t.Start])) {
		return false
	}
	j := i + 1
	for j < len(toks) && closesAfterStop(d.Text, toks[j-1], toks[j]) {
		j++
	}
	if j >= len(toks) {
		return true
	}
	if toks[j].Start == toks[j-1].End {
		// No space after the stop: a decimal ("RM23.50") or a web address.
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Text[toks[j].Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || toks[j].Kind == Quote || r == '(' || r == '['
}

// isAbbreviation reports whether the word before a dot is a known abbreviation or a
// single capital initial ("John F. Kennedy").
func isAbbreviation(text string, t Token) bool {
	w := text[t.Start:t.End]
	if t.Kind != Word {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(w)] || lexicon.IsMonthAbbreviation(w)
}

// isClockSuffix reports whether text ends with "a.m" or "p.m", whose final dot
// usually precedes a time zone or the rest of the sentence, not a new one.
func isClockSuffix(text string) bool {
	if len(text) < 3 {
		return false
	}
	tail := strings.ToLower(text[len(text)-3:])
	return tail == "a.m" || tail == "p.m"
}

// closesAfterStop reports whether t is a closing quotation mark or bracket that
// belongs to the sentence before it: it must touch the mark before it, since a
// straight quote after a space opens the next quotation instead.
func closesAfterStop(text string, prev, t Token) bool {
	if prev.End != t.Start {
		return false
	}
	switch text[t.Start:t.End] {
	case "”", "’", "»", ")", "]", "\"", "'":
		return true
	}
	return false
}
