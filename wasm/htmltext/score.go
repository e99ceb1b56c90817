package htmltext

import "strings"

// The words of class and id values that speak for or against an element holding
// the story. They are evidence, weighed with the text itself, never a verdict on
// their own: "l-sidebar-fixed l-article-body" is both.
var (
	storyWords = wordSet("article", "articlebody", "body", "content", "entry", "hentry", "h-entry", "main",
		"post", "story", "blog", "page", "column", "prose", "richtext", "single")
	furnitureWords = wordSet("advert", "advertisement", "banner", "breadcrumb", "breadcrumbs",
		"combx", "comment", "comments", "community", "contact", "cookie", "cookies", "disqus", "footer",
		"foot", "footnote", "gdpr", "masthead", "menu", "meta", "nav", "navigation", "newsletter",
		"outbrain", "pagination", "pager", "popup", "promo", "related", "recommended", "remark",
		"replies", "rss", "share", "sharing", "shoutbox", "sidebar", "skyscraper", "social",
		"sponsor", "sponsored", "subscribe", "taboola", "tags", "toolbar",
		"byline", "author", "caption", "gallery", "slideshow", "carousel", "playlist", "video",
		"login", "signup", "popular", "trending", "most", "more", "aside", "date", "time", "tag",
		"author", "copyright", "credit", "credits", "source", "disclaimer", "hidden", "modal", "overlay",
		"bio", "avatar", "rating", "ratings", "vote", "btn", "button", "icon", "badge", "postmetadata",
		"pubdate", "dateline", "timestamp", "updated", "published", "reading", "readtime", "cta",
		"disclosure", "kommentare", "toc", "infobox", "buybox")
)

func wordSet(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// classEvidence reports whether a class or id value holds a story word or a
// furniture word, matched on whole words ("ad_body" is "ad" and "body";
// "header" is not "head"; "relatedArticles" is "related" and "articles"),
// without allocating.
func classEvidence(value string) (story, furniture bool) {
	var word [24]byte
	n := 0
	weigh := func() {
		if 0 < n && n <= len(word) {
			story = story || storyWords[string(word[:n])]
			furniture = furniture || furnitureWords[string(word[:n])]
		}
		n = 0
	}
	for i := 0; i < len(value); i++ {
		c := value[i]
		if 'A' <= c && c <= 'Z' && i > 0 && 'a' <= value[i-1] && value[i-1] <= 'z' {
			weigh() // a capital inside a word starts the next one
		}
		c |= 0x20 // ASCII lower case; other bytes only break words
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			if n < len(word) {
				word[n] = c
			}
			n++
			continue
		}
		weigh()
	}
	weigh()
	return story, furniture
}

// skippedElements are never part of an article's text.
var skippedElements = wordSet("script", "style", "noscript", "template", "svg", "math", "nav", "aside",
	"footer", "button", "select", "textarea", "iframe", "object", "canvas", "video", "audio",
	"figure", "figcaption", "title", "fieldset", "dialog", "menu", "input", "label", "picture", "rt", "rp")

// judge reads a start tag once and tells whether it is left out with everything
// in it (an element that never holds story, or one hidden from the reader), and
// how its class and id weigh: 25 up for each that names story, 25 down for each
// that names page furniture, and 50 up for schema.org's articleBody.
func judge(t token) (skipped bool, weight int) {
	if skippedElements[t.name] {
		return true, 0
	}
	for i := 0; i < len(t.attrs); {
		var key, value string
		key, value, i = nextAttr(t.attrs, i)
		switch strings.ToLower(key) {
		case "hidden":
			return true, 0
		case "layout": // AMP's element layouts; "nodisplay" hides it
			if strings.EqualFold(value, "nodisplay") {
				return true, 0
			}
		case "aria-hidden":
			if value == "true" {
				return true, 0
			}
		case "role":
			if hiddenRoles[strings.ToLower(value)] {
				return true, 0
			}
		case "style":
			style := strings.ToLower(value)
			if strings.Contains(style, "display:none") || strings.Contains(style, "display: none") {
				return true, 0
			}
		case "class", "id":
			story, furniture := classEvidence(value)
			if story {
				weight += 25
			}
			if furniture {
				weight -= 25
			}
		case "itemprop":
			if strings.EqualFold(value, "articleBody") {
				weight += 50
			}
		}
	}
	return false, weight
}

// hiddenRoles are the ARIA roles of page furniture.
var hiddenRoles = wordSet("navigation", "menu", "menubar", "complementary", "dialog", "alert", "alertdialog", "banner", "contentinfo")

// tagScore is the start of a candidate's score by its element: containers up (the
// elements HTML5 gives an article more), lists and headings down (Readability's
// values otherwise).
func tagScore(name string) float64 {
	switch name {
	case "article", "main":
		return 15
	case "div", "section":
		return 5
	case "pre", "td", "blockquote":
		return 3
	case "address", "ol", "ul", "dl", "dd", "dt", "li", "form":
		return -3
	case "h1", "h2", "h3", "h4", "h5", "h6", "th":
		return -5
	}
	return 0
}

// againstDepth is how many levels class evidence against a box reaches down:
// far enough for a comment's paragraphs, not so far that a stray word in a
// layout wrapper's classes ("bg-gallery-type") hides the story deep inside it.
// The body's and html's classes name the whole page and are not counted.
const againstDepth = 3

