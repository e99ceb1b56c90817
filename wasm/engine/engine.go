// Package engine runs the whole analysis: it takes articles as text, runs each through
// the stages (document → mentions → claims) and compares them. Analyze does it all in
// one call; Extract is its per-article half, for the page, which re-reads only the
// article that changed. Package report writes the Result for readers and programs;
// the browser view draws it.
package engine

import (
	"parallax/wasm/claim"
	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// An Input is one article to analyse.
type Input struct {
	Name string // shown to the reader and used as the document's name in the report
	Text string
}

// A Result holds every stage's output, for views that need more than the Report.
type Result struct {
	// Sources are the articles that could be analysed, in input order.
	Sources []compare.Source
	// Failures are the inputs that could not be analysed, with the reason.
	Failures   []Failure
	Comparison compare.Comparison
}

// A Failure names an input that could not be analysed and says why.
type Failure struct {
	Name  string `json:"name"`
	Error string `json:"error"`
}

// Analyze parses every input, extracts what each says and compares them: the whole
// analysis in one call.
func Analyze(inputs []Input) *Result {
	r := &Result{}
	for _, in := range inputs {
		doc, err := document.Parse(in.Name, in.Text)
		if err != nil {
			r.Failures = append(r.Failures, Failure{Name: in.Name, Error: err.Error()})
			continue
		}
		r.Sources = append(r.Sources, Extract(doc))
	}
	r.Comparison = compare.Compare(r.Sources)
	return r
}

// Extract runs the per-article stages over a parsed document: it finds the mentions,
// then the claims. Analyze calls it for each input; the page calls it as each article
// changes, keeping the others' results, and compares them itself.
func Extract(doc *document.Document) compare.Source {
	m := mention.Find(doc)
	return compare.Source{Doc: doc, Mentions: m, Claims: claim.Find(doc, m)}
}
