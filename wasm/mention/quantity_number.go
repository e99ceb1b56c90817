package mention

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
)

// A scanner reads the tokens of one sentence. Both FindQuantities and FindTimes use
// it; every helper is safe to call with an index past either end.
type scanner struct {
	text string
	toks []document.Token
	role []uint8 // the roles of the tokens, filled by setRoles
}

// newScanner returns a scanner over sentence i of d with the roles of its tokens
// read once; buf is reused for them.
func newScanner(d *document.Document, i int, buf []uint8) scanner {
	s := scanner{text: d.Text, toks: d.SentenceTokens(i)}
	s.role = buf[:0]
	for j := range s.toks {
		var r uint8
		if s.toks[j].Kind != document.Number {
			r = s.readRoles(j)
		}
		s.role = append(s.role, r)
	}
	return s
}

// word returns the text of token i, or "" past either end.
func (s *scanner) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[i].End]
}

// is reports whether token i is w, ignoring case.
func (s *scanner) is(i int, w string) bool { return strings.EqualFold(s.word(i), w) }

// kind returns the kind of token i, or Punct past either end.
func (s *scanner) kind(i int) document.TokenKind {
	if i < 0 || i >= len(s.toks) {
		return document.Punct
	}
	return s.toks[i].Kind
}

// touches reports whether tokens i and i+1 exist and have no space between them.
func (s *scanner) touches(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].End == s.toks[i+1].Start
}

// span returns the byte span from the start of token i to the end of token j-1.
func (s *scanner) span(i, j int) Span { return Span{Start: s.toks[i].Start, End: s.toks[j-1].End} }

// isLowerWord reports whether token i is a word starting with a lower-case letter.
func (s *scanner) isLowerWord(i int) bool {
	if s.kind(i) != document.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.word(i))
	return unicode.IsLower(r)
}

// isCapitalised reports whether token i is a word starting with a capital letter.
func (s *scanner) isCapitalised(i int) bool {
	if s.kind(i) != document.Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.word(i))
	return unicode.IsUpper(r)
}

// has reports whether w is a key of m, ignoring ASCII case.
func has[V any](m map[string]V, w string) bool {
	_, ok := lexicon.LookupFold(m, w)
	return ok
}

// Roles of a word, so that the scanners look at most words only once, with one map
// lookup, before trying the slower readers.
const (
	startsAmount uint8 = 1 << iota // a number word, "a", "an", a round plural, a hedge
	startsTime                     // a weekday, a month, a relative expression
)

// wordRoles holds the roles of every word that may open a quantity or a time.
var wordRoles = func() map[string]uint8 {
	m := make(map[string]uint8)
	add := func(role uint8, words ...string) {
		for _, w := range words {
			m[w] |= role
		}
	}
	for w := range numberWords {
		add(startsAmount|startsTime, w) // "three years ago" is a time
	}
	for w := range vagueAmounts {
		add(startsAmount, w)
	}
	for _, h := range hedges {
		add(startsAmount, h[0])
	}
	add(startsAmount|startsTime, "a", "an")
	add(startsAmount, "~", "≈")
	for w := range currencySymbols {
		add(startsAmount, w)
	}
	add(startsTime, lexicon.CalendarWords()...)
	add(startsTime, relativeFirstWords...)
	add(startsTime, "noon", "midnight")
	return m
}()

// roles returns the roles of token i.
func (s *scanner) roles(i int) uint8 {
	if i < len(s.role) {
		return s.role[i]
	}
	return s.readRoles(i)
}

// readRoles looks up the roles of token i. A hyphenated word takes the roles of its
// first part ("five-year"); words with digits ("USD10m") and currency codes may open
// an amount too.
func (s *scanner) readRoles(i int) uint8 {
	w := s.word(i)
	if r, ok := lexicon.LookupFold(wordRoles, w); ok {
		return r
	}
	if head, _, ok := strings.Cut(w, "-"); ok {
		if r, ok := lexicon.LookupFold(wordRoles, head); ok {
			return r
		}
	}
	if hasDigit(w) || s.word(i+1) == "$" || len(w) == 3 && has(currencyCodes, w) {
		return startsAmount
	}
	return 0
}

