package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
)

// The weights file: a magic string, the number of hash bits, then for every bucket
// of the hash table one signed byte per label.
const magic = "NER1"

//go:embed weights.bin
var embedded string

// A Model scores the labels of a token from its features.
type Model struct {
	// weights holds NumLabels weights per bucket, each stored as weight+128 in a byte so
	// that eight of them can be summed at once in the 16-bit lanes of a uint64.
	weights []byte
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
	w := make([]byte, len(body)+8) // room for the last bucket's eight-byte load
	for i := range len(body) {
		w[i] = body[i] ^ 0x80
	}
	return &Model{weights: w, mask: 1<<bits - 1}, nil
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
// left to right, and never continues a name with a word of another class. Outside a
// name, a word that starts with neither a capital nor a digit is taken to stay
// outside without being scored: in the training data fewer than one such word in a
// thousand begins a name, and they are most of the text.
func (m *Model) Tag(s *Sentence, out []Label) []Label {
	prev, prev2 := O, O
	for i := range s.words {
		if prev == O && !s.words[i].mayBegin {
			out = append(out, O)
			prev, prev2 = O, prev
			continue
		}
		var scores [NumLabels]int32
		m.score(s.Features(i, prev, prev2), &scores)
		best := Best(scores[:], prev)
		out = append(out, best)
		prev, prev2 = best, prev
	}
	return out
}

// lanes picks the low byte of each 16-bit lane.
const lanes = 0x00ff00ff00ff00ff

// score is written for nine labels: this fails to compile if there are more or fewer.
const _ = uint(NumLabels-9) + uint(9-NumLabels)

// score sums the weights of the features for every label. The first eight labels
// are summed two words at a time, each lane holding one biased weight: with fewer
// than 257 features a lane cannot overflow.
func (m *Model) score(features []uint32, scores *[NumLabels]int32) {
	var even, odd uint64
	var last int32
	w := m.weights
	for _, f := range features {
		b := int(f&m.mask) * NumLabels
		x := binary.LittleEndian.Uint64(w[b : b+8])
		even += x & lanes
		odd += x >> 8 & lanes
		last += int32(w[b+8])
	}
	bias := int32(128 * len(features))
	for l := range 4 {
		scores[2*l] = int32(even>>(16*l)&0xffff) - bias
		scores[2*l+1] = int32(odd>>(16*l)&0xffff) - bias
	}
	scores[8] = last - bias
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
