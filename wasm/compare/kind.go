package compare

// Kind is the kind of a finding.
type Kind string

// The kinds of finding.
const (
	Conflict            Kind = "conflict"
	Agreement           Kind = "agreement"
	QuoteVariant        Kind = "quote_variant"
	AttributionConflict Kind = "attribution_conflict"
	// ChangedOverTime marks a number that differs between sources written at
	// different times, such as a rising death toll: a change, not a contradiction.
	ChangedOverTime Kind = "changed_over_time"
	// PossibleConflict is a difference the engine cannot tell from a conflict with
	// confidence: the values may answer different questions ("differs — check").
	PossibleConflict Kind = "possible_conflict"
	OnlyIn           Kind = "only_in"
)

// A KindInfo says how findings of one kind are named and shown to readers.
type KindInfo struct {
	Kind Kind
	// Label names one finding of the kind on its card, and Symbol tells the kinds
	// apart without relying on the card's colour.
	Label, Symbol string
	// Heading titles a report's section of findings of the kind.
	Heading string
	// One and Many name findings of the kind in a count: "1 conflict", "3 conflicts".
	One, Many string
	// Differs marks the kinds where the sources part ways, which lead the findings.
	Differs bool
}

// kinds describes every kind of finding in the order readers see them, the most
// serious first: words given to two different people matter more than a quote
// worded a little differently; what only some sources carry comes last.
var kinds = []KindInfo{
	{Conflict, "Conflict", "≠", "Conflicts", "conflict", "conflicts", true},
	{AttributionConflict, "Same words, different speaker", "⇄", "Same words, different speakers",
		"quote given to different speakers", "quotes given to different speakers", true},
	{QuoteVariant, "Quote worded differently", "≈", "Quotes worded differently",
		"quote worded differently", "quotes worded differently", true},
	{PossibleConflict, "Differs — check", "?", "Differences to check",
		"difference to check", "differences to check", true},
	{ChangedOverTime, "Changed over time", "↗", "Changed over time",
		"number that changed over time", "numbers that changed over time", true},
	{Agreement, "Agreement", "=", "Agreements", "agreement", "agreements", false},
	{OnlyIn, "Only in some sources", "◐", "Only in some sources",
		"item only some sources carry", "items only some sources carry", false},
}

// Kinds describes every kind of finding, the most serious first.
func Kinds() []KindInfo { return append([]KindInfo(nil), kinds...) }

// Rank returns the place of k among Kinds: findings of a lower rank come first, and
// a kind not described there comes last.
func (k Kind) Rank() int {
	for i, d := range kinds {
		if d.Kind == k {
			return i
		}
	}
	return len(kinds)
}

// Info describes kind k. A kind not described among Kinds is labelled with its own
// name.
func (k Kind) Info() KindInfo {
	if i := k.Rank(); i < len(kinds) {
		return kinds[i]
	}
	return KindInfo{Kind: k, Label: string(k), Heading: string(k), One: string(k), Many: string(k)}
}
