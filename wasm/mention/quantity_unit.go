package mention

import (
	"strings"
	"unicode"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
)

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
		if sub, ok := lexicon.LookupFold(subunits, s.word(j)); ok {
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
		if code, ok := lexicon.LookupFold(nationalCurrencies[family], w); ok {
			return code, j + 2 // "Australian dollars", "Danish crowns"
		}
		if code, ok := lexicon.LookupFold(currencyWords, next); ok && s.isLowerWord(j+1) {
			return code, j + 2 // "Chinese yuan"
		}
	}
	if s.is(j, "hong") && s.is(j+1, "kong") && s.is(j+2, "dollars") {
		return "HKD", j + 3
	}
	if s.is(j, "new") && s.is(j+1, "zealand") && s.is(j+2, "dollars") {
		return "NZD", j + 3
	}
	if code, ok := lexicon.LookupFold(currencyWords, w); ok && s.kind(j) == document.Word {
		if code == "GBP" && s.is(j+1, "sterling") {
			return code, j + 2
		}
		if s.is(j+1, "of") && (s.is(j, "pound") || s.is(j, "pounds")) {
			return "", j // a weight: "2 pounds of sugar"
		}
		if ambiguousCurrencies[w] {
			return "", j // "won", "real", a "pound" of weight: more often not money
		}
		return code, j + 1
	}
	if code, ok := lexicon.LookupFold(currencyCodes, w); ok && (strings.ToUpper(w) == w || w == "yen") {
		return code, j + 1
	}
	if code, ok := currencySymbols[w]; ok && w != "$" {
		return code, j + 1 // "1,200€"
	}
	if code, ok := lexicon.LookupFold(subunits, w); ok && (len(w) > 1 || s.touches(j-1)) {
		return code, j + 1
	}
	return "", j
}

// ambiguousCurrencies are currency names, written in lower case, that are more often
// other words.
var ambiguousCurrencies = lexicon.Phrases("ambiguouscurrencies")

// spacedUnit reads a unit of time or measurement after the amount: "four hours",
// "20 kilometres", "5 miles per hour", "24.5 cubic feet", "30 degrees Celsius".
func (s *scanner) spacedUnit(q *Quantity, j int) (int, bool) {
	w := s.word(j)
	if s.kind(j) != document.Word {
		return j, false
	}
	if end, ok := s.hyphenatedUnit(q, w, j); ok {
		return end, true
	}
	if unit, ok := lexicon.LookupFold(timeUnits, w); ok {
		switch {
		case s.is(j+1, "ago"):
			return j, false // a time, not a duration: FindTimes reports it
		case s.is(j+1, "old"):
			q.Kind, q.Unit = Measure, unit+" of age"
			return j + 2, true
		}
		q.Kind, q.Unit = Duration, unit
		return j + 1, true
	}
	if end, ok := s.specialUnit(q, w, j); ok {
		return end, true
	}
	unit, ok := lexicon.LookupFold(measureUnits, w)
	if !ok || len(w) == 1 && w != "m" {
		return j, false
	}
	end := j + 1
	if unit == "square" || unit == "cubic" {
		next, ok := lexicon.LookupFold(measureUnits, s.word(j+1))
		if !ok {
			return j, false
		}
		unit, end = unit+" "+next, j+2
	}
	if unit == "degree" {
		if u, ok := lexicon.LookupFold(measureUnits, s.word(end)); ok && (u == "celsius" || u == "fahrenheit") {
			unit, end = u, end+1
		}
	}
	if per, after := s.per(end); per != "" {
		unit, end = unit+" per "+per, after
	}
	q.Kind, q.Unit = Measure, unit
	return end, true
}

// hyphenatedUnit reads a unit written as one hyphenated word after the number: "a 50
// year-old", "52,000 barrel-a-day".
func (s *scanner) hyphenatedUnit(q *Quantity, w string, j int) (int, bool) {
	head, rest, ok := strings.Cut(w, "-")
	if !ok {
		return j, false
	}
	if unit, ok := lexicon.LookupFold(timeUnits, head); ok && strings.EqualFold(rest, "old") {
		q.Kind, q.Unit = Measure, unit+" of age"
		return j + 1, true
	}
	per, ok2 := lexicon.LookupFold(timeUnits, strings.TrimPrefix(strings.TrimPrefix(rest, "a-"), "per-"))
	if unit, ok := lexicon.LookupFold(measureUnits, head); ok && ok2 && rest != per {
		q.Kind, q.Unit = Measure, unit+" per "+per
		return j + 1, true
	}
	return j, false
}

