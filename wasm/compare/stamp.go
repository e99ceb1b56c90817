package compare

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// A stamp is when an article says it was published or last updated.
type stamp struct {
	label string // as written, e.g. "Updated 12 March 2025, 14:05"
	key   int64  // yyyymmddhhmm, comparable between stamps; 0 when unknown
}

// stampPrefixes open the lines that date an article.
var stampPrefixes = lexicon.List("stampopeners")

// monthOf returns the number of the month w names or abbreviates, or 0.
func monthOf(w string) int64 {
	m, _ := lexicon.Month(w)
	return int64(m)
}

// ReportingTime returns when d says it was written or last updated, as written, or
// "" when it does not say.
func ReportingTime(d *document.Document) string {
	return sourceStamp(d).label
}

// sourceStamp finds the latest publication or update time d states, in a paragraph
// the document stage marked as a timestamp or in a short line near the top or bottom
// that starts like one.
func sourceStamp(d *document.Document) stamp {
	var best stamp
	n := len(d.Paragraphs)
	for i, p := range d.Paragraphs {
		line := strings.TrimSpace(d.Text[p.Start:p.End])
		if i < 3 && best.key == 0 {
			if st, ok := dateline(line); ok {
				best = st
				continue
			}
		}
		if p.Reason != "timestamp" && (i >= 5 && i < n-3 || len(line) > 80 && i >= 2) {
			continue
		}
		lower := strings.ToLower(line)
		if f := strings.Fields(lower); len(f) > 1 && f[0] == "date" && stampKey(f[1]) > best.key {
			best = stamp{label: f[1], key: stampKey(f[1])} // a page's "date 2017-08-03" line
			continue
		}
		if !slices.ContainsFunc(stampPrefixes, func(pre string) bool { return strings.HasPrefix(lower, pre) }) {
			continue
		}
		if len(line) > 80 { // a date line run into the text after it: its first words
			line = line[:strings.LastIndexByte(line[:80], ' ')+1]
		}
		if key := stampKey(line); key > best.key {
			best = stamp{label: strings.TrimSpace(line), key: key}
		}
	}
	return best
}

// maxDatelinePlace bounds the place name a dateline opens with.
const maxDatelinePlace = 30

// dateline reads a dateline opening a story's first paragraph: a place, a comma and
// a day of a month ("Ahmedabad, June 13: …", "LONDON, 3 March —"). The year is
// usually left out, and the key then holds none.
func dateline(line string) (stamp, bool) {
	comma := strings.IndexByte(line, ',')
	if comma <= 0 || comma > maxDatelinePlace || !startsUpper(line) {
		return stamp{}, false
	}
	rest := line[comma+1:]
	end := strings.IndexAny(rest, ":—–-(")
	if end < 0 || end > 24 {
		return stamp{}, false
	}
	date := strings.TrimSpace(rest[:end])
	ws := words(date)
	if len(ws) < 2 || len(ws) > 3 || monthOf(ws[0]) == 0 && monthOf(ws[1]) == 0 {
		return stamp{}, false
	}
	key := stampKey(date)
	if key == 0 {
		return stamp{}, false
	}
	return stamp{label: strings.TrimSpace(line[:comma+1+end]), key: key}, true
}