// minCandidate is the least text, in bytes, of an element that may be the
// article: less, and its class words would outweigh its text.
const minCandidate = 100

// minParagraph is the least text, in bytes, that makes a block a paragraph.
const minParagraph = 15

// scoreParagraphs gives every paragraph's ancestors its score: one point, one for
// each comma, one for each hundred bytes up to three; the parent takes it all, the
// grandparent half, the three levels above a third of it divided by their level.
// A paragraph is any block with enough text of its own, mostly outside links: a
// <div> of bare text counts as Readability's converted <p> does.
func (t *tree) scoreParagraphs() {
	for i := 1; i < len(t.nodes); i++ {
		n := &t.nodes[i]
		if n.skipped || n.own < minParagraph || inline[n.name] || 2*n.links > n.text {
			continue
		}
		points := 1 + float64(n.ownCommas) + min(float64(n.own)/100, 3)
		for a, level := n.parent, 0; a > 0 && level < 5; a = t.nodes[a].parent {
			if !inline[t.nodes[a].name] {
				t.credit(a, points, level)
				level++
			}
		}
	}
}

// credit gives node a its share of a paragraph's points, level 0 being its parent.
func (t *tree) credit(a int, points float64, level int) {
	n := &t.nodes[a]
	if !n.scored {
		n.scored = true
		n.score = tagScore(n.name) + float64(n.weight)
	}
	switch level {
	case 0:
		n.score += points
	case 1:
		n.score += points / 2
	default:
		n.score += points / float64(level*3)
	}
}

// best returns the node most likely to hold the story, or 0 (the whole page) when
// nothing scored. Scores are first scaled down by link density, and nodes inside a
// box that class evidence speaks against (a comment thread, a sidebar) may not be
// the story however well they score. From the top
// scorer it moves up, as Readability does, to an ancestor that holds several other
// near-top scorers (a story split into sections), to a parent that scores better
// with it, and through parents that hold nothing else.
func (t *tree) best() int {
	var top [5]int // the five best, best first; 0 where there are fewer
	for i := 1; i < len(t.nodes); i++ {
		n := &t.nodes[i]
		if !n.scored || n.skipped {
			continue
		}
		n.score *= 1 - n.linkDensity()
		if n.text < minCandidate || n.against > 0 {
			continue
		}
		for k := range top {
			if top[k] == 0 || n.score > t.nodes[top[k]].score {
				copy(top[k+1:], top[k:])
				top[k] = i
				break
			}
		}
	}
	best := top[0]
	if best == 0 {
		return 0
	}
	t.findPeaks()
	t.top = best
	best = t.sharedAncestor(best, top[1:])
	best = t.betterParent(best)
	return t.widen(best)
}

// widen climbs from best to the parents that add little to it but story, such as
// a headline, a lead or a second box of story beside it: less text than half its
// own, and almost none of it in links (a twentieth at most).
func (t *tree) widen(best int) int {
	for p := t.nodes[best].parent; p > 0 && t.nodes[p].name != "body"; p = t.nodes[p].parent {
		n, b := &t.nodes[p], &t.nodes[best]
		extra, extraLinks := n.text-b.text, n.links-b.links
		if n.kids > 1 && (2*extra > b.text || 20*extraLinks > extra) {
			break
		}
		best = p
	}
	return best
}

// sharedAncestor returns the nearest ancestor of best that holds at least three of
// the runners-up scoring three fifths of best's score or more, else best.
func (t *tree) sharedAncestor(best int, runnersUp []int) int {
	var close []int
	for _, r := range runnersUp {
		if r > 0 && t.nodes[r].score >= 0.6*t.nodes[best].score {
			close = append(close, r)
		}
	}
	if len(close) < 3 {
		return best
	}
	for p := t.nodes[best].parent; p > 0; p = t.nodes[p].parent {
		held := 0
		for _, r := range close {
			if t.contains(p, r) {
				held++
			}
		}
		if held >= 3 {
			return p
		}
	}
	return best
}

// betterParent climbs from best while its ancestors keep a third of its score,
// and stops at the first that scores more than the one below it.
func (t *tree) betterParent(best int) int {
	last := t.nodes[best].score
	threshold := last / 3
	for p := t.nodes[best].parent; p > 0; p = t.nodes[p].parent {
		n := &t.nodes[p]
		if !n.scored {
			continue
		}
		if n.score < threshold {
			break
		}
		if n.score > last {
			return p
		}
		last = n.score
	}
	return best
}

// findPeaks gives every node the best score inside it, its own included, of the
// nodes that may be the story:
// children come after parents, so one backward pass does it.
func (t *tree) findPeaks() {
	for i := len(t.nodes) - 1; i > 0; i-- {
		n := &t.nodes[i]
		if n.scored && n.against == 0 && n.score > n.peak {
			n.peak = n.score
		}
		if p := &t.nodes[n.parent]; n.peak > p.peak {
			p.peak = n.peak
		}
	}
}

// contains reports whether node a holds node d.
func (t *tree) contains(a, d int) bool {
	return a < d && t.nodes[d].start < t.nodes[a].end
}