// An amount is a number as written: digits, words, or a round plural.
type amount struct {
	value, upper float64 // upper is set for ranges and round plurals
	scale        float64 // the multiplier that applied ("billion"), 1 if none
	start, end   int     // tokens [start, end)
	words        bool    // written in words ("four", "two dozen")
	vague        bool    // a round plural ("hundreds of thousands")
	negative     bool    // written with "minus-" in the same word
	// suffix is a unit glued to the number: "km" in "5km", "year" in "five-year",
	// "storey" in "33-storey". Units written after a space are read by the caller.
	suffix      string
	suffixAfter int // the token after the suffix
	// endByte, when past the last token, is where an amount cut off by a sentence
	// break ends: "RM23.50" is split after "RM23." because a digit follows the dot.
	endByte int
}

// commonDenominators are those of the fractions news and recipes write with a slash.
var commonDenominators = map[float64]bool{2: true, 3: true, 4: true, 5: true, 8: true, 10: true, 16: true, 32: true, 100: true}

// fraction reads "1/2" or "3/4" starting at token i, whose value is v. Only a proper
// fraction with a common denominator counts, so that "24/7", "9/11" and "12/03/2025"
// do not.
func (s *scanner) fraction(i int, v float64) (float64, bool) {
	if !s.touches(i) || s.word(i+1) != "/" || !s.touches(i+1) || s.kind(i+2) != document.Number ||
		s.word(i+3) == "/" || strings.ContainsAny(s.word(i), ".,") {
		return 0, false
	}
	d, ok := digitsValue(s.word(i + 2))
	if !ok || v >= d || v == 0 || !commonDenominators[d] {
		return 0, false // "9/11" is a date
	}
	return v / d, true
}

// gluedAmount reads an amount written in one word with what comes before it: a
// currency code ("USD10m", "EUR50m", "RM79"), a dollar prefix after "$" ("$US55,931,000",
// "$A82,615,680"), or "minus-", "sub-" ("minus-130", "sub-300"). It returns the
// currency the prefix names, if any.
func (s *scanner) gluedAmount(k int, currency string) (string, amount, bool) {
	w := s.word(k)
	p := strings.IndexAny(w, "0123456789")
	if p <= 0 {
		return "", amount{}, false
	}
	code, negative, ok := s.gluedPrefix(w[:p], currency, k)
	if !ok {
		return "", amount{}, false
	}
	a := amount{start: k, end: k + 1, scale: 1, negative: negative}
	var buf [40]byte
	digits := append(buf[:0], w[p:]...)
	for j := k + 1; j+1 < len(s.toks) && s.touches(j-1) && s.touches(j) && s.kind(j+1) == document.Number &&
		(s.word(j) == "," || s.word(j) == "."); j += 2 {
		digits = append(append(digits, s.word(j)...), s.word(j+1)...) // "$US55" ",931,000"
		a.end = j + 2
	}
	if s.touches(a.end-1) && s.kind(a.end) == document.Word {
		digits = append(digits, s.word(a.end)...) // "RM3.06mil": the letters are a multiplier
		a.end++
	}
	if last := len(s.toks) - 1; a.end == last+1 || a.end == last && s.word(last) == "." && s.touches(last-1) {
		if digits, a.endByte = s.beyondSentence(digits, s.toks[a.end-1].End); a.endByte > 0 {
			a.end = last + 1 // the point closed the sentence; the decimals open the next
		}
	}
	if a.value, a.scale, ok = scaledDigits(digits); !ok {
		return "", amount{}, false
	}
	if a.scale == 1 {
		s.scaleWord(&a)
	}
	return code, a, true
}

