// Package document turns the raw text of one news article into a Document: its
// paragraphs (with page clutter such as comment sections and share lines marked),
// sentences and tokens. Every part is a byte span into the original text, which is
// never altered, so later stages can always point back at the words they came from.
//
// Its cost is linear in the text, whatever the text is: no token is longer than 128
// bytes and no sentence longer than 400 tokens, so that text with no spaces or no
// full stops is cut into pieces rather than handed on whole.
//
// It is the first stage of the engine: text → document → mentions → claims →
// comparison → view.
package document
