// Package document turns the raw text of one news article into a Document: its
// paragraphs (with page clutter such as comment sections and share lines marked),
// sentences and tokens. Every part is a byte span into the original text, which is
// never altered, so later stages can always point back at the words they came from.
//
// It is the first stage of the engine: text → document → mentions → claims →
// comparison → view.
package document
