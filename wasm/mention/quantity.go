package mention

import (
	"sort"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
)

// QuantityKind says what sort of amount a quantity is.
type QuantityKind string

// The quantity kinds.
const (
	Money    QuantityKind = "money"
	Count    QuantityKind = "count"
	Percent  QuantityKind = "percent"
	Duration QuantityKind = "duration"
	Measure  QuantityKind = "measure" // any other unit: kilometres, tonnes, percentage points
)

// A Quantity is an amount stated in the text.
type Quantity struct {
	Kind  QuantityKind `json:"kind"`
	Value float64      `json:"value"`
	// Upper closes a range ("$3 billion to $5 billion", "four to five") and the order
	// of magnitude of a round plural ("hundreds of thousands": 1e5 to 1e6).
	Upper float64 `json:"upper,omitempty"`
	// Unit is an ISO 4217 code for money, "%" for percentages, the singular name of a
	// unit of time for durations ("hour") or of measurement ("kilometre"), and the
	// counted noun in the singular for counts ("death"; "" when the text names none).
	Unit string `json:"unit"`
	// Per is the unit of a rate: "month" in "$3,500 a month", "share" in "$6 per share".
	Per string `json:"per,omitempty"`
	// Hedge qualifies the value as written: "more than", "at least", "roughly", "up to".
	Hedge string `json:"hedge,omitempty"`
	// Of says what the quantity measures, in the article's words ("military aid").
	Of string `json:"of,omitempty"`
	// Converted is a conversion the article itself states: "€21 billion ($23.8 billion)".
	Converted *Quantity `json:"converted,omitempty"`
	Span
}

// FindQuantities returns the quantities in d in text order. Years, dates and clock
// times are not quantities; FindTimes reports them.
func FindQuantities(d *document.Document) []Quantity {
	qs, _ := findAmountsAndTimes(d)
	return qs
}

// quantities appends the quantities of the scanner's sentence to dst, skipping the
// tokens that times covers.
func (s *scanner) quantities(dst []Quantity, times []Time) []Quantity {
	t, first := 0, len(dst)
	for i := 0; i < len(s.toks); {
		if len(dst) > 0 && s.toks[i].Start < dst[len(dst)-1].End {
			i++ // read already, as the end of an amount cut off by a sentence break
			continue
		}
		for t < len(times) && times[t].End <= s.toks[i].Start {
			t++
		}
		if t < len(times) && times[t].Start <= s.toks[i].Start {
			i++
			continue
		}
		if s.kind(i) != document.Number && s.roles(i)&startsAmount == 0 {
			i++
			continue
		}
		q, next, ok := s.quantityAt(i, true)
		if !ok || t < len(times) && q.End > times[t].Start {
			i++
			continue
		}
		if q.Kind == Count && q.Unit == "" && len(dst) > first {
			inheritUnit(&q, dst[first:], s.word(i-1))
		}
		dst = append(dst, q)
		i = next
	}
	return dst
}

// inheritUnit gives a bare number the unit of the last quantity before it in the
// sentence when a word ties it to that one: "rose 64.06 points to 4,577.10", "6
// million homes, including 1.5 million", "435 homes by sale and 187 by tender".
// Percentages pass nothing on: "rose 2% to 1,333" is a level.
func inheritUnit(q *Quantity, before []Quantity, prev string) {
	switch strings.ToLower(prev) {
	case "to", "at", "from", "including", "and", "than", "with", "versus", "vs":
	default:
		return
	}
	last := before[len(before)-1]
	if last.Kind == Percent {
		// Market reports give an index's moves in points and per cent and its level
		// bare: "down 1% at 1,463.78 points, while another lost 1.1% to 1,334.20".
		for k := len(before) - 1; k >= 0 && before[k].Kind == Percent; k-- {
			if k > 0 && before[k-1].Unit == "point" {
				last = before[k-1]
			}
		}
	}
	if last.Kind == Percent || last.Unit == "" || last.Kind == Duration {
		return
	}
	if last.Kind == Money && last.Value < 1 && q.Value >= 1 {
		return // "19 cents" then "58.24" dollars: the scales differ
	}
	q.Kind, q.Unit = last.Kind, last.Unit
}

// quantityAt reads a quantity starting at token i: an optional hedge and currency,
// an amount, its unit, what it is of and any conversion in brackets after it.
func (s *scanner) quantityAt(i int, convert bool) (Quantity, int, bool) {
	hedge, j := s.hedge(i)
	currency, k := s.currencyBefore(j)
	a, ok := s.number(k, currency != "")
	if !ok && s.kind(k) == document.Word {
		var code string
		code, a, ok = s.gluedAmount(k, currency)
		if code != "" {
			currency = code
		}
	}
	if !ok || !s.plausible(a, currency, hedge) {
		return Quantity{}, 0, false
	}
	from, by := s.is(i-1, "from"), s.is(i-1, "by")
	s.rangeEnd(&a, currency, hedge, from, by)
	q := Quantity{Value: a.value * s.sign(a), Upper: a.upper, Hedge: hedge}
	end, adjectival, ok := s.unit(&q, a, currency)
	if !ok {
		return Quantity{}, 0, false
	}
	if q.Upper == 0 && !a.vague && !isChange(s.word(i-1)) {
		end = s.rangeTail(&q, end, hedge, from)
	}
	if hedge == "between" && q.Upper == 0 {
		q.Hedge = ""
	}
	end = s.complete(&q, a, i, end, convert)
	if q.Of == "" {
		q.Of = s.of(end, adjectival, q.Kind)
	}
	if !sane(q.Value) || !sane(q.Upper) {
		return Quantity{}, 0, false // "a billion billion billion" is a figure of speech
	}
	return q, end, true
}

