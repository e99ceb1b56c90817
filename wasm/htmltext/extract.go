// Package htmltext reduces an HTML page to the text of its article: the story's
// headline and paragraphs, one paragraph per line, without the page around it
// (navigation, bylines, captions, galleries, share rows, related links, comments).
//
// It finds the article the way Mozilla's Readability does, by weighing evidence
// rather than obeying markers: every block with enough text of its own scores for
// its parent and grandparent (more for commas and length), class and id words
// speak for or against an element (and, against, for the few levels inside it:
// a comment thread's paragraphs), and links count against it; the best container
// and those of its siblings that score nearly as well, or hold plain paragraphs,
// are the article. Inside it, blocks that look like furniture (link lists,
// negative class evidence, short blocks beside the best-scoring box: bylines
// before it, credits and prompts after it) are left out, unless that would leave
// out nearly everything.
//
// A small, forgiving tokenizer and tree builder stand in for a full HTML parser:
// one pass each, no failure on any input, time linear in the input's size.
// Entities are decoded with the standard library's html package, which app.wasm
// links anyway, so the package adds little to the download.
package htmltext

import (
	"html"
	"strings"
	"unicode/utf8"
)

// Extract returns the article text of the HTML page src, its headline first.
func Extract(src string) string {
	t := buildTree(tokenize(src))
	t.scoreParagraphs()
	parts := t.article(t.best())
	w := newWriter()
	if !t.holdsHeading(parts) {
		if h := t.headline(); h != "" {
			w.text(h)
			w.breakLine()
		}
	}
	headline := len(w.b)
	t.writeParts(w, parts)
	if len(w.b)-headline < minStoryBox && t.textOf(parts) >= minStory {
		// Almost all the article held looked like furniture: the evidence was
		// wrong, and a reader is better served by all of it than by nothing.
		w.b = w.b[:headline]
		t.keepFurniture = true
		t.writeParts(w, parts)
	}
	return trimTail(w.String())
}

// textOf returns the bytes of text in parts.
func (t *tree) textOf(parts []int) int {
	size := 0
	for _, i := range parts {
		size += t.nodes[i].text
	}
	return size
}

// writeParts writes the article's parts, a paragraph break after each.
func (t *tree) writeParts(w *writer, parts []int) {
	for _, i := range parts {
		t.write(w, i)
		w.breakLine()
	}
	w.dropHeld()
}

// minLastLine is the shortest line, in bytes, that may end an article unless it
// ends as a sentence does: the shorter ones that end a story's container are its
// credits, dates, sources, tags and prompts ("Photo: AP", "12.05.2021", "Share:").
const minLastLine = 40

// minTrimmed is the least text, in bytes, that trimTail leaves: a short text's
// short lines are all it has.
const minTrimmed = 400

// trimTail drops the short lines that end text and are no sentence.
func trimTail(text string) string {
	for {
		i := strings.LastIndexByte(text, '\n')
		last := text[i+1:]
		if i < minTrimmed || len(last) > minLastLine || endsSentence(last) {
			return text
		}
		text = text[:i]
	}
}

// endsSentence reports whether a line ends as a sentence or a quotation does, in
// any script.
func endsSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?…\"”»“«'’)。！？", r)
}

// article returns the nodes that make up the article around the best node: the
// node itself and those of its siblings that score at least a fifth as well
// (more easily when they share its class), are paragraphs of plain text, or are
// boxes of them; never a sibling that class evidence speaks against, or one
// inside a box it speaks against.
func (t *tree) article(best int) []int {
	if best == 0 {
		return []int{t.marked()}
	}
	top := &t.nodes[best]
	threshold := max(10, top.score*0.2)
	class := attr(top.attrs, "class")
	var parts []int
	for _, c := range t.children(top.parent) {
		n := &t.nodes[c]
		bonus := 0.0
		if class != "" && attr(n.attrs, "class") == class {
			bonus = top.score * 0.2
		}
		switch {
		case c == best:
			parts = append(parts, c)
		case n.skipped, n.against > 0:
		case n.scored && n.score+bonus >= threshold:
			parts = append(parts, c)
		case n.name == "p" && n.text > 80 && n.linkDensity() < 0.25:
			parts = append(parts, c)
		case t.isStoryBox(c):
			parts = append(parts, c)
		}
	}
	return parts
}

