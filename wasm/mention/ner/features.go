package ner

import (
	"unicode"
	"unicode/utf8"

	"parallax/wasm/document"
)

// A word holds what the features need to know about one token. The flags are set
// for every token; the rest is described only when a feature needs it, since most
// words are never scored (see Sentence.allows).
type word struct {
	text         string
	lower, shape uint64 // hashes of the lowercased word and of its shape ("Xx", "X.X.")
	gaz          Gaz
	capital      bool // starts with an upper-case letter
	mayBegin     bool // starts with an upper-case letter or a digit
	scored       bool // may be part of a name: see Sentence.allows
	seenLower    bool // capitalised here, but written in lower case elsewhere in the text
	seenName     bool // capitalised after a lower-case word elsewhere in the text
	described    bool // lower, shape, gaz, seenLower and seenName are set
}

// Sentence modes: how the sentence uses capitals, which says how much a capital
// letter is worth.
const (
	modeNormal uint64 = iota + 1
	modeUpper         // every word in capitals, as in some headlines
	modeTitle         // nearly every word capitalised, as in most headlines
)

// A Sentence is the tagger's view of one sentence. It is reused from one sentence to
// the next so that tagging does not allocate per token.
type Sentence struct {
	words     []word
	feats     []uint32
	buf       []byte
	mode      uint64
	ctx       *Context
	emissions [][NumLabels]int32 // Model.Tag's scores, per word and label
	path      Path
}

// insideReach is how many words that start with neither a capital nor a digit a
// name may hold between two that do: "Bank of the West".
const insideReach = 2

// boundary words stand for the positions before the first and after the last token.
var (
	beforeFirst = word{lower: 0x51ed270b27d4bc2f, shape: 0x3c6ef372fe94f82b}
	afterLast   = word{lower: 0x2545f4914f6cdd1d, shape: 0x9e3779b97f4a7c15, described: true}
)

func init() { beforeFirst.described = true }

// Reset loads the tokens of one sentence: spans into text. ctx may be nil; it holds
// what is known about the whole text (which words appear in lower case).
func (s *Sentence) Reset(text string, spans []document.Span, ctx *Context) {
	s.words, s.ctx = s.words[:0], ctx
	upper, capital, letters := 0, 0, 0
	lastBegin := -1
	for i, sp := range spans {
		w := word{text: text[sp.Start:sp.End]}
		r, _ := utf8.DecodeRuneInString(w.text)
		w.capital = unicode.IsUpper(r)
		w.mayBegin = w.capital || unicode.IsDigit(r)
		if w.mayBegin {
			w.scored = true
			if lastBegin >= 0 && i-lastBegin-1 <= insideReach {
				for j := lastBegin + 1; j < i; j++ {
					s.words[j].scored = true
				}
			}
			lastBegin = i
		}
		if unicode.IsLetter(r) {
			letters++
			if w.capital {
				capital++
				if !hasLower(w.text) {
					upper++
				}
			}
		}
		s.words = append(s.words, w)
	}
	switch {
	case letters >= 2 && upper*5 >= letters*4:
		s.mode = modeUpper
	case letters >= 3 && capital*10 >= letters*7:
		s.mode = modeTitle
	default:
		s.mode = modeNormal
	}
}

// Len returns the number of tokens in the sentence.
func (s *Sentence) Len() int { return len(s.words) }

// CapitalisesAll reports whether the sentence capitalises (nearly) every word, as
// many headlines do, so that a capital tells little of what is a name.
func (s *Sentence) CapitalisesAll() bool { return s.mode != modeNormal }

// Scored reports whether token i may take a label other than O, and so needs its
// features scored.
func (s *Sentence) Scored(i int) bool { return s.words[i].scored }

// allows reports whether token i may take label l. A name begins and ends with a
// word that starts with a capital or a digit (in the training data fewer than one
// word in a thousand that starts otherwise begins a name), holding at most
// insideReach other words between two such; most of the text is thus outside any
// name without being scored.
func (s *Sentence) allows(i int, l Label) bool {
	w := &s.words[i]
	switch {
	case l == O:
		return true
	case l.Begins():
		return w.mayBegin
	}
	return w.scored
}

