// Command train trains the entity tagger's weights on CoNLL++ and writes them where
// the tagger embeds them (wasm/mention/ner/weights.bin).
//
//	go run ./build/train [-data ../shared/eval/conll2003] [-bits 18] [-epochs 4] [-runs 3]
//	                     [-invent PER] [-share 0.5] [-prune 1]
//
// The tagger is a structured averaged perceptron over hashed features (see package
// ner): each epoch tags every training sentence with the decoder the tagger uses
// (Viterbi over the word and transition scores) and, wherever the labels it chose
// differ from the gold ones, moves the weights of the words' features and of the
// transitions towards the gold labels and away from its own. The averaged weights
// of several such perceptrons, each trained on its own order of the sentences, are
// summed and scaled to signed bytes for embedding, and the smallest of those bytes
// are set to zero: the table is mostly zeros, which compress to almost nothing in
// app.wasm, and the weights of size 1 (nearly two thirds of the rest) hardly move a score.
//
// Besides the training sentences, it learns from copies of them: every document
// again with half its people's words written as invented words of the same shape
// (see addInventedNameCopies), and every tenth sentence capitalised as a headline.
//
// Training reads the training split only; the dev split chose the settings (the
// number of epochs and runs, the features, which names to invent and how many) and
// is printed at the end: over all names, over those the training data never has,
// and with every person's name invented. It takes about 10 seconds.
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/build/conll"
	"parallax/wasm/document"
	"parallax/wasm/mention/ner"
)

// A sentence is one training sentence: tokens as spans into its document's text.
type sentence struct {
	doc    int
	spans  []document.Span
	labels []ner.Label
}

// A corpus is CoNLL data laid out as texts, one per -DOCSTART- document (see
// package conll).
type corpus struct {
	texts     []string
	docSpans  [][]document.Span
	sentences []sentence
}

