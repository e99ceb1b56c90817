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

// An attribution is one speech verb (or "according to") found outside quotation
// marks, with the speaker it gives the words to.
type attribution struct {
	cue      int // token index of the verb, or of "according"
	end      int // token index just past the cue ("according to", "said that")
	text     string
	indirect bool
	speaker  *Speaker
	sentence int
}

// An entityMention is one mention of an entity, for finding speakers by position.
type entityMention struct {
	Span
	entity int
}

// A resolver finds speakers in one document. It walks the sentences in order and
// remembers who spoke last, so that "he said" can be given a name.
type resolver struct {
	d        *document.Document
	m        mention.Mentions
	mentions []entityMention // sorted by start
	inQuote  []bool          // per token: inside quotation marks
	// antecedents records, in text order, what "he" or "she" (person) and "they"
	// (group) may stand for from each point on: the latest single speaker or
	// sentence subject, and the latest group.
	antecedents []antecedent
	// surnames maps the last word of a name to the full name, when there are no
	// entities to say which names are one person.
	surnames map[string]string
	// holders are the people the article gives titles, by office, for "the prime
	// minister"; bodies are the organisations by the words of their names, for
	// "the authority".
	holders map[string][]titleHolder
	bodies  map[string][]int
	// bySurname maps the last word of each person's name to the person, or to -1
	// when two people share it.
	bySurname map[string]int
}

func newResolver(d *document.Document, m mention.Mentions, quotes []rawQuote) *resolver {
	r := &resolver{d: d, m: m, inQuote: make([]bool, len(d.Tokens)),
		antecedents: make([]antecedent, 0, len(d.Sentences)/2), holders: titleHolders(m), bodies: bodiesByWord(m), bySurname: peopleBySurname(m)}
	for i, e := range m.Entities {
		for _, s := range e.Mentions {
			r.mentions = append(r.mentions, entityMention{Span: s, entity: i})
		}
	}
	sort.Slice(r.mentions, func(i, j int) bool { return r.mentions[i].Start < r.mentions[j].Start })
	t := 0
	for i := range quotes {
		q := &quotes[i]
		s := Span{Start: q.open.Start, End: q.words.End}
		if q.close.Len() > 0 {
			s.End = q.close.End
		}
		for t < len(d.Tokens) && d.Tokens[t].End <= s.Start {
			t++
		}
		q.openTok, q.wordsTok = t, -1
		k := t
		for ; k < len(d.Tokens) && d.Tokens[k].Start < s.End; k++ {
			r.inQuote[k] = true
			if q.wordsTok < 0 && d.Tokens[k].Start >= q.words.Start {
				q.wordsTok = k
			}
			if d.Tokens[k].Start == q.close.Start && q.close.Len() > 0 {
				q.closeTok = k
			}
		}
		if q.close.Len() == 0 {
			q.closeTok = k // the first token after the words, as for a closing mark
		}
		if q.wordsTok < 0 {
			q.wordsTok = k
		}
	}
	return r
}

// word returns the text of token i.
func (r *resolver) word(i int) string { return r.d.Text[r.d.Tokens[i].Start:r.d.Tokens[i].End] }

func (r *resolver) isWord(i int) bool { return r.d.Tokens[i].Kind == document.Word }

func (r *resolver) capitalised(i int) bool {
	if r.d.Tokens[i].Kind != document.Word {
		return false
	}
	c, _ := utf8.DecodeRuneInString(r.d.Text[r.d.Tokens[i].Start:])
	return unicode.IsUpper(c)
}

// attributions returns the speech verbs of sentence si with their speakers, and
// updates what pronouns may stand for.
func (r *resolver) attributions(si int, out []attribution) []attribution {
	s := r.d.Sentences[si]
	r.noteSubject(s.First, s.Last)
	for i := s.First; i < s.Last; i++ {
		if r.inQuote[i] || !r.isWord(i) {
			continue
		}
		w := r.word(i)
		switch {
		case (w == "according" || w == "According") && i+1 < s.Last && r.word(i+1) == "to":
			if first, last := r.phraseAfter(i+2, s.Last); last > first {
				out = r.record(out, attribution{cue: i, end: i + 2, text: "according to", indirect: true,
					speaker: r.speakerFor(first, last), sentence: si})
			}
		case cueNouns.Has(w) && i-3 >= s.First && r.word(i-1) == "s" && isPossessive(r, i-1) && r.introduces(i+1, s.Last):
			// "Trump’s claim that …". A possessor is not the sentence's subject: "he"
			// does not stand for it, so it is not remembered.
			if lo := r.phraseBefore(s.First, i-2); lo < i-2 {
				if sp := r.speakerFor(lo, i-2); sp != nil {
					out = append(out, attribution{cue: i, end: i + 1, text: w, sentence: si, speaker: sp})
				}
			}
		default:
			if a, ok := r.verbAttribution(si, i, out); ok {
				out = r.record(out, a)
			}
		}
	}
	return out
}

