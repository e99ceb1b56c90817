package mention

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"parallax/internal/growth"
	"parallax/wasm/document"
)

// want is the part of a Quantity a table row checks; Converted is checked through
// convValue and convUnit.
type want struct {
	kind      QuantityKind
	value     float64
	upper     float64
	unit      string
	per       string
	hedge     string
	of        string
	text      string // what the span covers
	convValue float64
	convUnit  string
}

// The sentences are invented.
func TestFindQuantities(t *testing.T) {
	tests := []struct {
		sentence string
		want     []want
	}{
		{"The alliance pledged more than €21 billion ($23.8 billion) in military assistance.",
			[]want{{kind: Money, value: 21e9, unit: "EUR", hedge: "more than", of: "military assistance", text: "more than €21 billion", convValue: 23.8e9, convUnit: "USD"}}},
		{"The alliance pledged more than €21 billion($23.8 billion) in military assistance.",
			[]want{{kind: Money, value: 21e9, unit: "EUR", hedge: "more than", of: "military assistance", text: "more than €21 billion", convValue: 23.8e9, convUnit: "USD"}}},
		{"Donors offered over £18 billion (roughly $22.6 billion) in new aid for the port.",
			[]want{{kind: Money, value: 18e9, unit: "GBP", hedge: "over", of: "new aid", text: "over £18 billion", convValue: 22.6e9, convUnit: "USD"}}},
		{"The city paid US$84 billion, then £18bn, then €5m and $50k.",
			[]want{{kind: Money, value: 84e9, unit: "USD"}, {kind: Money, value: 18e9, unit: "GBP"}, {kind: Money, value: 5e6, unit: "EUR"}, {kind: Money, value: 5e4, unit: "USD"}}},
		{"Tickets cost 40 dollars, 35 euros or 30 pounds, and 50 Australian dollars abroad.",
			[]want{{kind: Money, value: 40, unit: "USD"}, {kind: Money, value: 35, unit: "EUR"}, {kind: Money, value: 30, unit: "GBP"}, {kind: Money, value: 50, unit: "AUD"}}},
		{"The report counted at least 164 deaths and 910 injuries in the valley.",
			[]want{{kind: Count, value: 164, unit: "death", hedge: "at least", of: "deaths"}, {kind: Count, value: 910, unit: "injury", of: "injuries"}}},
		{"Crews searched a 33-storey building while 300 people missing were sought.",
			[]want{{kind: Count, value: 33, unit: "storey", of: "building", text: "33-storey"}, {kind: Count, value: 300, unit: "people", of: "people"}}},
		{"The shipment held hundreds of thousands of drones.",
			[]want{{kind: Count, value: 1e5, upper: 1e6, unit: "drone", of: "drones"}}},
		{"The envoy held his third meeting with four ministers and two dozen aides.",
			[]want{{kind: Count, value: 4, unit: "minister"}, {kind: Count, value: 24, unit: "aide"}}},
		{"A million visitors came, a 50% increase, then 50 per cent and 50 percent more.",
			[]want{{kind: Count, value: 1e6, unit: "visitor"}, {kind: Percent, value: 50, unit: "%", of: "increase"}, {kind: Percent, value: 50, unit: "%"}, {kind: Percent, value: 50, unit: "%"}}},
		{"The talks lasted more than four hours, then four and a half hours.",
			[]want{{kind: Duration, value: 4, unit: "hour", hedge: "more than"}, {kind: Duration, value: 4.5, unit: "hour"}}},
		{"Both sides agreed a 30-day cease-fire three years ago.",
			[]want{{kind: Duration, value: 30, unit: "day", of: "cease-fire", text: "30-day"}}},
		{"Prices rose roughly 5%, about 6%, approximately 7%, nearly 8%, almost 9% and up to 10%.",
			[]want{{hedge: "roughly", value: 5, kind: Percent, unit: "%"}, {hedge: "about", value: 6, kind: Percent, unit: "%"}, {hedge: "approximately", value: 7, kind: Percent, unit: "%"}, {hedge: "nearly", value: 8, kind: Percent, unit: "%"}, {hedge: "almost", value: 9, kind: Percent, unit: "%"}, {hedge: "up to", value: 10, kind: Percent, unit: "%"}}},
		{"Some 40 trucks crossed in 2022, on March 12 and at 10:30 a.m.",
			[]want{{kind: Count, value: 40, unit: "truck", hedge: "some"}}},
		{"The fine will be between $3 billion and $5 billion, or $89 to $93 billion.",
			[]want{{kind: Money, value: 3e9, upper: 5e9, unit: "USD", hedge: "between"}, {kind: Money, value: 89e9, upper: 93e9, unit: "USD"}}},
		{"Oil traded at $52 a barrel and rent was $3,500 a month.",
			[]want{{kind: Money, value: 52, unit: "USD", per: "barrel"}, {kind: Money, value: 3500, unit: "USD", per: "month"}}},
		{"The ferry sailed 20 kilometres at 15 miles per hour past a 2,900 m peak.",
			[]want{{kind: Measure, value: 20, unit: "kilometre"}, {kind: Measure, value: 15, unit: "mile per hour"}, {kind: Measure, value: 2900, unit: "metre"}}},
		{"Jane Roe, 45, said the index rose 64 points to 4,577.10.",
			[]want{{kind: Measure, value: 45, unit: "year of age"}, {kind: Count, value: 64, unit: "point"}, {kind: Count, value: 4577.1, unit: "point"}}},
		{"Section 427 of the S&P 500 rules, the iPhone 11 and a category 4 storm.", nil},
		{"The fair opened on 12/03/2025 and ran 24/7 after 9/11; the score was 2-0 in a 2-1 win.", nil},
		{"A 2,000-strong force and a 10-fold rise followed the 10-year-old's warning.",
			[]want{{kind: Count, value: 2000, of: "force"}, {kind: Measure, value: 10, unit: "times", of: "rise"}, {kind: Measure, value: 10, unit: "year of age"}}},
		{"A one-sided debate and a one-off payment won two-thirds of the vote.", nil},
		{"Ten Downing Street, Route 66, Chapter 11 and the top 10 have no amounts; nor has COVID-19 or an F-16.", nil},
		{"Bakers used 1/2 pound of flour and 3 pounds of sugar; the stall made 20 pounds.",
			[]want{{kind: Measure, value: 0.5, unit: "pound-mass"}, {kind: Measure, value: 3, unit: "pound-mass"}, {kind: Money, value: 20, unit: "GBP"}}},
		{"Shares of the mill rose 18 sen to RM23.50 on Monday.",
			[]want{{kind: Money, value: 0.18, unit: "MYR"}, {kind: Money, value: 23.5, unit: "MYR", text: "RM23.50"}}},
		{"The index fell 1% at 1,463.78 points, while the other lost 1.1% to 1,334.20.",
			[]want{{kind: Percent, value: 1, unit: "%"}, {kind: Count, value: 1463.78, unit: "point"}, {kind: Percent, value: 1.1, unit: "%"}, {kind: Count, value: 1334.2, unit: "point"}}},
		{"She wrote a 12 page report and sold 4 rooms.",
			[]want{{kind: Count, value: 12, unit: "page", of: "report"}, {kind: Count, value: 4, unit: "room"}}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			qs := quantitiesOf(t, tt.sentence)
			if len(qs) != len(tt.want) {
				t.Fatalf("got %d quantities %+v, want %d", len(qs), qs, len(tt.want))
			}
			for i, w := range tt.want {
				checkQuantity(t, tt.sentence, qs[i], w)
			}
		})
	}
}