func main() {
	data := flag.String("data", filepath.Join("..", "shared", "eval", "conll2003"), "folder with train.txt and dev.txt")
	bits := flag.Uint("bits", 18, "log2 of the number of hash buckets")
	epochs := flag.Int("epochs", 4, "passes over the training data (chosen on dev: 3 to 5 score best)")
	out := flag.String("out", filepath.Join("wasm", "mention", "ner", "weights.bin"), "weights file to write")
	invented := flag.String("invent", "PER", "classes of names to write as invented words in a copy of every document (empty: no copies)")
	runs := flag.Int("runs", 3, "perceptrons trained on differently shuffled data, their weights averaged")
	share := flag.Float64("share", 0.5, "the chance that a word of a name is invented in the copies")
	prune := flag.Int("prune", 1, "weights of this size or less, on the signed-byte scale, are written as zero (chosen on dev)")
	flag.Parse()
	train, err := readCoNLL(filepath.Join(*data, "train.txt"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	seen := train.nameTexts()
	if *invented != "" {
		classes, err := parseClasses(*invented)
		if err != nil {
			fmt.Fprintln(os.Stderr, "train:", err)
			os.Exit(2)
		}
		train.addInventedNameCopies(rand.New(rand.NewPCG(3, 4)), classes, *share)
	}
	train.addHeadlineCopies()
	mixed := newMixture(*bits)
	for run := range *runs {
		p := newPerceptron(*bits)
		p.train(train, *epochs, rand.New(rand.NewPCG(uint64(run+1), 2)))
		mixed.add(p)
	}
	weights, transitions := mixed.quantise()
	zeroSmall(weights, int8(*prune))
	if err := os.WriteFile(*out, ner.Encode(*bits, weights, transitions), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s: %d buckets, %d non-zero weights\n", *out, 1<<*bits, nonZero(weights))
	if dev, err := readCoNLL(filepath.Join(*data, "dev.txt")); err == nil {
		m, _ := ner.Load(string(ner.Encode(*bits, weights, transitions)))
		all, unseen := dev.f1(m, seen)
		fmt.Printf("dev F1 (PER, ORG, LOC, exact spans): %.4f; names not in the training data: %.4f\n", all, unseen)
		renamed := dev.withInventedNames(rand.New(rand.NewPCG(5, 6)), []ner.Class{ner.Per}, 1)
		all, _ = renamed.f1(m, seen)
		fmt.Printf("dev F1 with every person named by an invented word: %.4f\n", all)
	}
}

// parseClasses reads a comma-separated list of classes: "PER,LOC".
func parseClasses(list string) ([]ner.Class, error) {
	var classes []ner.Class
	for _, name := range strings.Split(list, ",") {
		label, ok := ner.ParseLabel("B-" + name)
		if !ok {
			return nil, fmt.Errorf("no class %q", name)
		}
		classes = append(classes, label.Class())
	}
	return classes, nil
}

// readCoNLL reads a CoNLL-2003 file into a corpus, its tags as the tagger's labels.
func readCoNLL(path string) (*corpus, error) {
	docs, err := conll.Read(path)
	if err != nil {
		return nil, err
	}
	c := &corpus{}
	for i, d := range docs {
		c.texts = append(c.texts, d.Text)
		var docSpans []document.Span
		for _, s := range d.Sentences {
			sent := sentence{doc: i, spans: s.Spans}
			for _, tag := range s.Tags {
				label, ok := ner.ParseLabel(tag)
				if !ok {
					return nil, fmt.Errorf("%s: bad tag %q", path, tag)
				}
				sent.labels = append(sent.labels, label)
			}
			c.sentences = append(c.sentences, sent)
			docSpans = append(docSpans, s.Spans...)
		}
		c.docSpans = append(c.docSpans, docSpans)
	}
	return c, nil
}

// addHeadlineCopies adds a copy of every tenth sentence with each word capitalised, as
// headlines are written, so that the tagger learns not to take a capital letter for a
// name in such a sentence. Each copy is a document of its own.
func (c *corpus) addHeadlineCopies() {
	n := len(c.sentences)
	for i := 0; i < n; i += 10 {
		s := c.sentences[i]
		var b strings.Builder
		copied := sentence{doc: len(c.texts), labels: s.labels}
		for j, sp := range s.spans {
			if j > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(capitalise(c.texts[s.doc][sp.Start:sp.End]))
			copied.spans = append(copied.spans, document.Span{Start: start, End: b.Len()})
		}
		c.texts = append(c.texts, b.String())
		c.docSpans = append(c.docSpans, copied.spans)
		c.sentences = append(c.sentences, copied)
	}
}

// capitalise upper-cases the first letter of a word, leaving short function words
// alone as headline writers do.
func capitalise(w string) string {
	switch w {
	case "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by":
		return w
	}
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// f1 tags every sentence with m and scores PER, ORG and LOC names on exact spans:
// all of them, and those whose words no name of the training data has (seen holds
// the training names' texts), which is what the tagger meets in news it was not
// trained on.
func (c *corpus) f1(m *ner.Model, seen map[string]bool) (all, unseen float64) {
	var s ner.Sentence
	var ctx ner.Context
	var got []ner.Label
	var every, novel score
	for _, sent := range c.sentences {
		ctx.Reset(c.texts[sent.doc], c.docSpans[sent.doc])
		s.Reset(c.texts[sent.doc], sent.spans, &ctx)
		got = m.Tag(&s, got[:0])
		want := names(sent.labels)
		for _, n := range names(got) {
			hit := slices.Contains(want, n)
			every.add(hit, true)
			if !seen[c.text(sent, n)] {
				novel.add(hit, true)
			}
		}
		for _, n := range want {
			every.add(false, false)
			if !seen[c.text(sent, n)] {
				novel.add(false, false)
			}
		}
	}
	return every.f1(), novel.f1()
}

// A score counts names found right, found and wanted.
type score struct{ right, found, wanted int }

// add counts a name found, right when it is wanted too, or else one wanted.
func (s *score) add(right, found bool) {
	switch {
	case found:
		s.found++
		if right {
			s.right++
		}
	default:
		s.wanted++
	}
}

func (s score) f1() float64 { return 2 * float64(s.right) / float64(s.found+s.wanted) }

// text returns the words of a name, joined by spaces.
func (c *corpus) text(sent sentence, n name) string {
	words := make([]string, 0, n.end-n.start)
	for _, sp := range sent.spans[n.start:n.end] {
		words = append(words, c.texts[sent.doc][sp.Start:sp.End])
	}
	return strings.Join(words, " ")
}

// nameTexts returns the texts of the PER, ORG and LOC names of the corpus.
func (c *corpus) nameTexts() map[string]bool {
	seen := map[string]bool{}
	for _, sent := range c.sentences {
		for _, n := range names(sent.labels) {
			seen[c.text(sent, n)] = true
		}
	}
	return seen
}

// A name is a run of tokens [start, end) of one class.
type name struct {
	start, end int
	class      ner.Class
}

// names returns the PER, ORG and LOC names in a label sequence.
func names(labels []ner.Label) []name {
	var ns []name
	for i := 0; i < len(labels); {
		c := labels[i].Class()
		j := i + 1
		for j < len(labels) && !labels[j].Begins() && labels[j].Class() == c && c != ner.None {
			j++
		}
		if c == ner.Per || c == ner.Org || c == ner.Loc {
			ns = append(ns, name{i, j, c})
		}
		i = j
	}
	return ns
}

// A perceptron holds weights for a table of hash buckets, NumLabels per bucket, and
// for the transitions between labels, with the running sums that averaging needs.
type perceptron struct {
	bits        uint
	w, sum      []float32
	stamp       []int32
	transitions averaged
	clock       int32
	buckets     [][]int // per word of the sentence being learned: its features' buckets
	emissions   [][ner.NumLabels]float32
	path        ner.Path
	guess       []ner.Label
}

// averaged is the transition scores with their running sums.
type averaged struct {
	w, sum ner.Transitions[float32]
	stamp  ner.Transitions[int32]
}

func newPerceptron(bits uint) *perceptron {
	n := (1 << bits) * ner.NumLabels
	return &perceptron{bits: bits, w: make([]float32, n), sum: make([]float32, n), stamp: make([]int32, n)}
}

// train makes epochs passes over the corpus, in an order rng shuffles anew for each.
func (p *perceptron) train(c *corpus, epochs int, rng *rand.Rand) {
	order := make([]int, len(c.sentences))
	for i := range order {
		order[i] = i
	}
	var s ner.Sentence
	var ctx ner.Context
	for e := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, i := range order {
			sent := c.sentences[i]
			ctx.Reset(c.texts[sent.doc], c.docSpans[sent.doc])
			s.Reset(c.texts[sent.doc], sent.spans, &ctx)
			wrong += p.learn(&s, sent.labels)
			total += len(sent.labels)
		}
		fmt.Printf("epoch %d: %.4f of training tokens wrong\n", e+1, float64(wrong)/float64(total))
	}
}

// learn tags one sentence, updates the weights where its labels differ from gold,
// and returns the number of words labelled wrong.
func (p *perceptron) learn(s *ner.Sentence, gold []ner.Label) int {
	p.clock++
	p.score(s)
	p.guess = ner.Decode(s, p.emissions, &p.transitions.w, &p.path, p.guess[:0])
	wrong := 0
	prevGold, prevGuess := ner.NumLabels, ner.NumLabels // the start of the sentence
	for i, g := range gold {
		guess := p.guess[i]
		if guess != g {
			wrong++
			for _, b := range p.buckets[i] {
				p.add(b+int(g), 1)
				p.add(b+int(guess), -1)
			}
		}
		if guess != g || prevGold != prevGuess {
			p.addTransition(prevGold, int(g), 1)
			p.addTransition(prevGuess, int(guess), -1)
		}
		prevGold, prevGuess = int(g), int(guess)
	}
	return wrong
}

// score fills the emission scores of every word of s, and the buckets of their
// features. Words the decoder keeps outside any name are not scored.
func (p *perceptron) score(s *ner.Sentence) {
	p.emissions = p.emissions[:0]
	for len(p.buckets) < s.Len() {
		p.buckets = append(p.buckets, nil)
	}
	for i := range s.Len() {
		var scores [ner.NumLabels]float32
		p.buckets[i] = p.buckets[i][:0]
		if s.Scored(i) {
			for _, f := range s.Features(i) {
				b := ner.Bucket(f, p.bits) * ner.NumLabels
				p.buckets[i] = append(p.buckets[i], b)
				for l := range scores {
					scores[l] += p.w[b+l]
				}
			}
		}
		p.emissions = append(p.emissions, scores)
	}
}

// add changes one weight, first bringing its running sum up to date.
func (p *perceptron) add(i int, v float32) {
	p.sum[i] += float32(p.clock-p.stamp[i]) * p.w[i]
	p.stamp[i] = p.clock
	p.w[i] += v
}

// addTransition changes the score of label l after prev.
func (p *perceptron) addTransition(prev, l int, v float32) {
	t := &p.transitions
	t.sum[prev][l] += float32(p.clock-t.stamp[prev][l]) * t.w[prev][l]
	t.stamp[prev][l] = p.clock
	t.w[prev][l] += v
}

// average returns the mean of a weight over all the steps of training.
func (p *perceptron) average(w, sum float32, stamp int32) float64 {
	total := float64(sum) + float64(p.clock-stamp)*float64(w)
	return total / float64(p.clock)
}

// quantise returns the mixture's weights scaled to signed bytes, and the
// transition scores on the same scale. The scale puts the largest weight at ±127:
// clipping the largest few, to give the small ones more resolution, cost far more
// than it gained (dev F1 0.89 at the 99.999th percentile against 0.915), as a
// decoder over whole sequences leans on its strongest weights.
func (m *mixture) quantise() ([]int8, *ner.Transitions[int32]) {
	limit := 0.0
	for _, a := range m.w {
		limit = max(limit, math.Abs(a))
	}
	q := make([]int8, len(m.w))
	for i, a := range m.w {
		q[i] = int8(math.Round(a / limit * 127))
	}
	var transitions ner.Transitions[int32]
	for prev := range transitions {
		for l := range transitions[prev] {
			transitions[prev][l] = int32(math.Round(m.transitions[prev][l] / limit * 127))
		}
	}
	return q, &transitions
}

// A mixture sums the averaged weights of perceptrons trained apart: each has
// learned from one order of the sentences, and their sum depends less on it.
type mixture struct {
	w           []float64
	transitions [ner.NumLabels + 1][ner.NumLabels]float64
}

func newMixture(bits uint) *mixture {
	return &mixture{w: make([]float64, (1<<bits)*ner.NumLabels)}
}

// add adds the averaged weights of p.
func (m *mixture) add(p *perceptron) {
	for i := range p.w {
		m.w[i] += p.average(p.w[i], p.sum[i], p.stamp[i])
	}
	t := &p.transitions
	for prev := range m.transitions {
		for l := range m.transitions[prev] {
			m.transitions[prev][l] += p.average(t.w[prev][l], t.sum[prev][l], t.stamp[prev][l])
		}
	}
}

// zeroSmall sets to zero the weights whose size is at most limit.
func zeroSmall(ws []int8, limit int8) {
	for i, w := range ws {
		if -limit <= w && w <= limit {
			ws[i] = 0
		}
	}
}

func nonZero(ws []int8) int {
	n := 0
	for _, w := range ws {
		if w != 0 {
			n++
		}
	}
	return n
}