// verbAttribution returns the attribution of the speech verb at token i of
// sentence si, if it is one and has a speaker; out holds the sentence's earlier ones.
func (r *resolver) verbAttribution(si, i int, out []attribution) (attribution, bool) {
	s := r.d.Sentences[si]
	w := r.word(i)
	c, ok := lookupCue(w)
	switch {
	case ok:
	case i == s.First:
		c, ok = lookupCue(openingCues[w]) // "Said Comey, …"
	case (w == "put" || w == "puts") && i+1 < s.Last && r.word(i+1) == "it":
		c, ok = cue{lemma: "put"}, true // "as the prosecutor put it, …"
	}
	if !ok || r.isPassive(s.First, i) {
		return attribution{}, false
	}
	a := attribution{cue: i, end: i + 1, text: w, indirect: c.indirect, sentence: si}
	if n := len(out); c.gerund && n > 0 && out[n-1].sentence == si && out[n-1].cue == i-2 && r.word(i-1) == "," {
		a.speaker = out[n-1].speaker // "Sanders said, adding, …"
	} else {
		a.speaker = r.subjectOf(s.First, i, s.Last, c)
	}
	if a.speaker == nil || nounForms.Has(w) && !r.isVerbAt(s.First, i) {
		return attribution{}, false
	}
	if a.end < s.Last && r.word(a.end) == "that" {
		a.end++
	}
	return a, true
}

// record appends a and remembers its speaker for later pronouns.
func (r *resolver) record(out []attribution, a attribution) []attribution {
	if a.speaker == nil {
		return out
	}
	r.remember(a.speaker)
	return append(out, a)
}

// An antecedent is what pronouns stand for from offset at on.
type antecedent struct {
	at            int
	person, group *Speaker
}

// remember makes sp what a later pronoun of its kind stands for.
func (r *resolver) remember(sp *Speaker) {
	next := antecedent{at: sp.Span.Start}
	if n := len(r.antecedents); n > 0 {
		next.person, next.group = r.antecedents[n-1].person, r.antecedents[n-1].group
		next.at = max(next.at, r.antecedents[n-1].at)
	}
	if r.isGroup(sp) {
		next.group = sp
	} else {
		next.person = sp
	}
	r.antecedents = append(r.antecedents, next)
}

// antecedentAt returns what pronouns stand for at offset off.
func (r *resolver) antecedentAt(off int) antecedent {
	i := sort.Search(len(r.antecedents), func(i int) bool { return r.antecedents[i].at >= off })
	if i == 0 {
		return antecedent{}
	}
	return r.antecedents[i-1]
}

// subjectOf finds the speaker of the speech verb at token v in a sentence of tokens
// [first, last): the phrase before the verb, or after it when the order is inverted
// ("…,” said Boris Pistorius), or the clause's subject for "…, saying".
func (r *resolver) subjectOf(first, v, last int, c cue) *Speaker {
	j := v - 1
	for j >= first && r.isWord(j) && (skippable.Has(r.word(j)) || isAdverb(r.word(j)) || lexicon.IsCalendarName(r.word(j))) {
		j--
	}
	if j >= first && !r.inQuote[j] {
		if w := r.word(j); w == "," && c.gerund || w == "and" || w == "but" || w == "to" || c.gerund && functionWords.Has(w) {
			return r.subject(first, j)
		}
		switch {
		case r.word(j) == "," && j > first && r.word(j-1) == ")":
			j-- // "Gov. John Kasich (R-Ohio), said"
		case r.word(j) == ",":
			j = r.skipAppositive(first, j)
		}
		if lo := r.phraseBefore(first, j+1); lo <= j {
			switch {
			case lo == first || !prepositions.Has(r.word(lo-1)):
				return r.speakerFor(lo, r.dropBrackets(lo, j+1))
			case c.gerund:
				// "responded on Facebook, writing": not the subject.
				return r.subject(first, lo-1)
			case !r.capitalised(j):
				// "The radio talker has in the past called": look before the phrase.
				return r.subjectBefore(first, lo-1)
			}
			return r.speakerFor(lo, r.dropBrackets(lo, j+1))
		}
	}
	if !c.gerund && v+1 < last && (j < first || r.inQuote[j] || r.word(j) == ",") {
		// “…,” said the designer.
		if lo, hi := r.phraseFrom(v+1, last, true); hi > lo {
			if n, end := r.nameInApposition(lo, hi, last); end > n {
				return r.speakerFor(n, end) // "said the deputy minister, Sergei Volkov"
			}
			return r.speakerFor(lo, hi)
		}
	}
	return nil
}

