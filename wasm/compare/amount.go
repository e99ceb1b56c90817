package compare

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"parallax/wasm/mention"
)

// An amount is a quantity as the comparison sees it: the range of true values its
// wording allows (rounding and hedges widen it) in a unit shared with others of its
// kind, and the conversion its article states, if any.
type amount struct {
	kind   mention.QuantityKind
	value  float64
	unit   string // ISO 4217 for money; "s" for durations; else the unit as written
	per    string // the unit of a rate: "month" in "$3,500 a month"
	lo, hi float64
	hedge  hedgeKind
	text   string  // as written, hedge included
	stated *amount // the article's own conversion: "€21bn ($23.8bn)"
}

// hedgeKind says how a hedge bounds a value.
type hedgeKind uint8

const (
	exact   hedgeKind = iota
	atLeast           // "more than", "over", "at least"
	atMost            // "up to", "less than", "under"
	about             // "about", "roughly", "some"
	nearly            // "nearly", "almost": a little below
)

// hedgeWords maps hedges, folded, to how they bound a value.
var hedgeWords = map[string]hedgeKind{
	"more than": atLeast, "over": atLeast, "at least": atLeast, "above": atLeast,
	"in excess of": atLeast, "upwards of": atLeast, "upward of": atLeast,
	"no fewer than": atLeast, "no less than": atLeast, "a minimum of": atLeast,
	"beyond": atLeast, "just over": atLeast,
	"less than": atMost, "fewer than": atMost, "under": atMost, "up to": atMost,
	"at most": atMost, "no more than": atMost, "below": atMost, "a maximum of": atMost,
	"just under": atMost,
	"about":      about, "around": about, "roughly": about, "approximately": about,
	"some": about, "an estimated": about, "estimated": about, "approx": about,
	"circa": about, "close to": nearly, "nearly": nearly, "almost": nearly,
	"just shy of": nearly, "more or less": about, "about roughly": about,
}

// parseHedge returns the hedge that ends s (the words before a number), if any.
func parseHedge(s string) (hedgeKind, bool) {
	ws := words(s)
	for n := min(3, len(ws)); n >= 1; n-- {
		if h, ok := hedgeWords[strings.Join(ws[len(ws)-n:], " ")]; ok {
			return h, true
		}
	}
	return exact, false
}

// secondsPer converts units of time, singular and folded, to seconds.
var secondsPer = map[string]float64{
	"second": 1, "sec": 1, "s": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600,
	"h": 3600, "day": 86400, "week": 7 * 86400, "month": 30 * 86400, "year": 365 * 86400,
	"fortnight": 14 * 86400,
}

// newAmount builds the amount of quantity q, written as text in its article, with
// before the few bytes of text that precede it (where a hedge may stand).
func newAmount(q mention.Quantity, text, before string) amount {
	a := amount{kind: q.Kind, value: q.Value, unit: q.Unit, per: q.Per, text: text}
	h, ok := hedgeWords[strings.Join(words(q.Hedge), " ")]
	if !ok {
		h, ok = parseHedge(before)
		if ok {
			a.text = strings.TrimSpace(lastHedge(before)) + " " + text
		}
	}
	if !ok {
		h, _ = leadingHedge(text)
	}
	a.hedge = h
	if q.Kind == mention.Duration {
		if f, ok := secondsPer[stem(strings.ToLower(q.Unit))]; ok {
			a.value, a.unit = q.Value*f, "s"
		}
	}
	a.lo, a.hi = bounds(a.value, roundingStep(q.Value, text), h)
	if q.Upper > q.Value { // a range: "$3 billion to $5 billion"
		a.hi = max(a.hi, a.value*q.Upper/q.Value)
	}
	return a
}

