package mention

import "parallax/wasm/document"

// TimeKind says what sort of time expression a Time is.
type TimeKind string

// The time kinds.
const (
	Weekday  TimeKind = "weekday"  // "on Friday"
	Relative TimeKind = "relative" // "this week", "over the weekend", "yesterday"
	Date     TimeKind = "date"     // "12 March 2025", "March 12"
	Clock    TimeKind = "time"     // "10:30 a.m."
	Year     TimeKind = "year"     // "2022"
)

// A Time is a time expression.
type Time struct {
	Kind TimeKind `json:"kind"`
	// Value is a normalised form for comparing across articles: "Friday", "this week",
	// "2025-03-12", "2022".
	Value string `json:"value"`
	Span
}

// FindTimes returns the time expressions in d in text order.
func FindTimes(d *document.Document) []Time {
	return nil // TODO
}
