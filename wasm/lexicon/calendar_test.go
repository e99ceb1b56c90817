package lexicon

import (
	"fmt"
	"testing"
)

func TestMonth(t *testing.T) {
	tests := []struct {
		word        string
		number      int
		known, abbr bool
	}{
		{"January", 1, true, false},
		{"may", 5, true, false},
		{"Sept", 9, true, true},
		{"SEP", 9, true, true},
		{"dec", 12, true, true},
		{"July", 7, true, false},
		{"Septem", 0, false, false},
		{"", 0, false, false},
		{"Monday", 0, false, false},
	}
	for _, tt := range tests {
		n, ok := Month(tt.word)
		if n != tt.number || ok != tt.known || IsMonthAbbreviation(tt.word) != tt.abbr {
			t.Errorf("Month(%q) = %d, %v, abbreviation %v; want %d, %v, %v",
				tt.word, n, ok, IsMonthAbbreviation(tt.word), tt.number, tt.known, tt.abbr)
		}
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		word   string
		number int
		known  bool
	}{
		{"Monday", 1, true},
		{"sunday", 7, true},
		{"WEDNESDAY", 3, true},
		{"Mon", 0, false},
		{"March", 0, false},
	}
	for _, tt := range tests {
		if n, ok := Weekday(tt.word); n != tt.number || ok != tt.known {
			t.Errorf("Weekday(%q) = %d, %v; want %d, %v", tt.word, n, ok, tt.number, tt.known)
		}
	}
}

func TestWeekdayName(t *testing.T) {
	for n, want := range map[int]string{1: "Monday", 3: "Wednesday", 7: "Sunday"} {
		if got := WeekdayName(n); got != want {
			t.Errorf("WeekdayName(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestIsCalendarName(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"May", true},
		{"Sunday", true},
		{"may", false},
		{"Sept", false},
		{"Mayor", false},
	}
	for _, tt := range tests {
		if got := IsCalendarName(tt.word); got != tt.want {
			t.Errorf("IsCalendarName(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestCalendarWordsAreKnown(t *testing.T) {
	words := CalendarWords()
	if len(words) != 12+12+7 {
		t.Fatalf("CalendarWords() has %d words, want the 12 months, 12 abbreviations and 7 days", len(words))
	}
	for _, w := range words {
		_, month := Month(w)
		_, day := Weekday(w)
		if !IsCalendarWord(w) {
			t.Errorf("IsCalendarWord(%q) = false", w)
		}
		if month == day {
			t.Errorf("%q is a month: %v, a weekday: %v; want exactly one", w, month, day)
		}
	}
}

func ExampleMonth() {
	for _, w := range []string{"March", "Sept", "Friday"} {
		n, ok := Month(w)
		fmt.Println(w, n, ok)
	}
	// Output:
	// March 3 true
	// Sept 9 true
	// Friday 0 false
}

func TestIsTimeZone(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"GMT", true},
		{"EDT", true},
		{"gmt", false}, // after a clock time zones are written in capitals
		{"AT", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsTimeZone(tt.word); got != tt.want {
			t.Errorf("IsTimeZone(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
