package mention

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/wasm/document"
	"parallax/wasm/mention/ner"
)

// found is what a test expects of one entity: type, name, roles and mentions as text.
type found struct {
	typ      Type
	name     string
	roles    []string
	mentions []string
}

func describe(d *document.Document, e Entity) found {
	f := found{typ: e.Type, name: e.Name}
	for _, r := range e.Roles {
		f.roles = append(f.roles, r.Title)
	}
	for _, m := range e.Mentions {
		f.mentions = append(f.mentions, d.Slice(m))
	}
	return f
}

func TestFindEntities(t *testing.T) {
	tests := []struct {
		name, text string
		want       []found // the entities expected, in order; others may follow
		absent     []string
	}{{
		name: "title before the name, surname later",
		text: "German Defense Minister Boris Pistorius visited a tank factory near Oslo on Monday. Pistorius said the order would be ready in spring.",
		want: []found{
			{Person, "Boris Pistorius", []string{"German Defense Minister"}, []string{"Boris Pistorius", "Pistorius"}},
			{Place, "Oslo", nil, []string{"Oslo"}},
		},
	}, {
		name: "title in apposition and a possessive title",
		text: "Lena Ortiz, Brandt's envoy on talks with Norway, arrived in Madrid late on Tuesday. Brandt's special envoy Tomas Keller joined her there.",
		want: []found{
			{Person, "Lena Ortiz", []string{"Brandt's envoy on talks with Norway"}, []string{"Lena Ortiz"}},
		},
	}, {
		name: "a courtesy title between the title and the name",
		text: "Commons Speaker Sir Tomas Keller suspended the sitting on Wednesday.",
		want: []found{
			{Person, "Tomas Keller", []string{"Commons Speaker"}, []string{"Tomas Keller"}},
		},
	}, {
		name: "a title with what it is of, set off by commas",
		text: "The secretary of state for the elderly, Lena Ortiz, visited Madrid on Friday.",
		want: []found{
			{Person, "Lena Ortiz", []string{"secretary of state for the elderly"}, []string{"Lena Ortiz"}},
		},
	}, {
		name: "an abbreviated title with its dot",
		text: "Florida Gov. Tomas Keller signed the budget on Monday.",
		want: []found{
			{Place, "Florida", nil, []string{"Florida"}},
			{Person, "Tomas Keller", []string{"Florida Gov."}, []string{"Tomas Keller"}},
		},
	}, {
		name: "a clause after the name is no title",
		text: "Now that he has blamed President Lena Ortiz, the party nominee had some explaining to do.",
		want: []found{
			{Person, "Lena Ortiz", []string{"President"}, []string{"Lena Ortiz"}},
		},
	}, {
		name: "former president, and a mention by title alone",
		text: "Finnish President Mikael Harju flew to Madrid on Friday to meet former President Daniel Moreno. The Finnish president later thanked his hosts.",
		want: []found{
			{Person, "Mikael Harju", []string{"Finnish President"}, []string{"Mikael Harju", "The Finnish president"}},
			{Place, "Madrid", nil, []string{"Madrid"}},
			{Person, "Daniel Moreno", []string{"former President"}, []string{"Daniel Moreno"}},
		},
	}, {
		name: "an acronym of a hyphenated name",
		text: "Korden-Blake Systems bought the Velmora plant on Monday. KBS will keep all 300 jobs, the company said.",
		want: []found{
			{Org, "Korden-Blake Systems", nil, []string{"Korden-Blake Systems", "KBS"}},
		},
	}, {
		name: "a kind of place, of, and its name",
		text: "Floods closed roads across the State of Velmora on Monday, said Ines Tal, its governor.",
		want: []found{
			{Place, "State of Velmora", nil, []string{"State of Velmora"}},
		},
	}, {
		name:   "a title tagged apart from its name",
		text:   "\u201cWe will rebuild,\u201d said Mayor Tobias Renner, who toured the site on Wednesday.",
		absent: []string{"Mayor"},
	}, {
		name:   "nationalities are not places",
		text:   "Russian and Ukrainian officials met in Geneva on Wednesday to discuss grain shipments.",
		want:   []found{{Place, "Geneva", nil, []string{"Geneva"}}},
		absent: []string{"Russian", "Ukrainian"},
	}, {
		name: "one country under several names",
		text: "The United States sent a delegation to Brussels. A U.S. official said the US would pay its share.",
		want: []found{
			{Place, "United States", nil, []string{"United States", "U.S.", "US"}},
			{Place, "Brussels", nil, []string{"Brussels"}},
		},
	}, {
		name: "a headline in capitals",
		text: "HARJU HOLDS TALKS IN MADRID\n\nFinnish President Mikael Harju held talks in Madrid on Friday with business leaders from Spain and Portugal.",
		want: []found{
			{Person, "Mikael Harju", []string{"Finnish President"}, []string{"HARJU", "Mikael Harju"}},
			{Place, "Madrid", nil, []string{"MADRID", "Madrid"}},
		},
	}, {
		name:   "clutter is skipped",
		text:   "Finnish President Mikael Harju opened a bridge in Oulu on Sunday.\n\nComments\n\nJohn Smith: what a waste of money in Tampere",
		want:   []found{{Person, "Mikael Harju", []string{"Finnish President"}, []string{"Mikael Harju"}}},
		absent: []string{"John Smith", "Tampere"},
	}, {
		name: "quotation marks and paired names are not names",
		text: "Finnish President Mikael Harju met Lena Ortiz in Oslo. President Harju “will not wait,” an aide said after the Harju-Ortiz meeting.",
		want: []found{
			{Person, "Mikael Harju", []string{"Finnish President", "President"}, []string{"Mikael Harju", "Harju"}},
			{Person, "Lena Ortiz", nil, []string{"Lena Ortiz"}},
			{Place, "Oslo", nil, []string{"Oslo"}},
		},
		absent: []string{"Harju-Ortiz", "“"},
	}, {
		name: "a headline in sentence case reads like the body",
		text: "Korvane Holdings buys a port operator in Velmora\n\nThe deal was announced on Monday by the company.",
		want: []found{{Org, "Korvane Holdings", nil, []string{"Korvane Holdings"}}},
	}, {
		name: "a title at the start of a sentence, before a person's name",
		text: "Mayor Tobias Renner said the city would pay $2.5 million to rehouse 140 residents.",
		want: []found{{Person, "Tobias Renner", []string{"Mayor"}, []string{"Tobias Renner"}}},
	}, {
		name: "an organisation and its abbreviation",
		text: "The European Central Bank raised rates on Thursday. Economists had expected the ECB to wait until March.",
		want: []found{{Org, "European Central Bank", nil, []string{"European Central Bank", "ECB"}}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Parse("test", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			got := FindEntities(d)
			for i, want := range tt.want {
				if i >= len(got) {
					t.Fatalf("found %d entities, want at least %d: %v", len(got), len(tt.want), got)
				}
				if g := describe(d, got[i]); fmt.Sprint(g) != fmt.Sprint(want) {
					t.Errorf("entity %d:\n got %v\nwant %v", i, g, want)
				}
			}
			for _, e := range got {
				for _, a := range tt.absent {
					for _, m := range e.Mentions {
						if strings.Contains(d.Slice(m), a) {
							t.Errorf("found %q (%s), which should not be an entity", d.Slice(m), e.Type)
						}
					}
				}
			}
		})
	}
}

func TestFindEntitiesEmpty(t *testing.T) {
	d := &document.Document{}
	if got := FindEntities(d); got != nil {
		t.Errorf("FindEntities(empty) = %v, want nil", got)
	}
}

func ExampleFindEntities() {
	text := "Finnish President Mikael Harju met Lena Ortiz, the mayor of Madrid, on Friday. Harju praised the city."
	d, err := document.Parse("example.txt", text)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range FindEntities(d) {
		fmt.Printf("%s %q", e.Type, e.Name)
		for _, r := range e.Roles {
			fmt.Printf(" (%s)", r.Title)
		}
		fmt.Printf(": %d mentions\n", len(e.Mentions))
	}
	// Output:
	// PERSON "Mikael Harju" (Finnish President): 2 mentions
	// PERSON "Lena Ortiz" (mayor of Madrid): 1 mentions
	// PLACE "Madrid": 1 mentions
}

func FuzzFindEntities(f *testing.F) {
	f.Add("Finnish President Mikael Harju met Lena Ortiz, Brandt's envoy, in Madrid.")
	f.Add("HARJU IN MADRID\n\nThe U.S. and the EU said the Finnish president would go. “Ortiz’s plan,” he said")
	f.Add("St. Petersburg, 'the' , , ’s ’ s Mr. . the the the")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := document.Parse("fuzz", text)
		if err != nil {
			return
		}
		last := -1
		for _, e := range FindEntities(d) {
			if len(e.Mentions) == 0 || e.Name == "" || !utf8.ValidString(e.Name) && utf8.ValidString(text) {
				t.Fatalf("bad entity %+v", e)
			}
			if e.Mentions[0].Start < last {
				t.Fatalf("entities out of order at %d", e.Mentions[0].Start)
			}
			last = e.Mentions[0].Start
			for _, m := range append(e.Mentions, rolesSpans(e)...) {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End || d.IsClutter(m.Start) {
					t.Fatalf("bad span %+v in %q", m, text)
				}
			}
		}
	})
}

