package htmltext

import (
	"html"
	"strings"
)

// A node is one element of the page, with what the scorer needs to know about the
// text inside it. Skipped elements (scripts, styles, forms, hidden parts) become
// nodes too, but nothing inside them is counted.
type node struct {
	name, attrs string
	parent      int // -1 for the top
	start, end  int // its tokens: start is its start tag, end its end tag or where it was closed
	// The text inside it, skipped elements left out: bytes of text, of text inside
	// links, of bold text, commas, and <p> elements.
	text, links, bold, commas, paras int
	// own is the text directly inside it or in its inline elements, not in a block
	// inside it: a block with enough of it is a paragraph.
	own, ownCommas int
	kids           int  // elements directly inside it
	skipped        bool // skipped itself or inside a skipped element
	weight         int  // class and id evidence, see judge
	// against counts down the levels below a box that class evidence speaks
	// against: more than 0 for the box and the nodes close inside it.
	against int
	score   float64
	scored  bool    // a paragraph inside it gave it a score
	peak    float64 // the best score inside it, its own included
}

// A tree is the page's elements in document order: every node comes after its
// parent. nodeAt maps a start tag's token index to its node (0 for none).
type tree struct {
	toks   []token
	nodes  []node
	nodeAt []int32
	top    int // the best-scoring node before best climbed from it, or 0
	// keepFurniture writes furniture too, when leaving it out left nothing.
	keepFurniture bool
}

// implicitEnd names, for an element, the open elements its start tag closes when
// they are the innermost one, as browsers do for <p> and list items.
var implicitEnd = map[string]map[string]bool{
	"li": {"li": true, "p": true}, "dt": {"dd": true, "dt": true, "p": true}, "dd": {"dd": true, "dt": true, "p": true},
	"tr": {"tr": true, "td": true, "th": true}, "td": {"td": true, "th": true}, "th": {"td": true, "th": true},
	"option": {"option": true},
}

// buildTree builds the element tree of toks in one pass. An end tag closes the
// innermost open element of its name and everything opened inside it; an end tag
// with no open element of its name is ignored.
func buildTree(toks []token) *tree {
	t := &tree{toks: toks, nodes: make([]node, 1, len(toks)/2+1), nodeAt: make([]int32, len(toks))}
	t.nodes[0] = node{name: "#root", parent: -1, end: len(toks)}
	stack := []int{0}
	open := map[string]int{}       // open elements by name
	links, bolds, skips := 0, 0, 0 // open <a>, <b> or <strong>, and skipped elements
	pop := func(end int) {
		n := &t.nodes[stack[len(stack)-1]]
		n.end = end
		open[n.name]--
		switch n.name {
		case "a":
			links--
		case "b", "strong":
			bolds--
		}
		if n.skipped && (len(stack) < 2 || !t.nodes[stack[len(stack)-2]].skipped) {
			skips--
		}
		stack = stack[:len(stack)-1]
	}
	for i, tok := range toks {
		switch tok.kind {
		case textToken:
			if skips == 0 {
				t.addText(stack, tok.text, links > 0, bolds > 0)
			}
		case startToken:
			top := t.nodes[stack[len(stack)-1]].name
			if implicitEnd[tok.name][top] || top == "p" && closesP[tok.name] {
				pop(i)
			}
			parent := stack[len(stack)-1]
			n := node{name: tok.name, attrs: tok.attrs, parent: parent, start: i, end: i + 1}
			n.skipped = t.nodes[parent].skipped
			if !n.skipped {
				n.skipped, n.weight = judge(tok)
			}
			n.against = max(t.nodes[parent].against-1, 0)
			if n.weight < 0 && n.name != "body" && n.name != "html" {
				n.against = againstDepth
			}
			t.nodeAt[i] = int32(len(t.nodes))
			t.nodes[parent].kids++
			t.nodes = append(t.nodes, n)
			if tok.name == "p" && !n.skipped {
				t.nodes[parent].paras++
			}
			if voidElements[tok.name] || strings.HasSuffix(tok.attrs, "/") && !blocks[tok.name] {
				continue
			}
			if n.skipped && !t.nodes[parent].skipped {
				skips++
			}
			switch tok.name {
			case "a":
				links++
			case "b", "strong":
				bolds++
			}
			open[tok.name]++
			stack = append(stack, len(t.nodes)-1)
		case endToken:
			if open[tok.name] > 0 {
				for t.nodes[stack[len(stack)-1]].name != tok.name {
					pop(i)
				}
				pop(i)
			}
		}
	}
	for len(stack) > 1 {
		pop(len(toks))
	}
	t.sumUp()
	return t
}

// closesP are the elements whose start tag ends an open <p>.
var closesP = map[string]bool{
	"p": true, "div": true, "ul": true, "ol": true, "dl": true, "table": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true, "section": true,
	"article": true, "aside": true, "header": true, "footer": true, "nav": true, "figure": true, "form": true,
	"hr": true, "address": true, "main": true,
}

// addText counts a text token for the innermost open block (its own text) and
// every element it is in.
func (t *tree) addText(stack []int, raw string, inLink, inBold bool) {
	size, commas := measure(raw)
	if size == 0 {
		return
	}
	block := stack[len(stack)-1]
	for block > 0 && inline[t.nodes[block].name] {
		block = t.nodes[block].parent
	}
	n := &t.nodes[block]
	n.own += size
	n.ownCommas += commas
	top := &t.nodes[stack[len(stack)-1]]
	top.text += size
	top.commas += commas
	if inLink {
		top.links += size
	}
	if inBold {
		top.bold += size
	}
}

// measure returns the bytes of text in raw, runs of space counting as one, and its
// commas (Western and East Asian).
func measure(raw string) (size, commas int) {
	if strings.IndexByte(raw, '&') >= 0 {
		raw = html.UnescapeString(raw)
	}
	space := true
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case isSpace(c):
			if !space {
				size++
			}
			space = true
			continue
		case c == ',':
			commas++
		case c == 0xEF && strings.HasPrefix(raw[i:], "，"), c == 0xE3 && strings.HasPrefix(raw[i:], "、"):
			commas++
		}
		space = false
		size++
	}
	if space && size > 0 {
		size--
	}
	return size, commas
}

// sumUp adds every node's counts to its parent's: children come after parents, so
// one backward pass does it.
func (t *tree) sumUp() {
	for i := len(t.nodes) - 1; i > 0; i-- {
		n, p := &t.nodes[i], &t.nodes[t.nodes[i].parent]
		if n.skipped {
			continue
		}
		p.text += n.text
		p.links += n.links
		p.bold += n.bold
		p.commas += n.commas
		p.paras += n.paras
	}
}

// linkDensity is the share of a node's text that is inside links.
func (n *node) linkDensity() float64 {
	if n.text == 0 {
		return 0
	}
	return float64(n.links) / float64(n.text)
}
