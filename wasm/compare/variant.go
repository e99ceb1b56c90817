package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/mention"
)

// corporateSuffixes are the legal forms written after a company's name and left out
// as often as not ("Hewlett-Packard Co.", "Hewlett-Packard").
var corporateSuffixes = skeletonSet("inc", "incorporated", "corp", "corporation", "co", "company",
	"ltd", "limited", "llc", "plc")

// generations are the words after a person's name that tell a father from a son:
// sources drop them when the story names one of the two.
var generations = skeletonSet("jr", "sr", "ii", "iii")

// skeletonSet returns the set of the skeletons of ws, as keys hold them.
func skeletonSet(ws ...string) map[string]bool {
	set := make(map[string]bool, len(ws))
	for _, w := range ws {
		set[skeleton(w)] = true
	}
	return set
}

// fullKey reduces a name key to the name as every source may write it in full:
// without a company's legal form or, when the name begins with an initial (see
// beginsWithInitial), leading initials ("w mark felt sr" → "mark felt sr"), whatever
// type a source gives it.
func fullKey(key string, initials bool) string {
	ws := strings.Fields(key)
	for len(ws) > 1 && corporateSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	for initials && len(ws) > 2 && len(ws[0]) == 1 {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// beginsWithInitial reports whether a name begins with a letter written alone, as an
// initial is ("W. Mark Felt", "W Mark Felt"), not as the first letter of a word that
// a hyphen joins on ("T-Mobile USA", whose key "t mobile usa" looks the same).
func beginsWithInitial(name string) bool {
	r, size := utf8.DecodeRuneInString(name)
	return unicode.IsLetter(r) && (size == len(name) || name[size] == '.' || name[size] == ' ')
}

// coreKey reduces a full key to the words every variant of the name keeps: for a
// person, the given name and surname, and the generation that tells a father from a
// son ("mark felt sr" stays, "arcade joseph comeaux" → "arcade comeaux").
func coreKey(full string, t mention.Type) string {
	if t != mention.Person {
		return full
	}
	rest, gen := full, ""
	if i := strings.LastIndexByte(full, ' '); i > 0 && generations[full[i+1:]] {
		rest, gen = full[:i], full[i:]
	}
	return shortKey(rest) + gen
}

// compactKey is a key without its spaces, so that "Sea Micro" meets "SeaMicro".
func compactKey(key string) string { return strings.ReplaceAll(key, " ", "") }

// A variantIndex finds, for each entity, the entities of other spellings that may
// name the same referent; a variant is taken only when it points to one referent.
type variantIndex struct {
	a     *aligner
	types []mention.Type
	full  []string         // node → full key
	core  []string         // node → core key
	words [][]string       // node → the words of its core key
	index map[string][]int // variant key → nodes
	// namedIn lists, for each referent's root, the articles that name it.
	namedIn map[int][]int
}

// linkVariants joins the entities whose names are variants of one another across
// sources: an acronym and its expansion ("AMD", "Advanced Micro Devices"), a part of
// a name and the whole ("Colts", "Indianapolis Colts"; "ATI", "ATI Technologies"), a
// given name and its short form ("Fred", "Frederick"), and spellings one letter
// apart ("Naypyidaw", "Naypyitaw"). Each join needs the variant to fit one referent
// of the story and no article to name both as different entities, so two people who
// share a surname stay apart.
func (a *aligner) linkVariants(sources []Source) {
	v := &variantIndex{a: a, types: make([]mention.Type, len(a.keys)), full: make([]string, len(a.keys)),
		core: make([]string, len(a.keys)), words: make([][]string, len(a.keys)), namedIn: map[int][]int{}}
	for s, src := range sources {
		for e, ent := range src.Mentions.Entities {
			v.types[a.offset[s]+e] = ent.Type
		}
	}
	// Every source naming one referent gives it one node: the keys of a name are
	// made once, and its nodes share them.
	first := v.firstNodes(a.keys)
	for s, src := range sources {
		for e, ent := range src.Mentions.Entities {
			n := a.offset[s] + e
			if m := first[n]; m < n {
				v.full[n], v.core[n], v.words[n] = v.full[m], v.core[m], v.words[m]
			} else {
				v.full[n] = fullKey(a.keys[n], beginsWithInitial(ent.Name))
				v.core[n] = coreKey(v.full[n], v.types[n])
				v.words[n] = strings.Fields(v.core[n])
			}
			if r := a.find(n); !slices.Contains(v.namedIn[r], s) {
				v.namedIn[r] = append(v.namedIn[r], s)
			}
		}
	}
	v.joinEqual(v.full)
	v.joinEqual(v.core)
	compact := make([]string, len(v.core))
	for n, k := range v.core {
		compact[n] = compactKey(k)
	}
	v.joinEqual(compact)
	v.joinAcronyms(sources)
	v.joinParts()
	v.joinSpellings()
}

// joinEqual joins the nodes that share a key.
func (v *variantIndex) joinEqual(keys []string) {
	first := map[string]int{}
	for n, k := range keys {
		if k == "" {
			continue
		}
		if m, ok := first[k]; ok {
			v.join(m, n)
		} else {
			first[k] = n
		}
	}
}

// joinAcronyms joins a name written in capitals ("AMD", "H-P") to the one longer
// name of the story whose initials it is.
func (v *variantIndex) joinAcronyms(sources []Source) {
	v.index = map[string][]int{}
	for n, ws := range v.words {
		if len(ws) < 2 {
			continue
		}
		for _, in := range initialisms(ws) {
			v.index[in] = append(v.index[in], n)
		}
	}
	for s, src := range sources {
		for e, ent := range src.Mentions.Entities {
			if acronym := capitalLetters(ent.Name); acronym != "" {
				v.joinUnique(v.a.offset[s]+e, v.index[acronym], anyTypes)
			}
		}
	}
}

// initialisms returns the initials of a name's words, skipping small words, and the
// same with words of two letters kept whole ("us geological survey" → "ugs", "usgs").
func initialisms(ws []string) []string {
	var short, whole strings.Builder
	for _, w := range ws {
		switch w {
		case "of", "the", "and", "for", "de":
			continue
		}
		short.WriteByte(w[0])
		if len(w) <= 2 {
			whole.WriteString(w)
		} else {
			whole.WriteByte(w[0])
		}
	}
	if short.String() == whole.String() {
		return []string{short.String()}
	}
	return []string{short.String(), whole.String()}
}

// capitalLetters returns the letters of a name written as an acronym, lower case
// ("H-P" → "hp", "AMD" → "amd"), or "" for any other name.
func capitalLetters(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '-' || r == '&':
		default:
			return ""
		}
	}
	if b.Len() < 2 || b.Len() > 6 {
		return ""
	}
	return b.String()
}