func rolesSpans(e Entity) []Span {
	var s []Span
	for _, r := range e.Roles {
		s = append(s, r.Span)
	}
	return s
}

func TestSurnameTaggedAsBodyJoinsThePerson(t *testing.T) {
	d, err := document.Parse("a.txt", "Ines Velmon spoke. Velmon left. Velmon won.")
	if err != nil {
		t.Fatal(err)
	}
	f := newEntityFinder(d)
	var velmon []int
	for i := range d.Tokens {
		if f.word(i) == "Velmon" {
			velmon = append(velmon, i)
		}
	}
	// The tagger took the full name for a person and the surname alone, twice, for a body.
	f.add(nameMention{first: velmon[0] - 1, last: velmon[0] + 1, class: ner.Per})
	for _, i := range velmon[1:] {
		f.add(nameMention{first: i, last: i + 1, class: ner.Org})
	}
	f.merge()
	f.group()
	if len(f.groups) != 1 || f.groups[0].typ != Person {
		t.Errorf("groups %+v, want one person", f.groups)
	}
}

func TestMostlyOther(t *testing.T) {
	var f entityFinder
	f.readings = map[string][ner.Misc + 1]int{
		"quillnet browser": {ner.Org: 1, ner.Misc: 3},
		"velmora systems":  {ner.Org: 2, ner.Misc: 1},
		"velmora cup":      {ner.Per: 1, ner.Misc: 1},
		"russia":           {ner.Misc: 2}, // listed as a place
	}
	for key, want := range map[string]bool{
		"quillnet browser": true,
		"velmora systems":  false,
		"velmora cup":      false,
		"russia":           false,
		"never read":       false,
	} {
		if got := f.mostlyOther(key); got != want {
			t.Errorf("mostlyOther(%q) = %v, want %v", key, got, want)
		}
	}
}