// gluedPrefix interprets the letters before the digits of a word: a dollar prefix
// after "$", a currency code, or "minus-" and "sub-".
func (s *scanner) gluedPrefix(prefix, currency string, k int) (code string, negative, ok bool) {
	switch {
	case currency == "USD" && s.touches(k-1):
		code, ok = lexicon.LookupFold(dollarPrefixes, prefix)
		return code, false, ok
	case currency != "":
		return "", false, false
	case len(prefix) >= 2 && strings.ToUpper(prefix) == prefix && has(currencyCodes, prefix):
		return currencyCodes[strings.ToLower(prefix)], false, true
	case strings.EqualFold(prefix, "minus-"):
		return "", true, true
	case strings.EqualFold(prefix, "sub-"):
		return "", false, true
	}
	return "", false, false
}

// scaledDigits reads digits followed by an optional multiplier: "3.06mil", "10m".
func scaledDigits(digits []byte) (value, scale float64, ok bool) {
	n := 0
	for n < len(digits) && (digits[n] >= '0' && digits[n] <= '9' || digits[n] == ',' || digits[n] == '.') {
		n++
	}
	v, ok := digitsValue(string(digits[:n]))
	if !ok {
		return 0, 0, false
	}
	if n == len(digits) {
		return v, 1, true
	}
	m, ok := lexicon.LookupFold(multipliers, string(digits[n:]))
	if !ok || m < 1e3 {
		return 0, 0, false
	}
	return v * m, m, true
}

// beyondSentence appends to digits the decimals and multiplier that follow byte end
// in the text when the sentence was cut at a decimal point ("RM23" + ".50", "AUD1" +
// ".5m") and returns them with the byte where they end.
func (s *scanner) beyondSentence(digits []byte, end int) ([]byte, int) {
	t := s.text
	if end+1 >= len(t) || t[end] != '.' || t[end+1] < '0' || t[end+1] > '9' {
		return digits, 0
	}
	j := end + 1
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	k := j
	for k < len(t) && k-j < 3 && (t[k] >= 'a' && t[k] <= 'z' || t[k] >= 'A' && t[k] <= 'Z') {
		k++
	}
	if k > j && (k == len(t) || !unicode.IsLetter(rune(t[k]))) && has(multipliers, t[j:k]) {
		j = k
	}
	return append(digits, t[end:j]...), j
}

// digitsValue parses "1,200" or "23.8"; ok is false for "3.0.1" and the like.
func digitsValue(w string) (float64, bool) {
	if len(w) > 40 {
		return 0, false // no amount in the news needs more digits; this keeps values finite
	}
	var v, frac float64
	dots := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			if dots == 0 {
				v = v*10 + float64(c-'0')
			} else {
				frac /= 10
				v += float64(c-'0') * frac
			}
		case c == '.':
			dots++
			frac = 1
		case c == ',':
			if dots > 0 {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	return v, dots <= 1
}

// leadingDot reads digits written after a bare decimal point: "001" in ".001".
func leadingDot(w string) float64 {
	v, scale := 0.0, 1.0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			continue
		}
		scale /= 10
		v += float64(w[i]-'0') * scale
	}
	return v
}

// wordValue reads a number word, including hyphenated tens ("twenty-five").
func wordValue(w string) (float64, bool) {
	if v, ok := lexicon.LookupFold(numberWords, w); ok {
		return v, true
	}
	tens, units, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	t, ok1 := lexicon.LookupFold(numberWords, tens)
	u, ok2 := lexicon.LookupFold(numberWords, units)
	if !ok1 || !ok2 || t < 20 || u >= 10 {
		return 0, false
	}
	return t + u, true
}

// number reads the amount starting at token i. currency says whether a currency sign
// came just before, which makes a glued "m" mean million rather than metres.
func (s *scanner) number(i int, currency bool) (amount, bool) {
	switch s.kind(i) {
	case document.Number:
		return s.digits(i, currency)
	case document.Word:
		return s.numberWords(i)
	}
	return amount{}, false
}

