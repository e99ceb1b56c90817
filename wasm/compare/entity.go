package compare

import (
	"strings"

	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// nameAliases maps the folded forms of names written in several ways to one key:
// initialisms, short forms and older transliterations of the same place or body.
var nameAliases = map[string]string{
	"us": "united states", "usa": "united states", "america": "united states",
	"united states of america": "united states",
	"uk":                       "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"un": "united nations", "eu": "european union", "kiev": "kyiv", "kharkov": "kharkiv",
	"odessa": "odesa", "nikolaev": "mykolaiv", "lvov": "lviv", "zaporozhye": "zaporizhzhia",
	"st petersburg": "saint petersburg", "st": "saint", "nato": "nato",
	"north atlantic treaty organization": "nato", "prc": "china", "ussr": "soviet union",
}

// nameKey is the key under which spellings of one name meet: folded words without
// honorifics, each reduced to its skeleton, after the alias table.
func nameKey(name string) string {
	ws := words(name)
	for len(ws) > 1 && isHonorific(ws[0]) {
		ws = ws[1:]
	}
	if a, ok := nameAliases[strings.Join(ws, " ")]; ok {
		ws = strings.Fields(a)
	}
	for i, w := range ws {
		if w == "st" && i+1 < len(ws) {
			ws[i] = "saint"
			continue
		}
		ws[i] = skeleton(w)
	}
	return strings.Join(ws, " ")
}

// isHonorific reports whether a word before a name is no part of it: a courtesy or
// academic title ("mr", "dr"), or "the".
func isHonorific(w string) bool {
	return w == "the" || lexicon.IsHonorific(w) || lexicon.IsAcademicTitle(w)
}

// surname returns the last word of a multi-word key, or "" for a one-word key.
func surname(key string) string {
	i := strings.LastIndexByte(key, ' ')
	if i < 0 {
		return ""
	}
	return key[i+1:]
}

// shortKey drops middle names and initials: "donald j trump" → "donald trump".
func shortKey(key string) string {
	first, _, ok := strings.Cut(key, " ")
	if !ok || strings.Count(key, " ") < 2 {
		return key
	}
	return first + " " + surname(key)
}

// aligner merges the entities of all sources into one list of referents.
type aligner struct {
	parent []int    // union-find over nodes: every entity of every source
	offset []int    // offset[s] is the node of source s's first entity
	keys   []string // node → name key
}

func (a *aligner) find(n int) int {
	for a.parent[n] != n {
		a.parent[n] = a.parent[a.parent[n]]
		n = a.parent[n]
	}
	return n
}

func (a *aligner) union(x, y int) {
	x, y = a.find(x), a.find(y)
	if x < y {
		a.parent[y] = x
	} else if y < x {
		a.parent[x] = y
	}
}

// alignEntities merges the entities of all sources that name one referent: the same
// name whatever its transliteration, honorific or legal form, and the variants
// linkVariants recognises. It returns the merged entities in order of first
// appearance and, for each source, the merged index and the name key of each of its
// entities. Every source's entity takes the type of its merged entity, so that one
// referent has one type in every article.
func alignEntities(sources []Source) ([]Entity, [][]int, [][]string) {
	a := &aligner{offset: make([]int, len(sources)+1)}
	for s, src := range sources {
		a.offset[s+1] = a.offset[s] + len(src.Mentions.Entities)
	}
	total := a.offset[len(sources)]
	a.parent = make([]int, total)
	a.keys = make([]string, total)
	known := map[string]string{} // name → key: the sources repeat one another's names
	for s, src := range sources {
		for e, ent := range src.Mentions.Entities {
			n := a.offset[s] + e
			a.parent[n] = n
			k, ok := known[ent.Name]
			if !ok {
				k = nameKey(ent.Name)
				known[ent.Name] = k
			}
			a.keys[n] = k
		}
	}
	a.linkVariants(sources)
	ents, local := a.collect(sources)
	keys := make([][]string, len(sources))
	for s, src := range sources {
		keys[s] = a.keys[a.offset[s]:a.offset[s+1]]
		for e := range src.Mentions.Entities {
			src.Mentions.Entities[e].Type = ents[local[s][e]].Type
		}
	}
	return ents, local, keys
}

// collect turns the union-find sets into Entities.
func (a *aligner) collect(sources []Source) ([]Entity, [][]int) {
	var out []Entity
	index := make([]int, len(a.parent)) // root → merged index, or -1 before it is seen
	for n := range index {
		index[n] = -1
	}
	local := make([][]int, len(sources))
	uses := map[spelling]int{} // sources using each spelling of each merged entity
	var types [][]typeCount    // merged index → the types sources give it, first seen first
	for s, src := range sources {
		local[s] = make([]int, len(src.Mentions.Entities))
		for e, ent := range src.Mentions.Entities {
			root := a.find(a.offset[s] + e)
			i := index[root]
			if i < 0 {
				i = len(out)
				index[root] = i
				members := make([]int, len(sources))
				for k := range members {
					members[k] = -1
				}
				out = append(out, Entity{Type: ent.Type, Name: ent.Name, Members: members})
				types = append(types, nil)
			}
			types[i] = countType(types[i], ent.Type)
			local[s][e] = i
			m := &out[i]
			if m.Members[s] < 0 {
				m.Members[s] = e
				m.Documents = append(m.Documents, src.Doc.Name)
			}
			sp := spelling{i, ent.Name}
			if uses[sp] == 0 {
				m.Names = append(m.Names, ent.Name)
			}
			uses[sp]++
		}
	}
	for i := range out {
		out[i].Type = mostGiven(types[i], out[i].Type)
		out[i].Name = bestName(out[i].Names, func(name string) int { return uses[spelling{i, name}] })
		if len(out[i].Names) == 1 {
			out[i].Names = nil
		}
	}
	return out, local
}

// A spelling is one way the sources write the name of a merged entity.
type spelling struct {
	entity int
	name   string
}

// A typeCount is how many mentions give a merged entity one type.
type typeCount struct {
	t mention.Type
	n int
}

// countType counts one more mention of type t in counts.
func countType(counts []typeCount, t mention.Type) []typeCount {
	for k := range counts {
		if counts[k].t == t {
			counts[k].n++
			return counts
		}
	}
	return append(counts, typeCount{t, 1})
}

// mostGiven returns the type most mentions give: first, the first seen, then the
// first by name, on a tie.
func mostGiven(counts []typeCount, first mention.Type) mention.Type {
	best, most := first, 0
	for _, c := range counts {
		if c.t == first {
			most = c.n
		}
	}
	for _, c := range counts {
		if c.n > most || c.n == most && best != first && c.t < best {
			best, most = c.t, c.n
		}
	}
	return best
}

// bestName picks the name to show for a merged entity: among the spellings with the
// most words, the one most sources use, the earliest on a tie.
func bestName(names []string, uses func(name string) int) string {
	best, bestWords := "", -1
	for _, n := range names {
		w := len(words(n))
		if w > bestWords || w == bestWords && uses(n) > uses(best) {
			best, bestWords = n, w
		}
	}
	return best
}