// subjectBefore returns the speaker phrase that ends before token p, a preposition,
// past the words that may stand between a subject and its verb.
func (r *resolver) subjectBefore(first, p int) *Speaker {
	j := p - 1
	for j >= first && r.isWord(j) && (skippable.Has(r.word(j)) || isAdverb(r.word(j))) {
		j--
	}
	if j < first || r.inQuote[j] {
		return nil
	}
	if lo := r.phraseBefore(first, j+1); lo <= j {
		return r.speakerFor(lo, r.dropBrackets(lo, j+1))
	}
	return nil
}

// maxClause bounds how far back a clause's subject is sought, in tokens.
const maxClause = 60

// subject returns the subject of the clause that ends before token o in a sentence
// starting at token first: the first phrase, at the sentence's start or after one
// of its commas, that a verb follows ("In July, Gingrich dismissed …", "On the eve
// of the vote, Netanyahu rallied …"). Leading words such as "But" are skipped.
func (r *resolver) subject(first, o int) *Speaker {
	if sp := r.subjectAt(first, first, o); sp != nil {
		return sp
	}
	for k := max(first+1, o-maxClause); k < o; k++ {
		if r.word(k-1) == "," && !r.inQuote[k] {
			if sp := r.subjectAt(first, k, o); sp != nil {
				return sp
			}
		}
	}
	return nil
}

// subjectAt returns the subject that begins at token k, past leading words, if a
// verb follows it before token o; first is where the sentence begins.
func (r *resolver) subjectAt(first, k, o int) *Speaker {
	for k < o && (r.isWord(k) && (leadWords.Has(r.word(k)) || joiners.Has(r.word(k))) || r.word(k) == ",") {
		k++
	}
	if k >= o || r.inQuote[k] {
		return nil
	}
	lo, hi := r.phraseAfter(k, o)
	// The sentence's first phrase may be set off by a comma: "The Kremlin, for its
	// part, has shown …".
	if hi > lo && hi < o && (r.isVerbLike(r.skipAdjuncts(hi, o)) || r.word(hi) == "," && (lo <= first+1 || r.isFullName(lo, hi))) {
		return r.speakerFor(lo, hi)
	}
	return nil
}

// skipAdjuncts returns the token after what may stand between a subject and its
// verb, from token k: a party and state in brackets ("(D-Ore.)") and a day or month
// ("on Saturday"). It returns k when there is nothing to skip.
func (r *resolver) skipAdjuncts(k, o int) int {
	if k < o && r.word(k) == "(" {
		for n := k + 1; n < o && n < k+8; n++ {
			if r.word(n) == ")" {
				k = n + 1
				break
			}
		}
	}
	if k+1 < o && (r.word(k) == "on" || r.word(k) == "in") && lexicon.IsCalendarName(r.word(k+1)) {
		k += 2
	}
	return k
}

// joiners are small words that open a clause without being its subject.
var joiners = lexicon.SetOf("and but then so also yet")

// isVerbLike reports whether token t can be the verb after a subject: a word in
// small letters that is not a preposition, conjunction or article.
func (r *resolver) isVerbLike(t int) bool {
	if !r.isWord(t) || r.capitalised(t) {
		return false
	}
	switch r.word(t) {
	case "of", "and", "or", "in", "on", "at", "for", "to", "from", "with", "by", "as", "than",
		"the", "a", "an", "who", "which", "that", "whose", "whom":
		return false
	}
	return true
}

// skipAppositive steps back over ", a top official," before a verb to the comma that
// follows the name. It returns j unchanged when there is no such phrase. A place or
// an age set off by commas is stepped over too, to the name before it: "Clinton,
// during a town hall in Columbus, Ohio, said", "Cory James, 22, of Flint, Mich., said".
func (r *resolver) skipAppositive(first, j int) int {
	end, comma := r.appositiveEnd(first, j)
	for n := 0; n < maxAsides && comma >= 0 && r.isAside(end); n++ {
		e, c := r.appositiveEnd(first, comma)
		if c < 0 {
			break
		}
		end, comma = e, c
	}
	return end
}

// maxAsides is the most places and ages set off by commas that are stepped over.
const maxAsides = 3