// digits reads "21", "23.8 billion", "£18bn", "5km", "33-storey".
func (s *scanner) digits(i int, currency bool) (amount, bool) {
	v, ok := digitsValue(s.word(i))
	if !ok {
		return amount{}, false
	}
	if start := s.toks[i].Start; start > 0 && s.text[start-1] == '.' && (start == 1 || s.text[start-2] == ' ') &&
		!strings.Contains(s.word(i), ".") {
		v = leadingDot(s.word(i)) // ".001 per cent"; the point may have ended the sentence
	}
	a := amount{value: v, start: i, end: i + 1, scale: 1}
	if f, ok := s.fraction(i, v); ok {
		a.value, a.end = f, i+3
		return a, true
	}
	if s.touches(i) {
		next := s.word(i + 1)
		switch {
		case s.kind(i+1) == document.Word:
			if !s.gluedWord(&a, next, currency) {
				return amount{}, false
			}
		case next == "-" && s.touches(i+1) && s.kind(i+2) == document.Word:
			a.suffix, a.suffixAfter = s.word(i+2), i+3
		}
	}
	if a.suffix == "" && a.scale == 1 {
		s.scaleWord(&a)
	}
	return a, true
}

// gluedWord interprets letters glued to digits: a multiplier ("18bn", "35m"), a unit
// ("5km", "20GB"). Ordinals ("22nd"), decades ("1990s") and clock times ("5pm") are
// not amounts, and neither is anything else unknown ("5G").
func (s *scanner) gluedWord(a *amount, w string, currency bool) bool {
	i := a.end
	if m, ok := lexicon.LookupFold(multipliers, w); ok && m >= 1e3 {
		if w == "m" && !currency && s.metresAfter(i+1) {
			a.suffix, a.suffixAfter = "metre", i+1
			return true
		}
		a.value *= m
		a.scale = m
		a.end = i + 1
		return true
	}
	if len(w) == 1 {
		// Single letters are read case-sensitively: "45g" is grams but "5G" is not.
		switch w {
		case "g", "l", "L", "W", "V":
			a.suffix, a.suffixAfter = w, i+1
			return true
		}
		return false
	}
	if has(measureUnits, w) || has(timeUnits, w) || has(currencyCodes, w) || has(subunits, w) ||
		strings.EqualFold(w, "pc") {
		a.suffix, a.suffixAfter = w, i+1
		return true
	}
	if base, rest, ok := strings.Cut(w, "-"); ok {
		if m, ok := lexicon.LookupFold(multipliers, base); ok && m >= 1e6 {
			a.value *= m
			a.scale = m
			a.suffix, a.suffixAfter = rest, i+1
			return true
		}
		if has(measureUnits, base) || has(timeUnits, base) {
			a.suffix, a.suffixAfter = w, i+1 // "3ft-long", "18month-old"
			return true
		}
	}
	return false
}

// metresAfter reports whether a glued "m" at token i-1 reads as metres rather than
// millions: metres are followed by a stop, a function word or a dimension ("100m
// sprint", "a 30m tall tower"); millions by what they count ("2.7m combined sales").
func (s *scanner) metresAfter(i int) bool {
	if !s.isLowerWord(i) || has(functionWords, s.word(i)) {
		return !s.is(i, "of")
	}
	switch strings.ToLower(s.word(i)) {
	case "tall", "long", "high", "deep", "wide", "away", "sprint", "race", "hurdles",
		"freestyle", "backstroke", "breaststroke", "butterfly", "relay", "dash":
		return true
	}
	return false
}

// scaleWord applies a multiplier written after the digits: "21 billion", "2.8 bn",
// "1.8 billion-mile".
func (s *scanner) scaleWord(a *amount) {
	for s.kind(a.end) == document.Word {
		w := s.word(a.end)
		if m, ok := lexicon.LookupFold(multipliers, w); ok && len(w) > 1 {
			a.value *= m
			a.scale *= m
			a.end++
			continue // "4 hundred million"
		}
		if base, rest, ok := strings.Cut(w, "-"); ok {
			if m, ok := lexicon.LookupFold(multipliers, base); ok && len(base) > 1 && m >= 1e3 {
				a.value *= m
				a.scale *= m
				a.suffix, a.suffixAfter = rest, a.end+1
				a.end++
			}
		}
		return
	}
}

