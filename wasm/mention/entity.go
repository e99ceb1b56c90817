package mention

import "parallax/wasm/document"

// Type is the kind of thing an entity is.
type Type string

// The entity types.
const (
	Person Type = "PERSON"
	Org    Type = "ORG"
	Place  Type = "PLACE"
)

// An Entity is one real-world referent within a document, with every mention of it:
// "Vladimir Putin", "Putin", "President Putin" and "the Russian president" are one.
type Entity struct {
	Type Type   `json:"type"`
	Name string `json:"name"` // the fullest name the article uses
	// Roles are the titles the article gives the entity ("German Defense Minister").
	Roles    []Role `json:"roles,omitempty"`
	Mentions []Span `json:"mentions"`
}

// A Role is a title or description the article ties to a named entity.
type Role struct {
	Title string `json:"title"` // as written, e.g. "former President"
	Span
}

// FindEntities returns the entities of d in order of first mention.
func FindEntities(d *document.Document) []Entity {
	return nil // TODO: replaced by the entity tagger
}
