// Command train trains the entity tagger's weights on CoNLL++ and writes them where
// the tagger embeds them (wasm/mention/ner/weights.bin).
//
//	go run ./build/train [-data ../shared/eval/conll2003] [-bits 18] [-epochs 12]
//
// The tagger is a greedy averaged perceptron over hashed features (see package ner):
// each epoch tags the training sentences left to right with the model's own previous
// labels and moves the weights towards the gold label wherever it went wrong. The
// averaged weights are scaled to signed bytes for embedding.
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
	epochs := flag.Int("epochs", 12, "passes over the training data")
	out := flag.String("out", filepath.Join("wasm", "mention", "ner", "weights.bin"), "weights file to write")
	flag.Parse()
	train, err := readCoNLL(filepath.Join(*data, "train.txt"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	train.addHeadlineCopies()
	p := newPerceptron(*bits)
	rng := rand.New(rand.NewPCG(1, 2))
	order := make([]int, len(train.sentences))
	for i := range order {
		order[i] = i
	}
	var s ner.Sentence
	var ctx ner.Context
	for e := range *epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, i := range order {
			sent := train.sentences[i]
			ctx.Reset(train.texts[sent.doc], train.docSpans[sent.doc])
			s.Reset(train.texts[sent.doc], sent.spans, &ctx)
			wrong += p.learn(&s, sent.labels)
			total += len(sent.labels)
		}
		fmt.Printf("epoch %d: %.4f of training tokens wrong\n", e+1, float64(wrong)/float64(total))
	}
	weights := p.quantise()
	if err := os.WriteFile(*out, ner.Encode(*bits, weights), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s: %d buckets, %d non-zero weights\n", *out, 1<<*bits, nonZero(weights))
	if dev, err := readCoNLL(filepath.Join(*data, "dev.txt")); err == nil {
		m, _ := ner.Load(string(ner.Encode(*bits, weights)))
		fmt.Printf("dev F1 (PER, ORG, LOC, exact spans): %.4f\n", dev.f1(m))
	}
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

// f1 tags every sentence with m and scores PER, ORG and LOC names on exact spans.
func (c *corpus) f1(m *ner.Model) float64 {
	var s ner.Sentence
	var ctx ner.Context
	var got []ner.Label
	tp, fp, fn := 0, 0, 0
	for _, sent := range c.sentences {
		ctx.Reset(c.texts[sent.doc], c.docSpans[sent.doc])
		s.Reset(c.texts[sent.doc], sent.spans, &ctx)
		got = m.Tag(&s, got[:0])
		want := names(sent.labels)
		for _, n := range names(got) {
			if slices.Contains(want, n) {
				tp++
			} else {
				fp++
			}
		}
		fn += len(want)
	}
	fn -= tp
	return 2 * float64(tp) / float64(2*tp+fp+fn)
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

// A perceptron holds weights for a table of hash buckets, NumLabels per bucket, with
// the running sums that averaging needs.
type perceptron struct {
	bits    uint
	w, sum  []float32
	stamp   []int32
	clock   int32
	scores  [ner.NumLabels]float32
	buckets []int
}

func newPerceptron(bits uint) *perceptron {
	n := (1 << bits) * ner.NumLabels
	return &perceptron{bits: bits, w: make([]float32, n), sum: make([]float32, n), stamp: make([]int32, n)}
}

// learn tags one sentence, updating the weights at every mistake, and returns the
// number of mistakes.
func (p *perceptron) learn(s *ner.Sentence, gold []ner.Label) int {
	prev, prev2 := ner.O, ner.O
	wrong := 0
	for i := range gold {
		p.clock++
		p.buckets = p.buckets[:0]
		for _, f := range s.Features(i, prev, prev2) {
			p.buckets = append(p.buckets, ner.Bucket(f, p.bits)*ner.NumLabels)
		}
		p.scores = [ner.NumLabels]float32{}
		for _, b := range p.buckets {
			for l := range p.scores {
				p.scores[l] += p.w[b+l]
			}
		}
		guess := ner.O
		for l := range p.scores {
			if p.scores[l] > p.scores[guess] {
				guess = ner.Label(l)
			}
		}
		if guess != gold[i] {
			wrong++
			for _, b := range p.buckets {
				p.add(b+int(gold[i]), 1)
				p.add(b+int(guess), -1)
			}
		}
		prev, prev2 = guess, prev
	}
	return wrong
}

// add changes one weight, first bringing its running sum up to date.
func (p *perceptron) add(i int, v float32) {
	p.sum[i] += float32(p.clock-p.stamp[i]) * p.w[i]
	p.stamp[i] = p.clock
	p.w[i] += v
}

// quantise returns the averaged weights scaled to signed bytes. The scale puts the
// largest weights at ±127; the few beyond a high percentile are clipped, so that the
// many small weights keep some resolution.
func (p *perceptron) quantise() []int8 {
	avg := make([]float64, len(p.w))
	var mags []float64
	for i := range p.w {
		total := float64(p.sum[i]) + float64(p.clock-p.stamp[i])*float64(p.w[i])
		avg[i] = total / float64(p.clock)
		if avg[i] != 0 {
			mags = append(mags, math.Abs(avg[i]))
		}
	}
	slices.Sort(mags)
	limit := mags[len(mags)*9995/10000]
	q := make([]int8, len(avg))
	for i, a := range avg {
		v := math.Round(a / limit * 127)
		q[i] = int8(max(-127, min(127, v)))
	}
	return q
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
