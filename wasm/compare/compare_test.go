package compare_test

import (
	"slices"
	"strings"
	"testing"

	"parallax/wasm/claim"
	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

// The invented story: an envoy meets a prime minister; the three reports differ on
// where, when, and who said what.
var (
	meetingA = article{
		name: "a.txt",
		text: "Envoy Marta Lindqvist met Prime Minister Arkady Volkov in Moscow on Thursday. " +
			"The talks lasted more than four hours, aide Dmitri Sorokin said.\n" +
			"“We have agreed to keep the channel open and to meet again soon,” Sorokin said.\n",
		ents: []ent{
			{typ: mention.Person, name: "Marta Lindqvist"},
			{typ: mention.Person, name: "Arkady Volkov"},
			{typ: mention.Place, name: "Moscow"},
			{typ: mention.Person, name: "Dmitri Sorokin", mentions: []string{"Sorokin"}},
		},
		events: []event{{kind: "meeting", at: "met Prime Minister", who: []string{"Marta Lindqvist", "Arkady Volkov"},
			place: "Moscow", day: "Thursday", duration: "more than four hours"}},
		quotes: []quo{{text: "We have agreed to keep the channel open and to meet again soon,", speaker: "Dmitri Sorokin"}},
	}
	meetingB = article{
		name: "b.txt",
		text: "Marta Lindqvist held talks with Arkady Volkov in St. Petersburg on Friday. " +
			"They talked for four and a half hours, according to Dmitry Sorokin.\n" +
			"“We agreed to keep the channel open and to meet again very soon,” Volkov said.\n",
		ents: []ent{
			{typ: mention.Person, name: "Marta Lindqvist"},
			{typ: mention.Person, name: "Arkady Volkov", mentions: []string{"Volkov"}},
			{typ: mention.Place, name: "St. Petersburg"},
			{typ: mention.Person, name: "Dmitry Sorokin"},
		},
		events: []event{{kind: "talks", at: "held talks", who: []string{"Marta Lindqvist", "Arkady Volkov"},
			place: "St. Petersburg", day: "Friday", duration: "four and a half hours"}},
		quotes: []quo{{text: "We agreed to keep the channel open and to meet again very soon,", speaker: "Arkady Volkov"}},
	}
	meetingC = article{
		name: "c.txt",
		text: "Lindqvist's meeting with Volkov took place in Russia this week, said spokesman Sorokin.\n",
		ents: []ent{
			{typ: mention.Person, name: "Lindqvist"},
			{typ: mention.Person, name: "Volkov"},
			{typ: mention.Place, name: "Russia"},
			{typ: mention.Person, name: "Sorokin"},
		},
		events: []event{{kind: "meeting", at: "meeting with Volkov", who: []string{"Lindqvist", "Volkov"},
			place: "Russia", day: "this week"}},
	}
)

func TestCompareAlignsEntities(t *testing.T) {
	c := compareArticles(t, meetingA, meetingB, meetingC)
	want := map[string][]string{
		"Marta Lindqvist": {"a.txt", "b.txt", "c.txt"},
		"Arkady Volkov":   {"a.txt", "b.txt", "c.txt"},
		"Dmitri Sorokin":  {"a.txt", "b.txt", "c.txt"},
	}
	for _, e := range c.Entities {
		if strings.HasSuffix(e.Name, "Sorokin") {
			e.Name = "Dmitri Sorokin" // either spelling may be chosen
		}
		if docs, ok := want[e.Name]; ok {
			if !slices.Equal(e.Documents, docs) {
				t.Errorf("%s in %v, want %v", e.Name, e.Documents, docs)
			}
			delete(want, e.Name)
		}
	}
	for name := range want {
		t.Errorf("no merged entity %s; have %+v", name, c.Entities)
	}
	if f := findings(c, compare.Agreement, "name: "); len(f) != 1 || !strings.Contains(f[0].Explanation, "Dmitri Sorokin") {
		t.Errorf("spelling finding = %+v", f)
	}
}

func TestNameVariants(t *testing.T) {
	tests := []struct {
		a, b      ent
		sameThing bool
	}{
		{ent{typ: mention.Person, name: "Yuriy Kovalskyy"}, ent{typ: mention.Person, name: "Yuri Kovalsky"}, true},
		{ent{typ: mention.Place, name: "St Petersburg"}, ent{typ: mention.Place, name: "St. Petersburg"}, true},
		{ent{typ: mention.Place, name: "U.S."}, ent{typ: mention.Place, name: "United States"}, true},
		{ent{typ: mention.Person, name: "Sir Alan Marsh"}, ent{typ: mention.Person, name: "Alan Marsh"}, true},
		{ent{typ: mention.Person, name: "Renée Dubois"}, ent{typ: mention.Person, name: "Renee Dubois"}, true},
		{ent{typ: mention.Person, name: "David Marsh"}, ent{typ: mention.Person, name: "Alan Marsh"}, false},
		{ent{typ: mention.Place, name: "Moscow"}, ent{typ: mention.Place, name: "Minsk"}, false},
		{ent{typ: mention.Org, name: "Velmar Data Systems Inc."}, ent{typ: mention.Org, name: "VDS"}, true},
		{ent{typ: mention.Org, name: "Korden-Blake Co."}, ent{typ: mention.Org, name: "K-B"}, true},
		{ent{typ: mention.Org, name: "Portville Herons"}, ent{typ: mention.Person, name: "Herons"}, true},
		{ent{typ: mention.Org, name: "Ostra Networks"}, ent{typ: mention.Org, name: "Ostra"}, true},
		{ent{typ: mention.Org, name: "Heron"}, ent{typ: mention.Org, name: "Herons"}, true},
		{ent{typ: mention.Org, name: "Sea Lark"}, ent{typ: mention.Org, name: "SeaLark"}, true},
		{ent{typ: mention.Place, name: "Marvadaw"}, ent{typ: mention.Place, name: "Marvataw"}, true},
		{ent{typ: mention.Person, name: "Frederick C. Ambler"}, ent{typ: mention.Person, name: "Fred Ambler"}, true},
		{ent{typ: mention.Person, name: "W. Ivo Ambler Jr."}, ent{typ: mention.Person, name: "Ivo Ambler"}, true},
		{ent{typ: mention.Person, name: "Ivo Rait"}, ent{typ: mention.Person, name: "Ivo Raite"}, true},
		{ent{typ: mention.Person, name: "Mark Ambler"}, ent{typ: mention.Person, name: "Mary Ambler"}, false},
		{ent{typ: mention.Person, name: "Ivo Ambler Jr."}, ent{typ: mention.Person, name: "Ivo Ambler Sr."}, false},
		{ent{typ: mention.Person, name: "Gaetano Lo Velmi"}, ent{typ: mention.Person, name: "Lo Velmi"}, true},
		{ent{typ: mention.Person, name: "Ivo Ambler Jr."}, ent{typ: mention.Org, name: "Ivo Ambler Jr."}, true},
		{ent{typ: mention.Place, name: "Sudan"}, ent{typ: mention.Place, name: "South Sudan"}, false},
		{ent{typ: mention.Place, name: "Portville"}, ent{typ: mention.Org, name: "Portville Herons"}, false},
		{ent{typ: mention.Place, name: "Ambler"}, ent{typ: mention.Person, name: "Ivo Ambler"}, false},
	}
	for _, tt := range tests {
		a := article{name: "a.txt", text: tt.a.name + " spoke.", ents: []ent{tt.a}}
		b := article{name: "b.txt", text: tt.b.name + " spoke.", ents: []ent{tt.b}}
		c := compareArticles(t, a, b)
		if got := len(c.Entities) == 1; got != tt.sameThing {
			t.Errorf("%q and %q: merged = %v, want %v", tt.a.name, tt.b.name, got, tt.sameThing)
		}
	}
}

func TestSurnameNeedsOneBearer(t *testing.T) {
	a := article{name: "a.txt", text: "Ann Marsh and Tom Marsh spoke.", ents: []ent{
		{typ: mention.Person, name: "Ann Marsh"}, {typ: mention.Person, name: "Tom Marsh"}}}
	b := article{name: "b.txt", text: "Marsh spoke.", ents: []ent{{typ: mention.Person, name: "Marsh"}}}
	if c := compareArticles(t, a, b); len(c.Entities) != 3 {
		t.Errorf("a surname two people bear was merged: %+v", c.Entities)
	}
}

func TestSurnameOfOnePersonNotOfACompany(t *testing.T) {
	a := article{name: "a.txt", text: "Ines Velmi and Velmi Partners spoke.", ents: []ent{
		{typ: mention.Person, name: "Ines Velmi"}, {typ: mention.Org, name: "Velmi Partners"}}}
	b := article{name: "b.txt", text: "Ostra Velmi spoke.", ents: []ent{{typ: mention.Org, name: "Ostra Velmi"}}}
	c := article{name: "c.txt", text: "Velmi spoke.", ents: []ent{{typ: mention.Person, name: "Velmi"}}}
	for _, e := range compareArticles(t, a, b, c).Entities {
		if e.Name == "Ines Velmi" && !slices.Contains(e.Documents, "c.txt") {
			t.Errorf("the surname did not join the one person who bears it: %+v", e)
		}
	}
}

func TestNamesRunTogetherJoinNeither(t *testing.T) {
	a := article{name: "a.txt", text: "Ostra and Velmar spoke.", ents: []ent{
		{typ: mention.Org, name: "Ostra"}, {typ: mention.Org, name: "Velmar"}}}
	b := article{name: "b.txt", text: "Ostra Velmar spoke.", ents: []ent{{typ: mention.Org, name: "Ostra Velmar"}}}
	if c := compareArticles(t, a, b); len(c.Entities) != 3 {
		t.Errorf("two names run together joined them: %+v", c.Entities)
	}
}

func TestGivenNamesOneLetterApartNamedApart(t *testing.T) {
	a := article{name: "a.txt", text: "Daniel Ambler and Daniela Ambler spoke.", ents: []ent{
		{typ: mention.Person, name: "Daniel Ambler"}, {typ: mention.Person, name: "Daniela Ambler"}}}
	b := article{name: "b.txt", text: "Daniela Ambler spoke.", ents: []ent{{typ: mention.Person, name: "Daniela Ambler"}}}
	if c := compareArticles(t, a, b); len(c.Entities) != 2 {
		t.Errorf("two people an article names apart were merged: %+v", c.Entities)
	}
}

func TestOneTypePerReferent(t *testing.T) {
	a := article{name: "a.txt", text: "Ostra Networks grew.", ents: []ent{{typ: mention.Org, name: "Ostra Networks"}}}
	b := article{name: "b.txt", text: "Ostra Networks fell.", ents: []ent{{typ: mention.Org, name: "Ostra Networks"}}}
	c := article{name: "c.txt", text: "Ostra Networks spoke.", ents: []ent{{typ: mention.Person, name: "Ostra Networks"}}}
	sources := []compare.Source{a.source(t), b.source(t), c.source(t)}
	compare.Compare(sources)
	if got := sources[2].Mentions.Entities[0].Type; got != mention.Org {
		t.Errorf("c.txt types the company %s, want %s as the other sources", got, mention.Org)
	}
}

func TestCompareEvents(t *testing.T) {
	c := compareArticles(t, meetingA, meetingB, meetingC)
	place := findings(c, compare.Conflict, "Where was the")
	if len(place) != 1 || !strings.Contains(place[0].Explanation, "Moscow") ||
		!strings.Contains(place[0].Explanation, "St. Petersburg") || !strings.Contains(place[0].Explanation, "only Russia") {
		t.Errorf("place conflict = %+v%s", place, dump(c))
	}
	day := findings(c, compare.Conflict, "When was the")
	if len(day) != 1 || len(day[0].Values) != 3 || !strings.Contains(day[0].Explanation, "says Friday: different days. ") ||
		!strings.Contains(day[0].Explanation, "“this week”, which fits either") {
		t.Errorf("day conflict = %+v%s", day, dump(c))
	}
	for _, v := range day[0].Values {
		if v.Text != "Thursday" && v.Text != "Friday" && v.Text != "this week" {
			t.Errorf("day value %q does not point at the day", v.Text)
		}
	}
	dur := findings(c, compare.Agreement, "How long did the")
	if len(dur) != 1 || !strings.Contains(dur[0].Explanation, "hedged") {
		t.Errorf("duration = %+v%s", dur, dump(c))
	}
}

func TestCompareQuotes(t *testing.T) {
	c := compareArticles(t, meetingA, meetingB)
	v := findings(c, compare.QuoteVariant, "quotation")
	if len(v) != 1 {
		t.Fatalf("quote variants = %+v%s", v, dump(c))
	}
	if !strings.Contains(v[0].Explanation, "“We agreed to”") || !strings.Contains(v[0].Explanation, "“We have agreed to”") {
		t.Errorf("variant explanation = %q", v[0].Explanation)
	}
	want := []compare.Edit{{Op: "=", Text: "We"}, {Op: "-", Text: "have"},
		{Op: "=", Text: "agreed to keep the channel open and to meet again"}, {Op: "+", Text: "very"}, {Op: "=", Text: "soon,"}}
	if got := v[0].Values[1].Diff; !slices.Equal(got, want) {
		t.Errorf("diff = %+v, want %+v", got, want)
	}
	a := findings(c, compare.AttributionConflict, "quotation")
	if len(a) != 1 || !strings.Contains(a[0].Explanation, "Dmitri Sorokin") || !strings.Contains(a[0].Explanation, "Arkady Volkov") {
		t.Errorf("attribution = %+v%s", a, dump(c))
	}
}

func TestQuoteAgreementAndOnlyIn(t *testing.T) {
	a := article{name: "a.txt",
		text: "“The bridge will reopen in May,” said Ines Vale. “Nobody was hurt,” she added. “Traffic will be diverted through the old town until then,” Vale said.",
		ents: []ent{{typ: mention.Person, name: "Ines Vale", mentions: []string{"Vale"}}},
		quotes: []quo{{text: "The bridge will reopen in May,", speaker: "Ines Vale"}, {text: "Nobody was hurt,", speaker: "Ines Vale"},
			{text: "Traffic will be diverted through the old town until then,", speaker: "Ines Vale"}}}
	b := article{name: "b.txt",
		text:   "Engineer Ines Vale said: “The bridge will reopen in May.”",
		ents:   []ent{{typ: mention.Person, name: "Ines Vale"}},
		quotes: []quo{{text: "The bridge will reopen in May.", speaker: "Ines Vale"}}}
	c := compareArticles(t, a, b)
	if f := findings(c, compare.Agreement, "bridge will reopen"); len(f) != 1 {
		t.Errorf("agreement on the shared quotation: %+v%s", f, dump(c))
	}
	if f := findings(c, compare.OnlyIn, "Traffic will be diverted"); len(f) != 1 || f[0].Values[0].Document != "a.txt" {
		t.Errorf("only_in for the quotation one source has: %+v%s", f, dump(c))
	}
	repeated := b
	repeated.text += "\nAgain: “The bridge will reopen in May.”"
	repeated.quotes = append(slices.Clone(b.quotes), quo{text: "The bridge will reopen in May.", speaker: "Ines Vale", after: "Again"})
	if f := findings(compareArticles(t, a, repeated), compare.OnlyIn, "bridge will reopen"); len(f) != 0 {
		t.Errorf("a quotation an article repeats is taken for one only it carries: %+v", f)
	}
	if f := findings(c, compare.OnlyIn, "Nobody was hurt"); len(f) != 0 {
		t.Errorf("a three-word quotation is too short to report: %+v", f)
	}
	if n := len(findings(c, compare.QuoteVariant, "")) + len(findings(c, compare.AttributionConflict, "")); n != 0 {
		t.Errorf("false alarm on quotes:%s", dump(c))
	}
}

func TestAttributionToAnOffice(t *testing.T) {
	a := article{name: "a.txt",
		text:   "The UK foreign secretary said the rebels “continue to stall every round of talks”. UK Foreign Secretary Jane Holloway flew home.",
		ents:   []ent{{typ: mention.Place, name: "UK"}, {typ: mention.Person, name: "Jane Holloway", roles: []string{"UK Foreign Secretary"}}},
		quotes: []quo{{text: "continue to stall every round of talks", speaker: "UK", partial: true}}}
	b := article{name: "b.txt",
		text:   "“They continue to stall every round of talks,” said British Defence Secretary Tom Reyes.",
		ents:   []ent{{typ: mention.Person, name: "Tom Reyes", roles: []string{"British Defence Secretary"}}},
		quotes: []quo{{text: "They continue to stall every round of talks,", speaker: "Tom Reyes"}}}
	roleOnly := a
	roleOnly.quotes = []quo{{text: "continue to stall every round of talks", speaker: "The UK foreign secretary", partial: true}}
	for _, first := range []article{a, roleOnly} {
		c := compareArticles(t, first, b)
		f := findings(c, compare.AttributionConflict, "")
		if len(f) != 1 || !strings.Contains(f[0].Explanation, "to the UK foreign secretary;") || !strings.Contains(f[0].Explanation, "British Defence Secretary") {
			t.Errorf("attribution = %+v%s", f, dump(c))
		}
	}
}

func TestCompareFigures(t *testing.T) {
	euro := article{name: "eu.txt",
		text: "Allies pledged more than €21 billion ($23.8 billion) in new aid for Freedonia. The new tower has 30 storeys.",
		figures: []fig{
			{text: "€21 billion", hedge: "more than", kind: mention.Money, value: 21e9, unit: "EUR", measure: "new aid for Freedonia",
				conv: &fig{text: "$23.8 billion", kind: mention.Money, value: 23.8e9, unit: "USD"}},
			{text: "30", kind: mention.Count, value: 30, unit: "storeys", measure: "storeys"},
		}}
	pound := article{name: "gb.txt",
		text: "Donors promised over £18 billion (roughly $22.6 billion) in aid to Freedonia. The tower rises 33 storeys.",
		figures: []fig{
			{text: "£18 billion", kind: mention.Money, value: 18e9, unit: "GBP", measure: "aid to Freedonia",
				conv: &fig{text: "$22.6 billion", hedge: "roughly", kind: mention.Money, value: 22.6e9, unit: "USD"}},
			{text: "33", kind: mention.Count, value: 33, unit: "storeys", measure: "storeys"},
		}}
	dollar := article{name: "us.txt",
		text:    "The pledges reached $24 billion in military assistance.",
		figures: []fig{{text: "$24 billion", kind: mention.Money, value: 24e9, unit: "USD", measure: "military assistance"}}}
	c := compareArticles(t, euro, pound, dollar)
	aid := findings(c, compare.Agreement, "aid")
	if len(aid) != 1 || len(aid[0].Values) != 3 {
		t.Fatalf("aid agreement = %+v%s", aid, dump(c))
	}
	for _, want := range []string{"own conversion", "lower bounds", "$23.8 billion"} {
		if !strings.Contains(aid[0].Explanation, want) {
			t.Errorf("aid explanation %q lacks %q", aid[0].Explanation, want)
		}
	}
	if aid[0].Values[0].Text != "more than €21 billion ($23.8 billion)" {
		t.Errorf("aid value = %q", aid[0].Values[0].Text)
	}
	if f := findings(c, compare.Conflict, "storeys"); len(f) != 1 {
		t.Errorf("storeys conflict = %+v%s", f, dump(c))
	}
}

func TestAmountsThatOnlyLookDifferent(t *testing.T) {
	tests := []struct {
		name   string
		a, b   fig
		agree  bool
		reason string
	}{
		{"rounding", fig{text: "$23.8 billion", value: 23.8e9, unit: "USD"}, fig{text: "$24 billion", value: 24e9, unit: "USD"}, true, "rounding"},
		{"rates table", fig{text: "€10 billion", value: 10e9, unit: "EUR"}, fig{text: "$11.3 billion", value: 11.3e9, unit: "USD"}, true, "built-in rates of 11 April 2025"},
		{"hedge", fig{text: "$5 million", hedge: "up to", value: 5e6, unit: "USD"}, fig{text: "$4.2 million", value: 4.2e6, unit: "USD"}, true, "hedged"},
		{"different", fig{text: "$5 million", value: 5e6, unit: "USD"}, fig{text: "$9 million", value: 9e6, unit: "USD"}, false, "no rounding"},
		{"different currencies", fig{text: "€10 billion", value: 10e9, unit: "EUR"}, fig{text: "£20 billion", value: 20e9, unit: "GBP"}, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.a.kind, tt.b.kind = mention.Money, mention.Money
			tt.a.measure, tt.b.measure = "the fund", "the fund"
			a := article{name: "a.txt", text: "The fund holds " + tt.a.text + ".", figures: []fig{tt.a}}
			b := article{name: "b.txt", text: "The fund holds " + tt.b.text + ".", figures: []fig{tt.b}}
			c := compareArticles(t, a, b)
			kind := compare.Conflict
			if tt.agree {
				kind = compare.Agreement
			}
			f := findings(c, kind, "How much aid?")
			if len(f) != 1 || !strings.Contains(f[0].Explanation, tt.reason) {
				t.Errorf("want %s with %q:%s", kind, tt.reason, dump(c))
			}
		})
	}
}

