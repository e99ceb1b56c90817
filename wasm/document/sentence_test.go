package document

import (
	"reflect"
	"strings"
	"testing"

	"parallax/internal/growth"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The bridge opened. Crowds cheered.", []string{"The bridge opened.", "Crowds cheered."}},
		{"abbreviations", "Dr. Ana Ruiz met Mr. Lee in St. Ives. They talked.", []string{"Dr. Ana Ruiz met Mr. Lee in St. Ives.", "They talked."}},
		{"initials", "John F. Kenley spoke. He left.", []string{"John F. Kenley spoke.", "He left."}},
		{"initialism", "The U.S. envoy landed.", []string{"The U.S. envoy landed."}},
		{"closing quote", "“We are ready.” The mayor smiled.", []string{"“We are ready.”", "The mayor smiled."}},
		{"straight quote opens next", `He left. "Goodbye," she said.`, []string{"He left.", `"Goodbye," she said.`}},
		{"decimal without space", "It cost RM23.50 in all.", []string{"It cost RM23.50 in all."}},
		{"clock", "It began at 12:01 a.m. EDT and ended.", []string{"It began at 12:01 a.m. EDT and ended."}},
		{"question", "Will it hold? Nobody knows!", []string{"Will it hold?", "Nobody knows!"}},
		{"lower case after stop", "It was 3 p.m. and quiet.", []string{"It was 3 p.m. and quiet."}},
		{"ellipsis", "He paused... Then he went on.", []string{"He paused...", "Then he went on."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("t", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sentences {
				got = append(got, d.Slice(s.Span))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("sentences = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Putin’s envoy", []string{"Putin", "’", "s", "envoy"}},
		{"don't stop", []string{"don't", "stop"}},
		{"a 30-day truce", []string{"a", "30", "-", "day", "truce"}},
		{"€21 billion($23.8 billion)", []string{"€", "21", "billion", "(", "$", "23.8", "billion", ")"}},
		{"the U.S. and U.K.", []string{"the", "U.S.", "and", "U.K."}},
		{"1,200 people", []string{"1,200", "people"}},
		{"Trump-Putin meeting", []string{"Trump-Putin", "meeting"}},
		{"“quoted”", []string{"“", "quoted", "”"}},
		{"Ab.C", []string{"Ab", ".", "C"}},
		{"U.S.-led", []string{"U.S.", "-", "led"}},
		{strings.Repeat("x", maxTokenBytes+2), []string{strings.Repeat("x", maxTokenBytes), "xx"}},
		{strings.Repeat("7", maxTokenBytes+1), []string{strings.Repeat("7", maxTokenBytes), "7"}},
	}
	for _, tt := range tests {
		d, err := Parse("t", tt.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tok := range d.Tokens {
			got = append(got, tok.Text(d))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokens of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t\r\n ", ErrEmpty},
		{"nul bytes", "PK\x03\x04\x00\x00binary", ErrBinary},
		{"control bytes", string([]byte{1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 18, 19, 20, 21, 'a'}), ErrBinary},
		{"non-English", "Путин встретился с посланником в пятницу.", nil},
		{"markup", "<p>The <b>mayor</b> spoke.</p>", nil},
	}
	for _, tt := range tests {
		_, err := Parse("t", tt.text)
		if err != tt.want {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestSentenceAt(t *testing.T) {
	d, _ := Parse("t", "One here. Two there.\nThree.")
	for off, want := range map[int]int{0: 0, 5: 0, 10: 1, 21: 2, 9: -1} {
		if got := d.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
}

// TestSentenceLimit checks that text without a full stop is cut into sentences of
// at most maxSentenceTokens tokens, and that a cut never swallows the marks after it.
func TestSentenceLimit(t *testing.T) {
	// Plain words must read as English, or Parse refuses them: "the word " is two tokens.
	for unit, tokens := range map[string]int{`"`: 1, "(": 1, "the word ": 2, "”": 1} {
		d, err := Parse("t", strings.Repeat(unit, (3*maxSentenceTokens+7)/tokens))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Sentences) != 4 {
			t.Errorf("%q: %d sentences, want 4", unit, len(d.Sentences))
		}
		for i, s := range d.Sentences {
			if n := s.Last - s.First; n > maxSentenceTokens {
				t.Errorf("%q: sentence %d has %d tokens", unit, i, n)
			}
		}
	}
}

// TestParseGrowth checks that Parse allocates in proportion to its input, whatever
// the input is made of.
func TestParseGrowth(t *testing.T) {
	for _, unit := range []string{`"`, "“", "(", "A.", "x", "1,", "The mayor spoke. ", "\n", "’s "} {
		t.Run(unit, func(t *testing.T) {
			growth.Linear(t, 16<<10, func(n int) string { return strings.Repeat(unit, n/len(unit)) },
				func(text string) { Parse("t", text) })
		})
	}
}