// minStoryBox is the text outside links, in bytes, that makes a box of paragraphs
// beside the best node part of the story, though it scored too little to count:
// a lead, or the second half of a story split by an advert.
const minStoryBox = 150

// isStoryBox reports whether node i holds paragraphs of plain text, enough of
// them, and neither its class nor its links mark it as furniture.
func (t *tree) isStoryBox(i int) bool {
	n := &t.nodes[i]
	return n.weight >= 0 && n.paras > 0 && n.text-n.links >= minStoryBox && n.linkDensity() < 0.2 && !t.isFurniture(i)
}

// children returns the nodes whose parent is p, in document order.
func (t *tree) children(p int) []int {
	var kids []int
	for i := p + 1; i < len(t.nodes) && t.nodes[i].start < t.nodes[p].end; i++ {
		if t.nodes[i].parent == p {
			kids = append(kids, i)
		}
	}
	return kids
}

// marked returns, for a page too short to score, the element that marks its
// article: the first <article>, else the first itemprop="articleBody", else
// <main>, else <body>, else the whole page.
func (t *tree) marked() int {
	for _, isArticle := range []func(n *node) bool{
		func(n *node) bool { return n.name == "article" },
		func(n *node) bool { return strings.EqualFold(attr(n.attrs, "itemprop"), "articleBody") },
		func(n *node) bool { return n.name == "main" },
		func(n *node) bool { return n.name == "body" },
	} {
		for i := range t.nodes {
			if isArticle(&t.nodes[i]) && !t.nodes[i].skipped {
				return i
			}
		}
	}
	return 0
}

// first returns the first node of the named element, or 0.
func (t *tree) first(name string) int {
	for i := range t.nodes {
		if t.nodes[i].name == name {
			return i
		}
	}
	return 0
}

// holdsHeading reports whether the article's parts hold an <h1>.
func (t *tree) holdsHeading(parts []int) bool {
	for _, p := range parts {
		for i := p; i < len(t.nodes) && t.nodes[i].start < t.nodes[p].end; i++ {
			if t.nodes[i].name == "h1" && !t.nodes[i].skipped {
				return true
			}
		}
	}
	return false
}

