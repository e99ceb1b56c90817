package main

// PolNeAR dev: direct quotes and who said them.
//
// PolNeAR annotates attributions (source, cue, content) in US political news, in brat
// standoff with offsets in characters (code points). It has no "direct quote" label,
// so one is derived here, independently of the engine:
//
//   - The article's passages in double quotation marks are paired line by line: “
//     opens and ” closes, a straight " opens and closes in turn, and a passage still
//     open at the end of its line ends there (a quotation continued in the next
//     paragraph opens again). Spaces around a passage are trimmed. Single marks are
//     not counted: US newspapers use them only inside double ones.
//   - A gold direct quote is such a passage at least half of which lies inside the
//     content of an attribution; its gold source is that attribution's source. The
//     other passages (titles of shows, scare quotes nobody is said to have said) are
//     not direct quotes.
//   - A found quote matches a gold one when they overlap by at least half the length
//     of the longer of the two; each is matched at most once, gold quotes in text
//     order taking the found quote they overlap most. Found quotes are all the quotes
//     Parallax returns, scare quotes included, and all of compromise's quotations().
//   - Named-speaker accuracy: among matched quotes whose gold source names someone
//     (it has a capitalised word other than a pronoun or article: "Trump", "The New
//     York Post", "a Clinton aide"), the share whose found speaker overlaps the gold
//     source span or whose name's last word is a word of the gold source.
//
// Where an article was annotated by several annotators, the first annotation file in
// name order is used.

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/claim"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

func init() { evaluations = append(evaluations, evaluation{"polnear", runPolNeAR}) }

// A goldQuote is a quoted stretch of an attribution's content, in bytes.
type goldQuote struct {
	document.Span
	source []document.Span // the attribution's source, empty when none is given
	named  bool
}

// A foundQuote is a quote found by Parallax or compromise.
type foundQuote struct {
	document.Span
	speaker *claim.Speaker
}

// quoteScore counts matches over a data set.
type quoteScore struct {
	gold, found, matched int
	named, namedRight    int
}

