package compare

import (
	"slices"

	"parallax/wasm/mention"
)

// asCost makes an amount of money that tells what a thing cost a figure of that
// cost. The words around an amount name other things too ("the bridge cost $412
// million, according to the transit authority"), so when a cost word stands right
// before the amount the figure measures the cost alone, with the thing that cost it
// when the sentence says "X cost $N". ("A $412 million bridge" is left as a figure
// of the bridge: "a €222m move" and "a £27m move" are often two different moves.)
func (c *comparer) asCost(s int, q mention.Quantity, f figure) figure {
	if q.Kind != mention.Money {
		return f
	}
	w, at, ok := c.sentenceOf(s, q.Start)
	if !ok {
		return f
	}
	word := w.word
	if f.guessed {
		// "cost $412 million", "the final cost at $450 million", "at a cost of $9
		// million": the cost word stands right before the amount, and names it.
		k := at - 1
		if costLinks[word(k)] {
			k--
		}
		if concept(stem(word(k))) != "cost" {
			return f
		}
		f.concepts, f.guessed, f.measure = []string{"cost"}, false, word(k)
		if k == at-1 && word(k-1) != "" && !vague[word(k-1)] {
			// "the bridge cost $412 million": what cost it stands before the verb.
			f.concepts = mergeConcepts(f.concepts, measureConcepts(word(k-1)))
			f.measure = word(k-1) + " " + f.measure
		}
		return f
	}
	return f
}

// costLinks may stand between a cost word and its amount.
var costLinks = map[string]bool{"at": true, "of": true, "was": true, "is": true, "to": true}

// sameCost reports whether two sets of concepts that both tell a cost can be of
// one thing: when both name the thing, they must share it, or "the bridge cost" and
// "a $20 million tunnel" would meet on "cost" alone.
func sameCost(a, b []string) bool {
	if !slices.Contains(a, "cost") || !slices.Contains(b, "cost") || len(a) == 1 || len(b) == 1 {
		return true
	}
	for _, x := range a {
		if x != "cost" && slices.Contains(b, x) {
			return true
		}
	}
	return false
}
