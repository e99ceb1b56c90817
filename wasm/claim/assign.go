package claim

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// An analysis holds what every kind of claim is built from: the quoted passages and
// the attributions of one document.
type analysis struct {
	d      *document.Document
	r      *resolver
	raw    []rawQuote
	attrs  []attribution // in text order
	events []Event
	quotes []Quote // one per raw quote
	// own marks the quotes whose speaker is named in their own sentence.
	own []bool
}

func analyze(d *document.Document, m mention.Mentions) *analysis {
	a := &analysis{d: d, raw: findRawQuotes(d)}
	a.r = newResolver(d, m, a.raw)
	a.attrs = make([]attribution, 0, len(d.Sentences)/2)
	for si := range d.Sentences {
		a.attrs = a.r.attributions(si, a.attrs)
		if ev, ok := a.eventIn(si); ok {
			a.events = append(a.events, ev)
		}
	}
	a.quotes = make([]Quote, len(a.raw))
	a.own = make([]bool, len(a.raw))
	for i := range a.raw {
		a.attribute(i)
	}
	a.borrowFromNext()
	a.withBlockQuotes()
	return a
}

// FindQuotes returns the quotations in d, in text order, with their speakers and
// cue verbs. It pairs straight and curly, double and single marks (telling a
// closing ’ from an apostrophe), keeps a double-quoted passage whole with any single
// marks inside it, and follows a quotation that a paragraph leaves open into the
// next paragraph that opens again (one Quote per paragraph, with one speaker).
// A fragment quoted inside the writer's own sentence, or a scare quote, is marked
// Partial.
//
// The speaker is looked for in this order: a speech verb right after the quote
// ("…,” Zelensky said", "…,” said X", "…,” according to X", a short tag with any
// verb), the verb before it ("X said, “…”", "X praised the talks as “…”"), a colon
// or dash introduction in the same or the previous paragraph, a signature ("” ―
// Jane Roe") or transcript name ("WALLACE: …"), a passive agent ("described as “…”
// by X"), the quotation it continues or follows in the paragraph, the speaker of the
// sentence before, and for a partial quote the subject of its sentence. Pronouns
// are given the person or group they stand for; a speaker who is one of
// m.Entities gets its name and index, any other keeps the name or role as written
// ("a NATO spokesperson", "the Kremlin"). Speaker is nil when the article does
// not say.
func FindQuotes(d *document.Document, m mention.Mentions) []Quote {
	return analyze(d, m).quotes
}

// tokenAt returns the index of the first token that starts at or after off.
func (a *analysis) tokenAt(off int) int {
	return sort.Search(len(a.d.Tokens), func(i int) bool { return a.d.Tokens[i].Start >= off })
}

// attribute fills quote i: its text, whether it is partial, and its speaker.
func (a *analysis) attribute(i int) {
	q := a.raw[i]
	out := &a.quotes[i]
	out.Span, out.Text = q.words, a.d.Slice(q.words)
	out.Partial = q.continues < 0 && a.isPartial(q)
	openTok, closeTok := q.openTok, q.closeTok
	so, sc := a.sentenceOf(openTok), a.sentenceOf(closeTok-1)
	if q.close.Len() > 0 {
		sc = a.sentenceOf(closeTok)
	}
	before, after := a.before(so, openTok, out.Partial), a.after(sc, closeTok)
	order := []*attribution{after, before}
	if out.Partial && !a.tagsAtOnce(q, closeTok, after) {
		// A partial quotation belongs to the verb of its own clause, before it,
		// unless the verb follows at once (“…,” according to Putin).
		order = order[1:]
	}
	for _, at := range order {
		if at != nil {
			out.Speaker, out.Cue, a.own[i] = at.speaker, at.text, true
			return
		}
	}
	if !out.Partial && q.close.Len() > 0 {
		if sp, cue := a.tagAfter(sc, closeTok); sp != nil {
			out.Speaker, out.Cue, a.own[i] = sp, cue, true
			return
		}
	}
	if openTok > 0 && introduces(a.d.Tokens[openTok-1].Text(a.d)) && a.sentenceOf(openTok-1) == so {
		if at := a.colonSpeaker(openTok - 1); at != nil {
			out.Speaker, out.Cue, a.own[i] = at.speaker, at.text, true
			return
		}
	}
	if !out.Partial && openTok > 0 && a.d.Tokens[openTok-1].Text(a.d) == "," && a.sentenceOf(openTok-1) == so {
		// "Grandi reacted skeptically to the deal, “…”": the clause's subject.
		if sp := a.subject(so, openTok-1); sp != nil && a.r.isPerson(sp) {
			out.Speaker, a.own[i] = sp, true
			return
		}
	}
	if sp, cue := a.signature(q, closeTok); sp != nil {
		out.Speaker, out.Cue, a.own[i] = sp, cue, true
		return
	}
	if out.Partial {
		a.attributePartial(i, so, sc, openTok, closeTok)
		return
	}
	a.inherit(i, so, openTok)
}