// complete reads what may follow a quantity that runs from token i to end: the unit
// of a rate ("a month") and a conversion in brackets. It sets q's span and returns
// the token after all of it.
func (s *scanner) complete(q *Quantity, a amount, i, end int, convert bool) int {
	if q.Kind != Count || q.Unit == "" {
		if per, after := s.rate(end); per != "" {
			q.Per, end = per, after
		}
	}
	q.Span = s.span(i, end)
	if a.endByte > q.End && end == a.end {
		q.End = a.endByte
	}
	if !convert || q.Kind != Money && q.Kind != Measure && q.Unit != "" {
		return end
	}
	c, after, ok := s.conversion(end)
	if !ok {
		return end
	}
	q.Converted = &c
	if per, next := s.rate(after); per != "" && q.Per == "" {
		q.Per, after = per, next // "C$6 (US$4.46) per share"
	}
	return after
}

// sane reports whether v is a finite amount of a size news reports.
func sane(v float64) bool { return v >= -1e18 && v <= 1e18 }

// sign returns -1 for a negative amount ("-1.3%", "minus-5 yards"), else 1.
func (s *scanner) sign(a amount) float64 {
	i := a.start
	if a.negative || s.touches(i-1) && (s.word(i-1) == "-" || s.word(i-1) == "−") {
		return -1
	}
	return 1
}

// rangeTail extends q to a range whose ends both carry the unit: "5% to 10%", "from
// 252 miles to 287 miles", "between 15kHz and 17kHz". After "from" the range may
// fall: "from 4.8 percent to 4.7 percent". After a verb of change, "X to Y" is a
// change and a level instead ("up 10 cents to $2.24"), which the caller checks. It
// returns the token after the quantity.
func (s *scanner) rangeTail(q *Quantity, end int, hedge string, from bool) int {
	if !s.is(end, "to") && !(hedge == "between" && s.is(end, "and")) {
		return end
	}
	next, after, ok := s.quantityAt(end+1, false)
	if !ok || next.Kind != q.Kind || next.Unit != q.Unit || next.Hedge != "" || next.Upper != 0 ||
		next.Value == q.Value || next.Value < q.Value && !from {
		return end
	}
	q.Upper = next.Value
	return after
}

// isChange reports whether w reports a change, after which "X to Y" is a change and
// the level it led to rather than a range.
func isChange(w string) bool {
	switch strings.ToLower(w) {
	case "by", "up", "down", "rose", "fell", "gained", "lost", "added", "climbed", "dropped",
		"jumped", "slipped", "eased", "rising", "falling", "increased", "decreased", "plunged",
		"surged", "soared", "slid", "grew", "shed", "advanced", "declined", "tumbled":
		return true
	}
	return false
}

// rate reads the unit of a rate after a quantity: "a month", "per share", "an hour".
func (s *scanner) rate(j int) (string, int) {
	if head, rest, ok := strings.Cut(s.word(j), "-"); ok && (strings.EqualFold(head, "a") || strings.EqualFold(head, "per")) {
		if u, ok := lexicon.LookupFold(timeUnits, rest); ok {
			return u, j + 1 // "£24 a-year"
		}
	}
	w := s.word(j + 1)
	switch s.word(j + 2) {
	case "earlier", "ago", "later", "before", "after":
		return "", j // "a year earlier" dates the amount
	}
	if kind, _ := lexicon.LookupFold(measureUnits, w); (s.is(j, "per") || s.is(j, "a")) && (kind == "square" || kind == "cubic") {
		if u, ok := lexicon.LookupFold(measureUnits, s.word(j+2)); ok {
			return kind + " " + u, j + 3 // "per square foot", "per sq m"
		}
	}
	switch {
	case s.is(j, "per") && s.isLowerWord(j+1) && !has(functionWords, w):
		if u, ok := lexicon.LookupFold(timeUnits, w); ok {
			return u, j + 2
		}
		if u, ok := lexicon.LookupFold(measureUnits, w); ok {
			return u, j + 2
		}
		return singular(w), j + 2
	case s.is(j, "a") || s.is(j, "an"):
		if u, ok := lexicon.LookupFold(timeUnits, w); ok {
			return u, j + 2
		}
		if has(rateNouns, w) {
			return singular(w), j + 2
		}
	}
	return "", j
}

