package claim

import (
	"sort"
	"strings"
	"testing"

	"parallax/internal/growth"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// An invented entity: every occurrence of each of its mentions in the text is a
// mention, and roles are titles written in the text.
type invented struct {
	typ      mention.Type
	name     string
	mentions []string
	roles    []string
}

// entitiesIn builds the mentions of entities in text, as the mention stage would.
func entitiesIn(text string, entities []invented) mention.Mentions {
	var m mention.Mentions
	for _, p := range entities {
		e := mention.Entity{Type: p.typ, Name: p.name}
		for _, s := range p.mentions {
			for at := 0; ; {
				i := strings.Index(text[at:], s)
				if i < 0 {
					break
				}
				e.Mentions = append(e.Mentions, Span{Start: at + i, End: at + i + len(s)})
				at += i + len(s)
			}
		}
		e.Mentions = inTextOrder(e.Mentions)
		for _, r := range p.roles {
			i := strings.Index(text, r)
			e.Roles = append(e.Roles, mention.Role{Title: r, Span: Span{Start: i, End: i + len(r)}})
		}
		m.Entities = append(m.Entities, e)
	}
	return m
}

// inTextOrder sorts spans as the mention stage gives them, dropping those that lie
// inside another ("Olsen" in "Piet Olsen").
func inTextOrder(spans []Span) []Span {
	sort.Slice(spans, func(i, j int) bool {
		return spans[i].Start < spans[j].Start || spans[i].Start == spans[j].Start && spans[i].End > spans[j].End
	})
	var out []Span
	for _, s := range spans {
		if n := len(out); n == 0 || s.Start >= out[n-1].End {
			out = append(out, s)
		}
	}
	return out
}

func TestSpeakerGivenByDescription(t *testing.T) {
	harbour := invented{mention.Org, "Lindborg Harbour Authority", []string{"Lindborg Harbour Authority"}, nil}
	crewe := invented{mention.Person, "Alan Crewe", []string{"Alan Crewe"}, []string{"British Prime Minister"}}
	tests := []struct {
		name, text string
		entities   []invented
		want       string
	}{
		{"the office alone",
			"British Prime Minister Alan Crewe met the unions. “We will not back down,” the prime minister said.",
			[]invented{crewe}, "Alan Crewe"},
		{"a word of the title before the office",
			"Interior Minister Pavel Brankovic visited the border. “Nobody will be turned away,” said the interior minister.",
			[]invented{{mention.Person, "Pavel Brankovic", []string{"Pavel Brankovic"}, []string{"Interior Minister"}}}, "Pavel Brankovic"},
		{"an abbreviated office",
			"British Prime Minister Alan Crewe met the unions. “We will not back down,” the PM said.",
			[]invented{crewe, {mention.Org, "PM", []string{"PM"}, nil}}, "Alan Crewe"},
		{"an abbreviated title",
			"Sen. Dana Whitlock opposed the measure. “This bill is a giveaway,” the senator said.",
			[]invented{{mention.Person, "Dana Whitlock", []string{"Dana Whitlock"}, []string{"Sen."}}}, "Dana Whitlock"},
		{"a country's office",
			"German Chancellor Ilse Varga met the unions. “We stand together,” Germany's chancellor said.",
			[]invented{{mention.Person, "Ilse Varga", []string{"Ilse Varga"}, []string{"German Chancellor"}},
				{mention.Place, "Germany", []string{"Germany"}, nil}}, "Ilse Varga"},
		{"another country's office",
			"Polish Prime Minister Piet Olsen met the unions. “We will not bend,” Hungary's prime minister said.",
			[]invented{{mention.Person, "Piet Olsen", []string{"Piet Olsen"}, []string{"Polish Prime Minister"}},
				{mention.Place, "Hungary", []string{"Hungary"}, nil}}, "Hungary's prime minister"},
		{"a person's aide is not the person",
			"German Chancellor Ilse Varga met the unions. “It is a bad deal,” Varga's spokesman said.",
			[]invented{{mention.Person, "Ilse Varga", []string{"Ilse Varga", "Varga"}, []string{"German Chancellor"}}}, "Varga's spokesman"},
		{"a word the title lacks",
			"Democratic nominee Joan Castellano spoke first. “She is wrong,” the Republican nominee said.",
			[]invented{{mention.Person, "Joan Castellano", []string{"Joan Castellano"}, []string{"Democratic nominee"}}}, "the Republican nominee"},
		{"the vice president is not the president",
			"Vice President Ruth Adeyemi toured the plant. “It is a start,” the president said.",
			[]invented{{mention.Person, "Ruth Adeyemi", []string{"Ruth Adeyemi"}, []string{"Vice President"}}}, "the president"},
		{"the minister is not the prime minister",
			"British Prime Minister Alan Crewe met the unions. “We will not back down,” the minister said.",
			[]invented{crewe}, "the minister"},
		{"the general is not the attorney general",
			"Attorney General Ruth Adeyemi opened an inquiry. “No one is above the law,” the general said.",
			[]invented{{mention.Person, "Ruth Adeyemi", []string{"Ruth Adeyemi"}, []string{"Attorney General"}}}, "the general"},
		{"the holder named last",
			"Defence Minister Ilse Varga met Trade Minister Piet Olsen. Olsen spoke later. “Tariffs stay,” the minister said.",
			[]invented{{mention.Person, "Ilse Varga", []string{"Ilse Varga"}, []string{"Defence Minister"}},
				{mention.Person, "Piet Olsen", []string{"Piet Olsen", "Olsen"}, []string{"Trade Minister"}}}, "Piet Olsen"},
		{"the holder the text is about",
			"Trade Minister Piet Olsen opened the talks. Olsen, who met Defence Minister Ilse Varga on Monday, spoke first. “Tariffs stay,” the minister said.",
			[]invented{{mention.Person, "Piet Olsen", []string{"Piet Olsen", "Olsen"}, []string{"Trade Minister"}},
				{mention.Person, "Ilse Varga", []string{"Ilse Varga"}, []string{"Defence Minister"}}}, "Piet Olsen"},
		{"a person the text is about, whom it gives no title",
			"Trade Minister Piet Olsen met the unions. Omar Haddad arrived later. “Tariffs stay,” the minister said.",
			[]invented{{mention.Person, "Piet Olsen", []string{"Piet Olsen"}, []string{"Trade Minister"}},
				{mention.Person, "Omar Haddad", []string{"Omar Haddad"}, nil}}, "the minister"},
		{"no holder named before",
			"“We will not back down,” the prime minister said. Later British Prime Minister Alan Crewe left.",
			[]invented{crewe}, "the prime minister"},
		{"a title after the name",
			"Jonas Pell, a spokesman for the harbour, was asked. “It is closed,” the spokesman said.",
			[]invented{{mention.Person, "Jonas Pell", []string{"Jonas Pell"}, []string{"spokesman for the harbour"}}}, "Jonas Pell"},
		{"a description before the name",
			"“We are going to win,” said Democratic presidential nominee Joan Castellano.",
			[]invented{{mention.Person, "Joan Castellano", []string{"Joan Castellano"}, nil}}, "Joan Castellano"},
		{"a description after according to",
			"The move reeks of fear, according to conservative radio host Dale Rooney. “It is desperate,” he added.",
			[]invented{{mention.Person, "Dale Rooney", []string{"Dale Rooney"}, nil}}, "Dale Rooney"},
		{"a title abbreviation in the description",
			"“The bill is a giveaway,” said Republican candidate Sen. Dana Whitlock.",
			[]invented{{mention.Person, "Dana Whitlock", []string{"Dana Whitlock"}, nil}}, "Dana Whitlock"},
		{"a verb is no description",
			"Hollande denounced Piet Olsen as “reckless.”",
			[]invented{{mention.Person, "Piet Olsen", []string{"Piet Olsen"}, nil}, {mention.Person, "Hollande", []string{"Hollande"}, nil}}, "Hollande"},
		{"brackets and a day between subject and verb",
			"Republican candidate Ana Ortiz (R-Ore.) on Saturday called the plan “a fraud.”",
			[]invented{{mention.Person, "Ana Ortiz", []string{"Ana Ortiz"}, nil}}, "Ana Ortiz"},
		{"a word of a body's name",
			"The Lindborg Harbour Authority closed the bridge. “It was inspected twice,” the authority said.",
			[]invented{harbour}, "Lindborg Harbour Authority"},
		{"words of a body's name",
			"The Lindborg Harbour Authority closed the bridge. “It was inspected twice,” said the harbour authority.",
			[]invented{harbour}, "Lindborg Harbour Authority"},
		{"a word a body's name lacks",
			"The Lindborg Harbour Authority closed the bridge. “It was inspected twice,” the port authority said.",
			[]invented{harbour}, "the port authority"},
		{"a spokeswoman gives her body's words",
			"“We will appeal,” said a spokeswoman for the Lindborg Harbour Authority.",
			[]invented{harbour}, "Lindborg Harbour Authority"},
		{"a representative of a person is not that person",
			"“The ferry is late,” said a representative of Marta Ellison.",
			[]invented{{mention.Person, "Marta Ellison", []string{"Marta Ellison"}, nil}}, "a representative of Marta Ellison"},
		{"a person of a body is that person",
			"“It is a long shot,” said Ana Ortiz of the Lindborg Harbour Authority.",
			[]invented{harbour, {mention.Person, "Ana Ortiz", []string{"Ana Ortiz"}, nil}}, "Ana Ortiz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parse(t, tt.text)
			quotes := FindQuotes(d, entitiesIn(tt.text, tt.entities))
			if len(quotes) != 1 {
				t.Fatalf("got %d quotes, want 1", len(quotes))
			}
			if got := speakerName(quotes[0].Speaker); got != tt.want {
				t.Errorf("speaker %q, want %q", got, tt.want)
			}
		})
	}
}

// TestDescriptionsLinear checks that naming speakers given by description costs
// no more per speaker in a long article with many mentions of their holders.
func TestDescriptionsLinear(t *testing.T) {
	const paragraph = "Harbour Commissioner Lena Fisk toured the pier. “It will hold,” the commissioner said. " +
		"The Lindborg Harbour Authority agreed. “It held,” the authority said. " +
		"“We will appeal,” said a spokeswoman for the Lindborg Harbour Authority.\n\n"
	type article struct {
		d *document.Document
		m mention.Mentions
	}
	growth.Linear(t, 32<<10, func(n int) article {
		d := parse(t, strings.Repeat(paragraph, n/len(paragraph)))
		return article{d, mention.Find(d)}
	}, func(a article) { Find(a.d, a.m) })
}