// numberWords reads numbers written in words: "four", "twenty-five", "two dozen",
// "a million", "four and a half", "five-year", "hundreds of thousands".
func (s *scanner) numberWords(i int) (amount, bool) {
	if v, ok := lexicon.LookupFold(vagueAmounts, s.word(i)); ok {
		return s.vague(i, v)
	}
	a := amount{start: i, end: i, words: true, scale: 1}
	var total, current float64
	seen := false
	j := i
	if (s.is(j, "a") || s.is(j, "an")) && isScale(s.word(j+1)) {
		current, seen = 1, true
		j++
	}
	for ; j < len(s.toks); j++ {
		w := s.word(j)
		if v, ok := wordValue(w); ok {
			if seen && !joins(total, current, v) {
				break
			}
			current += v
			seen = true
			continue
		}
		if !seen {
			head, rest, ok := strings.Cut(w, "-")
			if v, ok2 := wordValue(head); ok && ok2 && rest != "" {
				current, seen = v, true
				a.suffix, a.suffixAfter = rest, j+1
				j++
			}
			break
		}
		if m, ok := lexicon.LookupFold(multipliers, w); ok && len(w) > 1 {
			if m == 100 {
				current *= 100
			} else {
				total += current * m
				current = 0
				a.scale = m
			}
			continue
		}
		if s.is(j, "and") && s.is(j+1, "a") && s.is(j+2, "half") {
			current += 0.5
			j += 3
		}
		break
	}
	if !seen {
		return amount{}, false
	}
	a.value = total + current
	if a.suffix == "" {
		a.end = j
	} else {
		a.end = a.suffixAfter
	}
	return a, true
}

// joins reports whether v continues a number written in words: "twenty five",
// "two hundred fifty", "two thousand six".
func joins(total, current, v float64) bool {
	tens := int(current)
	return tens == 0 && total > 0 || tens >= 20 && tens < 100 && tens%10 == 0 && v < 10 ||
		tens >= 100 && tens%100 == 0 && v < 100
}

// isScale reports whether w can follow "a" as a number: "a dozen", "a million".
func isScale(w string) bool {
	m, ok := lexicon.LookupFold(multipliers, w)
	return ok && len(w) > 1 && m >= 12
}

// vague reads "hundreds of thousands of": a range of one order of magnitude.
func (s *scanner) vague(i int, v float64) (amount, bool) {
	a := amount{value: v, upper: v * 10, start: i, end: i + 1, words: true, vague: true, scale: 1}
	if s.is(a.end, "of") {
		if w, ok := lexicon.LookupFold(vagueAmounts, s.word(a.end+1)); ok && w >= 1e3 {
			a.value, a.upper = v*w, v*w*10
			a.end += 2
		}
	}
	return a, true
}

// isPlural reports whether a lower-case noun looks plural: "deaths", "people".
func isPlural(w string) bool {
	if has(irregularPlurals, w) {
		return true
	}
	n := len(w)
	if n > 4 && strings.HasSuffix(w, "men") {
		return true // "fishermen", "policemen"
	}
	if n < 4 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

// singular returns the singular of a plural noun, lower-cased: "injuries" → "injury".
func singular(w string) string {
	w = strings.ToLower(w)
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "men") && n > 4:
		return w[:n-3] + "man" // "fishermen"
	case n < 4 || w[n-1] != 's':
		return w
	case strings.HasSuffix(w, "uses"):
		return w[:n-2] // "viruses"
	case strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "zes"):
		return w[:n-2]
	case w[n-2] == 's' || w[n-2] == 'u' || w[n-2] == 'i':
		return w
	}
	return w[:n-1]
}
