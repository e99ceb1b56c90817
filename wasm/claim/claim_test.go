package claim

import (
	"fmt"
	"strings"
	"testing"

	"parallax/internal/growth"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// parse parses an invented article or fails the test.
func parse(t testing.TB, text string) *document.Document {
	t.Helper()
	d, err := document.Parse("test", text)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func speakerName(sp *Speaker) string {
	if sp == nil {
		return "<none>"
	}
	return sp.Name
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // per quote: "text | speaker | cue | partial"
	}{
		{"speaker after", "“We will rebuild the bridge by spring,” Mayor Ana Ortiz said.",
			[]string{"We will rebuild the bridge by spring, | Ana Ortiz | said | false"}},
		{"inverted", "“The river is rising,” said Harbour Commissioner Lena Fisk.",
			[]string{"The river is rising, | Lena Fisk | said | false"}},
		{"straight marks before", `Tomas Reyes said, "The gates will stay shut."`,
			[]string{"The gates will stay shut. | Tomas Reyes | said | false"}},
		{"colon", "Tomas Reyes: “The gates will stay shut.”",
			[]string{"The gates will stay shut. | Tomas Reyes | : | false"}},
		{"dash", "Then Tomas Reyes spoke up — “The gates will stay shut.”",
			[]string{"The gates will stay shut. | Tomas Reyes | — | false"}},
		{"partial", "The council praised the plan as “bold and overdue.”",
			[]string{"bold and overdue. | The council | praised | true"}},
		{"scare quote", "The so-called “green corridor” opened at noon.",
			[]string{"green corridor | <none> |  | true"}},
		{"nobody", "“Stay indoors.”",
			[]string{"Stay indoors. | <none> |  | false"}},
		{"according to", "“Repairs will take a week,” according to the ministry.",
			[]string{"Repairs will take a week, | the ministry | according to | false"}},
		{"apostrophes", "“It’s the council’s call, isn’t it?” Reyes asked.",
			[]string{"It’s the council’s call, isn’t it? | Reyes | asked | false"}},
		{"single marks", "Lena Fisk said: ‘We will not wait for the farmers’ report.’",
			[]string{"We will not wait for the farmers’ report. | Lena Fisk | said | false"}},
		{"pronoun", "Lena Fisk toured the dam on Monday. “It is safe now,” she said.",
			[]string{"It is safe now, | Lena Fisk | said | false"}},
		{"two sentences, one speaker", "“The dam held,” Mia Holt said. “We were lucky.”",
			[]string{"The dam held, | Mia Holt | said | false", "We were lucky. | Mia Holt | said | false"}},
		{"introduced by the previous paragraph", "Fire chief Omar Diallo added:\n\n“Nobody was hurt. The families are safe.”",
			[]string{"Nobody was hurt. The families are safe. | Omar Diallo | added | false"}},
		{"continued across paragraphs", "The engineer, Mia Holt, said: “The dam held.\n\n“We were lucky this time.”",
			[]string{"The dam held. | Mia Holt | said | false", "We were lucky this time. | Mia Holt | said | false"}},
		{"group", "“The vote is final,” officials said on Tuesday.",
			[]string{"The vote is final, | officials | said | false"}},
		{"role", "“Talks will resume,” a ministry spokesperson told reporters.",
			[]string{"Talks will resume, | a ministry spokesperson | told | false"}},
		{"passive", "The plan was described as “reckless” by Tomas Reyes.",
			[]string{"reckless | Tomas Reyes | by | true"}},
		{"signature", "“Best decision we ever made.” ― Nina Park",
			[]string{"Best decision we ever made. | Nina Park | — | false"}},
		{"party in brackets", "“We need the funds,” Sen. Ana Ortiz (D-Ore.) said.",
			[]string{"We need the funds, | Ana Ortiz | said | false"}},
		{"question tag", "“Will the levee hold?” Reyes asked.",
			[]string{"Will the levee hold? | Reyes | asked | false"}},
		{"short tag after a full stop", "“It will hold.” Reyes said as he left.",
			[]string{"It will hold. | Reyes | said | false"}},
		{"the person the paragraph before is about", "Mia Holt is worried about the levee.\n\n“It could fail in a storm.”",
			[]string{"It could fail in a storm. | Mia Holt |  | false"}},
		{"age before the name", "“We lost the bakery,” said 56-year-old Tessa Brannigan.",
			[]string{"We lost the bakery, | Tessa Brannigan | said | false"}},
		{"article and age before the name", "“It flooded twice,” said the 34-year-old Omar Diallo.",
			[]string{"It flooded twice, | Omar Diallo | said | false"}},
		{"participle after the speaker", "“Talks will resume,” said the source adding that both sides had agreed.",
			[]string{"Talks will resume, | the source | said | false"}},
		{"unlisted verb", "“Not again,” Nina Park groaned.",
			[]string{"Not again, | Nina Park | groaned | false"}},
		{"block quote named by a dash line", "The harbour will reopen once the divers have checked the piers.\n\n- Harbour Commissioner Lena Fisk said at a briefing.",
			[]string{"The harbour will reopen once the divers have checked the piers. | Lena Fisk | said | false"}},
		{"a caption before a dash line is no quote", "Divers at work.\n\n- Photo said to be from Tuesday.",
			nil},
		{"unbalanced", "He said “this never closes and the paragraph ends.",
			nil},
		{"markup", `<tweet tweet-id="75885828" tweet-author="@someone">Vote early.</tweet>`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.text)
			var got []string
			for _, q := range FindQuotes(d, mention.Mentions{}) {
				if d.Slice(q.Span) != q.Text {
					t.Errorf("span %v does not hold %q", q.Span, q.Text)
				}
				got = append(got, fmt.Sprintf("%s | %s | %s | %v", q.Text, speakerName(q.Speaker), q.Cue, q.Partial))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestSpeakerEntity checks that a speaker who is a known entity gets the entity's
// name and index, whichever of its mentions the quote is attributed with.
func TestSpeakerEntity(t *testing.T) {
	text := "Harbour Commissioner Lena Fisk inspected the pier. “It will hold,” Fisk said. “We checked twice,” she added."
	d := parse(t, text)
	at := func(s string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s)}
	}
	m := mention.Mentions{Entities: []mention.Entity{
		{Type: mention.Place, Name: "Pier 4", Mentions: []Span{at("pier")}},
		{Type: mention.Person, Name: "Lena Fisk", Mentions: []Span{at("Lena Fisk"), at("Fisk said")}},
	}}
	m.Entities[1].Mentions[1].End = m.Entities[1].Mentions[1].Start + len("Fisk")
	quotes := FindQuotes(d, m)
	if len(quotes) != 2 {
		t.Fatalf("got %d quotes, want 2", len(quotes))
	}
	for _, q := range quotes {
		if q.Speaker == nil || q.Speaker.Entity != 1 || q.Speaker.Name != "Lena Fisk" {
			t.Errorf("%q: speaker %+v, want entity 1 Lena Fisk", q.Text, q.Speaker)
		}
	}
	if got := d.Slice(quotes[1].Speaker.Span); got != "she" {
		t.Errorf("second quote's speaker span holds %q, want the pronoun", got)
	}
}

func TestStatements(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Mayor Ana Ortiz said that the bridge would reopen in May.", "Ana Ortiz | said | the bridge would reopen in May"},
		{"The bridge will reopen in May, officials said.", "officials | said | The bridge will reopen in May"},
		{"Tomas Reyes warned reporters on Friday that the levee was weak.", "Tomas Reyes | warned | the levee was weak"},
		{"According to the ministry, the levee was repaired twice.", "the ministry | according to | the levee was repaired twice"},
		{"Mia Holt said the pumps had failed overnight.", "Mia Holt | said | the pumps had failed overnight"},
		{"Mia Holt praised the crews.", ""},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Find(parse(t, tt.text), mention.Mentions{}).Statements {
			got = append(got, fmt.Sprintf("%s | %s | %s", speakerName(s.Speaker), s.Cue, s.Text))
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%q:\ngot  %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestEvents(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Mayor Ana Ortiz met Friday with Governor Paul Ruiz in Springfield for two hours.",
			"meeting | Ana Ortiz, Paul Ruiz | Springfield | Friday | two hours"},
		{"The discussions, held on Thursday in Lisbon, ended without a deal.",
			"talks |  | Lisbon | Thursday | "},
		{"Tomas Reyes held talks with Mia Holt.", "talks | Tomas Reyes, Mia Holt |  |  | "},
		{"The mayor called on residents to stay home.", ""},
		{"A fire swept through a warehouse in Dunmore on Sunday night, officials said on Tuesday.",
			"fire |  | Dunmore | Sunday | "},
		{"A fire broke out at a depot in Dunmore, officials said on Thursday.", "fire |  | Dunmore |  | "},
		{"Crews fought the blaze for more than five hours.", "fire |  |  |  | five hours"},
		{"Fire officials in Dunmore said on Monday that the alarms had failed.", ""},
		{"Leaders said on Friday that they feared continued strikes.", ""},
		{"Strikes hit Dunmore and Varnholm on Monday and Tuesday.", ""},
		{"The rebels threatened to attack the port on Sunday.", ""},
		{"Tomas Reyes will then be presented to fans on Saturday.", "presentation | Tomas Reyes |  | Saturday | "},
		{"A man charged over the shooting was in court on Monday.", ""},
		{"A witness was due to testify in the shooting on Thursday.", ""},
		{"Mayor Ana Ortiz, who was away at the time of the fire, returned Saturday.", ""},
		{"Crowds angered by the shooting of a student near the harbour marched through Dunmore for a second night on Wednesday.", ""},
		{"A blaze gutted the old mill in Dunmore late on Friday.", "fire |  | Dunmore | Friday | "},
		{"The jet bound for Varnholm on Thursday crashed in Dunmore.", "crash |  | Dunmore | Thursday | "},
		{"The old mill collapsed, and crews searched it on Friday.", ""},
		{"A jet crashed in Dunmore.", "crash |  | Dunmore |  | "},
		{"Mayor Ana Ortiz met Governor Paul Ruiz in St. Louis.", "meeting | Ana Ortiz, Paul Ruiz | St. Louis |  | "},
		{"The harbour bridge opened to traffic in Dunmore on Monday.", "opening |  | Dunmore | Monday | "},
		{"The line opened on Tuesday after six years of work.", "opening |  |  | Tuesday | "},
		{"The new terminal was inaugurated in Varnholm on Friday.", "opening |  | Varnholm | Friday | "},
		{"Police opened fire on protesters in Dunmore on Monday.", ""},
		{"Prosecutors opened an inquiry in Dunmore on Monday.", ""},
		{"The plant will be inaugurated on Friday.", ""},
	}
	for _, tt := range tests {
		var got []string
		d := parse(t, tt.text)
		for _, e := range Find(d, mention.Mentions{}).Events {
			got = append(got, fmt.Sprintf("%s | %s | %s | %s | %s", e.Kind, strings.Join(e.Participants, ", "), e.Place, e.Day, e.Duration))
			// Without mentions every value is given as written, where it is written.
			if d.Slice(e.PlaceSpan) != e.Place || d.Slice(e.DaySpan) != e.Day || d.Slice(e.DurationSpan) != e.Duration {
				t.Errorf("%q: spans hold %q, %q, %q", tt.text, d.Slice(e.PlaceSpan), d.Slice(e.DaySpan), d.Slice(e.DurationSpan))
			}
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%q:\ngot  %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// TestValuesCarryTheirEntities checks that an event's participants and place, and a
// role's holder, carry the entity the mention stage found where they are named, and
// that the day and the title carry where they are written.
func TestValuesCarryTheirEntities(t *testing.T) {
	text := "Mayor Ana Ortiz met Governor Paul Ruiz in Springfield on Friday."
	d := parse(t, text)
	at := func(s string) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s)}
	}
	m := mention.Mentions{
		Entities: []mention.Entity{
			{Type: mention.Person, Name: "Ana Ortiz", Mentions: []Span{at("Ana Ortiz")}, Roles: []mention.Role{{Title: "Mayor", Span: at("Mayor")}}},
			{Type: mention.Place, Name: "Springfield", Mentions: []Span{at("Springfield")}},
			{Type: mention.Person, Name: "Paul Ruiz", Mentions: []Span{at("Paul Ruiz")}},
		},
		Times: []mention.Time{{Span: at("Friday"), Kind: mention.Weekday, Value: "friday"}},
	}
	c := Find(d, m)
	if len(c.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(c.Events))
	}
	ev := c.Events[0]
	var parties []string
	for _, p := range ev.Parties {
		parties = append(parties, fmt.Sprintf("%s %d %q", p.Name, p.Entity, d.Slice(p.Span)))
	}
	if got, want := strings.Join(parties, "; "), `Ana Ortiz 0 "Ana Ortiz"; Paul Ruiz 2 "Paul Ruiz"`; got != want {
		t.Errorf("parties %s, want %s", got, want)
	}
	if ev.PlaceEntity != 1 || ev.PlaceSpan != at("Springfield") || ev.Day != "friday" || ev.DaySpan != at("Friday") {
		t.Errorf("place %d at %v, day %q at %v", ev.PlaceEntity, ev.PlaceSpan, ev.Day, ev.DaySpan)
	}
	if len(c.Roles) != 1 || c.Roles[0].Entity != 0 || c.Roles[0].Title != at("Mayor") {
		t.Errorf("roles %+v, want Mayor of entity 0", c.Roles)
	}
}

// TestRoles checks that the roles are the titles the mention stage gives people,
// and that the claim stage reads none from the text itself.
func TestRoles(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Port Authority spokesperson Nina Park and former Mayor Tomas Reyes visited the dam.",
			"Nina Park | Port Authority spokesperson\nTomas Reyes | former Mayor"},
		{"Mr Tomas Reyes and Dame Ana Ortiz visited the dam.", ""},
	}
	for _, tt := range tests {
		d := parse(t, tt.text)
		var got []string
		for _, r := range Find(d, mention.Find(d)).Roles {
			got = append(got, r.Holder+" | "+r.Role)
			if d.Slice(r.Title) != r.Role || r.Entity < 0 {
				t.Errorf("%s: title span holds %q, entity %d; want the role and its holder", r.Role, d.Slice(r.Title), r.Entity)
			}
		}
		if strings.Join(got, "\n") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
		if roles := Find(d, mention.Mentions{}).Roles; len(roles) != 0 {
			t.Errorf("%q: without mentions got roles %+v", tt.text, roles)
		}
	}
}

