package claim

import (
	"slices"
	"strings"

	"parallax/wasm/document"
)

// minBlockQuoteWords is the fewest words a paragraph set as a quotation without
// marks has; shorter lines before a dash are captions and credits.
const minBlockQuoteWords = 6

// blockQuotes returns the paragraphs quoted without quotation marks, as some
// agencies set a statement: the words in a paragraph of their own, then a
// paragraph that opens with a dash and names who said them ("- Olaf Scholz said in
// his first reaction").
func (a *analysis) blockQuotes() []Quote {
	var out []Quote
	ps := a.d.Paragraphs
	for pi := 0; pi+1 < len(ps); pi++ {
		p, next := ps[pi], ps[pi+1]
		if p.Kind == document.Clutter || next.Kind == document.Clutter || hasQuoteMark(a.d.Slice(p.Span)) {
			continue
		}
		first, last := a.tokenAt(p.Start), a.tokenAt(p.End)
		if last-first < minBlockQuoteWords {
			continue
		}
		dash := a.tokenAt(next.Start)
		if dash >= len(a.d.Tokens) || !isDash(a.d.Tokens[dash].Text(a.d)) {
			continue
		}
		end := min(len(a.d.Tokens), a.tokenAt(next.End), dash+12)
		cueAt := slices.IndexFunc(a.d.Tokens[dash:end], func(t document.Token) bool {
			_, ok := lookupCue(strings.ToLower(t.Text(a.d)))
			return ok
		})
		if cueAt < 0 {
			continue
		}
		lo, hi := a.r.phraseAfter(dash+1, dash+cueAt)
		if hi <= lo {
			continue
		}
		out = append(out, Quote{Span: p.Span, Text: a.d.Slice(p.Span), Speaker: a.r.speakerFor(lo, hi),
			Cue: strings.ToLower(a.d.Tokens[dash+cueAt].Text(a.d))})
	}
	return out
}

// hasQuoteMark reports whether text holds any quotation mark.
func hasQuoteMark(text string) bool {
	return strings.ContainsFunc(text, document.IsQuoteMark)
}

// isDash reports whether a token is a hyphen or dash standing alone.
func isDash(tok string) bool {
	return tok == "-" || tok == "–" || tok == "—" || tok == "―"
}

// withBlockQuotes adds the block quotations to the marked ones, in text order.
func (a *analysis) withBlockQuotes() {
	blocks := a.blockQuotes()
	if len(blocks) == 0 {
		return
	}
	a.quotes = append(a.quotes, blocks...)
	slices.SortStableFunc(a.quotes, func(x, y Quote) int { return x.Start - y.Start })
}