// stampKey reads a date and an optional clock time from line: "12 March 2025",
// "March 12, 2025 10:30 pm", "2025-03-12T10:30". It returns 0 without a date.
func stampKey(line string) int64 {
	text := strings.ToLower(line)
	var year, month, day, hour, minute int64
	for i := strings.IndexByte(text, ':'); i >= 0 && i < len(text); {
		if h, m, start, end, ok := clockAt(text, i); ok {
			hour, minute = h, m
			rest := strings.TrimLeft(text[end:], " ")
			if strings.HasPrefix(rest, "pm") || strings.HasPrefix(rest, "p.m") {
				hour = hour%12 + 12
			}
			text = text[:start] + " " + text[end:]
			break
		}
		next := strings.IndexByte(text[i+1:], ':')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	for _, w := range words(text) {
		n, err := strconv.ParseInt(w, 10, 64)
		switch {
		case monthOf(w) != 0 && month == 0:
			month = monthOf(w)
		case err != nil:
		case n >= 1900 && n <= 2200 && year == 0:
			year = n
		case year != 0 && month == 0 && n >= 1 && n <= 12: // ISO order: year, month, day
			month = n
		case day == 0 && n >= 1 && n <= 31:
			day = n
		}
	}
	if month == 0 || day == 0 {
		return 0
	}
	return (((year*100+month)*100+day)*100+hour)*100 + minute
}

// clockAt reads the clock time whose colon is at text[i] ("18:05"), returning the
// hour, the minute and where the time starts (with an ISO "T" before it) and ends.
// The digits are read as the mention stage reads them.
func clockAt(text string, i int) (hour, minute int64, start, end int, ok bool) {
	if i < 1 || i+3 > len(text) {
		return 0, 0, 0, 0, false
	}
	start = i - 1
	if start > 0 && text[start-1] >= '0' && text[start-1] <= '9' {
		start--
	}
	h, m, ok := mention.ClockDigits(text[start:i], text[i+1:i+3])
	if !ok {
		return 0, 0, 0, 0, false
	}
	if start > 0 && text[start-1] == 't' {
		start--
	}
	return int64(h), int64(m), start, i + 3, true
}

// noYear is the least key of a stamp that has a year.
const noYear = 1_0000_0000

// growing concepts are counts that rise as news comes in.
var growing = map[string]bool{
	"deaths": true, "injuries": true, "missing": true, "casualties": true,
	"displaced": true, "evacuated": true, "arrests": true, "cases": true,
}

// changeOverTime says whether the figures of one slot are a count that moves over
// time, reported by articles written at different times, and explains it.
func (c *comparer) changeOverTime(figs []figure) (bool, string) {
	type dated struct {
		f  figure
		st stamp
	}
	var ds []dated
	for _, f := range figs {
		if !slices.ContainsFunc(f.concepts, func(x string) bool { return growing[x] }) {
			return false, ""
		}
		st := c.stamp(f.src)
		if st.key == 0 {
			return false, ""
		}
		ds = append(ds, dated{f, st})
	}
	if slices.ContainsFunc(ds, func(d dated) bool { return d.st.key < noYear }) {
		for i := range ds { // a dateline without a year: compare months, days and times
			ds[i].st.key %= noYear
		}
	}
	slices.SortStableFunc(ds, func(a, b dated) int { return int(a.st.key - b.st.key) })
	if ds[0].st.key == ds[len(ds)-1].st.key {
		return false, ""
	}
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%s (%s) gives %s", c.docName(d.f.src), d.st.label, d.f.amount.text))
	}
	trend := "was revised between reports"
	if ds[len(ds)-1].f.amount.value > ds[0].f.amount.value {
		trend = "rose between reports"
	}
	return true, strings.Join(parts, "; ") + ": the articles were written at different times and the figure " + trend + ", a change over time rather than a contradiction."
}

// togetherDays is how many days apart sources may be written to be taken for
// reports of one time (a person's age in them is the same).
const togetherDays = 60

// writtenTogether reports whether the sources were written within weeks of each
// other: their stamps say so, or every two of them name the day of one happening by
// its weekday, which a report does only in the week of it.
func (c *comparer) writtenTogether(srcs []int) bool {
	first, last := int64(math.MaxInt64), int64(0)
	dated := true
	for _, s := range srcs {
		k := c.stamp(s).key
		if k < noYear {
			dated = false // no stamp, or one without its year
			break
		}
		ymd := k / 1_0000
		days := ymd/1_0000*372 + ymd/100%100*31 + ymd%100 // near enough to count weeks
		first, last = min(first, days), max(last, days)
	}
	if dated {
		return last-first <= togetherDays
	}
	for i, a := range srcs {
		for _, b := range srcs[i+1:] {
			if a != b && !c.sameWeek[[2]int{min(a, b), max(a, b)}] {
				return false
			}
		}
	}
	return true
}

// noteWeekdays records the sources that give the day of one happening by its
// weekday alone, as written in its week.
func (c *comparer) noteWeekdays(sl *eventSlot) {
	var srcs []int
	for _, o := range sl.members {
		if slices.ContainsFunc(o.days, func(v slotValue) bool { return isWeekday(v.text) }) {
			srcs = append(srcs, o.src)
		}
	}
	if len(srcs) < 2 {
		return
	}
	if c.sameWeek == nil {
		c.sameWeek = map[[2]int]bool{}
	}
	for i, a := range srcs {
		for _, b := range srcs[i+1:] {
			c.sameWeek[[2]int{min(a, b), max(a, b)}] = true
		}
	}
}

// isWeekday reports whether an event's day is a day of the week.
func isWeekday(day string) bool {
	_, ok := lexicon.Weekday(day)
	return ok
}

// stamp returns the publication or update time of source s, found once.
func (c *comparer) stamp(s int) stamp {
	if c.stamps == nil {
		c.stamps = make([]*stamp, len(c.sources))
	}
	if c.stamps[s] == nil {
		st := sourceStamp(c.sources[s].Doc)
		c.stamps[s] = &st
	}
	return *c.stamps[s]
}
