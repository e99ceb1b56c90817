package mention

import (
	"strconv"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
)

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
	// "3 years ago", "2025-03-12" ("XXXX-03-12" when the year is not given, "2025-03"
	// for a month), "22:30" (with a zone when given: "04:01 GMT"), "2022", "1990s".
	Value string `json:"value"`
	Span
}

// FindTimes returns the time expressions in d in text order.
func FindTimes(d *document.Document) []Time {
	_, times := findAmountsAndTimes(d)
	return times
}

// times appends the time expressions of the scanner's sentence to dst.
func (s *scanner) times(dst []Time) []Time {
	for i := 0; i < len(s.toks); {
		if s.kind(i) != document.Number && s.roles(i)&startsTime == 0 {
			i++
			continue
		}
		t, next, ok := s.timeAt(i)
		if !ok {
			i++
			continue
		}
		dst = append(dst, t)
		i = next
	}
	return dst
}

// timeAt reads a time expression starting at token i and returns it with the index
// of the token after it.
func (s *scanner) timeAt(i int) (Time, int, bool) {
	switch s.kind(i) {
	case document.Number:
		if t, j, ok := s.isoDate(i); ok {
			return t, j, true
		}
		if t, j, ok := s.dayMonth(i); ok {
			return t, j, true
		}
		if t, j, ok := s.clock(i); ok {
			return t, j, true
		}
		if t, j, ok := s.year(i); ok {
			return t, j, true
		}
		return s.ago(i)
	case document.Word:
		if day, ok := lexicon.Weekday(s.word(i)); ok && s.isCapitalised(i) {
			return Time{Kind: Weekday, Value: lexicon.WeekdayName(day), Span: s.span(i, i+1)}, i + 1, true
		}
		if t, j, ok := s.monthFirst(i); ok {
			return t, j, true
		}
		if t, j, ok := s.relative(i); ok {
			return t, j, true
		}
		if s.is(i, "noon") || s.is(i, "midnight") {
			v := "12:00"
			if s.is(i, "midnight") {
				v = "00:00"
			}
			return Time{Kind: Clock, Value: v, Span: s.span(i, i+1)}, i + 1, true
		}
		return s.ago(i)
	}
	return Time{}, 0, false
}

// month reads a capitalised month name at token i, with the dot of an abbreviation,
// and returns its number and the token after it.
func (s *scanner) month(i int) (int, int, bool) {
	m, ok := lexicon.Month(s.word(i))
	if !ok || !s.isCapitalised(i) {
		return 0, 0, false
	}
	j := i + 1
	short := lexicon.IsMonthAbbreviation(s.word(i))
	if short && s.word(j) == "." && s.touches(i) {
		j++ // the dot of "Sept." or "Dec."
	} else if short && !s.fullDateAfter(j) {
		return 0, 0, false // "Mar" or "Dec" alone is too often a name
	}
	return m, j, true
}

// fullDateAfter reports whether a day and a year follow token j-1, which makes an
// abbreviated month without its dot a month: "Jul 15 2019".
func (s *scanner) fullDateAfter(j int) bool {
	_, k, ok := s.dayNumber(j)
	if ok && s.word(k) == "," {
		k++
	}
	_, year := s.yearNumber(k)
	return ok && year
}

// dayNumber reads a day of the month at token i ("12", "12th") and returns the
// token after it.
func (s *scanner) dayNumber(i int) (int, int, bool) {
	if s.kind(i) != document.Number || len(s.word(i)) > 2 {
		return 0, 0, false
	}
	d, err := strconv.Atoi(s.word(i))
	if err != nil || d < 1 || d > 31 {
		return 0, 0, false
	}
	j := i + 1
	if s.touches(i) {
		switch strings.ToLower(s.word(j)) {
		case "st", "nd", "rd", "th":
			j++
		default:
			if s.kind(j) != document.Punct {
				return 0, 0, false
			}
		}
	}
	return d, j, true
}

// yearNumber reads a year of four digits, 1000 to 2199, at token i. Years before
// 1800 count only after a word that makes them one ("in 1600", "between 1600").
func (s *scanner) yearNumber(i int) (int, bool) {
	w := s.word(i)
	if s.kind(i) != document.Number || len(w) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil && y >= 1000 && y < 2200 && (y >= 1800 || isOldYearLead(s.word(i-1)))
}

