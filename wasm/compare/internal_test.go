package compare

import (
	"math"
	"testing"

	"parallax/wasm/mention"
)

func TestNameKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Dmitri Peskov", "Dmitry Peskov"},
		{"Dmitriy Peskov", "Dmitrii Peskov"},
		{"Zelenskyy", "Zelensky"},
		{"St. Petersburg", "Saint Petersburg"},
		{"U.S.", "United States"},
		{"UK", "Britain"},
		{"Sir Keir Starmer", "Keir Starmer"},
		{"Mélanie Joly", "Melanie Joly"},
		{"Kiev", "Kyiv"},
	}
	for _, tt := range tests {
		if nameKey(tt.a) != nameKey(tt.b) {
			t.Errorf("nameKey(%q) = %q, nameKey(%q) = %q", tt.a, nameKey(tt.a), tt.b, nameKey(tt.b))
		}
	}
	if nameKey("David Cameron") == nameKey("David Lammy") {
		t.Error("different people share a key")
	}
}

func TestWords(t *testing.T) {
	got := words("Russia’s U.S.-backed “deal”, don't")
	want := []string{"russia", "us", "backed", "deal", "dont"}
	if len(got) != len(want) {
		t.Fatalf("words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("words = %q, want %q", got, want)
		}
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in    string
		hours float64
		hedge hedgeKind
	}{
		{"more than four hours", 4, atLeast},
		{"four and a half hours", 4.5, exact},
		{"90 minutes", 1.5, exact},
		{"half an hour", 0.5, exact},
		{"an hour", 1, exact},
		{"about 2.5 hours", 2.5, about},
		{"two days", 48, exact},
	}
	for _, tt := range tests {
		a, ok := parseDuration(tt.in)
		if !ok || math.Abs(a.value/3600-tt.hours) > 1e-9 || a.hedge != tt.hedge {
			t.Errorf("parseDuration(%q) = %v h, hedge %d, %v; want %v h, hedge %d", tt.in, a.value/3600, a.hedge, ok, tt.hours, tt.hedge)
		}
	}
	for _, bad := range []string{"", "hours", "the talks", "four apples"} {
		if _, ok := parseDuration(bad); ok {
			t.Errorf("parseDuration(%q) succeeded", bad)
		}
	}
}

func TestRoundingStep(t *testing.T) {
	tests := []struct {
		value float64
		text  string
		step  float64
	}{
		{23.8e9, "$23.8 billion", 0.1e9},
		{24e9, "$24bn", 1e9},
		{30, "30", 0},
		{1200, "1,200", 100},
		{164, "164", 0},
		{12.5, "12.5", 0},
	}
	for _, tt := range tests {
		if got := roundingStep(tt.value, tt.text); math.Abs(got-tt.step) > 1e-3 {
			t.Errorf("roundingStep(%v, %q) = %v, want %v", tt.value, tt.text, got, tt.step)
		}
	}
}

func TestCompareAmounts(t *testing.T) {
	money := func(v float64, unit, text, hedge string) amount {
		return newAmount(mention.Quantity{Kind: mention.Money, Value: v, Unit: unit, Hedge: hedge}, text, "")
	}
	count := func(v float64, text, hedge string) amount {
		return newAmount(mention.Quantity{Kind: mention.Count, Value: v, Hedge: hedge}, text, "")
	}
	tests := []struct {
		name  string
		a, b  amount
		agree bool
	}{
		{"equal", money(5e6, "USD", "$5m", ""), money(5e6, "USD", "$5 million", ""), true},
		{"rounding", money(23.8e9, "USD", "$23.8bn", ""), money(24e9, "USD", "$24bn", ""), true},
		{"too far", money(23e9, "USD", "$23bn", ""), money(25e9, "USD", "$25bn", ""), false},
		{"lower bounds", money(18e9, "GBP", "£18bn", "more than"), money(30e9, "GBP", "£30bn", "over"), true},
		{"upper bound exceeded", money(5e6, "USD", "$5m", "up to"), money(7e6, "USD", "$7m", ""), false},
		{"rate table", money(10e9, "EUR", "€10bn", ""), money(11.3e9, "USD", "$11.3bn", ""), true},
		{"unknown currency", money(10e9, "XYZ", "10bn", ""), money(10e9, "USD", "$10bn", ""), false},
		// Ranges that only touch, at a value neither gives, are two counts.
		{"ranges touch", count(3000, "about 3,000", "about"), count(2000, "some 2,000", "some"), false},
		{"touch at a value given", count(2500, "2,500", ""), count(2000, "about 2,000", "about"), true},
		{"hedges overlap", count(2000, "about 2,000", "about"), count(2100, "2,100", ""), true},
	}
	for _, tt := range tests {
		if got := compareAmounts(tt.a, tt.b).agree; got != tt.agree {
			t.Errorf("%s: agree = %v, want %v", tt.name, got, tt.agree)
		}
	}
}