func TestFigures(t *testing.T) {
	text := "The city will spend 40 million dollars on pumps, Mayor Ana Ortiz said."
	i := strings.Index(text, "40 million dollars")
	m := mention.Mentions{Quantities: []mention.Quantity{{Kind: mention.Money, Value: 4e7, Unit: "USD",
		Span: Span{Start: i, End: i + len("40 million dollars")}}}}
	figs := Find(parse(t, text), m).Figures
	if len(figs) != 1 || figs[0].Measure != "pumps" || speakerName(figs[0].Source) != "Ana Ortiz" {
		t.Errorf("got %+v, want pumps given by Ana Ortiz", figs)
	}
}

func ExampleFindQuotes() {
	text := "Harbour Commissioner Lena Fisk said the pier was safe.\n\n" +
		"“We checked every pile,” she said. “Twice.”\n\n" +
		"The union called the inspection “rushed.”"
	d, _ := document.Parse("example", text)
	// In the engine the mentions come from mention.Find(d); without them, speakers
	// are named as the text names them.
	for _, q := range FindQuotes(d, mention.Mentions{}) {
		who := "nobody"
		if q.Speaker != nil {
			who = q.Speaker.Name
		}
		fmt.Printf("%s (partial: %v): %s\n", who, q.Partial, q.Text)
	}
	// Output:
	// Lena Fisk (partial: false): We checked every pile,
	// Lena Fisk (partial: false): Twice.
	// The union (partial: true): rushed.
}