func TestRisingTollChangesOverTime(t *testing.T) {
	first := article{name: "early.txt",
		text:    "Updated 12 March 2031 09:00\nThe flood killed 12 people in Lakeview, officials said.\n",
		figures: []fig{{text: "12", kind: mention.Count, value: 12, unit: "people", measure: "people killed"}}}
	later := article{name: "late.txt",
		text:    "Updated 13 March 2031 18:30\nThe death toll from the Lakeview flood rose to 15.\n",
		figures: []fig{{text: "15", kind: mention.Count, value: 15, unit: "deaths", measure: "death toll"}}}
	c := compareArticles(t, later, first)
	f := findings(c, compare.ChangedOverTime, "")
	if len(f) != 1 || !strings.Contains(f[0].Explanation, "rose") ||
		strings.Index(f[0].Explanation, "early.txt") > strings.Index(f[0].Explanation, "late.txt") {
		t.Fatalf("change over time = %+v%s", f, dump(c))
	}
	if n := len(findings(c, compare.Conflict, "")); n != 0 {
		t.Errorf("a rising toll is no contradiction:%s", dump(c))
	}
	undated := func(a article) article {
		a.text = a.text[strings.IndexByte(a.text, '\n')+1:]
		return a
	}
	c = compareArticles(t, undated(later), undated(first))
	if f := findings(c, compare.PossibleConflict, ""); len(f) != 1 || !strings.Contains(f[0].Explanation, "do not all say when") {
		t.Errorf("undated articles with different tolls: want a possible conflict that mentions the missing dates:%s", dump(c))
	}
}

