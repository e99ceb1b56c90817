package claim

import (
	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// isRoleTitle reports whether w may head a title that stands right before a name
// ("Defense Secretary Pete Hegseth", "Kremlin spokesperson Dmitry Peskov"): a title
// of the lexicon's, not a courtesy title such as "Mr".
func isRoleTitle(w string) bool { return lexicon.IsTitle(w) && !lexicon.IsHonorific(w) }

// roles returns who holds which role: the roles the entities carry when the mention
// stage found any, else each title written right before a name.
func (a *analysis) roles() []RoleClaim {
	var out []RoleClaim
	for i, e := range a.r.m.Entities {
		if e.Type != mention.Person {
			continue
		}
		for _, r := range e.Roles {
			out = append(out, RoleClaim{Span: r.Span, Holder: e.Name, Role: r.Title, Entity: i, Title: r.Span})
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, s := range a.d.Sentences {
		for t := s.First; t+1 < s.Last; t++ {
			// The cheap test first: a name must follow the title.
			if !a.r.capitalised(t+1) || a.r.inQuote[t] || !a.r.isWord(t) || !isRoleTitle(a.r.word(t)) {
				continue
			}
			if rc, ok := a.titleBefore(s.First, t, s.Last); ok {
				out = append(out, rc)
			}
		}
	}
	return out
}

// titleBefore returns the role claim of the title whose head noun is token t, when
// a name follows it: "UK Foreign Secretary David Lammy", "former President Donald
// Trump".
func (a *analysis) titleBefore(first, t, last int) (RoleClaim, bool) {
	r := a.r
	end := t + 1
	for end < last && end < t+4 && r.capitalised(end) && !isTitleWord(r.word(end)) && !lexicon.IsCalendarName(r.word(end)) && !r.inQuote[end] {
		end++
	}
	if end == t+1 || end < last && isPossessive(r, end) {
		return RoleClaim{}, false
	}
	start := t
	// Before the head noun: capitalised words, modifiers ("former", "deputy") and
	// possessives.
	for k := t - 1; k >= first && k > t-5 && !r.inQuote[k]; k-- {
		w := r.word(k)
		if !(r.capitalised(k) && !leadWords.Has(w) && !isDeterminer(w) || plainModifiers.Has(w) || isPossessive(r, k)) {
			break
		}
		start = k
	}
	start = r.trimPhrase(start, t+1)
	toks := a.d.Tokens
	holder := Span{Start: toks[t+1].Start, End: toks[end-1].End}
	name := r.fullName(a.d.Slice(holder))
	e, _, ok := r.entityIn(holder)
	if ok {
		name = r.m.Entities[e].Name
	}
	title := Span{Start: toks[start].Start, End: toks[t].End}
	return RoleClaim{
		Span:   Span{Start: title.Start, End: holder.End},
		Holder: name,
		Role:   a.d.Slice(title),
		Entity: e,
		Title:  title,
	}, true
}