// joinParts joins a name that is the first or last words of one longer name of the
// story to it: "Colts" to "Indianapolis Colts", "Peskov" to "Dmitry Peskov", "ATI"
// to "ATI Technologies". A leading part keeps its type ("Kansas City" the place is
// not the team "Kansas City Chiefs"); a trailing part may be mistyped, but places
// take no trailing parts ("Sudan" is not "South Sudan").
//
// A longer name that one article alone writes, not a person's, whose first words and
// last words are both names of the story is two names run together ("AMD ATI",
// "Chargers NT Jamal Williams") and takes neither.
func (v *variantIndex) joinParts() {
	heads, tails := map[string][]int{}, map[string][]int{}
	for n := range v.core {
		for _, k := range v.fullAndCore(n) {
			ws := strings.Fields(k)
			for i := 1; i < len(ws); i++ {
				heads[strings.Join(ws[:i], " ")] = append(heads[strings.Join(ws[:i], " ")], n)
				tails[strings.Join(ws[i:], " ")] = append(tails[strings.Join(ws[i:], " ")], n)
			}
		}
	}
	const headKnown, tailKnown = 1, 2
	known := make([]uint8, len(v.core))
	for n, k := range v.core {
		for _, m := range tails[k] {
			if noPlace(v.types[n], v.types[m]) {
				known[m] |= tailKnown
			}
		}
		for _, m := range heads[k] {
			if sameType(v.types[n], v.types[m]) {
				known[m] |= headKnown
			}
		}
	}
	single := func(ms []int) []int {
		return slices.DeleteFunc(slices.Clone(ms), func(m int) bool {
			return known[m] == headKnown|tailKnown && v.types[m] != mention.Person && len(v.namedIn[v.a.find(m)]) == 1
		})
	}
	for n, k := range v.core {
		v.joinUnique(n, single(tails[k]), noPlace)
		v.joinUnique(n, single(heads[k]), sameType)
	}
}

