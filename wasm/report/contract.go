package report

import (
	"parallax/wasm/claim"
	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/mention"
)

// Contract is the report's JSON form, which DESIGN.md describes: one entry per
// document, the entities aligned across documents, and the findings. Offsets are byte
// offsets into each document's text.
type Contract struct {
	Documents []Document        `json:"documents"`
	Failures  []engine.Failure  `json:"failures,omitempty"`
	Entities  []compare.Entity  `json:"entities"`
	Findings  []compare.Finding `json:"findings"`
	// HiddenFindings are the findings a reader sees only on asking for all.
	HiddenFindings []compare.Finding `json:"hidden_findings"`
}

// Document is one article's part of the Contract.
type Document struct {
	Name  string `json:"name"`
	Bytes int    `json:"bytes"`
	Title string `json:"title,omitempty"`
	// ReportingTime is when the article says it was written or updated, as written.
	ReportingTime string               `json:"reporting_time,omitempty"`
	Clutter       []document.Paragraph `json:"clutter"`
	Entities      []mention.Entity     `json:"entities"`
	Quantities    []mention.Quantity   `json:"quantities"`
	Times         []mention.Time       `json:"times"`
	Quotes        []Quote              `json:"quotes"`
	Statements    []claim.Statement    `json:"statements"`
	Events        []claim.Event        `json:"events"`
	Roles         []claim.RoleClaim    `json:"roles"`
	Figures       []claim.Figure       `json:"figures"`
}

// Quote is a claim.Quote with its speaker given by name, or null, as the contract says.
type Quote struct {
	claim.Quote
	Speaker     *string        `json:"speaker"`
	SpeakerSpan *document.Span `json:"speaker_span,omitempty"`
}

// NewContract returns the JSON contract for r. Empty lists are present as [], not
// null.
func NewContract(r *engine.Result) Contract {
	c := Contract{
		Documents:      make([]Document, 0, len(r.Sources)),
		Failures:       r.Failures,
		Entities:       nonNil(r.Comparison.Entities),
		Findings:       nonNil(r.Comparison.Findings),
		HiddenFindings: nonNil(r.Comparison.Hidden),
	}
	for _, s := range r.Sources {
		c.Documents = append(c.Documents, documentReport(s))
	}
	return c
}

func documentReport(s compare.Source) Document {
	d := Document{
		Name:          s.Doc.Name,
		Bytes:         len(s.Doc.Text),
		ReportingTime: compare.ReportingTime(s.Doc),
		Clutter:       []document.Paragraph{},
		Entities:      nonNil(s.Mentions.Entities),
		Quantities:    nonNil(s.Mentions.Quantities),
		Times:         nonNil(s.Mentions.Times),
		Quotes:        make([]Quote, 0, len(s.Claims.Quotes)),
		Statements:    nonNil(s.Claims.Statements),
		Events:        nonNil(s.Claims.Events),
		Roles:         nonNil(s.Claims.Roles),
		Figures:       nonNil(s.Claims.Figures),
	}
	for _, p := range s.Doc.Paragraphs {
		switch p.Kind {
		case document.Clutter:
			d.Clutter = append(d.Clutter, p)
		case document.Title:
			d.Title = s.Doc.Slice(p.Span)
		}
	}
	for _, q := range s.Claims.Quotes {
		out := Quote{Quote: q}
		if q.Speaker != nil {
			out.Speaker = &q.Speaker.Name
			out.SpeakerSpan = &q.Speaker.Span
		}
		d.Quotes = append(d.Quotes, out)
	}
	return d
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
