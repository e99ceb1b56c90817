package mention

import (
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention/ner"
)

// maxTitle is the most tokens a title may have.
const maxTitle = 12

// findRoles attaches to every person the titles the article gives them, before the
// name ("former President Donald Trump", "Trump's special envoy Keith Kellogg") or in
// apposition after it ("Steve Witkoff, Trump's envoy on negotiations with Russia,"),
// then finds the places where a person is named by a title alone ("the Russian
// president").
func (f *entityFinder) findRoles() {
	n := len(f.mentions)
	for _, m := range f.mentions[:n] {
		if f.groups[m.group].typ != Person || f.headline[f.d.Tokens[m.first].Sentence] {
			continue
		}
		if r, ok := f.titleBefore(m); ok {
			f.addRole(m.group, r)
		}
		if r, ok := f.titleAfter(m); ok {
			f.addRole(m.group, r)
		}
	}
	f.roleMentions()
}

// addRole adds a title to a group unless it already has it.
func (f *entityFinder) addRole(g int, r Role) {
	for _, old := range f.groups[g].roles {
		if strings.EqualFold(old.Title, r.Title) {
			return
		}
	}
	f.groups[g].roles = append(f.groups[g].roles, r)
}

// titleBefore reads a title ending right before mention m: a title word, and before
// it qualifiers, nationalities, capitalised words and possessives. The title may
// also be set off by a comma when the name is ("Trump's special envoy, Keith
// Kellogg,").
func (f *entityFinder) titleBefore(m nameMention) (Role, bool) {
	sent := f.d.Sentences[f.d.Tokens[m.first].Sentence]
	head := m.first - 1
	if head > sent.First && lexicon.IsHonorific(f.word(head)) {
		head-- // "Commons Speaker Sir Lindsay Hoyle"
	}
	end := head + 1
	if head > sent.First && f.word(head) == "." && f.d.Tokens[head-1].End == f.d.Tokens[head].Start {
		head-- // "Sen. Ana Ortiz": the dot is part of the title
	}
	if head > sent.First && f.word(head) == "," && m.last < sent.Last && f.word(m.last) == "," {
		head--
		end = head + 1
		head = f.officeBeforeQualifier(head, sent.First)
	}
	if head < sent.First || !f.isTitle(head) {
		return Role{}, false
	}
	start := head
	for start > sent.First && head-start < maxTitle {
		w := f.word(start - 1)
		if n := f.possessiveEndingAt(start-1, sent.First); n > 0 {
			if start-1-n < sent.First || !isCapitalised(f.word(start-1-n)) {
				break
			}
			start -= n + 1
			continue
		}
		if isFunctionWord(w) || ner.Lookup(w)&(ner.Title|ner.TitleModifier|ner.Demonym) == 0 &&
			!(isCapitalised(w) && hasAnyLetter(w)) {
			break
		}
		start--
	}
	return f.role(start, end), true
}

// maxQualifier is the most tokens of "of the assembly" after a title.
const maxQualifier = 6

// officeBeforeQualifier returns the title word that "of" or "for" joins to the
// words ending at token last ("Speaker" in "The Speaker of the assembly, Hanna
// Rusk,", "secretary" in "secretary of state for the elderly"), or last when there
// is none.
func (f *entityFinder) officeBeforeQualifier(last, first int) int {
	office := last
	for k := last; k > first && k > office-maxQualifier; k-- {
		if f.d.Tokens[k].Kind != document.Word {
			break
		}
		if w := f.word(k); (w == "of" || w == "for") && f.isTitle(k-1) {
			office = k - 1
		}
	}
	return office
}

// possessiveEndingAt returns the number of tokens of a possessive "'s" ending at
// token i (not before first), or 0.
func (f *entityFinder) possessiveEndingAt(i, first int) int {
	for n := 1; n <= 2 && i-n+1 > first; n++ {
		if f.possessiveAt(i-n+1, i+1) == n {
			return n
		}
	}
	return 0
}

// isTitle reports whether token i is a title word, not a mere courtesy title.
func (f *entityFinder) isTitle(i int) bool {
	w := f.word(i)
	return ner.Lookup(w)&ner.Title != 0 && !lexicon.IsHonorific(w)
}

