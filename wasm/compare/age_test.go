package compare_test

import (
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/mention"
)

func TestAges(t *testing.T) {
	nurse := ent{typ: mention.Person, name: "Ana Ortiz", mentions: []string{"Ortiz"}}
	age := func(text string, years float64) fig {
		return fig{text: text, kind: mention.Measure, value: years, unit: "year of age"}
	}
	tests := []struct {
		name       string
		a, b       article
		kind       compare.Kind
		wantValues int
	}{
		{"the same age, written two ways",
			article{name: "a.txt", text: "Ana Ortiz, 40, was rescued.", ents: []ent{nurse}, figures: []fig{age("40", 40)}},
			article{name: "b.txt", text: "A 40-year-old Ana Ortiz was rescued.", ents: []ent{nurse}, figures: []fig{age("40-year-old", 40)}},
			compare.Agreement, 2},
		{"an exact age inside a decade of life",
			article{name: "a.txt", text: "Ana Ortiz, 38, was rescued.", ents: []ent{nurse}, figures: []fig{age("38", 38)}},
			article{name: "b.txt", text: "Ortiz, who is in her late 30s, was rescued.", ents: []ent{nurse}},
			compare.Agreement, 2},
		{"undated reports may be a year apart",
			article{name: "a.txt", text: "Ana Ortiz, 40, was rescued.", ents: []ent{nurse}, figures: []fig{age("40", 40)}},
			article{name: "b.txt", text: "Ortiz, who is in late 30s, was rescued.", ents: []ent{nurse}},
			compare.PossibleConflict, 2},
		{"dated reports days apart",
			article{name: "a.txt", text: "Updated: June 13, 2025\nAna Ortiz, 40, was rescued.", ents: []ent{nurse}, figures: []fig{age("40", 40)}},
			article{name: "b.txt", text: "Published: June 15, 2025\nOrtiz, who is in her late 30s, was rescued.", ents: []ent{nurse}},
			compare.Conflict, 2},
		{"undated reports that name the crash's weekday, written in its week",
			article{name: "a.txt", text: "Ana Ortiz, 40, was rescued after the crash.", ents: []ent{nurse}, figures: []fig{age("40", 40)},
				events: []event{{kind: "crash", at: "the crash", day: "Thursday"}}},
			article{name: "b.txt", text: "Ortiz, who is in late 30s, was rescued after the crash.", ents: []ent{nurse},
				events: []event{{kind: "crash", at: "the crash", day: "Thursday"}}},
			compare.Conflict, 2},
		{"the age of someone the person has",
			article{name: "a.txt", text: "Ana Ortiz, 40, was rescued.", ents: []ent{nurse}, figures: []fig{age("40", 40)}},
			article{name: "b.txt", text: "Ortiz's 12-year-old daughter was rescued.", ents: []ent{nurse}, figures: []fig{age("12-year-old", 12)}},
			"", 0},
		{"an era, not an age",
			article{name: "a.txt", text: "Ana Ortiz, 40, was rescued.", ents: []ent{nurse}, figures: []fig{age("40", 40)}},
			article{name: "b.txt", text: "In the late 90s Ortiz was a singer.", ents: []ent{nurse}},
			"", 0},
	}
	for _, tt := range tests {
		c := compareArticles(t, tt.a, tt.b)
		var got []compare.Finding
		for _, f := range append(c.Findings, c.Hidden...) {
			if f.Topic == "How old is Ana Ortiz?" {
				got = append(got, f)
			}
		}
		switch {
		case tt.kind == "" && len(got) != 0:
			t.Errorf("%s: want no finding on her age, got %+v", tt.name, got)
		case tt.kind != "" && (len(got) != 1 || got[0].Kind != tt.kind || len(got[0].Values) != tt.wantValues):
			t.Errorf("%s: want one %s with %d values, got %+v%s", tt.name, tt.kind, tt.wantValues, got, dump(c))
		}
	}
}