func quantitiesOf(t *testing.T, text string) []Quantity {
	t.Helper()
	d, err := document.Parse("test", text)
	if err != nil {
		return nil
	}
	return FindQuantities(d)
}

func checkQuantity(t *testing.T, text string, q Quantity, w want) {
	t.Helper()
	if q.Kind != w.kind || !near(q.Value, w.value) || !near(q.Upper, w.upper) || q.Unit != w.unit {
		t.Errorf("got %s %g-%g %q, want %s %g-%g %q", q.Kind, q.Value, q.Upper, q.Unit, w.kind, w.value, w.upper, w.unit)
	}
	if q.Hedge != w.hedge || q.Per != w.per {
		t.Errorf("%g %s: hedge %q per %q, want %q and %q", q.Value, q.Unit, q.Hedge, q.Per, w.hedge, w.per)
	}
	if w.of != "" && q.Of != w.of {
		t.Errorf("%g %s: of %q, want %q", q.Value, q.Unit, q.Of, w.of)
	}
	if w.text != "" && text[q.Start:q.End] != w.text {
		t.Errorf("span %q, want %q", text[q.Start:q.End], w.text)
	}
	switch {
	case w.convUnit == "" && q.Converted != nil:
		t.Errorf("%g %s: unexpected conversion %+v", q.Value, q.Unit, *q.Converted)
	case w.convUnit != "" && (q.Converted == nil || q.Converted.Unit != w.convUnit || !near(q.Converted.Value, w.convValue)):
		t.Errorf("%g %s: conversion %+v, want %g %s", q.Value, q.Unit, q.Converted, w.convValue, w.convUnit)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// TestSeedQuantities checks the figures the five real articles give for the story.
func TestSeedQuantities(t *testing.T) {
	docs := seedDocuments(t)
	tests := []struct {
		seed string
		want []string // "kind value unit hedge|of|converted"
	}{
		{"000", []string{"money 1.8e+10 GBP over|new aid|", "money 1.8e+10 GBP more than|new aid|2.26e+10 USD roughly"}},
		{"001", []string{"duration 30 day |cease-fire|", "money 2.1e+10 EUR more than|military assistance|2.38e+10 USD "}},
		{"002", nil},
		{"003", []string{"duration 1 month ||", "money 2.1e+10 EUR more than|new support|2.38e+10 USD approximately",
			"money 1.1e+10 EUR |aid|1.25e+10 USD ", "money 5.89e+08 USD |maintenance|", "count 100000 drone |drones|",
			"count 164 death at least|deaths|", "count 910 injury |injuries|", "percent 50 % |increase|"}},
		{"004", []string{"count 4 region |eastern regions|"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range FindQuantities(docs[tt.seed]) {
			conv := ""
			if c := q.Converted; c != nil {
				conv = fmt.Sprintf("%g %s %s", c.Value, c.Unit, c.Hedge)
			}
			got = append(got, fmt.Sprintf("%s %g %s %s|%s|%s", q.Kind, q.Value, q.Unit, q.Hedge, q.Of, conv))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("seed %s:\ngot  %q\nwant %q", tt.seed, got, tt.want)
		}
	}
}

func TestUnitOf(t *testing.T) {
	tests := []struct {
		word string
		kind QuantityKind
		unit string
	}{
		{"kilometers", Measure, "kilometre"},
		{"hours", Duration, "hour"},
		{"euros", Money, "EUR"},
		{"$", Money, "USD"},
		{"per cent", Percent, "%"},
		{"injuries", Count, "injury"},
		{"", Count, ""},
	}
	for _, tt := range tests {
		if kind, unit := UnitOf(tt.word); kind != tt.kind || unit != tt.unit {
			t.Errorf("UnitOf(%q) = %s %q, want %s %q", tt.word, kind, unit, tt.kind, tt.unit)
		}
	}
}

func ExampleFindQuantities() {
	d, err := document.Parse("example.txt",
		"Donors pledged more than €21 billion ($23.8 billion) in new aid, and the storm left at least 164 deaths.")
	if err != nil {
		panic(err)
	}
	for _, q := range FindQuantities(d) {
		fmt.Printf("%s %g %s, hedge %q, of %q", q.Kind, q.Value, q.Unit, q.Hedge, q.Of)
		if q.Converted != nil {
			fmt.Printf(", stated as %g %s", q.Converted.Value, q.Converted.Unit)
		}
		fmt.Println()
	}
	// Output:
	// money 2.1e+10 EUR, hedge "more than", of "new aid", stated as 2.38e+10 USD
	// count 164 death, hedge "at least", of "deaths"
}

// quantityParagraphs are invented sentences dense with figures and dates, and the
// seed articles' running text where present.
func quantityParagraphs() []string {
	base := []string{
		"Donors pledged more than €21 billion ($23.8 billion) in new aid on Friday, up 50% from last year.\n",
		"The storm left at least 164 deaths and 910 injuries across 12 towns, officials said on March 12, 2025.\n",
		"Talks lasted four and a half hours; a 30-day cease-fire began at 10:30 a.m. and prices rose 2.5 per cent.\n",
		"Crews cleared 3,500 tonnes of debris from a 33-storey tower, about 20 km from the port, in 2022.\n",
	}
	return append(base, seedParagraphs()...)
}

func BenchmarkFindQuantities(b *testing.B) {
	d := benchDocument(b, quantityParagraphs())
	for b.Loop() {
		FindQuantities(d)
	}
}

func BenchmarkFindTimes(b *testing.B) {
	d := benchDocument(b, quantityParagraphs())
	for b.Loop() {
		FindTimes(d)
	}
}

// FuzzFindQuantities checks that any text gives quantities and times without panic,
// with spans inside the text and in order.
func FuzzFindQuantities(f *testing.F) {
	f.Add("More than €21 billion($23.8 billion) in aid, 164 deaths, a 33-storey block.")
	f.Add("between $US160 million and $US171 million; RM3.06mil; minus-5; .001 per cent")
	f.Add("from 4.8 to 4.7 percent; hundreds of thousands of; 2025-03-12 10:30 a.m.")
	f.Add("$ £ € 5- -5 5% % per cent a a a hundred and a half ᮳ 1,2,3.4.5")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := document.Parse("fuzz", text)
		if err != nil {
			return
		}
		last := 0
		for _, q := range FindQuantities(d) {
			if q.Start < last || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("quantity span %v out of order or outside the text", q.Span)
			}
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
				t.Fatalf("quantity value %g", q.Value)
			}
			last = q.Start
		}
		last = 0
		for _, tm := range FindTimes(d) {
			if tm.Start < last || tm.End > len(text) || tm.Start >= tm.End || tm.Value == "" {
				t.Fatalf("time %+v out of order, outside the text or empty", tm)
			}
			last = tm.Start
		}
	})
}