// isOldYearLead reports whether w makes a number from 1000 to 1799 after it a year:
// "in 1600", "between 1600 and 1900", but not "an average of 1500".
func isOldYearLead(w string) bool {
	switch strings.ToLower(w) {
	case "in", "since", "until", "between", "and", "circa", "c.", "ad", "a.d.", "bc", "year":
		return true
	}
	return false
}

// monthFirst reads "March 12", "March 12, 2025", "March 2025" and, after a word that
// makes it a date ("in March"), a month alone.
func (s *scanner) monthFirst(i int) (Time, int, bool) {
	m, j, ok := s.month(i)
	if !ok {
		return Time{}, 0, false
	}
	if d, k, ok := s.dayNumber(j); ok {
		y, end := 0, k
		if s.word(k) == "," {
			if yy, ok := s.yearNumber(k + 1); ok {
				y, end = yy, k+2
			}
		} else if yy, ok := s.yearNumber(k); ok {
			y, end = yy, k+1
		}
		return Time{Kind: Date, Value: dateValue(y, m, d), Span: s.span(i, end)}, end, true
	}
	if y, ok := s.yearNumber(j); ok {
		return Time{Kind: Date, Value: dateValue(y, m, 0), Span: s.span(i, j+1)}, j + 1, true
	}
	prev := strings.ToLower(s.word(i - 1))
	switch prev {
	case "in", "since", "until", "till", "by", "early", "late", "mid", "last", "next", "this",
		"of", "from", "through", "during", "before", "after", "between", "and", "to":
	default:
		if m == 3 || m == 5 || i == 0 {
			return Time{}, 0, false // "March" and "May" are also verbs
		}
	}
	return Time{Kind: Date, Value: dateValue(0, m, 0), Span: s.span(i, j)}, j, true
}

// dayMonth reads "12 March" and "12 March 2025".
func (s *scanner) dayMonth(i int) (Time, int, bool) {
	d, j, ok := s.dayNumber(i)
	if !ok {
		return Time{}, 0, false
	}
	m, k, ok := s.month(j)
	if !ok {
		return Time{}, 0, false
	}
	y := 0
	if yy, ok := s.yearNumber(k); ok {
		y = yy
		k++
	}
	return Time{Kind: Date, Value: dateValue(y, m, d), Span: s.span(i, k)}, k, true
}

// isoDate reads "2025-03-12".
func (s *scanner) isoDate(i int) (Time, int, bool) {
	y, ok := s.yearNumber(i)
	if !ok || s.word(i+1) != "-" || s.word(i+3) != "-" || !s.touches(i) || !s.touches(i+1) ||
		!s.touches(i+2) || !s.touches(i+3) {
		return Time{}, 0, false
	}
	m, err1 := strconv.Atoi(s.word(i + 2))
	d, err2 := strconv.Atoi(s.word(i + 4))
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return Time{}, 0, false
	}
	return Time{Kind: Date, Value: dateValue(y, m, d), Span: s.span(i, i+5)}, i + 5, true
}

// dateValue formats a date as ISO 8601, with "XXXX" for an unknown year and without
// the day when d is 0.
func dateValue(y, m, d int) string {
	var b []byte
	if y == 0 {
		b = append(b, "XXXX"...)
	} else {
		b = strconv.AppendInt(b, int64(y), 10)
	}
	b = append(b, '-')
	b = appendTwo(b, m)
	if d > 0 {
		b = append(b, '-')
		b = appendTwo(b, d)
	}
	return string(b)
}