// withConversion adds the conversion the article states for a, written as text.
// A conversion of a bound ("more than €21bn ($23.8bn)") is a bound too.
func (a *amount) withConversion(q mention.Quantity, text string) {
	if q.Kind != mention.Money || q.Unit == "" {
		return
	}
	if text == "" {
		text = formatMoney(q.Value, q.Unit)
	}
	c := newAmount(q, text, "")
	if a.hedge == atLeast || a.hedge == atMost {
		c.hedge = a.hedge
		c.lo, c.hi = bounds(c.value, roundingStep(q.Value, text), c.hedge)
	}
	a.stated = &c
}

// lastHedge returns the hedge words at the end of s, as written.
func lastHedge(s string) string {
	fields := strings.Fields(s)
	for n := min(3, len(fields)); n >= 1; n-- {
		tail := strings.Join(fields[len(fields)-n:], " ")
		if _, ok := hedgeWords[strings.Join(words(tail), " ")]; ok {
			return tail
		}
	}
	return ""
}

// leadingHedge reports the hedge a quantity's own text starts with, if any.
func leadingHedge(text string) (hedgeKind, bool) {
	ws := words(text)
	for n := min(3, len(ws)); n >= 1; n-- {
		if h, ok := hedgeWords[strings.Join(ws[:n], " ")]; ok {
			return h, true
		}
	}
	return exact, false
}

// roundingStep returns the precision the written number shows: "$23.8 billion" is
// given to the nearest 0.1 billion, "$24 billion" to the nearest billion, "1,200" to
// the nearest hundred. Small whole numbers written plainly ("30 storeys") are exact.
func roundingStep(value float64, text string) float64 {
	num, decimals, ok := firstNumber(text)
	if !ok || num == 0 || value == 0 {
		return 0
	}
	scale := value / num
	if math.Abs(scale-1) > 1e-9 { // a multiplier word: "billion", "bn", "m"
		return scale * math.Pow(10, -float64(decimals))
	}
	if decimals > 0 || num < 1000 {
		return 0
	}
	step := 1.0
	for n := num; n >= 10 && math.Mod(n, 10) == 0 && step < 1000; n /= 10 {
		step *= 10
	}
	if step == 1 {
		return 0
	}
	return step
}

// firstNumber parses the first run of digits in s ("1,200", "23.8") and says how many
// decimals it has.
func firstNumber(s string) (float64, int, bool) {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return 0, 0, false
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		j++
	}
	digits := strings.ReplaceAll(s[i:j], ",", "")
	decimals := 0
	if k := strings.IndexByte(digits, '.'); k >= 0 {
		decimals = len(digits) - k - 1
	}
	f, err := strconv.ParseFloat(digits, 64)
	return f, decimals, err == nil
}

// bounds returns the range of true values a value written to the given rounding step
// with the given hedge allows.
func bounds(v, step float64, h hedgeKind) (lo, hi float64) {
	lo, hi = v-step/2, v+step/2
	switch h {
	case atLeast:
		hi = math.Inf(1)
	case atMost:
		lo = math.Inf(-1)
	case about:
		lo, hi = min(lo, v*0.9), max(hi, v*1.1)
	case nearly:
		lo = min(lo, v*0.85)
	}
	return lo, hi
}

// Rates, the built-in table: US dollars per unit of each currency, approximate
// mid-market rates of the date below. They are used only where an article states no
// conversion of its own, and the finding names the date.
const ratesDate = "11 April 2025"

var usdPer = map[string]float64{
	"USD": 1, "EUR": 1.13, "GBP": 1.31, "JPY": 0.0070, "CHF": 1.22, "CAD": 0.72,
	"AUD": 0.63, "NZD": 0.58, "CNY": 0.137, "HKD": 0.129, "INR": 0.0116, "RUB": 0.0119,
	"UAH": 0.024, "PLN": 0.265, "SEK": 0.102, "NOK": 0.094, "DKK": 0.152, "CZK": 0.045,
	"HUF": 0.0028, "TRY": 0.026, "BRL": 0.17, "MXN": 0.049, "ZAR": 0.052, "KRW": 0.00070,
	"ILS": 0.27, "SAR": 0.267, "AED": 0.272, "SGD": 0.75,
}