// maxSpellingNeighbours bounds the different names one spelling slot may hold
// before it is ignored: a slot that many names share cannot point at one referent,
// and checking every pair in it would make a text full of similar names cost
// quadratic time. One name told by many sources counts once.
const maxSpellingNeighbours = 8

// manyNames reports whether nodes hold more than maxSpellingNeighbours different
// names; it stops counting there, so a crowded slot costs no more than a small one.
func (v *variantIndex) manyNames(nodes []int) bool {
	if len(nodes) <= maxSpellingNeighbours {
		return false // too few nodes to hold that many names: no set to build
	}
	seen := make(map[string]bool, maxSpellingNeighbours+1)
	for _, n := range nodes {
		seen[v.core[n]] = true
		if len(seen) > maxSpellingNeighbours {
			return true
		}
	}
	return false
}

// joinSpellings joins names that differ in one word, where the two forms are one
// letter apart ("naypyidaw", "naypyitaw"; "rait", "raite") or one given name is the
// start of the other ("fred", "frederick").
func (v *variantIndex) joinSpellings() {
	// Many nodes share a name (one per source naming it), so each name's slots are
	// made once, on its first node.
	first := v.firstNodes(v.core)
	slots := make([][]string, len(v.core))
	size := 0
	for n := range v.core {
		if first[n] == n {
			slots[n] = spellingSlots(v.words[n], v.types[n] == mention.Person)
			size += len(slots[n])
		}
	}
	v.index = make(map[string][]int, size)
	for n := range v.core {
		for _, slot := range slots[first[n]] {
			v.index[slot] = append(v.index[slot], n)
		}
	}
	crowded := map[string]bool{}
	for slot, nodes := range v.index {
		if v.manyNames(nodes) {
			crowded[slot] = true
		}
	}
	for n := range v.core {
		var near []int
		apart := false // whether a given name one letter apart is among the matches
		for _, slot := range slots[first[n]] {
			if crowded[slot] {
				continue
			}
			for _, m := range v.index[slot] {
				if ok, given := v.spellingOf(n, m); ok {
					near = append(near, m)
					apart = apart || given
				}
			}
		}
		if target := v.uniqueReferent(n, near, personNotPlace); target >= 0 && !(apart && v.namedApart(n, target)) {
			v.join(n, target)
		}
	}
}

// fullAndCore returns the full key of node n and, when it differs, its core key: a
// part of either is a part of the name ("lo presti" of "gaetano lo presti").
func (v *variantIndex) fullAndCore(n int) []string {
	if v.full[n] == v.core[n] {
		return []string{v.full[n]}
	}
	return []string{v.full[n], v.core[n]}
}

// firstNodes returns, for each node, the first node of the same key that is a
// person if it is one: what is made of a name is made once, on that node. A person's
// name is kept apart, for it takes the rules of a person's name.
func (v *variantIndex) firstNodes(keys []string) []int {
	seen := [2]map[string]int{{}, {}} // not a person, a person
	out := make([]int, len(keys))
	for n, k := range keys {
		kind := 0
		if v.types[n] == mention.Person {
			kind = 1
		}
		m, ok := seen[kind][k]
		if !ok {
			m = n
			seen[kind][k] = n
		}
		out[n] = m
	}
	return out
}

// spellingSlots returns the index keys of a name's words ws: for each word, the
// name with that word marked and written as it is, with each one letter of it left
// out and, for a person's given name, as its first three letters.
func spellingSlots(ws []string, person bool) []string {
	size := 1
	for _, w := range ws {
		size += len(w) + 1
	}
	slots := make([]string, 0, size)
	for i, w := range ws {
		// The name around word i: one concatenation then makes each key in one piece.
		before, after := strings.Join(ws[:i], " "), ""
		if i > 0 {
			before += " "
		}
		before += "\x00"
		if i+1 < len(ws) {
			after = " " + strings.Join(ws[i+1:], " ")
		}
		slots = append(slots, before+w+after)
		for k := range len(w) {
			slots = append(slots, before+w[:k]+w[k+1:]+after)
		}
		if i == 0 && len(ws) > 1 && person && len(w) >= 3 {
			slots = append(slots, before+"given:"+w[:3]+after)
		}
	}
	return slots
}

