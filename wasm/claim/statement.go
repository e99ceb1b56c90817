package claim

import (
	"sort"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
)

// maxStatementTokens bounds what a statement reports: a run-on sentence is cut there
// rather than repeated whole by every speech verb in it.
const maxStatementTokens = 80

// statements returns the indirect speech of the document: "X said (that) …",
// "X warned reporters that …", "…, officials said." and "according to X, …".
func (a *analysis) statements() []Statement {
	out := make([]Statement, 0, len(a.attrs))
	for k := range a.attrs {
		at := &a.attrs[k]
		if !at.indirect {
			continue
		}
		var content Span
		ok := false
		if at.text == "according to" || at.speaker.Span.Start < a.d.Tokens[at.cue].Start {
			content, ok = a.contentAfter(at) // not after "…,” said X."
		}
		if !ok {
			content, ok = a.contentBefore(at)
		}
		if !ok || a.isQuoted(content) {
			continue
		}
		out = append(out, Statement{Span: content, Text: a.d.Slice(content), Speaker: at.speaker, Cue: at.text})
	}
	return out
}

// contentAfter returns what follows a speech verb up to the end of its sentence:
// after "that" when one follows within a few words ("told reporters on Friday that"),
// else right after the verb when a clause starts there ("said the talks failed").
func (a *analysis) contentAfter(at *attribution) (Span, bool) {
	s := a.d.Sentences[at.sentence]
	start := at.end
	if at.text == "according to" {
		// "According to X, …": the content follows the comma after the source.
		start = -1
		for t := at.end; t < s.Last && t < at.end+12; t++ {
			if a.r.word(t) == "," {
				start = t + 1
				break
			}
		}
		if start < 0 || at.cue != s.First && !leadWords.Has(a.r.word(s.First)) {
			return Span{}, false
		}
	} else if a.r.word(start-1) != "that" {
		start = a.thatWithin(start, s.Last, clauseVerbs.Has(cues[at.text].lemma))
	}
	for start >= 0 && start < s.Last && a.d.Tokens[start].Kind == document.Punct {
		start++
	}
	if start < 0 || start >= s.Last {
		return Span{}, false
	}
	end := min(s.Last, start+maxStatementTokens)
	for end > start && !isWordOrNumber(a.d.Tokens[end-1]) && !a.r.inQuote[end-1] {
		end--
	}
	if end-start < 3 {
		return Span{}, false
	}
	return Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[end-1].End}, true
}

// thatWithin returns the token after a "that" among the few words after a verb, or
// the verb's next token when it opens a clause and the verb may go without "that",
// or -1.
func (a *analysis) thatWithin(t, last int, bare bool) int {
	for k := t; k < last && k < t+5 && !a.r.inQuote[k] && isWordOrNumber(a.d.Tokens[k]); k++ {
		if a.r.word(k) == "that" {
			return k + 1
		}
	}
	if bare && t < last && !a.r.inQuote[t] && a.opensClause(t) {
		return t
	}
	return -1
}

func isWordOrNumber(t document.Token) bool {
	return t.Kind == document.Word || t.Kind == document.Number
}

// opensClause reports whether token t can begin a reported clause: a pronoun, an
// article or a name.
func (a *analysis) opensClause(t int) bool {
	w := a.r.word(t)
	return personPronouns.Has(w) || groupPronouns.Has(w) || isDeterminer(w) ||
		a.r.capitalised(t) && !lexicon.IsCalendarName(w) || w == "there" || w == "his" || w == "her" || w == "their"
}

// contentBefore returns the sentence before a closing attribution: "The talks
// failed, officials said." and "…, according to X."
func (a *analysis) contentBefore(at *attribution) (Span, bool) {
	s := a.d.Sentences[at.sentence]
	comma := -1
	for t := at.cue - 1; t > s.First && t > at.cue-12; t-- {
		if a.r.word(t) == "," {
			comma = t
			break
		}
	}
	if comma < 0 || comma-s.First < 3 {
		return Span{}, false
	}
	// Only the speaker and a time may follow the verb: "…, officials said on Friday."
	for t := at.end; t < s.Last; t++ {
		if w := a.r.word(t); w == "," || w == "that" || a.r.inQuote[t] {
			return Span{}, false
		}
	}
	first := s.First
	for first < comma && (a.r.isWord(first) && leadWords.Has(a.r.word(first)) || a.r.word(first) == ",") {
		first++
	}
	return Span{Start: a.d.Tokens[first].Start, End: a.d.Tokens[comma-1].End}, comma > first
}

// isQuoted reports whether most of a span lies inside quotation marks, in which case
// it is a direct quote rather than indirect speech.
func (a *analysis) isQuoted(s Span) bool {
	in := 0
	k := sort.Search(len(a.raw), func(k int) bool { return a.raw[k].words.End > s.Start })
	for _, q := range a.raw[k:] {
		if q.words.End <= s.Start {
			continue
		}
		if q.words.Start >= s.End {
			break
		}
		in += min(q.words.End, s.End) - max(q.words.Start, s.Start)
	}
	return 2*in > s.Len()
}