// appositiveEnd returns the last token of the phrase before the appositive that
// ends at the comma j, and the comma that opens the appositive; it returns j and
// -1 when there is none.
func (r *resolver) appositiveEnd(first, j int) (int, int) {
	for k := j - 1; k >= first && k > j-16; k-- {
		if r.inQuote[k] {
			return j, -1
		}
		if r.word(k) == "," {
			if r.isName(k+1, j) {
				return j - 1, k // "the deputy minister, Sergei Ryabkov, said"
			}
			return k - 1, k
		}
	}
	return j, -1
}

// isAside reports whether token t is an age or part of a place's name, which
// stand beside a speaker's name without being the speaker.
func (r *resolver) isAside(t int) bool {
	if t < 0 || r.inQuote[t] {
		return false
	}
	if w := r.word(t); w != "" && strings.Trim(w, "0123456789") == "" {
		return true
	}
	e, _, ok := r.entityIn(r.d.Tokens[t].Span)
	return ok && r.m.Entities[e].Type == mention.Place
}

// introduces reports whether token t can introduce what a cue noun reports: "Trump’s
// claim that …", "the mayor’s words: …".
func (r *resolver) introduces(t, last int) bool {
	if t >= last {
		return false
	}
	switch r.word(t) {
	case "that", ":", ",", "of":
		return true
	case "was", "is":
		return t+1 < last && r.word(t+1) == "that" // "the senator’s answer was that …"
	}
	return r.inQuote[t]
}

// isVerbAt reports whether a word that may also be a noun ("state", "claims") is a
// verb at token v: its subject, just before it, is a pronoun or a name that no
// article, preposition or possessive leads ("of Republican claims" is a noun).
func (r *resolver) isVerbAt(first, v int) bool {
	j := v - 1
	for j >= first && r.isWord(j) && (skippable.Has(r.word(j)) || isAdverb(r.word(j))) {
		j--
	}
	if j < first || r.inQuote[j] {
		return false
	}
	if w := r.word(j); personPronouns.Has(w) || groupPronouns.Has(w) {
		return true
	}
	if !r.capitalised(j) {
		return false
	}
	lo := r.phraseBefore(first, j+1)
	if lo <= first {
		return true
	}
	switch r.word(lo - 1) {
	case "of", "the", "a", "an", "s", "The", "A", "An":
		return false
	}
	return true
}

// isFullName reports whether tokens [lo, hi) name a person: a person entity, or
// without entities two capitalised words or more.
func (r *resolver) isFullName(lo, hi int) bool {
	span := Span{Start: r.d.Tokens[lo].Start, End: r.d.Tokens[hi-1].End}
	if e, _, ok := r.entityIn(span); ok {
		return r.m.Entities[e].Type == mention.Person
	}
	return len(r.mentions) == 0 && hi-lo >= 2 && r.isName(lo, hi)
}

// isPassive reports whether the speech verb at token v is a passive participle
// ("was described as"), whose subject is what is spoken of, not the speaker.
func (r *resolver) isPassive(first, v int) bool {
	for k := v - 1; k >= first && k > v-3; k-- {
		switch r.word(k) {
		case "was", "were", "is", "are", "be", "been", "being":
			return true
		}
		if !isAdverb(r.word(k)) {
			return false
		}
	}
	return false
}

// dropBrackets returns the end of the phrase [lo, end) without a closing bracketed
// part: "Sen. Ana Ortiz (D-Ore.)" → "Sen. Ana Ortiz".
func (r *resolver) dropBrackets(lo, end int) int {
	if end-1 <= lo || r.word(end-1) != ")" {
		return end
	}
	for k := end - 2; k > lo; k-- {
		if r.word(k) == "(" {
			return k
		}
	}
	return end
}

// isName reports whether tokens [first, end) are all capitalised words.
func (r *resolver) isName(first, end int) bool {
	for k := first; k < end; k++ {
		if !r.capitalised(k) || isDeterminer(r.word(k)) {
			return false
		}
	}
	return end > first
}

// phraseBefore returns the first token of the speaker phrase ending at token end-1:
// a name with its title, a pronoun, or a role ("Ukraine’s foreign minister").
// It returns end when there is none.
func (r *resolver) phraseBefore(first, end int) int {
	j := end - 1
	if j < first {
		return end
	}
	if w := r.word(j); personPronouns.Has(w) || groupPronouns.Has(w) {
		return j
	}
	if r.word(j) == ")" {
		// "Rep. Gwen Moore (D-Wis.) said": the party and state are not the name.
		k := j - 1
		for k > first && k > j-8 && r.word(k) != "(" {
			k--
		}
		if k > first && r.word(k) == "(" {
			if lo := r.phraseBefore(first, k); lo < k {
				return lo
			}
		}
		return end
	}
	if !r.isHead(j) {
		return r.commonPhrase(first, j, end)
	}
	return r.namePhrase(first, j, end)
}