func appendTwo(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

// clock reads "10:30 a.m.", "10.45pm", "5am", "12:01 a.m. EDT".
func (s *scanner) clock(i int) (Time, int, bool) {
	w := s.word(i)
	if len(w) > 5 {
		return Time{}, 0, false
	}
	hour, minute, j := 0, 0, i+1
	h, m, dotted := strings.Cut(w, ".")
	var err error
	if hour, err = strconv.Atoi(h); err != nil || len(h) > 2 {
		return Time{}, 0, false
	}
	var ok bool
	switch {
	case dotted:
		if hour, minute, ok = ClockDigits(h, m); !ok {
			return Time{}, 0, false
		}
	case s.word(j) == ":" && s.touches(i) && s.touches(j):
		if hour, minute, ok = ClockDigits(h, s.word(j+1)); !ok {
			return Time{}, 0, false
		}
		j += 2
	}
	half, k := s.meridiem(j, s.touches(j-1))
	switch {
	case k > j:
		if hour < 1 || hour > 12 {
			return Time{}, 0, false
		}
		hour = hour%12 + half
		j = k
	case dotted || j == i+1:
		return Time{}, 0, false // "10.45" alone is a number; "10:45" alone is a clock
	}
	if hour > 23 || minute > 59 {
		return Time{}, 0, false
	}
	b := appendTwo(nil, hour)
	b = append(b, ':')
	b = appendTwo(b, minute)
	if zone := s.word(j); lexicon.IsTimeZone(zone) {
		b = append(append(b, ' '), zone...)
		j++
	}
	return Time{Kind: Clock, Value: string(b), Span: s.span(i, j)}, j, true
}

// ClockDigits reads the hour and the minute of a clock time written in digits, as
// on either side of the colon of "18:05" or the dot of "10.45pm": an hour of one or
// two digits and a minute of two, within a day. Both readers of clock times use it:
// the scanner's on tokens and the comparison's on a page's date line.
func ClockDigits(h, m string) (hour, minute int, ok bool) {
	if len(h) == 0 || len(h) > 2 || len(m) != 2 {
		return 0, 0, false
	}
	hour, errH := strconv.Atoi(h)
	minute, errM := strconv.Atoi(m)
	if errH != nil || errM != nil || hour > 23 || minute > 59 {
		return 0, 0, false
	}
	return hour, minute, true
}

// meridiem reads "am", "p.m." at token j and returns 0 or 12 and the token after it
// (j itself when there is none). glued says the word touches the number ("5pm").
func (s *scanner) meridiem(j int, glued bool) (int, int) {
	half := 0
	switch strings.ToLower(s.word(j)) {
	case "pm":
		half = 12
		fallthrough
	case "am":
		return half, j + 1
	case "p":
		half = 12
		fallthrough
	case "a":
		if glued || s.word(j+1) != "." || !s.is(j+2, "m") {
			return 0, j
		}
		if s.word(j+3) == "." && s.touches(j+2) {
			return half, j + 4
		}
		return half, j + 3
	}
	return 0, j
}

// year reads a year standing alone ("in 2022") or a decade ("the 1990s"). A number
// that looks like a year but has a unit ("2000 km", "$2022") is a quantity instead.
func (s *scanner) year(i int) (Time, int, bool) {
	if _, ok := s.yearNumber(i); !ok {
		return Time{}, 0, false
	}
	if s.touches(i) && s.word(i+1) == "s" {
		return Time{Kind: Year, Value: s.word(i) + "s", Span: s.span(i, i+2)}, i + 2, true
	}
	if s.touches(i) && s.kind(i+1) == document.Word || s.touches(i-1) && s.kind(i-1) != document.Punct {
		return Time{}, 0, false
	}
	if _, ok := lexicon.LookupFold(currencySymbols, s.word(i-1)); ok {
		return Time{}, 0, false
	}
	switch s.word(i - 1) {
	case "to", "and", "or", "-", "–":
		if _, year := s.yearNumber(i - 2); s.kind(i-2) == document.Number && !year {
			return Time{}, 0, false // the end of a range of amounts: "from 1000 to 2000 hires"
		}
	}
	next := s.word(i + 1)
	if next == "%" || has(multipliers, next) && len(next) > 1 || has(measureUnits, next) ||
		has(timeUnits, next) || has(currencyWords, next) || has(currencyCodes, next) ||
		s.hedgeBefore(i) {
		return Time{}, 0, false
	}
	return Time{Kind: Year, Value: s.word(i), Span: s.span(i, i+1)}, i + 1, true
}

// hedgeBefore reports whether a hedge or "than" stands before token i, which makes
// a year-like number an amount: "more than 2000", "about 1500".
func (s *scanner) hedgeBefore(i int) bool {
	switch strings.ToLower(s.word(i - 1)) {
	case "than", "about", "around", "nearly", "almost", "roughly", "approximately", "some",
		"least", "over", "under", "only", "just", "exactly":
		return true
	}
	return false
}

// ago reads "three years ago", "a week ago".
func (s *scanner) ago(i int) (Time, int, bool) {
	a, ok := s.number(i, false)
	if s.is(i, "a") || s.is(i, "an") {
		a, ok = amount{value: 1, start: i, end: i + 1, scale: 1}, true
	}
	if !ok || a.suffix != "" {
		return Time{}, 0, false
	}
	unit, ok := lexicon.LookupFold(timeUnits, s.word(a.end))
	if !ok || !s.is(a.end+1, "ago") {
		return Time{}, 0, false
	}
	b := strconv.AppendFloat(nil, a.value, 'f', -1, 64)
	b = append(append(append(b, ' '), unit...), 's')
	if a.value == 1 {
		b = b[:len(b)-1]
	}
	b = append(b, " ago"...)
	return Time{Kind: Relative, Value: string(b), Span: s.span(i, a.end+2)}, a.end + 2, true
}

// lookupPair finds the two words a and b, joined by a space, in m ignoring ASCII
// case, without allocating.
func lookupPair[V any](m map[string]V, a, b string) (V, bool) {
	var buf [48]byte
	if len(a)+1+len(b) > len(buf) {
		var zero V
		return zero, false
	}
	n := copy(buf[:], a)
	buf[n] = ' '
	n++
	n += copy(buf[n:], b)
	for i := 0; i < n; i++ {
		if c := buf[i]; 'A' <= c && c <= 'Z' {
			buf[i] = c + 'a' - 'A'
		}
	}
	v, ok := m[string(buf[:n])]
	return v, ok
}

// A phrase is a relative time expression and its normalised value.
type phrase struct {
	words []string
	value string
}

// relativePhrases are keyed by their first two words (their only word for one-word
// phrases) and tried in order, so longer phrases come first.
var relativePhrases = func() map[string][]phrase {
	var ps []phrase
	for _, period := range []string{"week", "month", "year", "weekend", "morning", "afternoon", "evening", "spring", "summer", "autumn", "winter"} {
		ps = append(ps,
			phrase{[]string{"earlier", "this", period}, "this " + period},
			phrase{[]string{"later", "this", period}, "this " + period},
			phrase{[]string{"earlier", "in", "the", period}, "this " + period},
			phrase{[]string{"this", "past", period}, "last " + period},
			phrase{[]string{"the", "past", period}, "last " + period},
			phrase{[]string{"the", "previous", period}, "last " + period},
			phrase{[]string{"the", "following", period}, "next " + period},
			phrase{[]string{"this", period}, "this " + period},
			phrase{[]string{"last", period}, "last " + period},
			phrase{[]string{"next", period}, "next " + period},
		)
	}
	ps = append(ps,
		phrase{[]string{"over", "the", "weekend"}, "this weekend"},
		phrase{[]string{"at", "the", "weekend"}, "this weekend"},
		phrase{[]string{"earlier", "today"}, "today"},
		phrase{[]string{"later", "today"}, "today"},
		phrase{[]string{"last", "night"}, "last night"},
		phrase{[]string{"the", "day", "before"}, "yesterday"},
		phrase{[]string{"today"}, "today"},
		phrase{[]string{"tonight"}, "tonight"},
		phrase{[]string{"yesterday"}, "yesterday"},
		phrase{[]string{"tomorrow"}, "tomorrow"},
	)
	byStart := make(map[string][]phrase)
	for _, p := range ps {
		key := strings.Join(p.words[:min(2, len(p.words))], " ")
		byStart[key] = append(byStart[key], p)
	}
	return byStart
}()

// relativeFirstWords are the words a relative expression starts with.
var relativeFirstWords = func() []string {
	var ws []string
	for key := range relativePhrases {
		first, _, _ := strings.Cut(key, " ")
		ws = append(ws, first)
	}
	return ws
}()

// relative reads a relative expression such as "earlier this week".
func (s *scanner) relative(i int) (Time, int, bool) {
	candidates, ok := lookupPair(relativePhrases, s.word(i), s.word(i+1))
	if !ok {
		candidates, _ = lexicon.LookupFold(relativePhrases, s.word(i))
	}
	for _, p := range candidates {
		j := i
		for _, w := range p.words {
			if !s.is(j, w) {
				break
			}
			j++
		}
		if j-i == len(p.words) {
			if len(p.words) == 1 && i > 0 && s.isCapitalised(i) {
				return Time{}, 0, false // "USA Today", "the Today show": a name
			}
			return Time{Kind: Relative, Value: p.value, Span: s.span(i, j)}, j, true
		}
	}
	return Time{}, 0, false
}