// SeenLower reports whether the text loaded by Reset uses word in lower case.
func (c *Context) SeenLower(word string) bool {
	c.buf = appendLower(c.buf[:0], word)
	_, ok := c.lower[hashBytes(c.buf)]
	return ok
}

// describe computes the word-level hashes of one token.
func (s *Sentence) describe(w *word) {
	s.buf = appendLower(s.buf[:0], w.text)
	w.lower = hashBytes(s.buf)
	w.shape = shapeHash(w.text)
	w.gaz = gazetteer[w.lower]
	if w.capital && s.ctx != nil {
		_, w.seenLower = s.ctx.lower[w.lower]
		_, w.seenName = s.ctx.names[w.lower]
	}
	w.described = true
}

// Features returns the hashed features of token i. They describe the words alone,
// not the labels around them, which the transition scores weigh (see Decode). The
// slice is reused by the next call.
func (s *Sentence) Features(i int) []uint32 {
	w := s.at(i)
	l1, l2, r1, r2 := s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	first := uint64(1)
	if i == 0 {
		first = 2
	}
	// How the text writes the word elsewhere, whatever its case here: a word in
	// capitals in a dateline or headline ("LONDON") reads by the body's "London".
	seen := uint64(1)
	if w.seenLower {
		seen++
	}
	if w.seenName {
		seen += 2
	}
	// The affixes are only needed for the token being scored, not its neighbours.
	s.buf = appendLower(s.buf[:0], w.text)
	b := s.buf
	f := s.feats[:0]
	// No feature stands for the label alone: the transition scores weigh each label
	// after each other one, and a bias in the word scores too would be clipped with
	// the largest weights when they are stored in bytes.
	f = append(f,
		feature(2, w.lower, 0),
		feature(3, w.shape, 0),
		feature(4, hashBytes(b[:min(3, len(b))]), 0),
		feature(5, hashBytes(b[max(0, len(b)-2):]), 0),
		feature(6, hashBytes(b[max(0, len(b)-3):]), 0),
		feature(7, hashBytes(b[max(0, len(b)-4):]), 0),
		feature(8, l1.lower, 0),
		feature(9, r1.lower, 0),
		feature(10, l2.lower, 0),
		feature(11, r2.lower, 0),
		feature(12, l1.shape, 0),
		feature(13, r1.shape, 0),
		feature(14, l1.shape^r1.shape*31, w.shape),
		feature(15, l1.lower, r1.lower),
		feature(16, l2.lower, l1.lower),
		feature(17, r1.lower, r2.lower),
		feature(18, uint64(l1.gaz), w.shape),
		feature(19, l1.lower, w.lower),
		feature(20, w.lower, r1.lower),
		feature(21, uint64(w.gaz), 0),
		feature(22, uint64(l1.gaz), 0),
		feature(23, uint64(r1.gaz), 0),
		feature(24, uint64(w.gaz), w.shape),
		feature(25, first, w.shape),
		feature(26, s.mode, w.shape),
		feature(27, seen*4+s.mode, w.shape),
		feature(28, seen*4+first, w.shape),
		feature(29, l1.lower, w.shape),
		feature(30, w.shape, r1.lower),
		feature(31, s.mode, w.lower),
		feature(32, uint64(r1.gaz), w.shape),
	)
	// Each list the word is in, on its own as well: a word in two lists ("Frederick",
	// a given name and a town) then weighs both, though the pair of them is rare.
	for g := w.gaz; g != 0; g &= g - 1 {
		bit := uint64(g & -g)
		f = append(f, feature(33, bit, 0), feature(34, bit, w.shape))
	}
	s.feats = f
	return f
}