// namePhrase extends the speaker phrase whose head is token j back over its name,
// title and modifiers.
func (r *resolver) namePhrase(first, j, end int) int {
	lo := j
	for k := j - 1; k >= first && k > j-10 && !r.inQuote[k]; k-- {
		w := r.word(k)
		switch {
		case isDeterminer(w):
			return k
		case r.capitalised(k) && !leadWords.Has(w) || isPossessive(r, k) || w == "of" || w == "-":
		case r.isWord(k) && (plainModifiers.Has(w) || roleNouns.Has(w)):
		case w == "." && k > first && r.d.Tokens[k-1].End == r.d.Tokens[k].Start && isTitleWord(r.word(k-1)):
		default:
			return r.trimPhrase(lo, end)
		}
		lo = k
	}
	return r.trimPhrase(lo, end)
}

// commonPhrase finds a speaker phrase headed by a common noun that the word lists do
// not know ("The New York businessman", "Gary Johnson’s doctor"): the noun must be
// led, within a few words, by an article or a possessive. It returns end if none.
func (r *resolver) commonPhrase(first, j, end int) int {
	if r.inQuote[j] || !r.isWord(j) || r.capitalised(j) || functionWords.Has(r.word(j)) || isAdverb(r.word(j)) {
		return end
	}
	for k := j - 1; k >= first && k > j-5 && !r.inQuote[k]; k-- {
		w := r.word(k)
		switch {
		case isDeterminer(w):
			return k
		case w == "s" && isPossessive(r, k) && k >= first+2 && r.isHead(k-2):
			return r.namePhrase(first, k-2, end)
		case r.isWord(k) && !functionWords.Has(w) && !isPossessive(r, k):
		default:
			return end
		}
	}
	return end
}

// trimPhrase drops words at the front of a phrase that cannot open it ("of").
func (r *resolver) trimPhrase(lo, end int) int {
	for lo < end && (r.word(lo) == "of" || r.word(lo) == "-" || r.word(lo) == "s" || r.word(lo) == "." ||
		r.d.Tokens[lo].Kind == document.Quote) {
		lo++
	}
	return lo
}

// phraseAfter returns the speaker phrase that starts at token i ("said German Defense
// Minister Boris Pistorius", "according to Kremlin spokesperson Dmitry Peskov").
func (r *resolver) phraseAfter(i, last int) (int, int) {
	return r.phraseFrom(i, last, false)
}

// phraseFrom is phraseAfter; with common set, an article may also lead a few words
// the lists do not know ("said the designer"), which is safe only right after a
// speech verb.
func (r *resolver) phraseFrom(i, last int, common bool) (int, int) {
	if i >= last || r.inQuote[i] {
		return i, i
	}
	if w := r.word(i); personPronouns.Has(w) || groupPronouns.Has(w) {
		return i, i + 1
	}
	k := i
	lead := isDeterminer(r.word(k)) || common && possessivePronouns.Has(r.word(k))
	if lead {
		k++
	}
	k = r.skipAge(k, last)
	end := i
	for ; k < last && k < i+10 && !r.inQuote[k]; k++ {
		w := r.word(k)
		switch {
		case r.capitalised(k) || isPossessive(r, k) || w == "of" || w == "-":
		case w == "for" && k > i && spokesNouns.Has(r.word(k-1)) && k+1 < last && r.isWord(k+1):
			// "said a spokeswoman for the harbour authority"
		case isDeterminer(w) && k > i+1 && (r.word(k-1) == "of" || r.word(k-1) == "for") && roleNouns.Has(r.word(k-2)):
			// "a spokesman for the ministry", but not "Ana Ortiz of the university"
		case r.isWord(k) && (plainModifiers.Has(w) || roleNouns.Has(w)):
		case w == "." && k > i && r.d.Tokens[k-1].End == r.d.Tokens[k].Start && isTitleWord(r.word(k-1)):
		case common && r.isWord(k) && !functionWords.Has(w) && !isParticiple(w) && k < i+4 && (end == i || !r.capitalised(end-1)):
			// "said the designer", "said pollster Frank Luntz", but not "an angry
			// Hollande retaliated"; without an article the phrase needs a name.
			if lead {
				end = k + 1
			}
		default:
			if hi := r.personAhead(k, last); hi > k && r.describesOnly(i, k) {
				return i, hi // "said Democratic presidential nominee Joan Castellano"
			}
			return i, end
		}
		if r.isHead(k) {
			end = k + 1
		}
	}
	return i, end
}

