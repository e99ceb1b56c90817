package mention

import "parallax/wasm/document"

// QuantityKind says what sort of amount a quantity is.
type QuantityKind string

// The quantity kinds.
const (
	Money    QuantityKind = "money"
	Count    QuantityKind = "count"
	Percent  QuantityKind = "percent"
	Duration QuantityKind = "duration"
	Measure  QuantityKind = "measure" // any other unit: kilometres, tonnes, storeys
)

// A Quantity is an amount stated in the text.
type Quantity struct {
	Kind  QuantityKind `json:"kind"`
	Value float64      `json:"value"`
	// Unit is an ISO 4217 code for money, "%" for percentages, a unit of time for
	// durations, and the counted noun for counts ("deaths").
	Unit string `json:"unit"`
	// Hedge qualifies the value as written: "more than", "at least", "roughly", "up to".
	Hedge string `json:"hedge,omitempty"`
	// Of says what the quantity measures, in the article's words ("military aid").
	Of string `json:"of,omitempty"`
	// Converted is a conversion the article itself states: "€21 billion ($23.8 billion)".
	Converted *Quantity `json:"converted,omitempty"`
	Span
}

// FindQuantities returns the quantities in d in text order.
func FindQuantities(d *document.Document) []Quantity {
	return nil // TODO
}