// headline returns the story's headline when the article holds none: the page's
// first <h1>, else its Open Graph title, else its <title>.
func (t *tree) headline() string {
	if h := t.first("h1"); h > 0 && !t.nodes[h].skipped {
		w := newWriter()
		t.write(w, h)
		if s := w.String(); s != "" {
			return s
		}
	}
	for i := range t.nodes {
		n := &t.nodes[i]
		if n.name == "meta" && attr(n.attrs, "property") == "og:title" {
			if s := collapse(attr(n.attrs, "content")); s != "" {
				return s
			}
		}
	}
	if title := t.first("title"); title > 0 && t.nodes[title].start+1 < len(t.toks) {
		if tok := t.toks[t.nodes[title].start+1]; tok.kind == textToken {
			return collapse(html.UnescapeString(tok.text))
		}
	}
	return ""
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// write writes the text of node i, leaving out skipped elements and furniture.
func (t *tree) write(w *writer, i int) {
	n := &t.nodes[i]
	end := min(n.end, len(t.toks))
	headingEnd := -1
	for k := n.start; k < end; k++ {
		if k == headingEnd {
			w.endHeading()
		}
		tok := t.toks[k]
		switch {
		case tok.kind == textToken:
			w.text(html.UnescapeString(tok.text))
		case tok.kind == startToken:
			c := int(t.nodeAt[k])
			ok := c > 0
			if ok && c != i && (t.nodes[c].skipped || t.isFurniture(c)) {
				k = max(k, t.nodes[c].end-1)
				if inline[tok.name] {
					w.pending = true
					continue
				}
				if !t.nodes[c].skipped || endsStory[tok.name] {
					w.dropHeld()
				}
			} else if ok && c != i && (subheadings[tok.name] || t.isLeadIn(c)) {
				w.holdHeading()
				headingEnd = t.nodes[c].end
			}
			if blocks[tok.name] {
				w.breakLine()
			}
		case blocks[tok.name]:
			w.breakLine()
		}
	}
	w.endHeading()
}

// maxLeadIn is the longest bold line, in bytes, that is held as a subheading
// is: "Read also:", "More on this", "Sources".
const maxLeadIn = 80

// isLeadIn reports whether node i is a short paragraph all in bold, which heads
// what follows it as a subheading does.
func (t *tree) isLeadIn(i int) bool {
	n := &t.nodes[i]
	return n.name == "p" && n.text > 0 && n.text <= maxLeadIn && n.bold == n.text
}

// subheadings are held until story text follows them.
var (
	subheadings = wordSet("h2", "h3", "h4", "h5", "h6")
	headings    = wordSet("h1", "h2", "h3", "h4", "h5", "h6")
)

// endsStory are the skipped elements that, met after a subheading, show it
// heads furniture rather than story.
var endsStory = wordSet("nav", "aside", "footer", "menu", "form")

// minStory is the text outside links, in bytes, that makes a block too much story
// to leave out for its class or its links.
const minStory = 500

// minLine is the text, in bytes, under which a paragraph or line that its class
// marks as furniture is left out.
const minLine = 200

// isFurniture reports whether a block inside the article is page furniture rather
// than story: class evidence against it that its text does not outweigh, or a
// list or box made mostly of links.
func (t *tree) isFurniture(i int) bool {
	if t.keepFurniture {
		return false
	}
	n := &t.nodes[i]
	if t.besideStory(i) {
		return true
	}
	if !containers[n.name] {
		// A short line marked as furniture (a byline, a date, a credit), or a
		// paragraph or list item that is all link, or link and bold lead-in
		// ("Read more: ...").
		return n.weight < 0 && n.text < minLine && !headings[n.name] ||
			(n.name == "p" || n.name == "li") && n.links > 0 && 5*(n.links+n.bold) > 4*n.text
	}
	if t.top > 0 && t.nodes[t.top].score > 0 && 2*n.peak >= t.nodes[t.top].score {
		return false // it holds a box that scored nearly as well as the best
	}
	if n.name == "form" && n.text-n.links < minStory {
		return true
	}
	if n.commas >= 10 || n.text-n.links >= minStory {
		return false
	}
	if n.weight < 0 && (n.score+float64(n.weight) < 0 || !n.scored) {
		return true
	}
	ld := n.linkDensity()
	return n.weight < 25 && ld > 0.33 || ld > 0.5
}

// maxPreamble is the most text outside links, in bytes, of a block before the
// best box that is left out as its byline, date or kicker.
const maxPreamble = 100

// besideStory reports whether block i sits beside the box that scored best (or
// beside a box around it), where a story's furniture goes, with too little story
// of its own to stay: before it, less than maxPreamble (bylines, dates, kickers);
// after it, less than a quarter of the best box's text (credits, prompts, bios,
// teasers). Headings stay: they are held until story follows them.
func (t *tree) besideStory(i int) bool {
	n, top := &t.nodes[i], &t.nodes[t.top]
	if t.top == 0 || inline[n.name] || headings[n.name] || i == t.top || t.contains(i, t.top) || !t.contains(n.parent, t.top) {
		return false
	}
	if class := attr(top.attrs, "class"); class != "" && attr(n.attrs, "class") == class {
		return false // more of the story, in the same kind of box
	}
	story := n.text - n.links
	if n.start < top.start {
		return story < maxPreamble
	}
	return story < max(minStoryBox, top.text/4)
}

// containers are the elements that may be left out as furniture: boxes and
// lists, not the paragraphs and headings of the story itself.
var containers = wordSet("div", "section", "ul", "ol", "dl", "table", "form", "header")

// IsPage reports whether s is an HTML page rather than text that happens to
// mention a tag: it starts with a doctype or a page's outer element.
func IsPage(s string) bool {
	head := strings.ToLower(strings.TrimSpace(s[:min(len(s), 1024)]))
	for _, start := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<?xml"} {
		if strings.HasPrefix(head, start) {
			return true
		}
	}
	return false
}