func runPolNeAR(dir string, peer *compromise) ([]row, error) {
	texts, err := filepath.Glob(filepath.Join(dir, "dev", "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		return nil, fmt.Errorf("no articles in %s", filepath.Join(dir, "dev", "text"))
	}
	var ours, theirs quoteScore
	for _, path := range texts {
		base := strings.TrimSuffix(filepath.Base(path), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, "dev", "attributions", base+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		sort.Strings(anns)
		raw, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		text := string(raw)
		gold, err := readGoldQuotes(anns[0], text)
		if err != nil {
			return nil, err
		}
		ours.add(gold, parallaxQuotes(base, text), text)
		if peer != nil {
			spans, err := peer.run("quotes", text)
			if err != nil {
				return nil, err
			}
			found := make([]foundQuote, len(spans))
			for i, s := range spans {
				found[i] = foundQuote{Span: document.Span{Start: s.Start, End: s.End}}
			}
			theirs.add(gold, found, text)
		}
	}
	p, r, f := ours.prf()
	rows := []row{
		{"polnear dev", "direct-quote P", p, -1, 0, false},
		{"polnear dev", "direct-quote R", r, -1, 0, false},
		{"polnear dev", "direct-quote F1", f, -1, 0.93, false},
		{"polnear dev", "named-speaker accuracy", ours.speakerAccuracy(), -1, 0.90, false},
	}
	if peer != nil {
		rows[0].Compromise, rows[1].Compromise, rows[2].Compromise = theirs.prf()
	}
	return rows, nil
}

// parallaxQuotes runs the engine's first three stages over one article.
func parallaxQuotes(name, text string) []foundQuote {
	d, err := document.Parse(name, text)
	if err != nil {
		return nil
	}
	quotes := claim.FindQuotes(d, mention.Find(d))
	found := make([]foundQuote, len(quotes))
	for i, q := range quotes {
		found[i] = foundQuote{Span: q.Span, speaker: q.Speaker}
	}
	return found
}

// add matches the quotes found in one article against its gold quotes.
func (s *quoteScore) add(gold []goldQuote, found []foundQuote, text string) {
	s.gold += len(gold)
	s.found += len(found)
	used := make([]bool, len(found))
	for _, g := range gold {
		best, bestOverlap := -1, 0
		for i, f := range found {
			if o := overlap(g.Span, f.Span); !used[i] && o > bestOverlap {
				best, bestOverlap = i, o
			}
		}
		if best < 0 || 2*bestOverlap < max(g.Len(), found[best].Len()) {
			continue
		}
		used[best] = true
		s.matched++
		if g.named {
			s.named++
			if speakerMatches(found[best].speaker, g.source, text) {
				s.namedRight++
			}
		}
	}
}

func overlap(a, b document.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

func (s quoteScore) prf() (p, r, f float64) {
	if s.found > 0 {
		p = float64(s.matched) / float64(s.found)
	}
	if s.gold > 0 {
		r = float64(s.matched) / float64(s.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func (s quoteScore) speakerAccuracy() float64 {
	if s.named == 0 {
		return 0
	}
	return float64(s.namedRight) / float64(s.named)
}

// speakerMatches reports whether a found speaker is the gold source: the spans
// overlap, or the last word of the speaker's name is a word of the source.
func speakerMatches(sp *claim.Speaker, source []document.Span, text string) bool {
	if sp == nil {
		return false
	}
	name := sp.Name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	for _, s := range source {
		if overlap(s, sp.Span) > 0 {
			return true
		}
		for _, w := range strings.FieldsFunc(text[s.Start:s.End], notNameRune) {
			if w == name {
				return true
			}
		}
	}
	return false
}

func notNameRune(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' }

// unnamedWords are capitalised words that do not name anyone.
var unnamedWords = map[string]bool{"He": true, "She": true, "They": true, "We": true, "I": true,
	"It": true, "The": true, "A": true, "An": true, "His": true, "Her": true, "Their": true,
	"Our": true, "Its": true, "This": true, "That": true, "These": true, "Those": true,
	"Some": true, "Many": true, "One": true, "Both": true, "Others": true, "Most": true}

// isNamed reports whether a source phrase names someone.
func isNamed(source string) bool {
	for _, w := range strings.FieldsFunc(source, notNameRune) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && !unnamedWords[w] {
			return true
		}
	}
	return false
}

// A standoff holds one article's attribution annotations.
type standoff struct {
	spans map[string][]document.Span // text-bound annotation → its fragments, in bytes
	rels  []map[string]string        // each attribution: role → text-bound annotation id
}

// readGoldQuotes reads a brat file and derives the article's gold direct quotes.
func readGoldQuotes(path, text string) ([]goldQuote, error) {
	so, err := readStandoff(path, text)
	if err != nil {
		return nil, err
	}
	var gold []goldQuote
	for _, q := range quotedPassages(text) {
		best, bestOverlap := -1, 0
		for i, rel := range so.rels {
			o := 0
			for _, frag := range so.spans[rel["Content"]] {
				o += overlap(q, frag)
			}
			if o > bestOverlap {
				best, bestOverlap = i, o
			}
		}
		if best < 0 || 2*bestOverlap < q.Len() {
			continue
		}
		g := goldQuote{Span: q, source: so.spans[so.rels[best]["Source"]]}
		for _, s := range g.source {
			g.named = g.named || isNamed(text[s.Start:s.End])
		}
		gold = append(gold, g)
	}
	return gold, nil
}

// readStandoff parses the text-bound annotations ("T3	Content 115 290;300 310	…")
// and the attribution relations ("E1	Attribution:T4 Content:T3 Cue:T2 Source:T1").
func readStandoff(path, text string) (*standoff, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	bytesAt := runeOffsets(text)
	so := &standoff{spans: map[string][]document.Span{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		switch fields[0][0] {
		case 'T':
			_, offsets, _ := strings.Cut(fields[1], " ")
			for _, frag := range strings.Split(offsets, ";") {
				a, b, _ := strings.Cut(frag, " ")
				start, err1 := strconv.Atoi(a)
				end, err2 := strconv.Atoi(b)
				if err1 != nil || err2 != nil || start < 0 || end > len(bytesAt)-1 || start > end {
					return nil, fmt.Errorf("%s: bad offsets %q", path, frag)
				}
				so.spans[fields[0]] = append(so.spans[fields[0]], document.Span{Start: bytesAt[start], End: bytesAt[end]})
			}
		case 'E':
			rel := map[string]string{}
			for _, arg := range strings.Fields(fields[1]) {
				role, id, _ := strings.Cut(arg, ":")
				rel[role] = id
			}
			if _, ok := rel["Content"]; ok {
				so.rels = append(so.rels, rel)
			}
		}
	}
	return so, sc.Err()
}

// runeOffsets maps each code point offset of text (and its end) to a byte offset.
func runeOffsets(text string) []int {
	offsets := make([]int, 0, len(text)+1)
	for i := range text {
		offsets = append(offsets, i)
	}
	return append(offsets, len(text))
}

// quotedPassages returns the passages of text in double quotation marks, as the
// file comment defines them.
func quotedPassages(text string) []document.Span {
	var out []document.Span
	start := -1 // where the open passage's words begin
	emit := func(end int) {
		if s := trimStretch(text, document.Span{Start: start, End: end}); s.Len() > 0 {
			out = append(out, s)
		}
		start = -1
	}
	for i, r := range text {
		switch {
		case r == '\n' && start >= 0:
			emit(i)
		case r == '“' && start < 0 || r == '"' && start < 0:
			start = i + utf8.RuneLen(r)
		case r == '”' && start >= 0 || r == '"' && start >= 0:
			emit(i)
		}
	}
	if start >= 0 {
		emit(len(text))
	}
	return out
}

// trimStretch narrows s to exclude spaces at either end.
func trimStretch(text string, s document.Span) document.Span {
	for s.Start < s.End && unicode.IsSpace(rune(text[s.Start])) {
		s.Start++
	}
	for s.End > s.Start && unicode.IsSpace(rune(text[s.End-1])) {
		s.End--
	}
	return s
}