func TestCompareRoles(t *testing.T) {
	a := article{name: "a.txt",
		text: "UK Foreign Secretary Jane Holloway met former President Harold Brandt and President Arkady Volkov.",
		ents: []ent{
			{typ: mention.Person, name: "Jane Holloway", roles: []string{"UK Foreign Secretary"}},
			{typ: mention.Person, name: "Harold Brandt", roles: []string{"former President"}},
			{typ: mention.Person, name: "Arkady Volkov", roles: []string{"President"}},
		}}
	b := article{name: "b.txt",
		text: "US President Harold Brandt called Russian President Arkady Volkov.",
		ents: []ent{
			{typ: mention.Person, name: "Harold Brandt", roles: []string{"US President"}},
			{typ: mention.Person, name: "Arkady Volkov", roles: []string{"Russian President"}},
		}}
	cc := article{name: "c.txt",
		text:  "Peter Quince, the UK Foreign Secretary, spoke.",
		ents:  []ent{{typ: mention.Person, name: "Peter Quince"}},
		roles: []claim.RoleClaim{{Holder: "Peter Quince", Role: "UK Foreign Secretary"}}}
	c := compareArticles(t, a, b, cc)
	holder := findings(c, compare.Conflict, "Who is")
	if len(holder) != 1 || !strings.Contains(holder[0].Explanation, "Jane Holloway") || !strings.Contains(holder[0].Explanation, "Peter Quince") {
		t.Errorf("holder conflict = %+v%s", holder, dump(c))
	}
	status := findings(c, compare.Conflict, "Is Harold Brandt")
	if len(status) != 1 || !strings.Contains(status[0].Explanation, "“former President”") ||
		status[0].Topic != "Is Harold Brandt president or former president?" {
		t.Errorf("status conflict = %+v%s", status, dump(c))
	}
	if f := findings(c, compare.Conflict, "Is Arkady Volkov"); len(f) != 0 {
		t.Errorf("President and Russian President are one role: %+v", f)
	}
	if f := findings(c, compare.Agreement, "Is Arkady Volkov"); len(f) != 1 {
		t.Errorf("role agreement = %+v%s", f, dump(c))
	}
	if len(holder) == 1 && strings.Contains(holder[0].Explanation, "Volkov") {
		t.Errorf("presidents of different countries taken for rivals: %s", holder[0].Explanation)
	}
}