// titleAfter reads a title set off by commas after mention m: ", the Kremlin's
// spokesman," or ", Trump's envoy on negotiations with Russia,". Before its title
// word there may only be an article, qualifiers, nationalities, possessives and
// other words that are not function words, which rules out clauses (", who said").
func (f *entityFinder) titleAfter(m nameMention) (Role, bool) {
	sent := f.d.Sentences[f.d.Tokens[m.first].Sentence]
	if m.last >= sent.Last || f.word(m.last) != "," {
		return Role{}, false
	}
	start := m.last + 1
	if start < sent.Last && isArticleWord(f.word(start)) {
		start++
	}
	end := start
	for end < sent.Last && !f.endsApposition(end, sent.Last) {
		end++
	}
	if end == start || end-start > maxTitle {
		return Role{}, false
	}
	for i := start; i < end && i < start+8; i++ {
		switch {
		case f.isTitle(i):
			if !f.qualifiesTitle(i+1, end) {
				return Role{}, false
			}
			return f.role(start, end), true
		case f.possessiveAt(i, end) > 0 || f.d.Tokens[i].Kind == document.Word && !isFunctionWord(f.word(i)):
		default:
			return Role{}, false
		}
	}
	return Role{}, false
}

// qualifiesTitle reports whether tokens [first, end), after a title word, can only
// qualify it ("on negotiations with Russia", "of the Kremlin"): a clause such as
// "had some explaining to do" says what the person did, and is no title.
func (f *entityFinder) qualifiesTitle(first, end int) bool {
	for i := first; i < end; i++ {
		if w := f.word(i); isFunctionWord(w) && !lexicon.IsTitleJoint(w) && !isArticleWord(w) {
			return false
		}
	}
	return true
}

// endsApposition reports whether token i closes a phrase in apposition: a comma or
// other stop, or a quotation mark that is not part of a possessive.
func (f *entityFinder) endsApposition(i, end int) bool {
	t := f.d.Tokens[i]
	if t.Kind == document.Quote {
		return f.possessiveAt(i, end) == 0
	}
	switch f.word(i) {
	case ",", ";", ".", "!", "?", "(", ")", ":", "—", "–":
		return true
	}
	return false
}

func (f *entityFinder) role(first, last int) Role {
	s := Span{Start: f.d.Tokens[first].Start, End: f.d.Tokens[last-1].End}
	return Role{Title: f.d.Slice(s), Span: s}
}

// roleMentions adds a mention wherever "the" is followed by a title that only one
// person has been given ("the Russian president" for Vladimir Putin, "Russian
// President"), unless a name follows, which makes it that name's title.
func (f *entityFinder) roleMentions() {
	holders := map[string]int{}
	longest := 0
	for g, gr := range f.groups {
		for _, r := range gr.roles {
			k := strings.ToLower(r.Title)
			if old, ok := holders[k]; ok && old != g {
				holders[k] = -1
				continue
			}
			holders[k] = g
			longest = max(longest, strings.Count(k, " ")+1)
		}
	}
	if len(holders) == 0 {
		return
	}
	var buf []byte
	for si, s := range f.d.Sentences {
		if f.headline[si] {
			continue
		}
		for i := s.First; i+1 < s.Last; i++ {
			if w := f.word(i); len(w) != 3 || f.taken[i] || !strings.EqualFold(w, "the") {
				continue
			}
			buf = buf[:0]
			for n := 1; n <= longest && i+n < s.Last && !f.taken[i+n]; n++ {
				if n > 1 {
					buf = append(buf, ' ')
				}
				buf = appendLowerWord(buf, f.word(i+n))
				g, ok := holders[string(buf)]
				if !ok || g < 0 || f.nameFollows(i+n+1, s.Last) {
					continue
				}
				f.add(nameMention{first: i, last: i + n + 1, class: ner.Per, group: g, role: true})
				i += n
				break
			}
		}
	}
	f.merge()
}

// nameFollows reports whether a name starts at token i, or after a comma there
// ("the deputy mayor, Lena Ortiz,"): the title before it is that name's.
func (f *entityFinder) nameFollows(i, last int) bool {
	if i < last && f.word(i) == "," {
		i++
	}
	return i < last && f.taken[i]
}

func appendLowerWord(dst []byte, w string) []byte {
	for _, r := range strings.ToLower(w) {
		dst = append(dst, string(r)...)
	}
	return dst
}

func isArticleWord(w string) bool {
	return strings.EqualFold(w, "the") || strings.EqualFold(w, "a") || strings.EqualFold(w, "an")
}

// nameStops cannot be part of a title or a name.
var nameStops = lexicon.Words("namestops")

// isFunctionWord reports whether w, ignoring ASCII case, is a word that cannot be
// part of a title or a name: it ends a title there, and is cut from the start of a
// name.
func isFunctionWord(w string) bool {
	_, ok := lexicon.LookupFold(nameStops, w)
	return ok
}
