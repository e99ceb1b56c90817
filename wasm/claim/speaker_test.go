package claim

import (
	"testing"

	"parallax/wasm/mention"
)

func TestSpeakerBesideAsides(t *testing.T) {
	ortiz := invented{mention.Person, "Ana Ortiz", []string{"Ana Ortiz", "Ortiz"}, nil}
	tests := []struct {
		name, text string
		entities   []invented
		want       string
	}{
		{"a town and its state",
			"Ortiz, at a rally in Dunmore, Vermont, said she would “fight for every mill.”",
			[]invented{ortiz, {mention.Place, "Dunmore", []string{"Dunmore"}, nil}, {mention.Place, "Vermont", []string{"Vermont"}, nil}},
			"Ana Ortiz"},
		{"an age and a home town",
			"Ana Ortiz, 22, of Dunmore, Vt., said the mill was “the heart of the town.”",
			[]invented{ortiz, {mention.Place, "Dunmore", []string{"Dunmore"}, nil}},
			"Ana Ortiz"},
		{"a name in apposition is still the speaker",
			"The deputy mayor, Ana Ortiz, said the mill was “the heart of the town.”",
			[]invented{ortiz},
			"Ana Ortiz"},
		{"a name after the role that follows the verb",
			"“We are ready,” said the deputy mayor, Ana Ortiz, on Monday.",
			[]invented{ortiz},
			"Ana Ortiz"},
		{"an age before the name after the role",
			"“The ferry is late,” said the harbour master, 61-year-old Ana Ortiz.",
			[]invented{ortiz},
			"Ana Ortiz"},
		{"a place after the role is not the speaker",
			"“The ferry is late,” said the harbour master, Dunmore's oldest.",
			[]invented{{mention.Place, "Dunmore", []string{"Dunmore"}, nil}},
			"the harbour master"},
		{"a place that speaks",
			"Vermont, for its part, said the mill was “the heart of the state.”",
			[]invented{{mention.Place, "Vermont", []string{"Vermont"}, nil}},
			"Vermont"},
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

func TestSurnameTheTaggerMissed(t *testing.T) {
	paul := invented{mention.Person, "Paul Hale", []string{"Paul Hale"}, nil}
	tests := []struct {
		name, text string
		entities   []invented
		want       string
	}{
		{"one person of that name",
			"Paul Hale criticised the deal. “This is a betrayal,” Hale said.",
			[]invented{paul}, "Paul Hale"},
		{"two people of that name",
			"Paul Hale and Rita Hale criticised the deal. “This is a betrayal,” Hale said.",
			[]invented{paul, {mention.Person, "Rita Hale", []string{"Rita Hale"}, nil}}, "Hale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quotes := FindQuotes(parse(t, tt.text), entitiesIn(tt.text, tt.entities))
			if len(quotes) != 1 {
				t.Fatalf("got %d quotes, want 1", len(quotes))
			}
			if got := speakerName(quotes[0].Speaker); got != tt.want {
				t.Errorf("speaker %q, want %q", got, tt.want)
			}
		})
	}
}