func TestSuccessionIsNoConflict(t *testing.T) {
	a := article{name: "a.txt",
		text: "UK Foreign Secretary Jane Holloway succeeded Britain's Foreign Secretary Peter Quince.",
		ents: []ent{
			{typ: mention.Person, name: "Jane Holloway", roles: []string{"UK Foreign Secretary"}},
			{typ: mention.Person, name: "Peter Quince", roles: []string{"Britain's Foreign Secretary"}},
		}}
	b := article{name: "b.txt", text: "UK Foreign Secretary Jane Holloway spoke.",
		ents: []ent{{typ: mention.Person, name: "Jane Holloway", roles: []string{"UK Foreign Secretary"}}}}
	if f := findings(compareArticles(t, a, b), compare.Conflict, ""); len(f) != 0 {
		t.Errorf("a source recounting a succession contradicts no one: %+v", f)
	}
}

func TestFindingOrder(t *testing.T) {
	c := compareArticles(t, meetingA, meetingB, meetingC)
	if len(c.Findings) == 0 || c.Findings[0].Kind != compare.Conflict {
		t.Fatalf("first finding is not a conflict:%s", dump(c))
	}
	for i := 1; i < len(c.Findings); i++ {
		if c.Findings[i].Kind.Rank() < c.Findings[i-1].Kind.Rank() {
			t.Errorf("finding %d (%s) after %s", i, c.Findings[i].Kind, c.Findings[i-1].Kind)
		}
	}
	for _, f := range c.Findings {
		if f.Explanation == "" || len(f.Values) == 0 {
			t.Errorf("finding without explanation or values: %+v", f)
		}
		for _, v := range f.Values {
			if v.Start < 0 || v.End < v.Start || v.Text == "" {
				t.Errorf("bad value %+v in %s", v, f.Topic)
			}
		}
	}
}

