package compare

import "parallax/wasm/mention"

// A resolver finds the merged entity a quote's speaker refers to when the claim
// stage named the speaker without an entity (the tagger missed the name there). It
// looks in the claim's own source first, then across all sources.
type resolver struct {
	local  []map[string]int // per source: name key, short key or unique surname → merged
	global map[string]int   // the same across sources; -1 marks an ambiguous surname
	// keys holds the key of each name resolved so far: one speaker or holder is
	// named again and again.
	keys map[string]string
}

func newResolver(sources []Source, keys [][]string, local [][]int) *resolver {
	r := &resolver{local: make([]map[string]int, len(sources)), global: map[string]int{}, keys: map[string]string{}}
	for s, src := range sources {
		m := map[string]int{}
		for e, ent := range src.Mentions.Entities {
			merged := local[s][e]
			key := keys[s][e]
			for _, k := range []string{key, shortKey(key)} {
				m[k] = merged
				r.global[k] = merged
			}
			if last := surname(key); last != "" && ent.Type == mention.Person {
				addUnique(m, last, merged)
				addUnique(r.global, last, merged)
			}
		}
		r.local[s] = m
	}
	return r
}

// addUnique maps k to v unless k already maps to another value; then it maps to -1.
func addUnique(m map[string]int, k string, v int) {
	if old, ok := m[k]; ok && old != v {
		m[k] = -1
		return
	}
	m[k] = v
}

// resolve returns the merged entity that name, written in source s, refers to, or -1.
func (r *resolver) resolve(s int, name string) int {
	key, ok := r.keys[name]
	if !ok {
		key = nameKey(name)
		r.keys[name] = key
	}
	if key == "" {
		return -1
	}
	for _, m := range []map[string]int{r.local[s], r.global} {
		if i, ok := m[key]; ok && i >= 0 {
			return i
		}
		if i, ok := m[shortKey(key)]; ok && i >= 0 {
			return i
		}
	}
	return -1
}
