package main

import (
	"bufio"
	"encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/document"
)

func init() { evaluations = append(evaluations, evaluation{"meantime", runMEANTIME}) }

// runMEANTIME scores names on MEANTIME's 120 Wikinews articles. The articles come as
// tokens, so each is written back out as text (headline, date line, then the body as
// one paragraph) and the whole engine runs on it: document.Parse, then FindEntities.
//
// MEANTIME annotates the mentions of the entities its annotators chose (those taking
// part in the events it follows), names or not, with their full extent ("EADS chief
// executive Louis Gallois", "the Air Force"); its types are wider than ours. The
// gold names are its PERSON, ORGANIZATION and LOCATION mentions (as PER, ORG and
// LOC) whose head is a proper noun; products and financial entities are left out.
// A name found matches a gold mention of the same type when it covers the mention's
// head word (or, where the head given is not a capitalised word inside the extent,
// its last word) and lies within its extent, since the extent also takes in titles
// and articles that no name tagger includes.
//
// As many entities are not annotated at all ("Toulouse", "France" in an article
// about Airbus), and names inside a mention are not annotated on their own ("Apple"
// in "Apple CEO Steve Jobs"), precision counts only the names found that overlap the
// head of some annotated mention, of any type; a name that matches a mention which
// is not a name ("the Russian president") is neither right nor wrong.
func runMEANTIME(dir string, peer *compromise) ([]row, error) {
	docs, err := readMEANTIMEText(filepath.Join(dir, "meantime.conll"))
	if err != nil {
		return nil, err
	}
	if err := readMEANTIMEGold(filepath.Join(dir, "entities_mentions.json"), docs); err != nil {
		return nil, err
	}
	var ours, theirs headTally
	measured := peer != nil
	for _, key := range slices.Sorted(maps.Keys(docs)) {
		md := docs[key]
		d, err := document.Parse(key, md.text)
		if err != nil {
			return nil, err
		}
		ours.add(entitySpans(d), md)
		if measured {
			spans, err := peer.run("entities", md.text)
			if err != nil {
				return nil, err
			}
			theirs.add(peerEntitySpans(spans), md)
		}
	}
	return tallyRows("meantime", entityTally(ours), entityTally(theirs), measured, 0), nil
}

// A meantimeDoc is one article written back out as text, with the byte span of
// every token (by sentence and position) and the gold mentions.
type meantimeDoc struct {
	text      string
	tokens    map[[2]int]document.Span
	gold      []meantimeMention
	annotated []document.Span // the head of every annotated mention, of any type
}

// A meantimeMention is one gold mention: its type, its head's span and its extent.
type meantimeMention struct {
	Type         string
	head, extent document.Span
	name         bool // headed by a proper noun
}

// readMEANTIMEText reads the tokens of every article and writes each back out.
func readMEANTIMEText(path string) (map[string]*meantimeDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type token struct {
		sentence, position int
		word               string
	}
	articles := map[string][]token{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 4 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		s, err1 := strconv.Atoi(fields[1])
		p, err2 := strconv.Atoi(fields[2])
		if err1 != nil || err2 != nil {
			continue
		}
		articles[fields[0]] = append(articles[fields[0]], token{s, p, fields[3]})
	}
	docs := map[string]*meantimeDoc{}
	for key, toks := range articles {
		var b strings.Builder
		md := &meantimeDoc{tokens: map[[2]int]document.Span{}}
		prev := ""
		for i, t := range toks {
			switch {
			case i == 0:
			case t.sentence != toks[i-1].sentence && t.sentence <= 2:
				b.WriteByte('\n') // the headline and the date line stand alone
			case t.sentence != toks[i-1].sentence || spaceBefore(prev, t.word):
				b.WriteByte(' ')
			}
			w := detokenized(t.word)
			md.tokens[[2]int{t.sentence, t.position}] = document.Span{Start: b.Len(), End: b.Len() + len(w)}
			b.WriteString(w)
			prev = t.word
		}
		md.text = b.String()
		docs[key] = md
	}
	return docs, sc.Err()
}

// detokenized undoes the treebank's spelling of quotation marks and the pound sign.
func detokenized(w string) string {
	switch w {
	case "``", "''":
		return `"`
	case "#":
		return "£"
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	}
	return w
}

// spaceBefore reports whether a space goes between two tokens of a sentence.
func spaceBefore(prev, w string) bool {
	switch prev {
	case "(", "$", "``", "#", "US$", "USD$":
		return false
	}
	switch w {
	case ",", ".", ";", ":", "?", "!", ")", "''", "%", "'s", "'", "n't":
		return false
	}
	return true
}

// readMEANTIMEGold reads the entity mentions and attaches them to their articles.
func readMEANTIMEGold(path string, docs map[string]*meantimeDoc) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var mentions []struct {
		Doc     string `json:"conll_doc_key"`
		Type    string `json:"mention_type"`
		HeadPOS string `json:"mention_head_pos"`
		Head    int    `json:"mention_head_id"`
		Sent    int    `json:"sent_id"`
		Tokens  []int  `json:"tokens_number"`
	}
	if err := json.Unmarshal(data, &mentions); err != nil {
		return err
	}
	types := map[string]string{"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
	seen := map[[4]int]bool{}
	for _, m := range mentions {
		md, typ := docs[m.Doc], types[m.Type]
		if md == nil || len(m.Tokens) == 0 {
			continue
		}
		first, ok1 := md.tokens[[2]int{m.Sent, slices.Min(m.Tokens)}]
		last, ok2 := md.tokens[[2]int{m.Sent, slices.Max(m.Tokens)}]
		if !ok1 || !ok2 {
			continue
		}
		extent := document.Span{Start: first.Start, End: last.End}
		head, ok := md.tokens[[2]int{m.Sent, m.Head}]
		if !ok || !extent.Contains(head) || !isCapitalised(md.text[head.Start:head.End]) {
			head = last
		}
		md.annotated = append(md.annotated, head)
		if typ == "" {
			continue
		}
		k := [4]int{head.Start, first.Start, last.End, len(typ) + int(typ[0])}
		if seen[k] {
			continue // the list repeats a mention for each chain it belongs to
		}
		seen[k] = true
		md.gold = append(md.gold, meantimeMention{
			Type:   typ,
			head:   head,
			extent: extent,
			name:   m.HeadPOS == "PROPN",
		})
	}
	return nil
}

// A headTally scores found names against MEANTIME's mentions by head and extent.
type headTally entityTally

func (t *headTally) add(found []typedSpan, md *meantimeDoc) {
	used := make([]bool, len(md.gold))
	for _, g := range md.gold {
		if g.name {
			t.gold++
		}
	}
	for _, f := range found {
		match := -1
		for i, g := range md.gold {
			if g.Type == f.Type && f.Contains(g.head) && g.extent.Contains(f.Span) && !used[i] &&
				(match < 0 || g.name && !md.gold[match].name) {
				match = i
			}
		}
		switch {
		case match < 0 && !overlapsAny(f.Span, md.annotated):
		case match >= 0 && md.gold[match].name:
			used[match] = true
			t.right++
			t.found++
		case match >= 0:
			used[match] = true
		default:
			t.found++
		}
	}
}

// overlapsAny reports whether s overlaps any of spans.
func overlapsAny(s document.Span, spans []document.Span) bool {
	for _, a := range spans {
		if s.Overlaps(a) {
			return true
		}
	}
	return false
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