func TestFewSources(t *testing.T) {
	if c := compare.Compare(nil); len(c.Entities)+len(c.Findings) != 0 {
		t.Errorf("Compare(nil) = %+v", c)
	}
	c := compareArticles(t, meetingA)
	if len(c.Findings) != 0 || len(c.Entities) != 4 {
		t.Errorf("one source: %d findings, %d entities", len(c.Findings), len(c.Entities))
	}
}

func TestAmountsSlotByTheWordsAround(t *testing.T) {
	a := article{name: "a.txt", text: "The closure cost local shops about £1.2 million, the council said.",
		figures: []fig{{text: "£1.2 million", kind: mention.Money, value: 1.2e6, unit: "GBP"}}}
	b := article{name: "b.txt", text: "Shops lost £1.5 million in the closure, the union said.",
		figures: []fig{{text: "£1.5 million", kind: mention.Money, value: 1.5e6, unit: "GBP", measure: "closure cost"}}}
	c := compareArticles(t, a, b)
	// What the first counts is guessed from the words around it: a conflict to check.
	f := findings(c, compare.PossibleConflict, "closure cost")
	if len(f) != 1 || f[0].Values[0].Text != "about £1.2 million" {
		t.Errorf("conflict = %+v%s", f, dump(c))
	}
}

