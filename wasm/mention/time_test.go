package mention

import (
	"fmt"
	"strings"
	"testing"

	"parallax/wasm/document"
)

// The sentences are invented.
func TestFindTimes(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // "kind value [covered text]"
	}{
		{"The envoy arrived on Friday and left on Sunday.",
			[]string{"weekday Friday [Friday]", "weekday Sunday [Sunday]"}},
		{"Talks began earlier this week, resumed over the weekend and end next month.",
			[]string{"relative this week [earlier this week]", "relative this weekend [over the weekend]", "relative next month [next month]"}},
		{"Yesterday the port shut; it reopens tomorrow, as it did last month.",
			[]string{"relative yesterday [Yesterday]", "relative tomorrow [tomorrow]", "relative last month [last month]"}},
		{"The accord was signed on March 12, on 12 March 2025 and on 2025-03-12.",
			[]string{"date XXXX-03-12 [March 12]", "date 2025-03-12 [12 March 2025]", "date 2025-03-12 [2025-03-12]"}},
		{"It was drafted on July 4, 2016, revised in Sept. 2019 and published in May.",
			[]string{"date 2016-07-04 [July 4, 2016]", "date 2019-09 [Sept. 2019]", "date XXXX-05 [May]"}},
		{"Crowds gathered at 10:30 a.m., again at 5pm, at 12:01 a.m. and at 23:15 GMT.",
			[]string{"time 10:30 [10:30 a.m.]", "time 17:00 [5pm]", "time 00:01 [12:01 a.m.]", "time 23:15 GMT [23:15 GMT]"}},
		{"The war began in 2022, three years ago, unlike the wars of the 1990s.",
			[]string{"year 2022 [2022]", "relative 3 years ago [three years ago]", "year 1990s [1990s]"}},
		{"A USA TODAY analysis and the Today show came out.", nil},
		{"Crews may march 2000 km, with 1,500 trucks and about 2000 people.", nil},
		{"The temple was built between 1600 and 1650, with an average of 1500 stones.",
			[]string{"year 1600 [1600]", "year 1650 [1650]"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			d, err := document.Parse("test", tt.sentence)
			var got []string
			if err == nil {
				for _, tm := range FindTimes(d) {
					got = append(got, fmt.Sprintf("%s %s [%s]", tm.Kind, tm.Value, d.Slice(tm.Span)))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestSeedTimes checks the days the real articles give for the meeting.
func TestSeedTimes(t *testing.T) {
	docs := seedDocuments(t)
	tests := []struct {
		seed string
		want string // the weekday values, in order
	}{
		{"000", "Thursday Friday"},
		{"001", "Friday"},
		{"002", "Thursday Thursday"},
		{"003", "Friday Friday Saturday Friday Thursday"},
		{"004", "Monday Sunday"},
	}
	for _, tt := range tests {
		var days []string
		for _, tm := range FindTimes(docs[tt.seed]) {
			if tm.Kind == Weekday {
				days = append(days, tm.Value)
			}
		}
		if got := strings.Join(days, " "); got != tt.want {
			t.Errorf("seed %s: weekdays %q, want %q", tt.seed, got, tt.want)
		}
	}
}

func ExampleFindTimes() {
	d, err := document.Parse("example.txt",
		"The envoy met the minister on Friday, earlier this week than planned, at 10:30 a.m. on 12 March 2025.")
	if err != nil {
		panic(err)
	}
	for _, t := range FindTimes(d) {
		fmt.Printf("%s %q\n", t.Kind, t.Value)
	}
	// Output:
	// weekday "Friday"
	// relative "this week"
	// time "10:30"
	// date "2025-03-12"
}

func TestClockDigits(t *testing.T) {
	tests := []struct {
		h, m         string
		hour, minute int
		ok           bool
	}{
		{"18", "05", 18, 5, true},
		{"9", "30", 9, 30, true},
		{"0", "00", 0, 0, true},
		{"24", "00", 0, 0, false}, // past the day
		{"12", "60", 0, 0, false},
		{"123", "00", 0, 0, false}, // an hour has at most two digits
		{"12", "5", 0, 0, false},   // a minute has two
		{"", "30", 0, 0, false},
		{"ab", "30", 0, 0, false},
	}
	for _, tt := range tests {
		hour, minute, ok := ClockDigits(tt.h, tt.m)
		if hour != tt.hour || minute != tt.minute || ok != tt.ok {
			t.Errorf("ClockDigits(%q, %q) = %d, %d, %v; want %d, %d, %v", tt.h, tt.m, hour, minute, ok, tt.hour, tt.minute, tt.ok)
		}
	}
}
