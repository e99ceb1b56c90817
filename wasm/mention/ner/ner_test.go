package ner

import (
	"strings"
	"testing"

	"parallax/wasm/document"
)

func TestLabels(t *testing.T) {
	for l := Label(0); int(l) < NumLabels; l++ {
		got, ok := ParseLabel(l.String())
		if !ok || got != l {
			t.Errorf("ParseLabel(%q) = %v, %v; want %v", l.String(), got, ok, l)
		}
		if l != O && LabelOf(l.Class(), l.Begins()) != l {
			t.Errorf("LabelOf(%v, %v) != %v", l.Class(), l.Begins(), l)
		}
	}
	for _, bad := range []string{"", "B-", "X-PER", "B-FOO", "I_PER"} {
		if _, ok := ParseLabel(bad); ok {
			t.Errorf("ParseLabel(%q) accepted", bad)
		}
	}
}

func TestLoadRejects(t *testing.T) {
	for _, data := range []string{"", "NER2", "NER1\x01", "XXXX\x01" + strings.Repeat("\x00", 18+transitionsSize), "NER2\x01\x00"} {
		if _, err := Load(data); err == nil {
			t.Errorf("Load(%q) accepted", data)
		}
	}
	if _, err := Load(string(Encode(1, make([]int8, 2*NumLabels), &Transitions[int32]{}))); err != nil {
		t.Errorf("Load(Encode(...)) = %v", err)
	}
}

// tag tags a sentence of space-separated tokens.
func tag(text string) []Label {
	var spans []document.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			spans = append(spans, document.Span{Start: start, End: i})
			start = i + 1
		}
	}
	var s Sentence
	var ctx Context
	ctx.Reset(text, spans)
	s.Reset(text, spans, &ctx)
	return Default.Tag(&s, nil)
}

func TestTag(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Mikael Harju visited Madrid on Friday .", "B-PER I-PER O B-LOC O O O"},
		{"The European Central Bank kept rates on hold .", "O B-ORG I-ORG I-ORG O O O O O"},
		{"Russian officials met in Geneva .", "B-MISC O O O B-LOC O"},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range tag(tt.text) {
			got = append(got, l.String())
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.text, g, tt.want)
		}
	}
}

func TestHashWord(t *testing.T) {
	if HashWord("Putin’s") != HashWord("PUTIN'S") {
		t.Error("HashWord differs by case or apostrophe")
	}
	if HashWord("1996") != HashWord("2024") {
		t.Error("HashWord tells numbers of one shape apart")
	}
	if Lookup("Moscow")&Place == 0 || Lookup("russian")&Demonym == 0 || LookupName("new york")&Place == 0 {
		t.Error("word lists not loaded")
	}
}

func BenchmarkTag(b *testing.B) {
	text := strings.Repeat("Finnish President Mikael Harju met Lena Ortiz , the mayor of Madrid , on Friday . ", 20)
	text = strings.TrimSpace(text)
	var spans []document.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			spans = append(spans, document.Span{Start: start, End: i})
			start = i + 1
		}
	}
	var s Sentence
	var ctx Context
	ctx.Reset(text, spans)
	var out []Label
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Reset(text, spans, &ctx)
		out = Default.Tag(&s, out[:0])
	}
}

func TestContextNameEvidence(t *testing.T) {
	text := "VELMORA 2026-03-02\nFloods hit Velmora, said Mayor Ines Tal on Monday."
	var spans []document.Span
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '\n' || r == ',' || r == '.' }) {
		i := strings.Index(text, f)
		spans = append(spans, document.Span{Start: i, End: i + len(f)})
	}
	var c Context
	c.Reset(text, spans)
	tests := []struct {
		word string
		name bool
	}{
		{"VELMORA", true}, // written as a name after "hit"
		{"Mayor", false},  // a title, capitalised before a name
		{"Monday", false}, // a day
		{"Floods", false}, // capitalised only where a sentence starts
		{"Ines", false},   // after a capitalised word, which says nothing
	}
	for _, tt := range tests {
		_, got := c.names[HashWord(tt.word)]
		if got != tt.name {
			t.Errorf("%s: name evidence %v, want %v", tt.word, got, tt.name)
		}
	}
}

// sentence loads a sentence of space-separated tokens, without a context.
func sentence(text string) *Sentence {
	var spans []document.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			spans = append(spans, document.Span{Start: start, End: i})
			start = i + 1
		}
	}
	var s Sentence
	s.Reset(text, spans, nil)
	return &s
}

func TestScored(t *testing.T) {
	tests := []struct{ text, want string }{
		// lower-case words are scored only between two that may begin a name,
		// at most insideReach of them
		{"the Bank of the West said so", "-++++--"},
		{"met Ana in a small town in Tarn", "-+-----+"},
		{"Tarn and 2024", "+++"},
	}
	for _, tt := range tests {
		s := sentence(tt.text)
		got := ""
		for i := range s.Len() {
			got += map[bool]string{true: "+", false: "-"}[s.Scored(i)]
		}
		if got != tt.want {
			t.Errorf("%q: scored %s, want %s", tt.text, got, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	bOrg, iOrg := LabelOf(Org, true), LabelOf(Org, false)
	bPer := LabelOf(Per, true)
	tests := []struct {
		name      string
		text      string
		emissions map[int]map[Label]int32 // per word, the labels scored above zero
		want      string
	}{{
		name:      "the best path, transitions aside",
		text:      "Velmora Bank of Tarn said",
		emissions: map[int]map[Label]int32{0: {bOrg: 5}, 1: {iOrg: 5}, 2: {iOrg: 3}, 3: {iOrg: 4}},
		want:      "B-ORG I-ORG I-ORG I-ORG O",
	}, {
		name:      "a name is continued only by a word of its class",
		text:      "Velmora Bank said",
		emissions: map[int]map[Label]int32{0: {bPer: 5, bOrg: -20}, 1: {iOrg: 9}},
		want:      "B-PER O O",
	}, {
		name:      "nor begun by a word in lower case",
		text:      "the bank said",
		emissions: map[int]map[Label]int32{1: {bOrg: 9}},
		want:      "O O O",
	}, {
		name:      "a scored word gives up its own best label for a better path",
		text:      "Velmora Bank",
		emissions: map[int]map[Label]int32{0: {bOrg: 1, bPer: 2}, 1: {iOrg: 5}},
		want:      "B-ORG I-ORG",
	}}
	var transitions Transitions[int32]
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sentence(tt.text)
			emissions := make([][NumLabels]int32, s.Len())
			for i, scores := range tt.emissions {
				for l, v := range scores {
					emissions[i][l] = v
				}
			}
			var got []string
			for _, l := range Decode(s, emissions, &transitions, &Path{}, nil) {
				got = append(got, l.String())
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %s, want %s", g, tt.want)
			}
		})
	}
}

func TestCapitalisesAll(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Velmora Floods Close Roads Across The State", true},
		{"VELMORA FLOODS CLOSE ROADS", true},
		{"Floods close roads across Velmora", false},
	}
	for _, tt := range tests {
		if got := sentence(tt.text).CapitalisesAll(); got != tt.want {
			t.Errorf("%q: CapitalisesAll() = %v, want %v", tt.text, got, tt.want)
		}
	}
}