// maxDescription is the most words of description that may stand between a
// speaker phrase's start and the person's name.
const maxDescription = 6

// personAhead returns the token just past a person's name that starts within a few
// words from token k, with only words that may describe a person before it
// ("presidential nominee Joan Castellano"); it returns k when there is none.
func (r *resolver) personAhead(k, last int) int {
	for n := k; n < last && n < k+maxDescription; n++ {
		if r.isTitleAbbreviation(n) {
			continue // "candidate Sen. Ana Ortiz"
		}
		if !r.isWord(n) || r.inQuote[n] {
			return k
		}
		if w := r.word(n); !r.capitalised(n) && (functionWords.Has(w) || strings.HasSuffix(w, "ed") || isCueWord(w)) {
			return k // "Hollande denounced Trump" is no description
		}
		e, end, ok := r.mentionFrom(n, last)
		if !ok {
			continue
		}
		if r.m.Entities[e].Type != mention.Person {
			return k
		}
		return end
	}
	return k
}

// mentionFrom returns the entity whose mention starts at token n and the token
// just past that mention, if one does.
func (r *resolver) mentionFrom(n, last int) (int, int, bool) {
	e, s, ok := r.entityIn(r.d.Tokens[n].Span)
	if !ok || s.Start != r.d.Tokens[n].Start {
		return 0, 0, false
	}
	end := n
	for end < last && r.d.Tokens[end].End <= s.End {
		end++
	}
	return e, end, true
}

// nameInApposition returns the tokens of a person's name set off by a comma after
// the role phrase [lo, hi) that is no name itself: "the bureau's director, James
// Comey," or "the harbour master, 61-year-old Ewan Price". It returns an empty
// range when there is none.
func (r *resolver) nameInApposition(lo, hi, last int) (int, int) {
	if hi+1 >= last || r.word(hi) != "," || r.isPersonSpan(lo, hi) {
		return 0, 0
	}
	n := r.skipAge(hi+1, last)
	if n >= last {
		return 0, 0
	}
	if e, end, ok := r.mentionFrom(n, last); ok && r.m.Entities[e].Type == mention.Person {
		return n, end
	}
	return 0, 0
}

// isPersonSpan reports whether tokens [lo, hi) mention a person.
func (r *resolver) isPersonSpan(lo, hi int) bool {
	e, _, ok := r.entityIn(Span{Start: r.d.Tokens[lo].Start, End: r.d.Tokens[hi-1].End})
	return ok && r.m.Entities[e].Type == mention.Person
}

// isCueWord reports whether w is a speech verb.
func isCueWord(w string) bool {
	_, ok := lookupCue(w)
	return ok
}

// isTitleAbbreviation reports whether token n is a title with its dot ("Sen.",
// "Gov."), or that dot.
func (r *resolver) isTitleAbbreviation(n int) bool {
	toks := r.d.Tokens
	if r.word(n) == "." {
		return n > 0 && toks[n-1].End == toks[n].Start && isTitleWord(r.word(n-1))
	}
	return n+1 < len(toks) && r.word(n+1) == "." && toks[n].End == toks[n+1].Start && isTitleWord(r.word(n))
}

// describesOnly reports whether tokens [first, end) could only describe a person
// named after them: no name of a person, and no capitalised word but titles and
// the names of places or bodies ("Democratic", "Texas").
func (r *resolver) describesOnly(first, end int) bool {
	for k := first; k < end; k++ {
		if !r.capitalised(k) || isTitleWord(r.word(k)) || isDeterminer(r.word(k)) {
			continue
		}
		if e, _, ok := r.entityIn(r.d.Tokens[k].Span); !ok || r.m.Entities[e].Type == mention.Person {
			return false
		}
	}
	return true
}

// skipAge returns the token after an age written before a name ("said 56-year-old
// Min Min Khine", "the 34-year-old"), or k when there is none there.
func (r *resolver) skipAge(k, last int) int {
	toks := r.d.Tokens
	end := k
	for end < last && end < k+5 && (end == k || toks[end].Start == toks[end-1].End) {
		end++
	}
	if end == k || !r.isWord(end-1) {
		return k
	}
	age := strings.ToLower(r.d.Text[toks[k].Start:toks[end-1].End])
	if before, ok := strings.CutSuffix(age, "-year-old"); ok && before != "" && !strings.Contains(before, " ") {
		return end
	}
	return k
}

