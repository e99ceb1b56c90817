package compare

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"parallax/wasm/lexicon"
)

// revisionWords say that a figure replaces an earlier one: "raising the toll from
// nine", "up from 12", "revised from 40".
var revisionWords = lexicon.Phrases("revisionwords")

// revisionReach is how many bytes after a figure the words saying it was revised
// are looked for: "…, officials said on Thursday, raising the toll from nine".
const revisionReach = 160

// earlierFigure returns the earlier amount the sentence of figure f says it
// replaces, as written, and its value: "nine" in "Eleven people were killed, …
// raising the toll from nine".
func (c *comparer) earlierFigure(f figure) (string, float64, bool) {
	d := c.sources[f.src].Doc
	si := d.SentenceAt(f.span.Start)
	if si < 0 {
		return "", 0, false
	}
	from := min(f.span.End, d.Sentences[si].End)
	after := d.Text[from:min(d.Sentences[si].End, from+revisionReach)]
	ws := words(after)
	for i, w := range ws {
		if !revisionWords[w] {
			continue
		}
		for k := i + 1; k < len(ws) && k <= i+4; k++ {
			if ws[k] != "from" || k+1 >= len(ws) {
				continue
			}
			if v, ok := numberWords[ws[k+1]]; ok {
				return ws[k+1], v, true
			}
			if v, err := strconv.ParseFloat(ws[k+1], 64); err == nil {
				return ws[k+1], v, true
			}
		}
	}
	return "", 0, false
}

// revisedFigures explains a slot in which a source says its figure replaces an
// earlier one that the other sources still give: the figure changed over time, and
// the sources that give the earlier one are not wrong, only earlier.
func (c *comparer) revisedFigures(figs []figure) (bool, string) {
	for i, f := range figs {
		was, value, ok := c.earlierFigure(f)
		if !ok || value == f.amount.value {
			continue
		}
		var earlier, others []int
		for j, g := range figs {
			switch {
			case j == i || g.src == f.src:
			case g.amount.value == value:
				earlier = append(earlier, g.src)
			default:
				others = append(others, g.src)
			}
		}
		if len(earlier) == 0 {
			continue
		}
		change := "raised"
		if f.amount.value < value {
			change = "lowered"
		}
		text := fmt.Sprintf("%s gives %s and says the figure was %s from %s; %s %s %s, the earlier figure",
			c.docName(f.src), f.amount.text, change, was, c.sourceList(earlier), gives(len(earlier)),
			figs[slices.IndexFunc(figs, func(g figure) bool { return g.src == earlier[0] })].amount.text)
		if len(others) > 0 {
			text += fmt.Sprintf("; %s %s other amounts", c.sourceList(others), gives(len(others)))
		}
		return true, strings.TrimSpace(text) + ": a change over time rather than a contradiction or an agreement."
	}
	return false, ""
}
