package ner

import (
	_ "embed"
	"encoding/binary"
	"errors"
)

// The weights file: a magic string, the number of hash bits, then for every bucket
// of the hash table one signed byte per label, then the transition scores as
// little-endian int16: for each previous label (and last, the start of a sentence)
// one score per label.
const magic = "NER2"

// transitionsSize is the number of bytes of transition scores in a weights file.
const transitionsSize = 2 * (NumLabels + 1) * NumLabels

//go:embed weights.bin
var embedded string

// Transitions holds the score of each label after each previous label; the row
// after the last label (index NumLabels) is for the first word of a sentence.
type Transitions[S int32 | float32] [NumLabels + 1][NumLabels]S

// A Model scores the labels of a token from its features, and label sequences
// from the transitions between them.
type Model struct {
	// weights holds NumLabels weights per bucket, each stored as weight+128 in a byte so
	// that eight of them can be summed at once in the 16-bit lanes of a uint64.
	weights     []byte
	mask        uint32
	transitions Transitions[int32]
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
	if len(data) < len(magic)+1+transitionsSize || data[:len(magic)] != magic {
		return nil, ErrBadWeights
	}
	bits := uint(data[len(magic)])
	body := data[len(magic)+1 : len(data)-transitionsSize]
	if bits > 30 || len(body) != (1<<bits)*NumLabels {
		return nil, ErrBadWeights
	}
	w := make([]byte, len(body)+8) // room for the last bucket's eight-byte load
	for i := range len(body) {
		w[i] = body[i] ^ 0x80
	}
	m := &Model{weights: w, mask: 1<<bits - 1}
	trans := data[len(data)-transitionsSize:]
	for prev := range m.transitions {
		for l := range m.transitions[prev] {
			at := 2 * (prev*NumLabels + l)
			m.transitions[prev][l] = int32(int16(uint16(trans[at]) | uint16(trans[at+1])<<8))
		}
	}
	return m, nil
}

// Encode writes int8 weights for a table of 1<<bits buckets, and the transition
// scores on the same scale, as a weights file.
func Encode(bits uint, weights []int8, transitions *Transitions[int32]) []byte {
	out := make([]byte, 0, len(magic)+1+len(weights)+transitionsSize)
	out = append(out, magic...)
	out = append(out, byte(bits))
	for _, w := range weights {
		out = append(out, byte(w))
	}
	for _, row := range transitions {
		for _, t := range row {
			out = binary.LittleEndian.AppendUint16(out, uint16(int16(max(-1<<15, min(1<<15-1, t)))))
		}
	}
	return out
}

// Bucket returns the bucket of the hash table a feature falls in, for a table of
// 1<<bits buckets.
func Bucket(feature uint32, bits uint) int { return int(feature & (1<<bits - 1)) }

// Tag labels every token of s, appending the labels to out: the sequence with the
// highest sum of word and transition scores (see Decode).
func (m *Model) Tag(s *Sentence, out []Label) []Label {
	s.emissions = s.emissions[:0]
	for i := range s.words {
		var scores [NumLabels]int32
		if s.Scored(i) {
			m.score(s.Features(i), &scores)
		}
		s.emissions = append(s.emissions, scores)
	}
	return Decode(s, s.emissions, &m.transitions, &s.path, out)
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