// spellingOf reports whether the names of nodes n and m differ in one word whose two
// forms are spellings of one name: one letter apart in a word long enough for that
// to be a transliteration (a given name longer still, as "Mark" and "Mary" are two),
// a plural ("colt", "colts") except in a person's name, or, for a person, a given
// name and its start, two letters or more short of it ("fred", "frederick"). given tells that the two are given
// names one letter apart, which may be two people's.
func (v *variantIndex) spellingOf(n, m int) (ok, given bool) {
	x, y := v.words[n], v.words[m]
	if len(x) != len(y) || n == m {
		return false, false
	}
	diff := -1
	for i := range x {
		if x[i] != y[i] {
			if diff >= 0 {
				return false, false
			}
			diff = i
		}
	}
	if diff < 0 {
		return false, false
	}
	u, w := x[diff], y[diff]
	person := v.types[n] == mention.Person && v.types[m] == mention.Person && len(x) > 1
	shortest := min(len(u), len(w))
	switch {
	case person && diff == 0:
		if shortest >= 3 && max(len(u), len(w)) > shortest+1 && (strings.HasPrefix(u, w) || strings.HasPrefix(w, u)) {
			return true, false
		}
		return shortest >= 6 && oneEdit(u, w), true
	case person:
		return shortest >= 4 && oneEdit(u, w), false
	}
	return shortest >= 5 && oneEdit(u, w) || shortest >= 3 && (u+"s" == w || w+"s" == u), false
}

// oneEdit reports whether a and b differ by exactly one letter added, dropped or
// changed.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// A typeFit says whether an entity of type short may be a variant of one of type long.
type typeFit func(short, long mention.Type) bool

func anyTypes(_, _ mention.Type) bool { return true }

func sameType(short, long mention.Type) bool { return short == long }

func noPlace(short, long mention.Type) bool {
	return short != mention.Place && long != mention.Place
}

func personNotPlace(short, long mention.Type) bool {
	return !(short == mention.Person && long == mention.Place || short == mention.Place && long == mention.Person)
}

// joinUnique joins node n to the referent of the candidates whose type fits, when
// they all belong to one referent.
func (v *variantIndex) joinUnique(n int, candidates []int, fits typeFit) {
	if target := v.uniqueReferent(n, candidates, fits); target >= 0 {
		v.join(n, target)
	}
}

// uniqueReferent returns the root of the one referent other than n's own that the
// candidates of n's type belong to or, when none is of its type, the candidates
// whose type fits; -1 when there is no such one referent. A surname joins the one
// person who bears it, though a company's name ends with it too.
func (v *variantIndex) uniqueReferent(n int, candidates []int, fits typeFit) int {
	same := func(short, long mention.Type) bool { return short == long && fits(short, long) }
	if r := v.uniqueOf(n, candidates, same); r != -2 {
		return r
	}
	return max(v.uniqueOf(n, candidates, fits), -1)
}

// uniqueOf returns the root of the one referent other than n's own that the
// candidates whose type fits belong to, -1 for several, -2 for none.
func (v *variantIndex) uniqueOf(n int, candidates []int, fits typeFit) int {
	root, target := v.a.find(n), -2
	for _, m := range candidates {
		r := v.a.find(m)
		if r == root || !fits(v.types[n], v.types[m]) {
			continue
		}
		if target >= 0 && r != target {
			return -1
		}
		target = r
	}
	return target
}

// join merges the referents of nodes x and y, and the lists of articles naming them.
func (v *variantIndex) join(x, y int) {
	x, y = v.a.find(x), v.a.find(y)
	if x == y {
		return
	}
	names := append(v.namedIn[x], v.namedIn[y]...)
	delete(v.namedIn, x)
	delete(v.namedIn, y)
	v.a.union(x, y)
	v.namedIn[v.a.find(x)] = names
}

// namedApart reports whether one article names the referents of nodes x and y as
// two entities: for people whose given names are one letter apart, it then tells
// them apart ("Daniel", "Daniela").
func (v *variantIndex) namedApart(x, y int) bool {
	for _, s := range v.namedIn[v.a.find(x)] {
		if slices.Contains(v.namedIn[v.a.find(y)], s) {
			return true
		}
	}
	return false
}
