package claim

import (
	"slices"
	"sort"
	"strings"

	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
	"parallax/wasm/mention/ner"
)

// This file finds whom a speaker given by description means: a person by title
// ("the prime minister"), a body by the word its name ends in ("the authority"),
// a body by its spokesperson ("a spokeswoman for the harbour authority").

// A titleHolder is a person the article gives a title ("British Prime Minister
// Alan Crewe"), so that a speaker named by the title alone ("the prime minister")
// can be given the person's name.
type titleHolder struct {
	entity int
	words  []string // every word of the title in lower case
	office int      // the index in words of the office: "minister"
}

// titleHolders returns the people of m that have titles, by the office each title
// names ("minister").
func titleHolders(m mention.Mentions) map[string][]titleHolder {
	out := map[string][]titleHolder{}
	for e, ent := range m.Entities {
		if ent.Type != mention.Person {
			continue
		}
		for _, role := range ent.Roles {
			words := officeWords(strings.FieldsFunc(strings.ToLower(role.Title), notTitleRune))
			if at := titleHead(words); at >= 0 {
				out[words[at]] = append(out[words[at]], titleHolder{entity: e, words: words, office: at})
			}
		}
	}
	return out
}

// bodiesByWord returns the organisations of m by each word of their names, in
// lower case.
func bodiesByWord(m mention.Mentions) map[string][]int {
	out := map[string][]int{}
	for e, ent := range m.Entities {
		if ent.Type != mention.Org {
			continue
		}
		for _, w := range strings.FieldsFunc(strings.ToLower(ent.Name), notTitleRune) {
			if n := len(out[w]); n == 0 || out[w][n-1] != e {
				out[w] = append(out[w], e)
			}
		}
	}
	return out
}

