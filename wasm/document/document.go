package document

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxBytes is the largest text Parse accepts. It is far above any article; the limit
// is there so that a runaway paste gets a clear error rather than a stalled tab.
const MaxBytes = 32 << 20

// Errors returned by Parse for text that cannot be analysed.
var (
	ErrEmpty    = errors.New("the text is empty")
	ErrBinary   = errors.New("this looks like a binary file, not text")
	ErrTooLarge = fmt.Errorf("the text is larger than %d MB", MaxBytes>>20)
)

// Kind says what a paragraph is.
type Kind uint8

// The kinds of paragraph.
const (
	Body    Kind = iota // running text
	Title               // the article's headline
	Heading             // a subheading inside the article
	Clutter             // page furniture: comments, share lines, related links, credits
)

var kindNames = [...]string{"body", "title", "heading", "clutter"}

func (k Kind) String() string { return kindNames[k] }

// MarshalText lets Kind appear by name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Paragraph is one block of text: a line, or lines separated by a blank line.
type Paragraph struct {
	Span
	Kind Kind `json:"kind"`
	// Reason says why a Clutter paragraph was set aside ("comments", "related links").
	Reason string `json:"reason,omitempty"`
}

// A Sentence lies within one paragraph and covers tokens [First, Last).
type Sentence struct {
	Span
	Paragraph   int `json:"paragraph"`
	First, Last int `json:"-"`
}

// A Document is one article: its name, its unaltered text, and the spans found in it.
type Document struct {
	Name       string      `json:"name"`
	Text       string      `json:"-"`
	Paragraphs []Paragraph `json:"paragraphs"`
	// Dateline is the place and agency that open the first paragraph ("MOSCOW
	// (Reuters) -"); it is left out of the sentences. Zero when there is none.
	Dateline  Span       `json:"dateline,omitzero"`
	Sentences []Sentence `json:"-"`
	Tokens    []Token    `json:"-"`
}

// Parse splits text into paragraphs, marks page clutter, and splits the remaining
// paragraphs into sentences and tokens. It fails only for text that is empty, binary
// or larger than MaxBytes.
func Parse(name, text string) (*Document, error) {
	if err := check(text); err != nil {
		return nil, err
	}
	// News text runs at about one token every five bytes and one sentence every
	// hundred or so, and every paragraph holds a sentence: sizing the arrays once
	// spares copying them as they grow.
	paragraphs := splitParagraphs(text)
	d := &Document{
		Name:       name,
		Text:       text,
		Paragraphs: paragraphs,
		Tokens:     make([]Token, 0, len(text)/5+8),
		Sentences:  make([]Sentence, 0, max(len(text)/100, len(paragraphs))+4),
	}
	markClutter(d)
	for i, p := range d.Paragraphs {
		if p.Kind == Clutter {
			continue
		}
		span := p.Span
		if d.Dateline.Len() > 0 && span.Contains(d.Dateline) {
			span.Start = d.Dateline.End
		}
		first := len(d.Tokens)
		d.Tokens = tokenize(text, span, d.Tokens)
		d.addSentences(i, first)
	}
	return d, nil
}

// check rejects text the engine cannot treat as an article.
func check(text string) error {
	if len(text) > MaxBytes {
		return ErrTooLarge
	}
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	sample := text
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	bad := 0
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRuneInString(sample[i:])
		switch {
		case r == 0:
			return ErrBinary
		case r == utf8.RuneError && size == 1 && len(sample)-i >= utf8.UTFMax:
			bad++
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			bad++
		}
		i += size
	}
	if bad*20 > len(sample) {
		return ErrBinary
	}
	if !readsAsEnglish(sample) {
		return ErrNotEnglish
	}
	return nil
}

// Slice returns the text a span covers.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// SentenceTokens returns the tokens of sentence i.
func (d *Document) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.First:s.Last]
}

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Document) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// IsClutter reports whether byte offset off lies in a paragraph marked as clutter.
func (d *Document) IsClutter(off int) bool {
	// Paragraphs are in text order: the last one starting at or before off is the
	// only one that can hold it.
	i := sort.Search(len(d.Paragraphs), func(i int) bool { return d.Paragraphs[i].Start > off }) - 1
	return i >= 0 && off < d.Paragraphs[i].End && d.Paragraphs[i].Kind == Clutter
}

// splitParagraphs makes one paragraph of every non-blank line, trimmed of spaces.
// News text pasted from a page has one paragraph a line; text wrapped at a fixed
// width is rare in pastes and still reads correctly sentence by sentence.
func splitParagraphs(text string) []Paragraph {
	// Counting lines first is cheap and spares growing the array line by line:
	// text of short lines has as many paragraphs as it has words.
	ps := make([]Paragraph, 0, strings.Count(text, "\n")+1)
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if s := trimSpan(text, Span{start, end}); s.Len() > 0 {
			ps = append(ps, Paragraph{Span: s})
		}
		start = end + 1
	}
	return ps
}

// trimSpan narrows s to exclude leading and trailing white space.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !isSpace(r) {
			break
		}
		s.End -= size
	}
	return s
}