// isHead reports whether token i can end a speaker phrase.
func (r *resolver) isHead(i int) bool {
	if r.inQuote[i] || !r.isWord(i) {
		return false
	}
	w := r.word(i)
	return r.capitalised(i) && !leadWords.Has(w) && !isDeterminer(w) && !lexicon.IsCalendarName(w) || roleNouns.Has(w)
}

// isPossessive reports whether token k is the ’ or s of a possessive "’s".
func isPossessive(r *resolver, k int) bool {
	t := r.d.Tokens[k]
	switch r.word(k) {
	case "s":
		return k > 0 && r.d.Tokens[k-1].Kind == document.Quote && r.d.Tokens[k-1].End == t.Start
	case "’", "'":
		return k+1 < len(r.d.Tokens) && r.word(k+1) == "s" && r.d.Tokens[k+1].Start == t.End
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "The", "a", "A", "an", "An":
		return true
	}
	return false
}

// isParticiple reports whether w looks like a verb's -ing form, which follows a
// speaker phrase rather than ending it ("said the source, adding"); short words such
// as "king" are nouns.
func isParticiple(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// isAdverb reports whether w looks like a manner adverb ("flatly", "angrily").
func isAdverb(w string) bool {
	return len(w) > 4 && w[len(w)-2:] == "ly" && w[0] >= 'a' && w[0] <= 'z'
}

// speakerFor turns the phrase of tokens [first, last) into a speaker: the entity it
// mentions, else the name it ends with, else the role or group as written.
func (r *resolver) speakerFor(first, last int) *Speaker {
	for first < last && r.isWord(first) && leadWords.Has(r.word(first)) && first+1 < last {
		first++
	}
	toks := r.d.Tokens
	span := Span{Start: toks[first].Start, End: toks[last-1].End}
	if last-first == 1 {
		w := r.word(first)
		if personPronouns.Has(w) {
			return r.resolvePronoun(r.antecedentAt(span.Start).person, span)
		}
		if groupPronouns.Has(w) {
			return r.resolvePronoun(r.antecedentAt(span.Start).group, span)
		}
	}
	if r.rolePhrase(first, last) {
		if e, ok := r.bodySpokenFor(first, last); ok {
			return &Speaker{Name: r.m.Entities[e].Name, Entity: e, Span: span}
		}
		// "a representative of Donald Trump", "an aide to the minister": the
		// speaker is the role, not the one it belongs to.
		return &Speaker{Name: r.d.Slice(span), Entity: -1, Span: span}
	}
	if spokesNouns.Has(strings.ToLower(r.word(last - 1))) {
		if e, _, ok := r.entityIn(span); ok && r.m.Entities[e].Type == mention.Org {
			// "a LaLiga spokesman" gives the body's words, and the body is the speaker.
			return &Speaker{Name: r.m.Entities[e].Name, Entity: e, Span: span}
		}
	}
	if e, ok := r.holderOf(first, last); ok {
		// Before the entities: the tagger may take "PM" in "the PM" for a body.
		return &Speaker{Name: r.m.Entities[e].Name, Entity: e, Span: span}
	}
	if e, s, ok := r.entityIn(span); ok && s.End >= toks[last-1].End {
		// Only an entity that heads the phrase is the speaker: in "Russia’s foreign
		// ministry" or "a NATO spokesperson" it only qualifies the role.
		return &Speaker{Name: r.m.Entities[e].Name, Entity: e, Span: s}
	}
	if e, ok := r.bodyOf(first, last); ok {
		return &Speaker{Name: r.m.Entities[e].Name, Entity: e, Span: span}
	}
	if r.capitalised(last - 1) {
		lo := last - 1
		for lo > first && r.capitalised(lo-1) && !isTitleWord(r.word(lo-1)) && !isDeterminer(r.word(lo-1)) {
			lo--
		}
		// "the Kremlin" and "The Post" keep their article: they name a body, not a person.
		if !isTitleWord(r.word(lo)) && !(lo == first+1 && isDeterminer(r.word(first))) {
			s := Span{Start: toks[lo].Start, End: toks[last-1].End}
			if e, ok := r.bySurname[r.word(lo)]; ok && lo == last-1 && e >= 0 {
				// "Hale said" where the tagger missed the name it gave as "Paul Hale"
				return &Speaker{Name: r.m.Entities[e].Name, Entity: e, Span: s}
			}
			return &Speaker{Name: r.fullName(r.d.Slice(s)), Entity: -1, Span: s}
		}
	}
	return &Speaker{Name: r.d.Slice(span), Entity: -1, Span: span}
}

// rolePhrase reports whether tokens [first, last) hold a role noun followed by "of"
// or "for" and whom the role belongs to.
func (r *resolver) rolePhrase(first, last int) bool {
	for k := first + 1; k < last-1; k++ {
		if w := r.word(k); (w == "of" || w == "for") && roleNouns.Has(r.word(k-1)) {
			return true
		}
	}
	return false
}

// resolvePronoun gives a pronoun at span the name of the speaker it stands for.
func (r *resolver) resolvePronoun(to *Speaker, span Span) *Speaker {
	if to == nil {
		return nil
	}
	return &Speaker{Name: to.Name, Entity: to.Entity, Span: span}
}

// entityIn returns the entity with the last mention that overlaps span, which in a
// phrase like "Kremlin spokesperson Dmitry Peskov" is the speaker rather than the
// organisation named in the title.
func (r *resolver) entityIn(span Span) (int, Span, bool) {
	i := sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].End > span.Start })
	found, at := -1, Span{}
	for ; i < len(r.mentions) && r.mentions[i].Start < span.End; i++ {
		found, at = r.mentions[i].entity, r.mentions[i].Span
	}
	return found, at, found >= 0
}

