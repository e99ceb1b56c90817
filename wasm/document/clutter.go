package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markClutter sets the kind of every paragraph: the headline, subheadings, and the
// page furniture that came along with a copied article. Nothing is removed; clutter
// is only marked so that later stages skip it.
func markClutter(d *Document) {
	section := "" // the reason while inside a comment section or a list of links
	seenText := false
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		line := d.Text[p.Start:p.End]
		if reason, starts := sectionStart(line); starts && !isComments(section) {
			section = reason
		}
		if section != "" && (isComments(section) || !isSentence(line) || strings.EqualFold(line, "comments")) {
			p.Kind, p.Reason = Clutter, section
			continue
		}
		section = ""
		if reason := clutterLine(line); reason != "" {
			p.Kind, p.Reason = Clutter, reason
			continue
		}
		if isHeadingLike(line) {
			p.Kind = Heading
			if !seenText {
				p.Kind = Title
			}
		}
		seenText = true
	}
}

func isComments(reason string) bool { return reason == "comments" }

// sectionStart recognises a line that opens a run of page furniture: everything after
// it until the next running text belongs to it (comments: to the end).
func sectionStart(line string) (string, bool) {
	l := strings.ToLower(strings.TrimRight(line, " :."))
	switch {
	case l == "comments" || l == "comment" || strings.HasPrefix(l, "comments are ") ||
		strings.HasPrefix(l, "join the conversation") || strings.HasPrefix(l, "leave a comment") ||
		strings.HasSuffix(l, " comments") && len(l) < 20:
		return "comments", true
	case strings.HasPrefix(l, "popular posts") || strings.HasPrefix(l, "related") ||
		strings.HasPrefix(l, "read more") || strings.HasPrefix(l, "more from") ||
		strings.HasPrefix(l, "recommended") || strings.HasPrefix(l, "most read") ||
		strings.HasPrefix(l, "most popular") || strings.HasPrefix(l, "you may also like") ||
		strings.HasPrefix(l, "trending") || strings.HasPrefix(l, "latest news"):
		if len(l) < 40 {
			return "related links", true
		}
	}
	return "", false
}

// clutterLine recognises a single line of page furniture.
func clutterLine(line string) string {
	l := strings.ToLower(line)
	switch {
	case l == "advertising" || l == "advertisement" || l == "ad" || l == "sponsored":
		return "advertising"
	case strings.HasPrefix(l, "share this") || l == "share" || strings.HasPrefix(l, "follow us") ||
		strings.HasPrefix(l, "sign up for") || strings.HasPrefix(l, "subscribe to"):
		if len(l) < 60 {
			return "share line"
		}
	case strings.HasPrefix(l, "photo:") || strings.HasPrefix(l, "image:") ||
		strings.HasPrefix(l, "(photo") || strings.HasPrefix(l, "image caption") ||
		strings.HasPrefix(l, "image source") || strings.HasSuffix(l, "getty images") ||
		strings.HasPrefix(l, "photograph:"):
		return "photo credit"
	case isByline(line):
		return "byline"
	case strings.HasPrefix(l, "updated ") || strings.HasPrefix(l, "published "):
		if len(l) < 60 && strings.IndexFunc(l, unicode.IsDigit) >= 0 {
			return "timestamp"
		}
	}
	return ""
}

// isByline recognises "By Jane Doe" and "By Jane Doe and John Roe, Reuters".
func isByline(line string) bool {
	rest, ok := strings.CutPrefix(line, "By ")
	if !ok || len(line) > 80 || isSentence(line) {
		return false
	}
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "and" {
			return false
		}
	}
	return true
}

// isSentence reports whether a line ends like running text.
func isSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	switch r {
	case '.', '!', '?', '"', '”', '’', ':', ';', ')':
		return true
	}
	return false
}

// isHeadingLike reports whether a line reads as a headline: short, without a final
// stop, its words mostly capitalised or a single short clause.
func isHeadingLike(line string) bool {
	if isSentence(line) && !strings.HasSuffix(line, "?") {
		return false
	}
	words := strings.Fields(line)
	return len(words) > 0 && len(words) <= 20
}