func TestPassageSplitInParts(t *testing.T) {
	whole := "I am proud to join the Harbour Lions. The club has always been one of the boldest. My goal is to help it win the titles its supporters want."
	a := article{name: "a.txt",
		text:   "Striker Tomas Reyes said: “" + whole + "”",
		ents:   []ent{{typ: mention.Person, name: "Tomas Reyes"}},
		quotes: []quo{{text: whole, speaker: "Tomas Reyes"}}}
	b := article{name: "b.txt",
		text: "“I am proud to join the Harbour Lions, said Reyes on signing,” Tomas Reyes told the club. “My goal is to help the club win the titles its supporters want,” he added.",
		ents: []ent{{typ: mention.Person, name: "Tomas Reyes", mentions: []string{"Reyes"}}},
		quotes: []quo{{text: "I am proud to join the Harbour Lions, said Reyes on signing,", speaker: "Tomas Reyes"},
			{text: "My goal is to help the club win the titles its supporters want,", speaker: "Tomas Reyes"}}}
	c := compareArticles(t, a, b)
	f := findings(c, compare.QuoteVariant, "I am proud")
	if len(f) != 1 || len(f[0].Values) != 3 {
		t.Fatalf("want one variant carrying the passage and both its parts:%s", dump(c))
	}
	if o := findings(c, compare.OnlyIn, ""); len(o) != 0 {
		t.Errorf("a part of the passage left on its own: %+v", o)
	}
}

