// Package compare lines several articles about one story up against each other: it
// aligns their entities (whatever the spelling) and their claims by slot, and reports
// findings: where they agree, where they conflict, how a quote's wording or speaker
// changes, and what only some of them carry. It is the fourth stage of the engine:
// text → document → mentions → claims → comparison → view.
package compare

import (
	"parallax/wasm/claim"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// A Source is one analysed article.
type Source struct {
	Doc      *document.Document
	Mentions mention.Mentions
	Claims   claim.Claims
}

// Kind is the kind of a finding.
type Kind string

// The kinds of finding.
const (
	Conflict            Kind = "conflict"
	Agreement           Kind = "agreement"
	QuoteVariant        Kind = "quote_variant"
	AttributionConflict Kind = "attribution_conflict"
	OnlyIn              Kind = "only_in"
)

// An Entity is one real-world referent across all sources.
type Entity struct {
	Type      mention.Type `json:"type"`
	Name      string       `json:"name"`
	Documents []string     `json:"documents"`
	// Members maps each source's index to its entity index in that source's Mentions
	// (-1 where the source does not mention it).
	Members []int `json:"-"`
}

// A Value is what one source says in a finding's slot.
type Value struct {
	Document string `json:"document"`
	Text     string `json:"text"`
	document.Span
}

// A Finding is one observation across sources, with the evidence for it.
type Finding struct {
	Kind        Kind    `json:"kind"`
	Topic       string  `json:"topic"`
	Values      []Value `json:"values"`
	Explanation string  `json:"explanation"`
}

// A Comparison is the result of comparing sources.
type Comparison struct {
	Entities []Entity  `json:"entities"`
	Findings []Finding `json:"findings"`
}

// Compare aligns the sources and reports the findings, most important first.
func Compare(sources []Source) Comparison {
	return Comparison{Entities: alignEntities(sources)}
}

// alignEntities merges the entities of all sources by name.
func alignEntities(sources []Source) []Entity {
	var out []Entity
	index := map[string]int{}
	for si, s := range sources {
		for ei, e := range s.Mentions.Entities {
			key := string(e.Type) + "\x00" + e.Name
			i, ok := index[key]
			if !ok {
				i = len(out)
				index[key] = i
				members := make([]int, len(sources))
				for k := range members {
					members[k] = -1
				}
				out = append(out, Entity{Type: e.Type, Name: e.Name, Members: members})
			}
			if out[i].Members[si] < 0 {
				out[i].Members[si] = ei
				out[i].Documents = append(out[i].Documents, s.Doc.Name)
			}
		}
	}
	return out
}