// isPerson reports whether a speaker is one named person: a person entity, or
// without entities a name of capitalised words that is not a group.
func (r *resolver) isPerson(sp *Speaker) bool {
	if sp.Entity >= 0 {
		return r.m.Entities[sp.Entity].Type == mention.Person
	}
	if len(r.mentions) > 0 || r.isGroup(sp) {
		return false
	}
	c, _ := utf8.DecodeRuneInString(sp.Name)
	return unicode.IsUpper(c) && !strings.HasPrefix(sp.Name, "The ")
}

// isGroup reports whether a speaker is a group or organisation, which "they" or "it"
// stands for, rather than one person.
func (r *resolver) isGroup(sp *Speaker) bool {
	if sp.Entity >= 0 {
		return r.m.Entities[sp.Entity].Type != mention.Person
	}
	n := sp.Name
	if len(n) > 4 && (n[:4] == "the " || n[:4] == "The ") {
		return true
	}
	last := n
	for i := len(n) - 1; i >= 0; i-- {
		if n[i] == ' ' {
			last = n[i+1:]
			break
		}
	}
	return roleNouns.Has(last) && last[len(last)-1] == 's' || last == "ministry" || last == "government" ||
		last == "administration" || last == "police" || last == "authorities"
}

// noteSubject remembers the person who opens the sentence of tokens [first, last)
// as what a later "he" or "she" may stand for. Without entities, a name of two or
// more capitalised words counts as a person, and a lone surname as the person it
// was first given for ("Steve Witkoff" … "Witkoff, by contrast, …").
func (r *resolver) noteSubject(first, last int) {
	k := first
	for k < last && (r.isWord(k) && (leadWords.Has(r.word(k)) || isTitleWord(r.word(k))) || r.word(k) == ",") {
		k++
	}
	if k >= last {
		return
	}
	if len(r.mentions) > 0 {
		if e, s, ok := r.entityIn(r.d.Tokens[k].Span); ok && r.m.Entities[e].Type == mention.Person {
			r.remember(&Speaker{Name: r.m.Entities[e].Name, Entity: e, Span: s})
		}
		return
	}
	e := k
	for e < last && e < k+6 && r.capitalised(e) && !isDeterminer(r.word(e)) {
		e++
	}
	if e == k || e < last && !(r.word(e) == "," || r.isWord(e) && !r.capitalised(e)) {
		return
	}
	if e-k == 1 && r.surnames[r.word(k)] == "" {
		return
	}
	if sp := r.speakerFor(k, e); sp != nil && !r.isGroup(sp) {
		r.remember(sp)
	}
}

// peopleBySurname maps the last word of the name of every person of m who has two
// names or more to that person, or to -1 when two people share it.
func peopleBySurname(m mention.Mentions) map[string]int {
	out := map[string]int{}
	for e, ent := range m.Entities {
		i := strings.LastIndexAny(ent.Name, " \u00a0")
		if ent.Type != mention.Person || i < 0 {
			continue
		}
		surname := strings.TrimLeft(ent.Name[i:], " \u00a0")
		if old, ok := out[surname]; ok && old != e {
			out[surname] = -1
			continue
		}
		out[surname] = e
	}
	return out
}

// fullName returns the fullest name seen for a name given without entities: "Trump"
// after "Donald Trump". It also records name as the fullest form of its last word.
func (r *resolver) fullName(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		if full := r.surnames[name]; full != "" {
			return full
		}
		return name
	}
	if r.surnames == nil {
		r.surnames = make(map[string]string)
	}
	r.surnames[name[i+1:]] = name
	return name
}