// FuzzFind checks that no text makes Find panic or return a span outside the text.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“Open, “nested ‘inner” marks’ never close",
		"\"a\" \"b \"c\" d\" ' ' ’ ‘ ”“",
		"He said: “one.\n\n“two.\n\n“three",
		"’s ’90s rock’n’roll ‘em “”",
		"“…,” said . , said “ according to",
		"<p>“Quoted,” she said.</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := document.Parse("fuzz", text)
		if err != nil {
			return
		}
		c := Find(d, mention.Find(d))
		for _, q := range c.Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start > q.End {
				t.Fatalf("quote span %v outside the text", q.Span)
			}
		}
		for _, s := range c.Statements {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("statement span %v outside the text", s.Span)
			}
		}
	})
}

// inventedArticle builds an article of about n bytes from invented paragraphs, with
// unbalanced marks and run-on sentences among them.
func inventedArticle(n int) string {
	paragraphs := []string{
		"“We will rebuild the bridge by spring,” Mayor Ana Ortiz said on Tuesday. “The money is there.”",
		"Harbour Commissioner Lena Fisk met Friday with Governor Paul Ruiz in Springfield for two hours.",
		"The council praised the plan as “bold and overdue,” but officials said the cost had doubled.",
		"Fire chief Omar Diallo added:",
		"“Nobody was hurt. The families are safe.",
		"“We were lucky,” he said, “and the pumps held.”",
		"According to the ministry, the levee was repaired twice, and he said he said he said it held.",
		"The so-called “green corridor” opened at noon, while the farmers’ union called it ‘a stunt.",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(paragraphs[i%len(paragraphs)])
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	text := inventedArticle(2 << 20)
	d, err := document.Parse("bench", text)
	if err != nil {
		b.Fatal(err)
	}
	m := mention.Mentions{}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		Find(d, m)
	}
}

