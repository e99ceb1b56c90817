package lexicon

import "strings"

// The calendar's words, read once from months.txt, monthabbreviations.txt and
// weekdays.txt. The lookups key them in lower case.
var (
	monthNames     = List("months")
	weekdayNames   = List("weekdays")
	abbreviations  = wordsOf(List("monthabbreviations"))
	monthNumbers   = numberMonths()
	weekdayNumbers = numberInOrder(weekdayNames)
	calendarNames  = newSet(append(append([]string(nil), monthNames...), weekdayNames...))
)

// numberMonths maps the months' names and abbreviations, in lower case, to their
// numbers: an abbreviation stands for the month whose name it begins.
func numberMonths() map[string]int {
	numbers := numberInOrder(monthNames)
	for short := range abbreviations {
		for i, name := range monthNames {
			if strings.HasPrefix(strings.ToLower(name), short) {
				numbers[short] = i + 1
				break
			}
		}
	}
	return numbers
}

// numberInOrder maps each of names, in lower case, to its place counted from 1.
func numberInOrder(names []string) map[string]int {
	numbers := make(map[string]int, len(names))
	for i, name := range names {
		numbers[strings.ToLower(name)] = i + 1
	}
	return numbers
}

// Month returns the number, 1 to 12, of the month w names or abbreviates, ignoring
// ASCII case: "September", "sept" and "SEP" give 9.
func Month(w string) (int, bool) {
	return LookupFold(monthNumbers, w)
}

// IsMonthAbbreviation reports whether w, ignoring ASCII case, is a month's short form
// ("Sept", "dec"), which may take a dot; "May" is a name, not an abbreviation.
func IsMonthAbbreviation(w string) bool {
	_, ok := LookupFold(abbreviations, w)
	return ok
}

// Weekday returns the number of the day of the week w names, ignoring ASCII case,
// counted from 1 for Monday to 7 for Sunday.
func Weekday(w string) (int, bool) {
	return LookupFold(weekdayNumbers, w)
}

// WeekdayName returns the name of day n of the week, as Weekday numbers them,
// capitalised: 1 gives "Monday".
func WeekdayName(n int) string { return weekdayNames[n-1] }

// CalendarWords returns every month name, month abbreviation and weekday name in
// lower case, in no particular order.
func CalendarWords() []string {
	words := make([]string, 0, len(monthNumbers)+len(weekdayNumbers))
	for w := range monthNumbers {
		words = append(words, w)
	}
	for w := range weekdayNumbers {
		words = append(words, w)
	}
	return words
}

// IsCalendarWord reports whether w, ignoring ASCII case, names or abbreviates a
// month or names a weekday.
func IsCalendarWord(w string) bool {
	_, month := Month(w)
	_, day := Weekday(w)
	return month || day
}

// IsCalendarName reports whether w is the full name of a month or a weekday,
// capitalised as written: "May" and "Monday", not "may" or "Mon".
func IsCalendarName(w string) bool { return calendarNames.Has(w) }

// timeZones holds the time zones' abbreviations of timezones.txt.
var timeZones = SetOfLists("timezones")

// IsTimeZone reports whether w abbreviates a time zone, in capitals as written after
// a clock time: "GMT", "ET".
func IsTimeZone(w string) bool { return timeZones.Has(w) }
