package mention

import (
	"sort"
	"strings"
	"unicode"

	"parallax/wasm/document"
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
	var qs []Quantity
	var times []Time
	var roles []uint8
	for i := range d.Sentences {
		s := newScanner(d, i, roles)
		times = s.times(times[:0])
		qs = s.quantities(qs, times)
		roles = s.role
	}
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
	if q.Kind != Count || q.Unit == "" {
		if per, after := s.rate(end); per != "" {
			q.Per, end = per, after
		}
	}
	q.Span = s.span(i, end)
	if a.endByte > q.End && end == a.end {
		q.End = a.endByte
	}
	if convert && (q.Kind == Money || q.Kind == Measure || q.Unit == "") {
		if c, after, ok := s.conversion(end); ok {
			q.Converted = &c
			end = after
			if per, after := s.rate(end); per != "" && q.Per == "" {
				q.Per, end = per, after // "C$6 (US$4.46) per share"
			}
		}
	}
	if q.Of == "" {
		q.Of = s.of(end, adjectival, q.Kind)
	}
	if !sane(q.Value) || !sane(q.Upper) {
		return Quantity{}, 0, false // "a billion billion billion" is a figure of speech
	}
	return q, end, true
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
		if u, ok := lookup(timeUnits, rest); ok {
			return u, j + 1 // "£24 a-year"
		}
	}
	w := s.word(j + 1)
	switch s.word(j + 2) {
	case "earlier", "ago", "later", "before", "after":
		return "", j // "a year earlier" dates the amount
	}
	if kind, _ := lookup(measureUnits, w); (s.is(j, "per") || s.is(j, "a")) && (kind == "square" || kind == "cubic") {
		if u, ok := lookup(measureUnits, s.word(j+2)); ok {
			return kind + " " + u, j + 3 // "per square foot", "per sq m"
		}
	}
	switch {
	case s.is(j, "per") && s.isLowerWord(j+1) && !has(functionWords, w):
		if u, ok := lookup(timeUnits, w); ok {
			return u, j + 2
		}
		if u, ok := lookup(measureUnits, w); ok {
			return u, j + 2
		}
		return singular(w), j + 2
	case s.is(j, "a") || s.is(j, "an"):
		if u, ok := lookup(timeUnits, w); ok {
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
	candidates, _ := lookup(hedgesByFirst, s.word(i))
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
		if s.kind(k) == document.Number || s.kind(k) == document.Word && (startsNumber(s, k) || k > j && hasDigit(s.word(k))) {
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
func startsNumber(s *scanner, k int) bool {
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
		if code, ok := lookup(dollarPrefixes, w); ok && s.isCapitalised(i) {
			return code, i + 2
		}
	}
	if code, ok := lookup(currencyCodes, w); ok && len(w) == 3 && s.kind(i+1) == document.Number && strings.ToUpper(w) == w {
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

// unit reads the unit of amount a, sets q's kind and unit, and returns the token after
// the quantity. adjectival says the quantity modifies the noun after it ("a 30-day
// cease-fire", "a 50% increase"). ok is false when the number is not a quantity.
func (s *scanner) unit(q *Quantity, a amount, currency string) (end int, adjectival, ok bool) {
	if a.suffix != "" {
		return s.suffixUnit(q, a, currency)
	}
	j := a.end
	if currency != "" {
		q.Kind, q.Unit = Money, currency
		if code, after := s.currencyAfter(j); code != "" && code == currency {
			j = after // "$5 USD"
		}
		return j, s.isLowerWord(j) && !has(functionWords, s.word(j)), true
	}
	switch w := s.word(j); {
	case w == "%" || s.is(j, "percent") || s.is(j, "pct") || s.is(j, "per-cent") || s.is(j, "pc") ||
		strings.HasPrefix(strings.ToLower(w), "percent-"):
		q.Kind, q.Unit = Percent, "%"
		return j + 1, s.isLowerWord(j+1) && !has(functionWords, s.word(j+1)), true
	case w == "″":
		q.Kind, q.Unit = Measure, "inch" // the double prime: 25.5″
		return j + 1, false, true
	case s.is(j, "per") && s.is(j+1, "cent"):
		q.Kind, q.Unit = Percent, "%"
		return j + 2, s.isLowerWord(j+2) && !has(functionWords, s.word(j+2)), true
	case s.is(j, "percentage") && (s.is(j+1, "points") || s.is(j+1, "point")):
		q.Kind, q.Unit = Measure, "percentage point"
		return j + 2, false, true
	case s.is(j, "basis") && (s.is(j+1, "points") || s.is(j+1, "point")):
		q.Kind, q.Unit = Measure, "basis point"
		return j + 2, false, true
	}
	if code, after := s.currencyAfter(j); code != "" {
		q.Kind, q.Unit = Money, code
		if sub, ok := lookup(subunits, s.word(j)); ok {
			q.Unit = sub
			q.Value /= 100
			q.Upper /= 100
		}
		return after, false, true
	}
	if end, ok := s.spacedUnit(q, j); ok {
		return end, false, true
	}
	if s.is(j, "times") || s.is(j, "fold") {
		q.Kind, q.Unit = Measure, "times" // "6.5 times earnings", "four times the number"
		return j + 1, false, true
	}
	return s.counted(q, a)
}

// currencyAfter reads a currency named after the amount: "dollars", "Australian
// dollars", "euros", "yen", "EUR", "cents". It returns the code and the token after.
func (s *scanner) currencyAfter(j int) (string, int) {
	w := s.word(j)
	if s.isCapitalised(j) {
		next := s.word(j + 1)
		family := strings.ToLower(strings.TrimSuffix(next, "s"))
		if crownWords[strings.ToLower(next)] {
			family = "crown"
		}
		if code, ok := lookup(nationalCurrencies[family], w); ok {
			return code, j + 2 // "Australian dollars", "Danish crowns"
		}
		if code, ok := lookup(currencyWords, next); ok && s.isLowerWord(j+1) {
			return code, j + 2 // "Chinese yuan"
		}
	}
	if s.is(j, "hong") && s.is(j+1, "kong") && s.is(j+2, "dollars") {
		return "HKD", j + 3
	}
	if s.is(j, "new") && s.is(j+1, "zealand") && s.is(j+2, "dollars") {
		return "NZD", j + 3
	}
	if code, ok := lookup(currencyWords, w); ok && s.kind(j) == document.Word {
		if code == "GBP" && s.is(j+1, "sterling") {
			return code, j + 2
		}
		if s.is(j+1, "of") && (s.is(j, "pound") || s.is(j, "pounds")) {
			return "", j // a weight: "2 pounds of sugar"
		}
		if w == "won" || w == "real" || w == "rand" || w == "pound" || w == "lira" {
			if !s.isCapitalised(j) && w != "pound" || w == "pound" && !s.is(j+1, "sterling") {
				return "", j
			}
		}
		return code, j + 1
	}
	if code, ok := lookup(currencyCodes, w); ok && (strings.ToUpper(w) == w || w == "yen") {
		return code, j + 1
	}
	if code, ok := currencySymbols[w]; ok && w != "$" {
		return code, j + 1 // "1,200€"
	}
	if code, ok := lookup(subunits, w); ok && (len(w) > 1 || s.touches(j-1)) {
		return code, j + 1
	}
	return "", j
}

// spacedUnit reads a unit of time or measurement after the amount: "four hours",
// "20 kilometres", "5 miles per hour", "24.5 cubic feet", "30 degrees Celsius".
func (s *scanner) spacedUnit(q *Quantity, j int) (int, bool) {
	w := s.word(j)
	if s.kind(j) != document.Word {
		return j, false
	}
	if head, rest, ok := strings.Cut(w, "-"); ok {
		if unit, ok := lookup(timeUnits, head); ok && strings.EqualFold(rest, "old") {
			q.Kind, q.Unit = Measure, unit+" of age" // "a 50 year-old"
			return j + 1, true
		}
		per, ok2 := lookup(timeUnits, strings.TrimPrefix(strings.TrimPrefix(rest, "a-"), "per-"))
		if unit, ok := lookup(measureUnits, head); ok && ok2 && rest != per {
			q.Kind, q.Unit = Measure, unit+" per "+per // "52,000 barrel-a-day"
			return j + 1, true
		}
	}
	if unit, ok := lookup(timeUnits, w); ok {
		if s.is(j+1, "ago") {
			return j, false // a time, not a duration: FindTimes reports it
		}
		if s.is(j+1, "old") {
			q.Kind, q.Unit = Measure, unit+" of age"
			return j + 2, true
		}
		q.Kind, q.Unit = Duration, unit
		return j + 1, true
	}
	if (s.is(j, "pound") || s.is(j, "pounds")) && s.is(j+1, "of") {
		q.Kind, q.Unit = Measure, "pound-mass" // "2 pounds of sugar" is a weight
		return j + 1, true
	}
	if w == "Nm" {
		q.Kind, q.Unit = Measure, "newton metre" // torque; "nm" would be nanometres
		return j + 1, true
	}
	if w == "m" && s.dotted(j, "m", "p", "h") {
		q.Kind, q.Unit = Measure, "mile per hour" // "80 m.p.h."
		return j + 6, true
	}
	unit, ok := lookup(measureUnits, w)
	if !ok || len(w) == 1 && w != "m" {
		return j, false
	}
	end := j + 1
	if unit == "square" || unit == "cubic" {
		next, ok := lookup(measureUnits, s.word(j+1))
		if !ok {
			return j, false
		}
		unit, end = unit+" "+next, j+2
	}
	if unit == "degree" {
		if u, ok := lookup(measureUnits, s.word(end)); ok && (u == "celsius" || u == "fahrenheit") {
			unit, end = u, end+1
		}
	}
	if per, after := s.per(end); per != "" {
		unit, end = unit+" per "+per, after
	}
	q.Kind, q.Unit = Measure, unit
	return end, true
}

// dotted reports whether the letters of an abbreviation follow from token j, each
// with its dot: "m.p.h.".
func (s *scanner) dotted(j int, letters ...string) bool {
	for k, l := range letters {
		if s.word(j+2*k) != l || s.word(j+2*k+1) != "." {
			return false
		}
	}
	return true
}

// per reads "per hour", "an hour", "/h" after a unit.
func (s *scanner) per(j int) (string, int) {
	if !s.is(j, "per") && !s.is(j, "an") && !s.is(j, "a") && s.word(j) != "/" {
		return "", j
	}
	w := s.word(j + 1)
	if w == "h" && s.word(j) == "/" {
		return "hour", j + 2
	}
	if unit, ok := lookup(timeUnits, w); ok {
		return unit, j + 2
	}
	if unit, ok := lookup(measureUnits, w); ok && s.is(j, "per") {
		return unit, j + 2
	}
	return "", j
}

// suffixUnit interprets a unit glued to the number: "5km", "30-day", "33-storey",
// "five-year", "35-year-old", "1.8 billion-mile", "24pc".
func (s *scanner) suffixUnit(q *Quantity, a amount, currency string) (int, bool, bool) {
	w := a.suffix
	end := a.suffixAfter
	head, rest, _ := strings.Cut(w, "-")
	switch {
	case currency != "":
		q.Kind, q.Unit = Money, currency
		return a.end, false, true
	case strings.EqualFold(rest, "old") && has(timeUnits, head):
		q.Kind, q.Unit = Measure, timeUnits[strings.ToLower(head)]+" of age"
		return end, false, true
	case strings.EqualFold(w, "pc"):
		q.Kind, q.Unit = Percent, "%"
	case has(timeUnits, head):
		q.Kind, q.Unit = Duration, timeUnits[strings.ToLower(head)]
	case len(w) == 1:
		q.Kind, q.Unit = Measure, letterUnits[w]
	case has(measureUnits, head):
		q.Kind, q.Unit = Measure, measureUnits[strings.ToLower(head)]
		if q.Unit == "square" || q.Unit == "cubic" {
			next, ok := lookup(measureUnits, s.word(end))
			if !ok {
				return 0, false, false
			}
			q.Unit, end = q.Unit+" "+next, end+1 // "3923sq m"
		}
		if per, after := s.per(end); per != "" && rest == "" {
			q.Unit, end = q.Unit+" per "+per, after
		}
	case w == "metre":
		q.Kind, q.Unit = Measure, w
	case has(currencyCodes, w):
		q.Kind, q.Unit = Money, currencyCodes[strings.ToLower(w)]
		return end, false, true
	case has(subunits, w):
		q.Kind, q.Unit = Money, subunits[strings.ToLower(w)]
		q.Value /= 100
		return end, false, true
	case s.word(a.end) == "-" || a.words:
		// "33-storey building", "five-star hotel": the hyphenated word is what is counted.
		q.Kind, q.Unit = Count, singular(w)
	default:
		return 0, false, false
	}
	return end, s.isLowerWord(end) && !has(functionWords, s.word(end)), true
}

// letterUnits are the units written as one glued letter, case-sensitively.
var letterUnits = map[string]string{"g": "gram", "l": "litre", "L": "litre", "W": "watt", "V": "volt"}

// counted reads what a bare number counts: "164 deaths", "300 people missing",
// "35m of its Echo devices", "seven European countries", "one of the officials". A
// number in digits that counts nothing the text names is still a quantity, with no
// unit; one in words is not ("one of them", "the two").
func (s *scanner) counted(q *Quantity, a amount) (int, bool, bool) {
	q.Kind = Count
	j := a.end
	via := s.is(j, "of")
	if via {
		j++
		for determiners[strings.ToLower(s.word(j))] {
			j++
		}
	} else if (s.is(j, "more") || s.is(j, "other") || s.is(j, "additional")) && s.isLowerWord(j+1) {
		j++ // "eight more picks"
	}
	if !a.words && !via && s.nameBefore(a.start) {
		return 0, false, false // "HIV 2 drug regimen", "iPhone 12 Mini"
	}
	first, head := j, -1
	for k := j; k < j+5 && s.kind(k) == document.Word; k++ {
		w := s.word(k)
		lower := s.isLowerWord(k)
		if (w == "and" || w == "or") && k > j && s.kind(k+1) == document.Word && !has(functionWords, s.word(k+1)) {
			continue // "2.7m digital and physical sales", "460 Kia and Hyundai vehicles"
		}
		if via && (w == "most" || w == "best") {
			continue // "one of the most gifted attackers"
		}
		if lower && (has(functionWords, w) || has(notCounted, w)) {
			break
		}
		if (lower || via || k == j) && isPlural(w) {
			head = k // "164 deaths", "millions of Americans", "300 Ukrainians"
			break
		}
		if lower && q.Value == 1 && !a.vague && !via {
			head = k // "one proposal": a singular noun
			break
		}
	}
	if head < 0 && !via && !a.vague && s.compoundNoun(a.end) {
		q.Unit = singular(s.word(a.end)) // "a 12 page document", "three course meal"
		return a.end + 1, true, true
	}
	if head < 0 {
		if s.isAge(a) {
			q.Kind, q.Unit = Measure, "year of age" // "Jane Roe, 45, said"
			return a.end, false, true
		}
		if a.words || a.vague || s.unitlessName(a) {
			return 0, false, false
		}
		return a.end, false, true
	}
	if code, ok := lookup(currencyWords, s.word(head)); ok {
		q.Kind, q.Unit = Money, code // "tens of thousands of dollars"
		return head + 1, false, true
	}
	q.Unit = singular(s.word(head))
	q.Of = s.text[s.toks[first].Start:s.toks[head].End]
	return head + 1, false, true
}

// nameBefore reports whether the word before token i, not the first of the sentence,
// has a capital letter: the number after it is part of a name ("Section 427").
func (s *scanner) nameBefore(i int) bool {
	if i < 2 || s.kind(i-1) != document.Word {
		return false
	}
	return strings.IndexFunc(s.word(i-1), unicode.IsUpper) >= 0
}

// compoundNoun reports whether tokens j and j+1 read as a noun modifying a noun, the
// unhyphenated form of "12-page document": two lower-case content words, neither
// looking like a verb or an adverb.
func (s *scanner) compoundNoun(j int) bool {
	for k := j; k <= j+1; k++ {
		w := s.word(k)
		if !s.isLowerWord(k) || has(functionWords, w) || has(notCounted, w) || startsNumber(s, k) ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") ||
			k == j && strings.HasSuffix(w, "s") {
			return false
		}
	}
	return true
}

// isAge reports whether a is an age set off by commas after a name: "Jane Roe, 45,".
func (s *scanner) isAge(a amount) bool {
	return a.end == a.start+1 && s.word(a.start-1) == "," && s.isCapitalised(a.start-2) &&
		(s.word(a.end) == "," || a.end == len(s.toks)) && a.value >= 1 && a.value < 120 &&
		a.value == float64(int(a.value))
}

// unitlessName reports whether a bare number belongs to a name or a label: "Section
// 427", "S&P 500", "No. 5", "category 4", "787 Dreamliner", a score "2-2".
func (s *scanner) unitlessName(a amount) bool {
	i := a.start
	if s.isCapitalised(i-1) && i-1 > 0 || s.isCapitalised(a.end) || s.word(i-1) == "&" || s.word(i-1) == "#" {
		return true
	}
	switch strings.ToLower(s.word(i - 1)) {
	case "no", "number", "page", "route", "flight", "room", "article", "chapter", "paragraph",
		"section", "phase", "stage", "season", "episode", "round", "grade", "level", "version",
		"top", "model", "resolution", "line", "pages", "the", "category", "class", "type",
		"size", "tier", "zone", "gate", "terminal", "channel", "platform", "division", "sp":
		return true
	}
	if s.word(i-1) == "(" && s.word(a.end) == ")" && s.isCapitalised(i-2) {
		return true // "Dak Prescott (4)"
	}
	switch s.word(a.end) {
	case "-", ":", "/":
		return true // a score, a ratio, a clock or a date: "2-0", "3:1", "12/03/2025"
	}
	return s.word(i-1) == ":" || s.word(i-1) == "/"
}

// conversion reads a conversion in brackets right after a quantity: "($23.8 billion)",
// "(roughly $22.6 billion)", "(2.8bn km)".
func (s *scanner) conversion(j int) (Quantity, int, bool) {
	if s.word(j) != "(" {
		return Quantity{}, 0, false
	}
	c, end, ok := s.quantityAt(j+1, false)
	if !ok || s.word(end) != ")" {
		return Quantity{}, 0, false
	}
	return c, end + 1, true
}

// of reads what a quantity measures from the words after it: "in new aid for Kyiv"
// gives "new aid", "of military assistance" gives "military assistance", "to fund
// repairs" gives "repairs", and for money "for new tanks" gives "new tanks"; when the quantity is adjectival, the noun phrase right
// after it ("cease-fire").
func (s *scanner) of(j int, adjectival bool, kind QuantityKind) string {
	if !adjectival {
		switch {
		case s.is(j, "in") || s.is(j, "of") || s.is(j, "worth") || s.is(j, "for") && kind == Money:
			j++
		case s.is(j, "to") && (s.is(j+1, "fund") || s.is(j+1, "finance") || s.is(j+1, "buy") || s.is(j+1, "cover")):
			j += 2 // "$589 million to fund maintenance"
		default:
			return ""
		}
		for determiners[strings.ToLower(s.word(j))] {
			j++
		}
	}
	if !s.isLowerWord(j) {
		return ""
	}
	end := j
	for end < j+4 && s.kind(end) == document.Word && !has(functionWords, s.word(end)) && !startsNumber(s, end) {
		end++
	}
	if end == j {
		return ""
	}
	return s.text[s.toks[j].Start:s.toks[end-1].End]
}

// UnitOf returns the kind of quantity a unit word measures and its canonical name as
// FindQuantities reports it: "kilometers" gives Measure and "kilometre", "hours"
// Duration and "hour", "euros" Money and "EUR", "per cent" Percent and "%"; any other
// word is taken as a counted noun ("injuries" gives Count and "injury").
func UnitOf(word string) (QuantityKind, string) {
	w := strings.ToLower(strings.TrimSpace(word))
	switch {
	case w == "":
		return Count, ""
	case w == "%" || w == "percent" || w == "per cent" || w == "pct":
		return Percent, "%"
	}
	if u, ok := timeUnits[w]; ok {
		return Duration, u
	}
	if u, ok := measureUnits[w]; ok {
		return Measure, u
	}
	if c, ok := currencyWords[w]; ok {
		return Money, c
	}
	if c, ok := currencyCodes[w]; ok {
		return Money, c
	}
	if c, ok := currencySymbols[w]; ok {
		return Money, c
	}
	return Count, singular(w)
}