// TestLinear checks that four times the text costs about four times as much, not
// the sixteen times a quadratic step would.
func TestLinear(t *testing.T) {
	growth.Linear(t, 64<<10, func(n int) *document.Document { return parse(t, inventedArticle(n)) },
		func(d *document.Document) { Find(d, mention.Mentions{}) })
}

func ExampleIsIncident() {
	for _, kind := range []string{"fire", "meeting", "flood"} {
		fmt.Println(kind, IsIncident(kind))
	}
	// Output:
	// fire true
	// meeting false
	// flood true
}

func TestSpokespersonGivesTheBodysWords(t *testing.T) {
	text := "“The fee was paid in full,” a Velmora League spokesman said on Friday."
	d := parse(t, text)
	i := strings.Index(text, "Velmora League")
	m := mention.Mentions{Entities: []mention.Entity{
		{Type: mention.Org, Name: "Velmora League", Mentions: []Span{{Start: i, End: i + len("Velmora League")}}},
	}}
	quotes := FindQuotes(d, m)
	if len(quotes) != 1 || quotes[0].Speaker == nil || quotes[0].Speaker.Entity != 0 {
		t.Fatalf("quotes %+v, want one given to the league", quotes)
	}
	if got := d.Slice(quotes[0].Speaker.Span); got != "a Velmora League spokesman" {
		t.Errorf("speaker span holds %q, want the whole phrase", got)
	}
}

func TestIncidentOneOfSeveral(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"A strong earthquake rattled Dunmore on Wednesday, days after a powerful quake levelled homes.", true},
		{"The latest tremor hit Dunmore on Sunday.", true},
		{"A fire gutted the mill in Dunmore on Friday, the fire chief said.", false},
		{"A fire gutted the mill in Dunmore on Friday.", false},
	}
	for _, tt := range tests {
		evs := Find(parse(t, tt.text), mention.Mentions{}).Events
		if len(evs) != 1 || evs[0].OneOfSeveral != tt.want {
			t.Errorf("%q: got %+v, want one incident, one of several: %v", tt.text, evs, tt.want)
		}
	}
}
