package claim

import "parallax/wasm/mention"

// roles returns who holds which role: the titles the mention stage found before
// and after the names of people, which it alone reads.
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
	return out
}