func TestStampKey(t *testing.T) {
	tests := []struct {
		line string
		key  int64
	}{
		{"Updated 12 March 2031 09:00", 203103120900},
		{"Published March 12, 2031 10:30 pm", 203103122230},
		{"Updated: 2031-03-12T18:05", 203103121805},
		{"Updated 12 March", 3120000},
		{"Updated recently", 0},
	}
	for _, tt := range tests {
		if got := stampKey(tt.line); got != tt.key {
			t.Errorf("stampKey(%q) = %d, want %d", tt.line, got, tt.key)
		}
	}
}

func TestRelatePlaces(t *testing.T) {
	tests := []struct {
		a, b string
		want placeRelation
	}{
		{"Moscow", "Moscow", samePlace},
		{"Moscow", "Russia", within},
		{"Moscow", "St. Petersburg", otherPlace},
		{"Moscow", "the Kremlin", unknownPlace},
	}
	for _, tt := range tests {
		if got := relatePlaces(nameKey(tt.a), nameKey(tt.b)); got != tt.want {
			t.Errorf("relatePlaces(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestParseOffice(t *testing.T) {
	tests := []struct {
		title string
		want  office
	}{
		{"former U.S. President", office{status: "former", qualifier: "united states", name: "president"}},
		{"UK Foreign Secretary", office{qualifier: "united kingdom", name: "foreign secretary"}},
		{"British Defence Secretary", office{qualifier: "united kingdom", name: "defense secretary"}},
		{"Kremlin spokesman", office{qualifier: "kremlin", name: "spokesperson"}},
		{"President", office{name: "president"}},
		{"Moscow’s Deputy Foreign Minister", office{qualifier: "russia", name: "deputy foreign minister"}},
	}
	for _, tt := range tests {
		if got := parseOffice(tt.title); got != tt.want {
			t.Errorf("parseOffice(%q) = %+v, want %+v", tt.title, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		line, label string
		ok          bool
	}{
		{"Port Alder, March 14: Firefighters worked through the night.", "Port Alder, March 14", true},
		{"LONDON, 3 March — The minister said", "LONDON, 3 March", true},
		{"Port Alder, a town of 9,000, woke to smoke.", "", false},
		{"However, June was calm: nothing happened.", "", false},
	}
	for _, tt := range tests {
		st, ok := dateline(tt.line)
		if ok != tt.ok || st.label != tt.label {
			t.Errorf("dateline(%q) = %q, %v; want %q, %v", tt.line, st.label, ok, tt.label, tt.ok)
		}
	}
}

func TestPartOf(t *testing.T) {
	passage := wordingOf(quoteWords("I am proud to join the Harbour Lions. The club has always been one of the boldest. " +
		"My goal is to help it win the titles its supporters want, under the Fair Play Rules of the league."))
	tests := []struct {
		part string
		want bool
	}{
		{"I am proud to join the Harbour Lions, said Reyes after signing,", true},
		{"My goal is to help the club win the titles its supporters want,", true},
		{"a wholly unfair reading of the Fair Play Rules of the league", false}, // a name in common
		{"It might not be the boldest move.", false},                            // too few words in common
	}
	for _, tt := range tests {
		if got := partOf(passage, wordingOf(quoteWords(tt.part))); got != tt.want {
			t.Errorf("partOf(%q) = %v, want %v", tt.part, got, tt.want)
		}
	}
}

func TestMostGiven(t *testing.T) {
	const p, o, l = mention.Person, mention.Org, mention.Place
	tests := []struct {
		counts []typeCount
		first  mention.Type
		want   mention.Type
	}{
		{[]typeCount{{o, 1}}, o, o},
		{[]typeCount{{o, 1}, {p, 2}}, o, p},         // the most mentions
		{[]typeCount{{p, 2}, {o, 2}}, p, p},         // a tie keeps the first seen
		{[]typeCount{{l, 1}, {p, 2}, {o, 2}}, l, o}, // then the first by name
	}
	for _, tt := range tests {
		if got := mostGiven(tt.counts, tt.first); got != tt.want {
			t.Errorf("mostGiven(%v, %s) = %s, want %s", tt.counts, tt.first, got, tt.want)
		}
	}
}

func TestOneSpaced(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"as written", "as written"},
		{"  two  spaces ", "two spaces"},
		{"a\tb\nc", "a b c"},
		{"no-break\u00a0space", "no-break space"},
		{"end ", "end"},
		{" ", ""},
	}
	for _, tt := range tests {
		if got := oneSpaced(tt.in); got != tt.want {
			t.Errorf("oneSpaced(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