func (s *Sentence) at(i int) *word {
	switch {
	case i < 0:
		return &beforeFirst
	case i >= len(s.words):
		return &afterLast
	}
	w := &s.words[i]
	if !w.described {
		s.describe(w)
	}
	return w
}

// feature hashes a feature template and its two values into 32 bits.
func feature(template, a, b uint64) uint32 {
	h := template*0x9e3779b97f4a7c15 ^ a
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	h ^= b
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	return uint32(h)
}

// hashBytes is FNV-1a.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// HashWord returns the hash the tagger uses for a word: lowercased, digits as 0.
func HashWord(word string) uint64 {
	var buf [64]byte
	return hashBytes(appendLower(buf[:0], word))
}

// appendLower appends tok lowercased, with every digit written as 0 so that numbers
// of the same shape look alike, and curly apostrophes as straight ones.
func appendLower(dst []byte, tok string) []byte {
	for i := 0; i < len(tok); {
		c := tok[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(tok[i:])
		if r == '’' {
			r = '\'' // the curly apostrophe of "Putin’s" reads as the straight one
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// shapeHash hashes the word's shape: each letter, digit or mark by its class, runs of
// one class written once ("Putin" → "Xx", "U.S." → "X.X.", "1,200" → "d,d").
func shapeHash(tok string) uint64 {
	h := uint64(14695981039346656037)
	var last rune = -1
	for _, r := range tok {
		var c rune
		switch {
		case r >= 'a' && r <= 'z':
			c = 'x'
		case r >= 'A' && r <= 'Z':
			c = 'X'
		case r >= '0' && r <= '9':
			c = 'd'
		case r < utf8.RuneSelf:
			c = r
		case r == '’':
			c = '\''
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = 'o'
		}
		if c == last {
			continue
		}
		last = c
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// hasLower reports whether tok has a lower-case letter.
func hasLower(tok string) bool {
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case 'a' <= c && c <= 'z':
			return true
		case c >= utf8.RuneSelf:
			for _, r := range tok[i:] {
				if unicode.IsLower(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// A Context holds what the tagger knows about the whole text a sentence comes from:
// the words it uses in lower case, which tells a capitalised common word at the start
// of a sentence or in a headline ("Talks", "Meeting") from a name, and the words it
// capitalises after a word in lower case, as only names are.
type Context struct {
	lower map[uint64]struct{}
	names map[uint64]struct{}
	buf   []byte
}

// notNames are the lists of words English capitalises that are not names, or are
// not names alone ("Mayor", "Monday", "Russian").
const notNames = Title | TitleModifier | Calendar | Demonym

// beforeTitle reports whether the token after spans[i] is a title, which a word
// before it is capitalised with ("Fire Chief").
func (c *Context) beforeTitle(text string, spans []document.Span, i int) bool {
	if i+1 >= len(spans) {
		return false
	}
	c.buf = appendLower(c.buf[:0], text[spans[i+1].Start:spans[i+1].End])
	return gazetteer[hashBytes(c.buf)]&Title != 0
}

// Reset loads the tokens of a whole text.
func (c *Context) Reset(text string, spans []document.Span) {
	if c.lower == nil {
		c.lower = make(map[uint64]struct{}, 256)
		c.names = make(map[uint64]struct{}, 64)
	}
	clear(c.lower)
	clear(c.names)
	afterLower := false
	for i, sp := range spans {
		r, _ := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		switch {
		case unicode.IsLower(r):
			c.buf = appendLower(c.buf[:0], text[sp.Start:sp.End])
			c.lower[hashBytes(c.buf)] = struct{}{}
		case afterLower && unicode.IsUpper(r) && hasLower(text[sp.Start:sp.End]):
			c.buf = appendLower(c.buf[:0], text[sp.Start:sp.End])
			if h := hashBytes(c.buf); gazetteer[h]&notNames == 0 && !c.beforeTitle(text, spans, i) {
				c.names[h] = struct{}{}
			}
		}
		afterLower = unicode.IsLower(r)
	}
}