// specialUnit reads the units the word lists cannot hold: "pounds of" a weight, "Nm"
// whose case tells it from nanometres, and the dotted "m.p.h.".
func (s *scanner) specialUnit(q *Quantity, w string, j int) (int, bool) {
	switch {
	case (s.is(j, "pound") || s.is(j, "pounds")) && s.is(j+1, "of"):
		q.Kind, q.Unit = Measure, "pound-mass" // "2 pounds of sugar" is a weight
		return j + 1, true
	case w == "Nm":
		q.Kind, q.Unit = Measure, "newton metre"
		return j + 1, true
	case w == "m" && s.dotted(j, "m", "p", "h"):
		q.Kind, q.Unit = Measure, "mile per hour"
		return j + 6, true
	}
	return j, false
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
	if unit, ok := lexicon.LookupFold(timeUnits, w); ok {
		return unit, j + 2
	}
	if unit, ok := lexicon.LookupFold(measureUnits, w); ok && s.is(j, "per") {
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
			next, ok := lexicon.LookupFold(measureUnits, s.word(end))
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
	case strings.EqualFold(w, "fold"):
		q.Kind, q.Unit = Measure, "times" // "a 10-fold rise"
	case a.words && (q.Value == 1 || fractionWords[strings.ToLower(strings.TrimSuffix(w, "s"))]):
		return 0, false, false // "one-sided", "one-off", "two-thirds" are no counts
	case s.word(a.end) == "-" || a.words:
		// "33-storey building", "five-star hotel": the hyphenated word is what is counted;
		// "a 2,000-strong force" counts the noun after it.
		q.Kind, q.Unit = Count, singular(w)
		if vagueSuffixes[strings.ToLower(w)] {
			q.Unit = ""
		}
	default:
		return 0, false, false
	}
	return end, s.isLowerWord(end) && !has(functionWords, s.word(end)), true
}

// fractionWords name parts of a whole: "two-thirds", "three-quarters".
var fractionWords = lexicon.Phrases("fractionwords")

// vagueSuffixes follow a number with a hyphen without naming what it counts.
var vagueSuffixes = lexicon.Phrases("vaguesuffixes")

// letterUnits are the units written as one glued letter, case-sensitively.
var letterUnits = lexicon.Pairs("letterunits")

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
	first, head := j, s.countedHead(j, via, q.Value == 1 && !a.vague)
	if head < 0 && !via && !a.vague && s.compoundNoun(a.end) {
		q.Unit = singular(s.word(a.end)) // "a 12 page document", "three course meal"
		return a.end + 1, true, true
	}
	if head < 0 {
		if s.isAge(a) || !via && isAgeWord(s.word(a.start-1)) {
			q.Kind, q.Unit = Measure, "year of age" // "Jane Roe, 45, said", "aged 55"
			return a.end, false, true
		}
		if a.words || a.vague || s.unitlessName(a) {
			return 0, false, false
		}
		return a.end, false, true
	}
	if code, ok := lexicon.LookupFold(currencyWords, s.word(head)); ok {
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

// countedHead finds the noun a number counts among the words from token j, or -1:
// the first plural ("164 deaths", "2.7m digital and physical sales"), or after "one"
// a singular noun. via says the words follow "of", where capitalised words may come
// before the noun ("35m of its Echo devices").
func (s *scanner) countedHead(j int, via, one bool) int {
	head := -1
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
		if lower && one && !via {
			head = s.singularHead(k) // "one proposal", "one recent attempt"
			break
		}
	}
	if head >= 0 && isPlural(s.word(head)) && s.isLowerWord(head+1) && isPlural(s.word(head+1)) &&
		!has(functionWords, s.word(head+1)) {
		head++ // "20 crew members": the second plural is the head
	}
	return head
}

// singularHead returns the head of the noun after "one", starting at token k: the
// last of at most two lower-case words, stopping before a verb ("one proposal asks",
// "one recent attempt was").
func (s *scanner) singularHead(k int) int {
	next := s.word(k + 1)
	if !s.isLowerWord(k+1) || has(functionWords, next) || strings.HasSuffix(next, "s") ||
		strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "ing") {
		return k
	}
	return k + 1
}

// isAgeWord reports whether w introduces an age: "aged 55", "ages 55 to 65".
func isAgeWord(w string) bool {
	switch strings.ToLower(w) {
	case "aged", "age", "ages":
		return true
	}
	return false
}

// compoundNoun reports whether tokens j and j+1 read as a noun modifying a noun, the
// unhyphenated form of "12-page document": two lower-case content words, neither
// looking like a verb or an adverb.
func (s *scanner) compoundNoun(j int) bool {
	for k := j; k <= j+1; k++ {
		w := s.word(k)
		if !s.isLowerWord(k) || has(functionWords, w) || has(notCounted, w) || s.startsNumber(k) ||
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
	if !s.isLowerWord(j) || adjectival && strings.HasSuffix(s.word(j), "ed") {
		return "" // "12 percent indicated": a verb, not what the figure is of
	}
	end := j
	for end < j+4 && s.kind(end) == document.Word && !has(functionWords, s.word(end)) && !s.startsNumber(end) {
		if w := s.word(end); end > j && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break // a verb after the noun: "a 10-fold rise followed"
		}
		end++
	}
	if end == j || has(timeUnits, s.word(end-1)) {
		return "" // nothing, or a time: "$1 billion in a single year"
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