func TestTitleAtAChangeOfOffice(t *testing.T) {
	a := article{name: "a.txt",
		text: "A year ago the club fired president Ana Ortiz and replaced her with Tomas Reyes.",
		ents: []ent{{typ: mention.Person, name: "Ana Ortiz", roles: []string{"president"}}}}
	b := article{name: "b.txt", text: "The signing was made by former president Ana Ortiz.",
		ents: []ent{{typ: mention.Person, name: "Ana Ortiz", roles: []string{"former president"}}}}
	if f := findings(compareArticles(t, a, b), compare.Conflict, ""); len(f) != 0 {
		t.Errorf("the title she held when she was fired contradicts no one: %+v", f)
	}
}

func TestOneOfSeveralIncidents(t *testing.T) {
	a := article{name: "a.txt", text: "A quake struck Dunmore on Sunday.",
		events: []event{{kind: "earthquake", at: "A quake struck Dunmore on Sunday", day: "Sunday"}}}
	b := article{name: "b.txt", text: "A quake rattled Dunmore on Wednesday, days after a powerful quake.",
		events: []event{{kind: "earthquake", at: "A quake rattled", day: "Wednesday"}}}
	if f := findings(compareArticles(t, a, b), compare.Conflict, "When was"); len(f) != 1 {
		t.Fatalf("want the days of one quake in conflict, got %+v", f)
	}
	b.events[0].several = true
	c := compareArticles(t, a, b)
	if f := findings(c, compare.PossibleConflict, "When was"); len(f) != 1 {
		t.Errorf("a source telling of several quakes: want differs — check%s", dump(c))
	}
}

func TestCountTopicAsksHowMany(t *testing.T) {
	a := article{name: "a.txt", text: "The list names 53 British nationals.",
		figures: []fig{{text: "53", kind: mention.Count, value: 53, measure: "British nationals"}}}
	b := article{name: "b.txt", text: "Officials counted 53 British nationals.",
		figures: []fig{{text: "53", kind: mention.Count, value: 53, measure: "British nationals"}}}
	c := compareArticles(t, a, b)
	if f := findings(c, compare.Agreement, "How many British nationals?"); len(f) != 1 {
		t.Errorf("want the plain question as topic:%s", dump(c))
	}
}