// attributePartial gives a partial quotation without a speech verb in its clause the
// agent of a passive ("described as “manipulative” by Zelensky"), else the subject
// of its sentence ("Reid has gone after Trump as a “spoiled brat”"), else a speech
// verb later in the sentence.
func (a *analysis) attributePartial(i, so, sc, openTok, closeTok int) {
	out := &a.quotes[i]
	if out.Speaker = a.passiveAgent(sc, closeTok); out.Speaker != nil {
		out.Cue = "by"
		return
	}
	if so >= 0 {
		if out.Speaker = a.subject(so, openTok); out.Speaker != nil {
			return
		}
	}
	k := sort.Search(len(a.attrs), func(k int) bool { return a.attrs[k].cue > closeTok })
	if k < len(a.attrs) && a.attrs[k].sentence == sc {
		out.Speaker, out.Cue = a.attrs[k].speaker, a.attrs[k].text
	}
}

// subject returns the subject of sentence s when it comes before token o.
func (a *analysis) subject(s, o int) *Speaker {
	return a.r.subject(a.d.Sentences[s].First, o)
}

// tagAfter finds a speaker named right after a closing mark with a verb the word
// lists do not know: “…,” Bennett shot back. “…,” an angry Hollande retaliated.
func (a *analysis) tagAfter(s, c int) (*Speaker, string) {
	if s < 0 || c+1 >= len(a.d.Tokens) {
		return nil, ""
	}
	last := a.d.Sentences[s].Last
	if c+1 == last && s+1 < len(a.d.Sentences) && a.d.Sentences[s+1].Paragraph == a.d.Sentences[s].Paragraph {
		last = a.d.Sentences[s+1].Last // “…?” Trump went on.
	}
	t := c + 1
	if t < last && a.r.word(t) == "," {
		t++
	}
	lo, hi := a.r.phraseFrom(t, last, true)
	if hi <= lo || hi >= last {
		return nil, ""
	}
	// “…” Robert McDuff, attorney for one of the groups, …
	if a.r.word(hi) == "," && a.r.isFullName(lo, hi) {
		return a.r.speakerFor(lo, hi), ","
	}
	if !a.r.isVerbLike(hi) {
		return nil, ""
	}
	if w := a.r.word(hi); strings.HasSuffix(w, "ed") || tagVerbs.Has(w) {
		return a.r.speakerFor(lo, hi), w
	}
	return nil, ""
}

// tagVerbs are irregular past tenses that tag a quotation: “…,” Bennett shot back.
var tagVerbs = lexicon.SetOf("shot went spoke began fired chimed broke bit threw put says asks")

// signature finds a speaker named outside a speech verb: a dash after the closing
// mark (“…” ― Jane Roe) or a name in capitals opening a transcript line
// (“WALLACE: …”).
func (a *analysis) signature(q rawQuote, closeTok int) (*Speaker, string) {
	toks := a.d.Tokens
	if q.close.Len() > 0 && closeTok+2 < len(toks) {
		switch toks[closeTok+1].Text(a.d) {
		case "―", "—", "–", "-":
			if lo, hi := a.r.phraseAfter(closeTok+2, min(len(toks), closeTok+12)); hi > lo {
				return a.r.speakerFor(lo, hi), "—"
			}
		}
	}
	t := q.wordsTok
	for k := t; k < len(toks) && k < t+4 && toks[k].End <= q.words.End; k++ {
		w := toks[k].Text(a.d)
		if w == ":" && k > t {
			s := Span{Start: toks[t].Start, End: toks[k-1].End}
			return &Speaker{Name: a.d.Slice(s), Entity: -1, Span: s}, ":"
		}
		if !isUpperWord(w) {
			break
		}
	}
	return nil, ""
}

// isUpperWord reports whether w is a word in capitals of two letters or more.
func isUpperWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && r != '.' && r != '-' {
			return false
		}
		n++
	}
	return n > 1
}

func (a *analysis) sentenceOf(tok int) int {
	if tok < 0 || tok >= len(a.d.Tokens) {
		return -1
	}
	return a.d.Tokens[tok].Sentence
}