// currencySymbols writes amounts in a reader's terms.
var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

// formatMoney writes an amount of money briefly: "$23.8bn", "€11bn", "CHF 40m".
func formatMoney(v float64, unit string) string {
	n, suffix := v, ""
	switch {
	case math.Abs(v) >= 1e12:
		n, suffix = v/1e12, "tn"
	case math.Abs(v) >= 1e9:
		n, suffix = v/1e9, "bn"
	case math.Abs(v) >= 1e6:
		n, suffix = v/1e6, "m"
	}
	num := strconv.FormatFloat(math.Round(n*10)/10, 'f', -1, 64)
	if sym, ok := currencySymbols[unit]; ok {
		return sym + num + suffix
	}
	return unit + " " + num + suffix
}

// tolerances for amounts brought to one currency: conversions stated by different
// articles use different days' rates, and the built-in table may be older still.
const (
	statedSpread = 0.08
	tableSpread  = 0.10
)

// A match says whether two amounts agree, and why.
type match struct {
	agree bool
	// why explains a match that is not plain equality; "" when the values are equal.
	why string
}

// compareAmounts says whether a and b can describe the same true value.
func compareAmounts(a, b amount) match {
	if a.unit == b.unit || a.kind != mention.Money {
		if a.unit != b.unit && a.kind != mention.Count && !compatibleUnits(a.unit, b.unit) {
			return match{}
		}
		return overlapMatch(a, b, 0, "")
	}
	if a.stated != nil && a.stated.unit == b.unit {
		return overlapMatch(*a.stated, b, statedSpread, fmt.Sprintf("%s is %s by the article's own conversion", a.text, a.stated.text))
	}
	if b.stated != nil && b.stated.unit == a.unit {
		return overlapMatch(a, *b.stated, statedSpread, fmt.Sprintf("%s is %s by the article's own conversion", b.text, b.stated.text))
	}
	if a.stated != nil && b.stated != nil && a.stated.unit == b.stated.unit {
		why := fmt.Sprintf("the articles' own conversions put both in %s", a.stated.unit)
		if table, ok := tableConversion(b, a.unit); ok {
			why += fmt.Sprintf(", and at the built-in rates of %s %s is about %s", ratesDate, bare(b), formatMoney(table, a.unit))
		}
		return overlapMatch(*a.stated, *b.stated, statedSpread, why)
	}
	v, ok := tableConversion(b, a.unit)
	if !ok {
		return match{}
	}
	f := v / b.value
	conv := b
	conv.unit, conv.value, conv.lo, conv.hi = a.unit, v, b.lo*f, b.hi*f
	why := fmt.Sprintf("no article converts them, and at the built-in rates of %s %s is about %s", ratesDate, bare(b), formatMoney(v, a.unit))
	return overlapMatch(a, conv, tableSpread, why)
}

// tableConversion converts the value of a into unit by the built-in rates.
func tableConversion(a amount, unit string) (float64, bool) {
	ra, okA := usdPer[a.unit]
	ru, okU := usdPer[unit]
	if !okA || !okU || a.value == 0 {
		return 0, false
	}
	return a.value * ra / ru, true
}

// bare writes an amount of money without hedge or conversion: "£18bn".
func bare(a amount) string { return formatMoney(a.value, a.unit) }

// compatibleUnits reports whether two count or measure units name the same thing
// ("deaths"/"death", "storeys"/"floors").
func compatibleUnits(a, b string) bool {
	return concept(stem(strings.ToLower(a))) == concept(stem(strings.ToLower(b)))
}

