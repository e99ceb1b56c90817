package main

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"parallax/wasm/document"
	"parallax/wasm/mention/ner"
)

func TestInvent(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for _, word := range []string{"Okafor", "McAllister", "O'Brien", "Saint-Juste", "NASA", "Zoë"} {
		got := invent(word, rng)
		if shape(got) != shape(word) {
			t.Errorf("invent(%q) = %q: shape %q, want %q", word, got, shape(got), shape(word))
		}
	}
}

// shape writes each letter as a vowel or consonant in its case, keeping other marks.
func shape(w string) string {
	var b strings.Builder
	for _, r := range w {
		switch lower := unicode.ToLower(r); {
		case !unicode.IsLetter(r):
			b.WriteRune(r)
		case strings.ContainsRune(vowels, lower) && unicode.IsUpper(r):
			b.WriteByte('V')
		case strings.ContainsRune(vowels, lower):
			b.WriteByte('v')
		case unicode.IsUpper(r):
			b.WriteByte('C')
		default:
			b.WriteByte('c')
		}
	}
	return b.String()
}

func TestWithInventedNames(t *testing.T) {
	// An invented document: "Tolu Brann met Kess Vade in Orlin ." and "Brann left ."
	text := "Tolu Brann met Kess Vade in Orlin .\nBrann left .\n"
	tags := [][]string{{"B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"}, {"B-PER", "O", "O"}}
	c := &corpus{texts: []string{text}}
	at := 0
	for _, sentTags := range tags {
		sent := sentence{}
		for _, tag := range sentTags {
			end := at + strings.IndexAny(text[at:], " \n")
			sent.spans = append(sent.spans, document.Span{Start: at, End: end})
			label, _ := ner.ParseLabel(tag)
			sent.labels = append(sent.labels, label)
			at = end + 1
		}
		c.sentences = append(c.sentences, sent)
	}
	c.docSpans = [][]document.Span{append(append([]document.Span{}, c.sentences[0].spans...), c.sentences[1].spans...)}

	tests := []struct {
		share   float64
		changed []string // words of the text that must be replaced
		kept    []string // words that must stay
	}{
		{share: 1, changed: []string{"Tolu", "Brann", "Kess", "Vade"}, kept: []string{"met", "in", "Orlin", "left", "."}},
		{share: 0, kept: []string{"Tolu", "Brann", "Kess", "Vade", "Orlin"}},
	}
	for _, tt := range tests {
		copies := c.withInventedNames(rand.New(rand.NewPCG(1, 2)), []ner.Class{ner.Per}, tt.share)
		if len(copies.texts) != 1 || len(copies.sentences) != 2 {
			t.Fatalf("share %v: %d texts and %d sentences, want 1 and 2", tt.share, len(copies.texts), len(copies.sentences))
		}
		words := map[string]bool{}
		for _, sent := range copies.sentences {
			for _, sp := range sent.spans {
				words[copies.texts[0][sp.Start:sp.End]] = true
			}
		}
		for _, w := range tt.changed {
			if words[w] {
				t.Errorf("share %v: %q is still in %q", tt.share, w, copies.texts[0])
			}
		}
		for _, w := range tt.kept {
			if !words[w] {
				t.Errorf("share %v: %q is gone from %q", tt.share, w, copies.texts[0])
			}
		}
		// The surname is written the same way in both sentences.
		first := copies.sentences[0].spans[1]
		second := copies.sentences[1].spans[0]
		if a, b := copies.texts[0][first.Start:first.End], copies.texts[0][second.Start:second.End]; a != b {
			t.Errorf("share %v: the surname is %q, then %q", tt.share, a, b)
		}
	}
}