// isPartial reports whether a passage is quoted inside the writer's own sentence
// ("praised the talks as “good and productive”") rather than standing as what the
// speaker said: it is partial unless it opens with a capital after a sentence start,
// a colon, a comma, a dash or a speech verb.
func (a *analysis) isPartial(q rawQuote) bool {
	words := a.d.Text[q.words.Start:q.words.End]
	// "… I just want", "[Trump’s] comments": the first letter decides.
	i := strings.IndexFunc(words, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if i < 0 || i > 12 {
		return true
	}
	if first, _ := utf8.DecodeRuneInString(words[i:]); !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return true
	}
	start := a.d.Paragraphs[q.paragraph].Start
	end := q.open.Start
	for end > start {
		r, size := utf8.DecodeLastRuneInString(a.d.Text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	if end == start {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(a.d.Text[start:end])
	switch last {
	case ',', ':', '—', '–', '-', '―', '.', '!', '?', '(', ';', '”', '"':
		return false
	}
	if t := q.openTok - 1; t >= 0 {
		_, isCue := lookupCue(a.d.Tokens[t].Text(a.d))
		return !isCue
	}
	return true
}

// tagsAtOnce reports whether attribution at follows a quotation's closing mark at
// once, with only a comma between: “…,” according to Putin; “…,” Putin said.
func (a *analysis) tagsAtOnce(q rawQuote, closeTok int, at *attribution) bool {
	if at == nil {
		return false
	}
	t := closeTok + 1
	if t < len(a.d.Tokens) && a.d.Tokens[t].Text(a.d) == "," {
		t++
	} else if a.d.Text[q.words.End-1] != ',' {
		return false
	}
	return t < len(a.d.Tokens) && a.between(at, t)
}

// between reports whether attribution at starts at token t: its verb is there
// ("said X"), or its speaker fills the words from t to the verb ("X said").
func (a *analysis) between(at *attribution, t int) bool {
	if at.cue == t {
		return true
	}
	sp := at.speaker.Span
	return at.cue > t && at.cue-t <= 10 && sp.Start >= a.d.Tokens[t].Start && sp.End <= a.d.Tokens[at.cue].Start
}

// after returns the attribution that follows the closing mark at token c within
// sentence s ("…,” Zelensky said."), or nil.
func (a *analysis) after(s, c int) *attribution {
	if s < 0 {
		return nil
	}
	k := sort.Search(len(a.attrs), func(k int) bool { return a.attrs[k].cue > c })
	if k == len(a.attrs) || a.attrs[k].cue-c > 14 {
		return nil
	}
	if a.attrs[k].sentence != s && !a.tagsQuestion(s, c, &a.attrs[k]) {
		return nil
	}
	for t := c + 1; t < a.attrs[k].cue; t++ {
		if a.r.inQuote[t] {
			return nil
		}
	}
	return &a.attrs[k]
}

// tagsQuestion reports whether attribution at, in the sentence after s, is the
// tag of a quotation that ends sentence s at its closing mark c: “Who would have
// believed it?” Trump said.
func (a *analysis) tagsQuestion(s, c int, at *attribution) bool {
	if at.sentence != s+1 || c < 1 {
		return false
	}
	next := a.d.Sentences[s+1]
	if next.First != c+1 || next.Paragraph != a.d.Sentences[s].Paragraph {
		return false
	}
	if !a.between(at, c+1) {
		return false
	}
	if w := a.d.Tokens[c-1].Text(a.d); w == "?" || w == "!" {
		return true
	}
	// After a full stop the tag must be short and say nothing new: “….” Sessions
	// said as he began; not “….” He stressed that Russia …
	for t := at.cue + 1; t < next.Last; t++ {
		if a.r.inQuote[t] || a.r.word(t) == "that" {
			return false
		}
	}
	return next.Last-at.cue <= 8
}

// before returns the attribution that precedes the opening mark at token o within
// sentence s ("Trump said, “…”"), or nil. A full quotation must follow its verb
// closely; a partial one may sit anywhere in the verb's clause.
func (a *analysis) before(s, o int, partial bool) *attribution {
	if s < 0 {
		return nil
	}
	k := sort.Search(len(a.attrs), func(k int) bool { return a.attrs[k].cue >= o }) - 1
	if k < 0 || a.attrs[k].sentence != s {
		return nil
	}
	if !partial && o-a.attrs[k].end > 12 {
		return nil
	}
	return &a.attrs[k]
}

// passiveAgent finds the speaker of a partial quotation given by a passive
// ("described as “manipulative” by Zelensky").
func (a *analysis) passiveAgent(s, c int) *Speaker {
	t := c + 1
	if s < 0 || t >= len(a.d.Tokens) || a.d.Tokens[t].Sentence != s || a.d.Tokens[t].Text(a.d) != "by" {
		return nil
	}
	last := a.d.Sentences[s].Last
	if lo, hi := a.r.phraseAfter(t+1, last); hi > lo {
		return a.r.speakerFor(lo, hi)
	}
	return nil
}

// inherit gives a full quotation without a speaker in its own sentence the speaker
// it continues: the same quotation's earlier paragraph, an introduction ending with
// a colon, an earlier quotation in the paragraph, or the sentence just before.
func (a *analysis) inherit(i, so, openTok int) {
	q, out := a.raw[i], &a.quotes[i]
	if q.continues >= 0 {
		out.Speaker, out.Cue = a.quotes[q.continues].Speaker, a.quotes[q.continues].Cue
		return
	}
	if so < 0 {
		return
	}
	first := a.d.Sentences[so].First
	if openTok != first {
		return
	}
	if at := a.colonIntroduction(so); at != nil {
		out.Speaker, out.Cue = at.speaker, at.text
		return
	}
	for k := i - 1; k >= 0 && k >= i-8 && a.raw[k].paragraph == q.paragraph; k-- {
		if a.quotes[k].Speaker != nil && !a.quotes[k].Partial {
			out.Speaker, out.Cue = a.quotes[k].Speaker, a.quotes[k].Cue
			return
		}
	}
	if so == 0 || a.d.Sentences[so-1].Paragraph < q.paragraph-1 {
		return
	}
	k := sort.Search(len(a.attrs), func(k int) bool { return a.attrs[k].sentence >= so }) - 1
	if k >= 0 && a.attrs[k].sentence == so-1 {
		out.Speaker, out.Cue = a.attrs[k].speaker, a.attrs[k].text
		return
	}
	prev := a.d.Sentences[so-1]
	if prev.Paragraph == q.paragraph {
		return
	}
	// A paragraph that is all quotation after one that was: the same speaker goes on.
	if i > 0 && a.raw[i-1].paragraph == prev.Paragraph && a.raw[i-1].open.Start == a.d.Paragraphs[prev.Paragraph].Start {
		if p := a.quotes[i-1]; p.Speaker != nil && !p.Partial {
			out.Speaker, out.Cue = p.Speaker, p.Cue
		}
		return
	}
	// A quotation that opens its paragraph after a sentence about someone:
	// "Viguerie is upbeat about Cruz’s chances." “Not only can Ted Cruz win …”
	if sp := a.subject(so-1, prev.Last); sp != nil && a.r.isPerson(sp) {
		out.Speaker = sp
	}
}

// colonIntroduction returns the attribution of a sentence ending with a colon just
// before sentence s ("British Defense Secretary John Healey added:"), or nil.
func (a *analysis) colonIntroduction(s int) *attribution {
	if s == 0 {
		return nil
	}
	prev := a.d.Sentences[s-1]
	if prev.Last-prev.First < 2 || !introduces(a.d.Tokens[prev.Last-1].Text(a.d)) {
		return nil
	}
	return a.colonSpeaker(prev.Last - 1)
}

// introduces reports whether a mark can introduce a quotation: a colon or a dash.
func introduces(mark string) bool {
	switch mark {
	case ":", "—", "–", "―", "-", "--":
		return true
	}
	return false
}

// colonSpeaker returns the attribution ending at the colon at token c: the speech
// verb just before it, or with none the phrase before the colon ("Trump: “…”").
func (a *analysis) colonSpeaker(c int) *attribution {
	s := a.d.Tokens[c].Sentence
	k := sort.Search(len(a.attrs), func(k int) bool { return a.attrs[k].cue >= c }) - 1
	if k >= 0 && a.attrs[k].sentence == s {
		return &a.attrs[k]
	}
	first := a.d.Sentences[s].First
	if lo := a.r.phraseBefore(first, c); lo < c && (lo == first || !prepositions.Has(a.r.word(lo-1))) &&
		(a.r.capitalised(c-1) || a.r.subject(first, lo) == nil) {
		// "Trump:" names the speaker; "Sanders made the following comment:" does
		// not, its subject does.
		return &attribution{cue: c, end: c + 1, text: a.r.word(c), speaker: a.r.speakerFor(lo, a.r.dropBrackets(lo, c)), sentence: s}
	}
	// "Kasich resisted: “…”": the clause before the colon says who speaks.
	if sp := a.r.subject(first, c); sp != nil {
		return &attribution{cue: c, end: c + 1, text: a.r.word(c), speaker: sp, sentence: s}
	}
	return nil
}

// borrowFromNext gives a full quotation still without a speaker the speaker of the
// next quotation in its paragraph when that one names it in its own sentence:
// “We came.” “We stayed,” she said.
func (a *analysis) borrowFromNext() {
	for i := len(a.raw) - 2; i >= 0; i-- {
		q := &a.quotes[i]
		next := i + 1
		if q.Speaker != nil || q.Partial || a.raw[next].paragraph != a.raw[i].paragraph ||
			a.quotes[next].Partial || !a.own[next] {
			continue
		}
		q.Speaker, q.Cue = a.quotes[next].Speaker, a.quotes[next].Cue
	}
}
