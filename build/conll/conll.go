// Package conll reads CoNLL-2003 files (the CoNLL++ data in ../shared/eval): one
// token a line, word first and tag last, blank lines between sentences and
// -DOCSTART- lines between documents. Each document is laid out as text, tokens
// separated by single spaces and each sentence ended by a newline, so that every
// token has a byte span the engine can work with.
package conll

import (
	"bufio"
	"os"
	"strings"

	"parallax/wasm/document"
)

// A Sentence is the spans of its tokens in the document's text, and their tags.
type Sentence struct {
	Spans []document.Span
	Tags  []string
}

// A Document is one -DOCSTART- document.
type Document struct {
	Text      string
	Sentences []Sentence
}

// Read reads the documents of a CoNLL-2003 file.
func Read(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []Document
	var cur Document
	var text strings.Builder
	var sent Sentence
	endSentence := func() {
		if len(sent.Spans) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			text.WriteByte('\n')
		}
		sent = Sentence{}
	}
	endDocument := func() {
		endSentence()
		if len(cur.Sentences) > 0 {
			cur.Text = text.String()
			docs = append(docs, cur)
		}
		cur = Document{}
		text.Reset()
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			endSentence()
		case fields[0] == "-DOCSTART-":
			endDocument()
		default:
			if len(sent.Spans) > 0 {
				text.WriteByte(' ')
			}
			sent.Spans = append(sent.Spans, document.Span{Start: text.Len(), End: text.Len() + len(fields[0])})
			sent.Tags = append(sent.Tags, fields[len(fields)-1])
			text.WriteString(fields[0])
		}
	}
	endDocument()
	return docs, sc.Err()
}
