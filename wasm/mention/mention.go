// Package mention finds what an article mentions: people, organisations and places
// (with the roles and titles it gives them, one entity per real-world referent),
// quantities (money, counts, percentages, durations, with their hedges) and time
// expressions. It is the second stage of the engine: text → document → mentions →
// claims → comparison → view.
package mention

import "parallax/wasm/document"

// Mentions holds everything found in one document.
type Mentions struct {
	Entities   []Entity   `json:"entities"`
	Quantities []Quantity `json:"quantities"`
	Times      []Time     `json:"times"`
}

// Find returns the mentions in d, skipping paragraphs marked as clutter.
func Find(d *document.Document) Mentions {
	quantities, times := findAmountsAndTimes(d)
	return Mentions{
		Entities:   FindEntities(d),
		Quantities: quantities,
		Times:      times,
	}
}

// findAmountsAndTimes scans every sentence once for both its time expressions and
// its quantities, which need the times to tell "in 2022" from an amount.
func findAmountsAndTimes(d *document.Document) ([]Quantity, []Time) {
	var qs []Quantity
	var times []Time
	var roles []uint8
	for i := range d.Sentences {
		s := newScanner(d, i, roles)
		first := len(times)
		times = s.times(times)
		qs = s.quantities(qs, times[first:])
		roles = s.role
	}
	return qs, times
}

// A Span is one place in the text where something is mentioned.
type Span = document.Span
