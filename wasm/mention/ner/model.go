package ner

import (
	_ "embed"
	"errors"
)

// The weights file: a magic string, the number of hash bits, then for every bucket
// of the hash table one signed byte per label.
const magic = "NER1"

//go:embed weights.bin
var embedded string

// A Model scores the labels of a token from its features.
type Model struct {
	weights string // int8 weights, NumLabels per bucket
	mask    uint32
}

// Default is the model trained by build/train on CoNLL++.
var Default = mustLoad(embedded)

func mustLoad(data string) *Model {
	m, err := Load(data)
	if err != nil {
		panic(err) // the weights are embedded: a bad file is a build mistake
	}
	return m
}

// ErrBadWeights is returned by Load for data that is not a weights file.
var ErrBadWeights = errors.New("ner: not a weights file")

// Load reads a weights file as written by Encode.
func Load(data string) (*Model, error) {
	if len(data) < len(magic)+1 || data[:len(magic)] != magic {
		return nil, ErrBadWeights
	}
	bits := uint(data[len(magic)])
	body := data[len(magic)+1:]
	if bits > 30 || len(body) != (1<<bits)*NumLabels {
		return nil, ErrBadWeights
	}
	return &Model{weights: body, mask: 1<<bits - 1}, nil
}

// Encode writes int8 weights for a table of 1<<bits buckets as a weights file.
func Encode(bits uint, weights []int8) []byte {
	out := make([]byte, 0, len(magic)+1+len(weights))
	out = append(out, magic...)
	out = append(out, byte(bits))
	for _, w := range weights {
		out = append(out, byte(w))
	}
	return out
}

// Bucket returns the bucket of the hash table a feature falls in, for a table of
// 1<<bits buckets.
func Bucket(feature uint32, bits uint) int { return int(feature & (1<<bits - 1)) }

// Tag labels every token of s, appending the labels to out. Decoding is greedy,
// left to right, and never continues a name with a word of another class.
func (m *Model) Tag(s *Sentence, out []Label) []Label {
	prev, prev2 := O, O
	for i := range s.words {
		var scores [NumLabels]int32
		for _, f := range s.Features(i, prev, prev2) {
			b := int(f&m.mask) * NumLabels
			row := m.weights[b : b+NumLabels]
			for l := range scores {
				scores[l] += int32(int8(row[l]))
			}
		}
		best := Best(scores[:], prev)
		out = append(out, best)
		prev, prev2 = best, prev
	}
	return out
}

// Best returns the label with the highest score that may follow prev.
func Best[S int32 | float32](scores []S, prev Label) Label {
	best := O
	for l := Label(1); int(l) < NumLabels; l++ {
		if scores[l] > scores[best] && l.follows(prev) {
			best = l
		}
	}
	return best
}