// overlapMatch compares a and b in one unit, each range widened by spread (a
// fraction) for conversions, and explains a match that needs rounding, a hedge or a
// conversion.
func overlapMatch(a, b amount, spread float64, conversion string) match {
	widen := func(x amount) (float64, float64) {
		return x.lo - math.Abs(x.value)*spread, x.hi + math.Abs(x.value)*spread
	}
	alo, ahi := widen(a)
	blo, bhi := widen(b)
	if alo > bhi || blo > ahi {
		return match{}
	}
	// Ranges that only touch, at a value neither gives, do not meet: "about 3,000"
	// (2,500 to 3,500) and "some 2,000" (1,500 to 2,500) are two different counts.
	if alo == bhi && alo != a.value && bhi != b.value || blo == ahi && blo != b.value && ahi != a.value {
		return match{}
	}
	var why []string
	if conversion != "" {
		why = append(why, conversion)
		if d := relDiff(a.value, b.value); d > 0.005 {
			why = append(why, fmt.Sprintf("the %.0f%% gap between %s and %s is within what exchange rates and rounding explain",
				d*100, formatMoney(a.value, a.unit), formatMoney(b.value, b.unit)))
		}
	}
	switch {
	case a.value == b.value && a.hedge == b.hedge:
	case a.hedge == atLeast && b.hedge == atLeast:
		why = append(why, "both are lower bounds (“more than”), which never contradict")
	case a.hedge != exact || b.hedge != exact:
		why = append(why, fmt.Sprintf("%s is hedged, and %s lies within what it allows", hedged(a, b), other(a, b).text))
	case conversion == "":
		why = append(why, fmt.Sprintf("%s and %s differ only by rounding", a.text, b.text))
	}
	return match{agree: true, why: strings.Join(why, "; ")}
}

func hedged(a, b amount) string {
	if a.hedge != exact {
		return quoteText(a.text)
	}
	return quoteText(b.text)
}

func other(a, b amount) amount {
	if a.hedge != exact {
		return b
	}
	return a
}

func quoteText(s string) string { return "“" + s + "”" }

func relDiff(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / math.Max(math.Abs(a), math.Abs(b))
}

// numberWords are the numbers written out that durations use.
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "ninety": 90, "several": 3, "few": 3,
}

// parseDuration reads a duration as an article writes it: "more than four hours",
// "four and a half hours", "90 minutes", "half an hour", "2.5 hours".
func parseDuration(s string) (amount, bool) {
	ws := strings.Fields(strings.ToLower(strings.NewReplacer("-", " ", ",", " ").Replace(s)))
	isUnit := func(i int) bool {
		if i >= len(ws) {
			return false
		}
		_, ok := secondsPer[stem(ws[i])]
		return ok
	}
	numberish := func(i int) bool {
		_, word := numberWords[ws[i]]
		_, err := strconv.ParseFloat(ws[i], 64)
		article := (ws[i] == "a" || ws[i] == "an") && i+1 < len(ws) && isUnit(i+1)
		return word || err == nil || ws[i] == "half" || article
	}
	i := 0
	for i < len(ws) && !numberish(i) {
		i++
	}
	hedge, _ := parseHedge(strings.Join(ws[:i], " "))
	var value, unit float64
	seen := false
	for ; i < len(ws) && unit == 0; i++ {
		w := ws[i]
		n, err := strconv.ParseFloat(w, 64)
		switch {
		case err == nil:
			value, seen = value+n, true
		case numberWords[w] > 0:
			value, seen = value+numberWords[w], true
		case w == "half":
			value, seen = value+0.5, true
		case (w == "a" || w == "an") && !seen && i+1 < len(ws) && isUnit(i+1):
			value, seen = 1, true
		case w == "a" || w == "an" || w == "and":
		case isUnit(i) && seen:
			unit = secondsPer[stem(w)]
		default:
			return amount{}, false
		}
	}
	if unit == 0 {
		return amount{}, false
	}
	a := amount{kind: mention.Duration, value: value * unit, unit: "s", hedge: hedge, text: strings.TrimSpace(s)}
	a.lo, a.hi = bounds(a.value, 0, hedge)
	return a, true
}
