package main

import (
	"path/filepath"
	"unicode"
	"unicode/utf8"

	"parallax/build/conll"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

func init() { evaluations = append(evaluations, evaluation{"conll2003", runCoNLL}) }

// runCoNLL scores names of people, organisations and places on the CoNLL++ dev set,
// on exact spans and types (MISC names are not scored). The tokens are given, so
// each document is laid out as a Document over them, one sentence a line, and
// FindEntities runs on it whole: the same tagger and the same post-processing as on
// an article. compromise reads the same text.
func runCoNLL(dir string, peer *compromise) ([]row, error) {
	docs, err := readCoNLLDocs(filepath.Join(dir, "dev.txt"))
	if err != nil {
		return nil, err
	}
	var ours, theirs entityTally
	measured := peer != nil
	for _, cd := range docs {
		d := cd.document()
		ours.add(entitySpans(d), cd.gold)
		if measured {
			spans, err := peer.run("entities", d.Text)
			if err != nil {
				return nil, err
			}
			theirs.add(peerEntitySpans(spans), cd.gold)
		}
	}
	return tallyRows("conll2003 dev", ours, theirs, measured, 0.90), nil
}

// A typedSpan is a name of one type (PER, ORG, LOC) at a span of a text.
type typedSpan struct {
	Type string
	document.Span
}

// A conllDoc is one -DOCSTART- document: its text, the spans of its tokens sentence
// by sentence, and its gold names.
type conllDoc struct {
	text  string
	spans [][]document.Span
	gold  []typedSpan
}

// readCoNLLDocs reads a CoNLL-2003 file with its gold names.
func readCoNLLDocs(path string) ([]*conllDoc, error) {
	read, err := conll.Read(path)
	if err != nil {
		return nil, err
	}
	docs := make([]*conllDoc, len(read))
	for i, d := range read {
		cd := &conllDoc{text: d.Text}
		for _, s := range d.Sentences {
			cd.spans = append(cd.spans, s.Spans)
			cd.gold = append(cd.gold, goldNames(s.Tags, s.Spans)...)
		}
		docs[i] = cd
	}
	return docs, nil
}

// goldNames returns the PER, ORG and LOC names of one sentence's IOB2 tags.
func goldNames(tags []string, spans []document.Span) []typedSpan {
	var names []typedSpan
	for i := 0; i < len(tags); {
		j := i + 1
		if tags[i] == "O" {
			i = j
			continue
		}
		typ := tags[i][2:]
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		if typ != "MISC" {
			names = append(names, typedSpan{typ, document.Span{Start: spans[i].Start, End: spans[j-1].End}})
		}
		i = j
	}
	return names
}

// document lays the given tokens out as a Document: one paragraph and one sentence
// a line, in running text.
func (c *conllDoc) document() *document.Document {
	d := &document.Document{Name: "conll", Text: c.text}
	for i, spans := range c.spans {
		sp := document.Span{Start: spans[0].Start, End: spans[len(spans)-1].End}
		d.Paragraphs = append(d.Paragraphs, document.Paragraph{Span: sp, Kind: document.Body})
		first := len(d.Tokens)
		for _, s := range spans {
			d.Tokens = append(d.Tokens, document.Token{Span: s, Kind: tokenKind(c.text[s.Start:s.End]), Sentence: i})
		}
		d.Sentences = append(d.Sentences, document.Sentence{Span: sp, Paragraph: i, First: first, Last: len(d.Tokens)})
	}
	return d
}

// tokenKind says what a given token is made of, as the document tokenizer would.
func tokenKind(tok string) document.TokenKind {
	r, _ := utf8.DecodeRuneInString(tok)
	switch {
	case unicode.IsLetter(r):
		return document.Word
	case unicode.IsDigit(r):
		return document.Number
	case document.IsQuoteMark(r) && len(tok) == utf8.RuneLen(r):
		return document.Quote
	case document.IsQuoteMark(r):
		return document.Word // "'s"
	}
	return document.Punct
}

// entityTypes maps the engine's entity types to the evaluation's.
var entityTypes = map[mention.Type]string{mention.Person: "PER", mention.Org: "ORG", mention.Place: "LOC"}

// entitySpans returns every mention of every entity FindEntities finds in d.
func entitySpans(d *document.Document) []typedSpan {
	var out []typedSpan
	for _, e := range mention.FindEntities(d) {
		for _, m := range e.Mentions {
			out = append(out, typedSpan{entityTypes[e.Type], m})
		}
	}
	return out
}

// peerEntitySpans turns compromise's answer into typed spans.
func peerEntitySpans(spans []peerSpan) []typedSpan {
	out := make([]typedSpan, 0, len(spans))
	for _, s := range spans {
		out = append(out, typedSpan{s.Type, document.Span{Start: s.Start, End: s.End}})
	}
	return out
}

// An entityTally counts names found, names annotated, and names found right.
type entityTally struct{ found, gold, right int }

// add scores the names found in one text against the gold ones, on exact span and
// type, each gold name matched at most once.
func (t *entityTally) add(found, gold []typedSpan) {
	want := make(map[typedSpan]int, len(gold))
	for _, g := range gold {
		want[g]++
	}
	for _, f := range found {
		if want[f] > 0 {
			want[f]--
			t.right++
		}
	}
	t.found += len(found)
	t.gold += len(gold)
}

func (t entityTally) scores() (p, r, f float64) {
	if t.found > 0 {
		p = float64(t.right) / float64(t.found)
	}
	if t.gold > 0 {
		r = float64(t.right) / float64(t.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// tallyRows gives entity precision, recall and F1 for Parallax and compromise.
func tallyRows(data string, ours, theirs entityTally, measured bool, target float64) []row {
	p, r, f := ours.scores()
	pp, pr, pf := theirs.scores()
	if !measured {
		pp, pr, pf = -1, -1, -1
	}
	return []row{
		{Data: data, Metric: "entity P", Parallax: p, Compromise: pp},
		{Data: data, Metric: "entity R", Parallax: r, Compromise: pr},
		{Data: data, Metric: "entity F1", Parallax: f, Compromise: pf, Target: target},
	}
}