// TestHostileInput feeds text that is not a news article: markup, runs of numbers and
// units, repeated hedges, long lines. Nothing may panic, and the cost must stay linear.
func TestHostileInput(t *testing.T) {
	pieces := []string{
		"<div class=\"price\">$<span>5</span>bn</div> ",
		"1,2,3,4,5,6,7,8,9,10 ",
		"more than more than about nearly up to ",
		"$ $ $ € £ 5 5 5 - - – to to and ",
		"hundreds of thousands of millions of billions of ",
		"a a a dozen dozen hundred thousand million billion trillion ",
		"between 1 and 2 and 3 and 4 to 5 to 6 ",
		"March May 12 12 March 2025-03-12 10:30 a.m. p.m. ",
		"\"unbalanced ( brackets [ and quotes “ ",
		"ᮠ᮳ ٣ ३ 5％ ５ ",
	}
	build := func(n int) string {
		var b strings.Builder
		for b.Len() < n {
			for _, p := range pieces {
				b.WriteString(p)
			}
			b.WriteString(".\n")
		}
		return b.String()
	}
	parse := func(n int) *document.Document {
		d, err := document.Parse("hostile", build(n))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	growth.Linear(t, 16<<10, parse, func(d *document.Document) {
		FindQuantities(d)
		FindTimes(d)
	})
}
