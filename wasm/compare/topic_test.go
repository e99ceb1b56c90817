package compare

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"parallax/build/corpus"
	"parallax/wasm/claim"
	"parallax/wasm/document"
	"parallax/wasm/example"
	"parallax/wasm/mention"
)

// TestFigureTopicsInTheTextsWords compares invented reports of one figure and checks
// the topic a reader sees: a plain question, each of its words either a word of the
// question itself or a word the sources wrote, never a stem or a unit code.
func TestFigureTopicsInTheTextsWords(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  string
	}{
		{"a verb joined by to", []string{
			"The council pledged £3 million to rehouse the families.",
			"The council promised £3m to rehouse the families on Friday."},
			"How much to rehouse the families?"},
		{"a price paid for a thing", []string{
			"The club paid $40 million for the stadium.",
			"Officials said the club paid $40m for the stadium."},
			"How much for the stadium?"},
		{"an irregular plural", []string{
			"Rescuers found 12 children in the rubble.",
			"Rescuers said they had found 12 children alive."},
			"How many children?"},
		{"a rate run into its amount", []string{
			"The striker will receive €30m-per-year under the contract.",
			"Under the contract the striker will receive €30m-per-year."},
			"How much per year?"},
		{"a term in prison", []string{
			"The judge sentenced him to 12 years in prison.",
			"He was given 12 years in prison on Monday."},
			"How long in prison?"},
		{"a length of time in a hyphenated word", []string{
			"The striker signed a five-year contract.",
			"The striker has agreed a five-year contract."},
			"How long? (contract)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			topics := figureTopics(t, tt.texts)
			if !slices.Contains(topics, tt.want) {
				t.Errorf("want the topic %q, got %q", tt.want, topics)
			}
			checkWritten(t, topics, tt.texts)
		})
	}
}

// TestFigureTopicsOfTheDevelopmentStories checks the same of every figure topic of
// the example story and of the seed articles.
func TestFigureTopicsOfTheDevelopmentStories(t *testing.T) {
	var story []string
	for _, a := range example.Story() {
		story = append(story, a.Text)
	}
	checkWritten(t, figureTopics(t, story), story)
	var seeds []string
	for _, a := range corpus.Seeds(t) {
		seeds = append(seeds, a.Text)
	}
	checkWritten(t, figureTopics(t, seeds), seeds)
}

// figureTopics compares texts and returns the topics of the figure slots.
func figureTopics(t *testing.T, texts []string) []string {
	t.Helper()
	c := newComparer(sourcesOf(t, texts))
	c.compareFigures()
	var out []string
	for _, f := range append(c.findings, c.onlyIn...) {
		out = append(out, f.Topic)
	}
	return out
}

// sourcesOf runs the stages before the comparison over texts, as the engine does.
func sourcesOf(t *testing.T, texts []string) []Source {
	t.Helper()
	var sources []Source
	for i, text := range texts {
		d, err := document.Parse(string(rune('a'+i))+".txt", text)
		if err != nil {
			t.Fatal(err)
		}
		m := mention.Find(d)
		sources = append(sources, Source{Doc: d, Mentions: m, Claims: claim.Find(d, m)})
	}
	return sources
}

// checkWritten reports each word of a topic that is neither a word of the questions
// the engine asks nor a word of the texts as written, and every amount in a topic.
func checkWritten(t *testing.T, topics, texts []string) {
	t.Helper()
	written := map[string]bool{}
	for _, text := range texts {
		for _, w := range wordsAsWritten(text) {
			written[w] = true
		}
	}
	for _, q := range questionWords() {
		written[q] = true
	}
	for _, topic := range topics {
		for _, w := range wordsAsWritten(topic) {
			if !written[w] || strings.ContainsFunc(w, unicode.IsDigit) {
				t.Errorf("topic %q: %q is not a word of the texts", topic, w)
			}
		}
	}
}

// questionWords are the words the engine's own questions and vague words bring.
func questionWords() []string {
	var out []string
	for w := range vague {
		out = append(out, w)
	}
	for _, q := range questions {
		out = append(out, wordsAsWritten(q)...)
	}
	for _, q := range kindQuestions {
		out = append(out, wordsAsWritten(q)...)
	}
	return out
}

// wordsAsWritten splits text into lower-cased words, apostrophes kept and hyphenated
// words split: "m-per-year" gives "m", "per" and "year"; "30m" stays one word.
func wordsAsWritten(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
}
