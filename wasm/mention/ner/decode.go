package ner

// A Path holds the buffers of Decode, reused from one sentence to the next.
type Path struct {
	back [][NumLabels]Label // per word and label: the best label before it
}

// Decode appends to out the labels of the words of s that score highest together
// (the Viterbi algorithm): the sum, over the words, of the score of each word's
// label (emissions, one row per word) and of that label after the one before it
// (transitions). A name is continued only by a word of the same class, and a word
// takes only the labels s allows it (see Sentence.allows).
func Decode[S int32 | float32](s *Sentence, emissions [][NumLabels]S, transitions *Transitions[S], path *Path, out []Label) []Label {
	n := len(emissions)
	if n == 0 {
		return out
	}
	if cap(path.back) < n {
		path.back = make([][NumLabels]Label, n)
	}
	back := path.back[:n]
	var score [NumLabels]S
	var reached [NumLabels]bool // the label can end a path to this word
	for i := range n {
		var next [NumLabels]S
		var nextReached [NumLabels]bool
		for l := range Label(NumLabels) {
			if !s.allows(i, l) {
				continue
			}
			best, from, ok := bestBefore(l, i == 0, &score, &reached, transitions)
			if !ok {
				continue
			}
			next[l] = best + emissions[i][l]
			nextReached[l] = true
			back[i][l] = from
		}
		score, reached = next, nextReached
	}
	last := O // always reached: every word may stay outside a name
	for l := range Label(NumLabels) {
		if reached[l] && score[l] > score[last] {
			last = l
		}
	}
	start := len(out)
	for range n {
		out = append(out, O)
	}
	for i := n - 1; i >= 0; i-- {
		out[start+i] = last
		last = back[i][last]
	}
	return out
}

// bestBefore returns the best score of a path ending in label l, without l's own
// score, and the label before l on that path; ok is false when no path may end in
// l.
func bestBefore[S int32 | float32](l Label, first bool, score *[NumLabels]S, reached *[NumLabels]bool, transitions *Transitions[S]) (best S, from Label, ok bool) {
	if first {
		if !l.follows(O) {
			return 0, O, false
		}
		return transitions[NumLabels][l], O, true
	}
	for p := range Label(NumLabels) {
		if !reached[p] || !l.follows(p) {
			continue
		}
		if s := score[p] + transitions[p][l]; !ok || s > best {
			best, from, ok = s, p, true
		}
	}
	return best, from, ok
}