// officeWords returns words, in lower case, with each abbreviated title replaced
// by the words it stands for: "pm" → "prime", "minister".
func officeWords(words []string) []string {
	var out []string
	for _, w := range words {
		if full := lexicon.ExpandTitle(w); full != nil {
			out = append(out, full...)
		} else {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// titleHead returns the index of the office among a title's words: its last
// word, or the word before the first preposition or "and" ("spokesman" in
// "spokesman for the ministry", "senator" in "senator from Texas and winner of the
// caucuses"), if that is a title word; else -1.
func titleHead(words []string) int {
	end := len(words)
	for i, w := range words {
		if lexicon.IsTitleJoint(w) {
			end = i
			break
		}
	}
	if end == 0 || !lexicon.IsTitle(words[end-1]) || lexicon.IsHonorific(words[end-1]) {
		return -1
	}
	return end - 1
}

// notTitleRune splits a title into words: at spaces, and at the apostrophe of a
// possessive, whose "s" is then a word of its own.
func notTitleRune(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '’' || r == '\'' || r == ',' || r == '.'
}

// holderOf returns the person a definite description of tokens [first, last) names
// by title: "the prime minister", "the PM" or "the interior minister" after
// "Interior Minister Pavel Brankovic", and "Germany's chancellor" after "German
// Chancellor Olaf Scholz". The description's last word must be the title's office
// and its other words must all be in the title, so "the Republican nominee" is not
// the "Democratic nominee". The person the text is about (what "he" would stand
// for) is meant if they hold the title; else the holder named last before the
// description, unless that person has no title at all, who may well hold this one
// without the article saying so ("Rubio sought … the senator said").
func (r *resolver) holderOf(first, last int) (int, bool) {
	if len(r.holders) == 0 {
		return 0, false
	}
	lead, owner := r.descriptionLead(first, last)
	if lead < 0 || lead >= last {
		return 0, false
	}
	words := make([]string, 0, last-lead)
	for k := lead; k < last; k++ {
		if !r.isWord(k) {
			return 0, false
		}
		words = append(words, r.word(k))
	}
	words = officeWords(words)
	head, qualifiers := words[len(words)-1], words[:len(words)-1]
	at := r.d.Tokens[first].Start
	current := -1
	if p := r.antecedentAt(at).person; p != nil {
		current = p.Entity
	}
	best, bestAt := -1, -1
	for _, h := range r.holders[head] {
		if !describes(qualifiers, h) || !ownedAs(owner, h.words) {
			continue
		}
		if h.entity == current {
			return current, true
		}
		if seen := r.lastMentionBefore(h.entity, at); seen > bestAt {
			best, bestAt = h.entity, seen
		}
	}
	if current >= 0 && len(r.m.Entities[current].Roles) == 0 {
		return 0, false
	}
	return best, best >= 0
}

// descriptionLead returns where the words of a definite description of tokens
// [first, last) begin: after "the", or after a place or body in the possessive
// ("Germany's"), whose words it also returns in lower case. It returns -1 for any
// other phrase.
func (r *resolver) descriptionLead(first, last int) (int, []string) {
	if strings.EqualFold(r.word(first), "the") {
		return first + 1, nil
	}
	for k := first + 2; k < last-1; k++ {
		if r.word(k) != "s" || !isPossessive(r, k) {
			continue
		}
		owner := Span{Start: r.d.Tokens[first].Start, End: r.d.Tokens[k-2].End}
		e, s, ok := r.entityIn(owner)
		if !ok || s != owner || r.m.Entities[e].Type == mention.Person {
			return -1, nil
		}
		return k + 1, strings.Fields(strings.ToLower(r.d.Slice(owner)))
	}
	return -1, nil
}

// ownedAs reports whether a title fits the place or body that owns an office in
// a description ("Germany's chancellor"): each word of the owner begins as a word
// of the title does ("germany", "german"), or the title names no nationality at
// all ("Prime Minister" for "Britain's prime minister").
func ownedAs(owner, title []string) bool {
	if len(owner) == 0 {
		return true
	}
	fits := true
	for _, o := range owner {
		fits = fits && slices.ContainsFunc(title, func(t string) bool { return sameStem(o, t) })
	}
	return fits || !slices.ContainsFunc(title, func(t string) bool { return ner.Lookup(t)&ner.Demonym != 0 })
}

// sameStem reports whether two words in lower case are one, or begin with the same
// four letters or more, as a place and its people do ("germany", "german").
func sameStem(a, b string) bool {
	const stem = 4
	if len(a) < stem || len(b) < stem {
		return a == b
	}
	return a[:stem] == b[:stem]
}

// describes reports whether the words of a description qualify an office as the
// holder's title does: each is a word of the title, and the title's words that
// change the office are among them: "vice" or "former" anywhere ("the president"
// is not the vice president), and a title word that makes one office with the
// next ("the minister" is not the prime minister, "the general" not the attorney
// general). All words are in lower case.
func describes(qualifiers []string, h titleHolder) bool {
	for _, w := range qualifiers {
		if !slices.Contains(h.words, w) {
			return false
		}
	}
	for i, w := range h.words {
		if (changesOffice(w) || i == h.office-1 && isOfficeWord(w)) && !slices.Contains(qualifiers, w) {
			return false
		}
	}
	return true
}

// isOfficeWord reports whether w is a word of an office's name that is not a mere
// qualifier of one: "prime", "attorney", "press", but not "foreign" or "chief".
func isOfficeWord(w string) bool {
	return lexicon.IsTitle(w) && !lexicon.IsTitleModifier(w)
}

// rankWords make a title another office than the one they qualify.
var rankWords = lexicon.SetOf("vice deputy assistant associate acting interim junior co")

// changesOffice reports whether w, in lower case, makes a title another office or
// puts its holder out of it: "vice", "deputy", "former", "incoming".
func changesOffice(w string) bool {
	return rankWords.Has(w) || lexicon.TitleStatus(w) != ""
}

func containsFold(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// lastMentionBefore returns where entity e is last named before offset at, or -1.
// An entity's mentions are in text order.
func (r *resolver) lastMentionBefore(e, at int) int {
	ms := r.m.Entities[e].Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= at })
	if i == 0 {
		return -1
	}
	return ms[i-1].Start
}

// bodyOf returns the organisation a definite description of tokens [first, last)
// names by a word of its name: "the authority" or "the harbour authority" after
// "the Lindborg Harbour Authority". The description's last word must be a word
// that names bodies ("authority", "ministry", "party") and all its words must be
// in the body's name; of several such bodies, the one named last before is meant.
func (r *resolver) bodyOf(first, last int) (int, bool) {
	if last-first < 2 || !strings.EqualFold(r.word(first), "the") || ner.Lookup(r.word(last-1))&ner.OrgWord == 0 {
		return 0, false
	}
	at := r.d.Tokens[first].Start
	best, bestAt := -1, -1
	for _, e := range r.bodies[strings.ToLower(r.word(last-1))] {
		words := strings.FieldsFunc(strings.ToLower(r.m.Entities[e].Name), notTitleRune)
		if !r.allWordsIn(first+1, last-1, words) {
			continue
		}
		if seen := r.lastMentionBefore(e, at); seen > bestAt {
			best, bestAt = e, seen
		}
	}
	return best, best >= 0
}

// allWordsIn reports whether every token of [first, last) is one of words, in
// lower case, ignoring case.
func (r *resolver) allWordsIn(first, last int, words []string) bool {
	for k := first; k < last; k++ {
		if !r.isWord(k) || !containsFold(words, r.word(k)) {
			return false
		}
	}
	return true
}

// bodySpokenFor returns the organisation that heads the end of a phrase of tokens
// [first, last) in which a spokesperson speaks for it: "a spokeswoman for the
// Lindborg Harbour Authority". A representative of a person is not that person.
func (r *resolver) bodySpokenFor(first, last int) (int, bool) {
	for k := first + 1; k < last-1; k++ {
		if w := r.word(k); (w == "of" || w == "for") && spokesNouns.Has(strings.ToLower(r.word(k-1))) {
			toks := r.d.Tokens
			rest := Span{Start: toks[k+1].Start, End: toks[last-1].End}
			if e, s, ok := r.entityIn(rest); ok && s.End >= rest.End && r.m.Entities[e].Type == mention.Org {
				return e, true
			}
			return 0, false
		}
	}
	return 0, false
}
