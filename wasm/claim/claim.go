// Package claim finds what an article asserts, and on whose word: direct quotes with
// their speaker and cue verb, attributed statements (indirect speech), events (who
// met whom, where, when, for how long; incidents such as a fire or an attack, where,
// when and for how long), role statements (who holds which office) and
// numeric statements (a quantity, what it measures, and who says so). It is the third
// stage of the engine: text → document → mentions → claims → comparison → view.
package claim

import (
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// Span is a byte range in the document's text.
type Span = document.Span

// Claims holds everything one document asserts.
type Claims struct {
	Quotes     []Quote     `json:"quotes"`
	Statements []Statement `json:"statements"`
	Events     []Event     `json:"events"`
	Roles      []RoleClaim `json:"roles"`
	Figures    []Figure    `json:"figures"`
}

// Find returns the claims of d, given the mentions found in it: its quotations (see
// FindQuotes), the indirect speech of its speech verbs, the meetings and incidents
// it reports, the roles it gives people, and its quantities with what they measure
// and who gives them. Without entities it still works from the text alone, naming
// speakers as written.
func Find(d *document.Document, m mention.Mentions) Claims {
	a := analyze(d, m)
	return Claims{
		Quotes:     a.quotes,
		Statements: a.statements(),
		Events:     a.events,
		Roles:      a.roles(),
		Figures:    a.figures(),
	}
}

// A Speaker is who a quote or statement is attributed to.
type Speaker struct {
	// Name is the entity's name, or the role or group the article names ("the Kremlin",
	// "officials") when that is all it says.
	Name string `json:"name"`
	// Entity is the index of the speaker in Mentions.Entities, or -1 for a role or group.
	Entity int  `json:"entity"`
	Span   Span `json:"span"` // where the speaker is named for this quote
}

// A Quote is a passage in quotation marks.
type Quote struct {
	Span        // the quoted words, without the marks
	Text string `json:"text"`
	// Partial marks a fragment quoted inside the writer's own sentence, or a scare quote.
	Partial bool     `json:"partial,omitempty"`
	Speaker *Speaker `json:"speaker"` // nil when the article does not say
	Cue     string   `json:"cue,omitempty"`
}

// A Statement is indirect speech: "X said that …".
type Statement struct {
	Span
	Text    string   `json:"text"`
	Speaker *Speaker `json:"speaker"`
	Cue     string   `json:"cue"`
}

// An Event is something that happened between named participants, or an incident
// (a fire, an attack, a flood) told by where, when and for how long it happened.
type Event struct {
	Span
	// Kind is "meeting", "talks", "visit", "summit", "call" or "presentation" (of a
	// signing, a leader, a product: one participant is enough), or for an incident
	// "fire", "explosion", "attack", "strike", "crash", "flood", "earthquake", …
	Kind         string   `json:"kind"`
	Participants []string `json:"participants"`
	Place        string   `json:"place,omitempty"`
	Day          string   `json:"day,omitempty"`      // a normalised mention.Time value
	Duration     string   `json:"duration,omitempty"` // as written
	// Parties are the participants where this event names them, each with its
	// entity: one for each name in Participants, in the same order.
	Parties []Speaker `json:"-"`
	// PlaceSpan, DaySpan and DurationSpan are where Place, Day and Duration are
	// written; PlaceEntity is the index in Mentions.Entities of the place, or -1.
	PlaceSpan    Span `json:"-"`
	PlaceEntity  int  `json:"-"`
	DaySpan      Span `json:"-"`
	DurationSpan Span `json:"-"`
	// OneOfSeveral marks an incident whose sentence tells of another of its kind
	// ("a quake struck on Wednesday, days after a powerful quake", "the latest
	// tremor"): sources may tell of different ones.
	OneOfSeveral bool `json:"one_of_several,omitempty"`
}

// A RoleClaim states that someone holds a role: "UK Foreign Secretary David Lammy".
type RoleClaim struct {
	Span
	Holder string `json:"holder"`
	Role   string `json:"role"`
	// Entity is the holder's index in Mentions.Entities, or -1 when the name is
	// none of them; Title is where Role is written.
	Entity int  `json:"-"`
	Title  Span `json:"-"`
}

// A Figure is a quantity with what it measures and who gives it.
type Figure struct {
	Span
	Quantity int      `json:"quantity"` // index into Mentions.Quantities
	Measure  string   `json:"measure"`  // "aid pledged", "deaths", "storeys"
	Source   *Speaker `json:"source,omitempty"`
}