// hedge reads a hedge at token i and returns it with the token after it; it returns
// "" and i when there is none, or when no number follows it.
func (s *scanner) hedge(i int) (string, int) {
	if w := s.word(i); (w == "~" || w == "≈") && s.kind(i+1) == document.Number {
		return "about", i + 1
	}
	if s.kind(i) != document.Word {
		return "", i
	}
	candidates, _ := lexicon.LookupFold(hedgesByFirst, s.word(i))
	for _, h := range candidates {
		j := i
		for _, w := range h.words {
			if !s.is(j, w) {
				break
			}
			j++
		}
		if j-i != len(h.words) {
			continue
		}
		k := s.skipCurrency(j)
		if s.kind(k) == document.Number || s.kind(k) == document.Word && (s.startsNumber(k) || k > j && hasDigit(s.word(k))) {
			return h.name, j // "more than 300", "about four", "between $US160 million"
		}
	}
	return "", i
}

// A hedgePhrase is one of the hedges, as words and as written.
type hedgePhrase struct {
	words []string
	name  string
}

// hedgesByFirst indexes the hedges by their first word, longest first.
var hedgesByFirst = func() map[string][]hedgePhrase {
	m := make(map[string][]hedgePhrase)
	for _, h := range hedges {
		m[h[0]] = append(m[h[0]], hedgePhrase{h, strings.Join(h, " ")})
	}
	for _, hs := range m {
		sort.Slice(hs, func(a, b int) bool { return len(hs[a].words) > len(hs[b].words) })
	}
	return m
}()

// hasDigit reports whether w holds an ASCII digit.
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// startsNumber reports whether a number in words starts at token k.
func (s *scanner) startsNumber(k int) bool {
	if _, ok := wordValue(s.word(k)); ok {
		return true
	}
	if has(vagueAmounts, s.word(k)) {
		return true
	}
	head, _, _ := strings.Cut(s.word(k), "-")
	if _, ok := wordValue(head); ok {
		return true
	}
	return (s.is(k, "a") || s.is(k, "an")) && isScale(s.word(k+1))
}

// skipCurrency returns the token after a currency sign at i, or i.
func (s *scanner) skipCurrency(i int) int {
	_, j := s.currencyBefore(i)
	return j
}

// currencyBefore reads a currency written before the amount: "$", "US$", "US $",
// "£", "EUR", "Rs". It returns the ISO code and the token after it.
func (s *scanner) currencyBefore(i int) (string, int) {
	w := s.word(i)
	if code, ok := currencySymbols[w]; ok {
		return code, i + 1
	}
	if s.word(i+1) == "$" {
		if code, ok := lexicon.LookupFold(dollarPrefixes, w); ok && s.isCapitalised(i) {
			return code, i + 2
		}
	}
	if code, ok := lexicon.LookupFold(currencyCodes, w); ok && len(w) == 3 && s.kind(i+1) == document.Number && strings.ToUpper(w) == w {
		return code, i + 1
	}
	return "", i
}

// plausible rejects numbers that are not amounts: parts of names ("Section 427"),
// numbers glued to the word before, signed numbers, and ordinal-like codes.
func (s *scanner) plausible(a amount, currency, hedge string) bool {
	i := a.start
	if currency != "" || hedge != "" {
		return true
	}
	if a.words {
		prev := strings.ToLower(s.word(i - 1))
		return prev != "no" && prev != "any" && prev != "every" && prev != "each" && prev != "same"
	}
	if s.touches(i - 1) {
		switch s.word(i - 1) {
		case "(", "[", "\"", "“", "'", "‘", "+":
		case "-", "−", ".":
			return !s.touches(i - 2) // a sign or a bare point ("-1.3%", ".5"), not "sub-300"
		default:
			return false // "#4", "v2", "3/4"
		}
	}
	return true
}

// rangeEnd extends a to a range whose unit is written once: "4-5 people", "$3 to $5
// billion", "between 10 and 20", "5-10W". A multiplier written once applies to both
// ends ("$89 to $93 billion") unless the first end is already larger ("$800,000 to
// $1.3 million"). After "from" the range may fall ("from 4.8 to 4.7 percent").
//
// After "by" a second amount with its own currency is a level, not the end of a
// range: "up by $43.6 billion to $419.2 billion".
func (s *scanner) rangeEnd(a *amount, currency, hedge string, from, by bool) {
	if a.suffix != "" || a.vague {
		return
	}
	j := a.end
	switch w := s.word(j); {
	case (w == "-" || w == "–") && s.touches(j-1) == s.touches(j):
	case w == "–" || w == "to" || w == "or" || w == "and" && hedge == "between":
	default:
		return
	}
	k := j + 1
	if c, after := s.currencyBefore(k); c != "" {
		if c != currency || by {
			return
		}
		k = after
	}
	b, ok := s.number(k, currency != "")
	if !ok && s.kind(k) == document.Word {
		_, b, ok = s.gluedAmount(k, currency)
	}
	if !ok || b.vague {
		return
	}
	value := a.value
	if a.scale == 1 && b.scale > 1 && value < b.value/b.scale {
		value *= b.scale
	}
	if b.value == value || b.value < value && !from {
		return
	}
	a.value, a.upper = value, b.value
	a.end, a.suffix, a.suffixAfter = b.end, b.suffix, b.suffixAfter
}
