package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/lexicon"
)

// markClutter sets the kind of every paragraph: the headline, subheadings, and the
// page furniture that came along with a copied article. Nothing is removed; clutter
// is only marked so that later stages skip it. It also records a dateline that opens
// the first paragraph of running text ("MOSCOW (Reuters) -").
func markClutter(d *Document) {
	section := "" // the reason while inside a comment section or a list of links
	seenText := false
	body := 0 // paragraphs of running text so far
	for i := range d.Paragraphs {
		p := &d.Paragraphs[i]
		line := d.Text[p.Start:p.End]
		if reason, starts := sectionStart(line); starts {
			// A comment section runs to the end, so it may only start after the
			// article: a "Comments" link above the text is one line of furniture.
			if reason != "comments" || body > 0 {
				section = reason
			}
			p.Kind, p.Reason = Clutter, reason
			continue
		}
		if section != "" && (section == "comments" || isListItem(line)) {
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
			continue
		}
		if !seenText {
			if n := datelineEnd(line); n > 0 {
				d.Dateline = Span{Start: p.Start, End: p.Start + n}
			}
		}
		seenText = true
		body++
	}
}

// sectionStart recognises a line that opens a run of page furniture: everything after
// it that reads like a list belongs to it; a comment section runs to the end.
func sectionStart(line string) (string, bool) {
	if len(line) > 64 {
		return "", false
	}
	l := strings.ToLower(strings.TrimRight(line, " :.…"))
	if len(l) > 60 {
		return "", false
	}
	switch {
	case l == "comments" || l == "comment" || strings.HasPrefix(l, "comments are ") ||
		strings.HasPrefix(l, "join the conversation") || strings.HasPrefix(l, "leave a comment") ||
		strings.HasPrefix(l, "show comments") || strings.HasPrefix(l, "view comments") ||
		strings.HasPrefix(l, "add a comment") || strings.HasPrefix(l, "post a comment") ||
		strings.HasSuffix(l, " comments") && len(l) < 20 && !strings.Contains(l, " the "):
		return "comments", true
	case isSentence(line) && !strings.HasSuffix(line, ":"):
		return "", false // running text that happens to start like a list's heading
	case strings.HasPrefix(l, "popular posts") || l == "related" || strings.HasPrefix(l, "related ") ||
		strings.HasPrefix(l, "read more") || strings.HasPrefix(l, "more from") ||
		strings.HasPrefix(l, "more on this") || strings.HasPrefix(l, "more stories") ||
		strings.HasPrefix(l, "recommended") || strings.HasPrefix(l, "most read") ||
		strings.HasPrefix(l, "most popular") || strings.HasPrefix(l, "you may also like") ||
		strings.HasPrefix(l, "you might also like") || strings.HasPrefix(l, "trending") ||
		strings.HasPrefix(l, "latest news") || strings.HasPrefix(l, "latest stories") ||
		strings.HasPrefix(l, "top stories") || strings.HasPrefix(l, "see also") ||
		strings.HasPrefix(l, "also read") || strings.HasPrefix(l, "editor's picks") ||
		strings.HasPrefix(l, "editor’s picks") || strings.HasPrefix(l, "in case you missed"):
		return "related links", true
	}
	return "", false
}

// isListItem reports whether a line inside a list of links reads as one of its items:
// a headline in title case, which may end in a bracket ("(But Many Are Silent)") or a
// question mark, but not running text.
func isListItem(line string) bool {
	if strings.HasSuffix(line, ".") || strings.HasSuffix(line, "\"") || strings.HasSuffix(line, "”") {
		return false
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 30 {
		return false
	}
	capital, counted := 0, 0
	for _, w := range words {
		w = strings.TrimLeft(w, "(\"“‘'[")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || len(w) <= 3 && unicode.IsLower(r) {
			continue // digits, marks and short function words ("of", "the")
		}
		counted++
		if unicode.IsUpper(r) {
			capital++
		}
	}
	return counted == 0 || capital*4 >= counted*3
}

// maxClutterLine is the longest line clutterLine considers: page furniture is short,
// and lowering the case of every long paragraph would cost a tenth of the parse.
const maxClutterLine = 500

// clutterLine recognises a single line of page furniture.
func clutterLine(line string) string {
	if len(line) > maxClutterLine {
		return ""
	}
	l := strings.ToLower(line)
	switch {
	case isSeparator(line):
		return "separator"
	case isMarkup(line):
		return "markup"
	case isAdvertising(l):
		return "advertising"
	case isShareLine(l):
		return "share line"
	case isPhotoCredit(l):
		return "photo credit"
	case isByline(line) || isReportingCredit(l):
		return "byline"
	case isTimestamp(l):
		return "timestamp"
	case isReadingTime(l):
		return "reading time"
	case strings.HasPrefix(l, "©") || strings.HasPrefix(l, "copyright ") ||
		strings.HasSuffix(l, "all rights reserved.") || strings.HasSuffix(l, "all rights reserved"):
		return "copyright"
	}
	return ""
}

// stampWords may make up a line that only dates the page: "Published: 12 March 2025,
// 10:30 GMT", "Updated Mar. 12, 2025 at 9:15 a.m. ET", and so may the time zones
// (zoneWords, in lower case) and the calendar's words (lexicon.IsCalendarWord).
var (
	stampWords = lexicon.Words("stampwords")
	zoneWords  = lexicon.Words("timezones")
)

// spanWords may stand in a timestamp ("3 hours ago") but do not make one ("100 days").
var spanWords = lexicon.Phrases("stampspans")

// isTimestamp recognises a line that only dates the page. It must hold a digit, so
// that a one-word heading such as "Updated" stays a heading, and a word of time or a
// clock, so that a bare number or a handle ("@jane5") is not taken for one.
func isTimestamp(l string) bool {
	if len(l) > 80 || strings.IndexFunc(l, unicode.IsDigit) < 0 {
		return false
	}
	timely := hasClock(l)
	for _, w := range strings.Fields(l) {
		w = strings.Trim(w, ",.:;()")
		switch {
		case stampWords[w] || zoneWords[w] || lexicon.IsCalendarWord(w):
			timely = true
		case spanWords[w]:
		case w != "" && (strings.IndexFunc(w, unicode.IsDigit) < 0 || strings.HasPrefix(w, "@")):
			return false
		}
	}
	return timely
}

// hasClock reports whether l holds a clock time: a colon between digits ("9:05").
func hasClock(l string) bool {
	for i := 1; i+1 < len(l); i++ {
		if l[i] == ':' && l[i-1] >= '0' && l[i-1] <= '9' && l[i+1] >= '0' && l[i+1] <= '9' {
			return true
		}
	}
	return false
}

// isMarkup recognises code that came along with a copied page: a style rule
// ("width:100%;") or a line that is one HTML tag.
func isMarkup(line string) bool {
	if strings.HasPrefix(line, "<") && strings.HasSuffix(line, ">") {
		return true
	}
	return strings.HasSuffix(line, ";") && strings.Contains(line, ":") && !strings.ContainsAny(line, " \t")
}

// isReadingTime recognises "5 min read" and "3 minute read".
func isReadingTime(l string) bool {
	rest, ok := strings.CutSuffix(l, " read")
	if !ok || len(l) > 20 {
		return false
	}
	n, unit, _ := strings.Cut(rest, " ")
	return n != "" && strings.Trim(n, "0123456789") == "" &&
		(unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes")
}

// isSeparator reports whether a line holds only marks: "-", "—", "* * *", "•".
func isSeparator(line string) bool {
	for _, r := range line {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isAdvertising(l string) bool {
	switch strings.TrimRight(l, " :.") {
	case "advertising", "advertisement", "ad", "sponsored", "sponsored content", "paid content",
		"promoted", "story continues below advertisement", "continue reading below",
		"article continues below", "scroll to continue reading", "skip advertisement",
		"continue reading the main story":
		return true
	}
	return false
}

// shareWords are the words of a line of share buttons: "Share Facebook Twitter Email".
var shareWords = lexicon.Words("sharewords")

// isShareLine recognises a row of share buttons or a newsletter and follow prompt.
func isShareLine(l string) bool {
	if len(l) >= 80 {
		return false
	}
	if strings.HasPrefix(l, "share this") || strings.HasPrefix(l, "follow us") ||
		strings.HasPrefix(l, "sign up for") || strings.HasPrefix(l, "subscribe to") ||
		strings.HasPrefix(l, "click here to") || strings.HasPrefix(l, "download the") && strings.Contains(l, " app") {
		return true
	}
	words := strings.Fields(l)
	for _, w := range words {
		if !shareWords[strings.Trim(w, ",:")] {
			return false
		}
	}
	return len(words) > 0 && (shareWords[words[0]] && words[0] != "on" && words[0] != "this" && words[0] != "via")
}

// creditOpeners open the credit of a caption.
var creditOpeners = lexicon.List("creditopeners")

// isPhotoCredit recognises captions' credits: "Photo: Reuters", "(Photo by Jane Doe/AFP)",
// "REUTERS/Jane Doe", "Jane Doe/Getty Images".
func isPhotoCredit(l string) bool {
	for _, p := range creditOpeners {
		if strings.HasPrefix(l, p) {
			return len(l) < 200
		}
	}
	if len(l) > 400 {
		return false
	}
	// A caption ends with its credit: "... in Moscow. Sputnik/Pool via REUTERS".
	l = strings.TrimRight(l, " .)")
	return strings.HasSuffix(l, "getty images") || strings.HasPrefix(l, "reuters/") ||
		strings.HasPrefix(l, "ap photo") || strings.HasSuffix(l, "/ap") || strings.HasSuffix(l, "/afp") ||
		strings.HasSuffix(l, "/reuters") || strings.HasSuffix(l, "via reuters") ||
		strings.HasSuffix(l, "/shutterstock") || strings.HasSuffix(l, "/ap photo") ||
		strings.HasSuffix(l, "/epa") || strings.HasSuffix(l, "via ap")
}

// isReportingCredit recognises the agency footer ("Reporting by Jane Doe; Editing by
// John Roe"), "Written by" lines and an agency's name alone on its line.
func isReportingCredit(l string) bool {
	switch strings.TrimRight(l, " .") {
	case "reuters", "ap", "afp", "associated press", "agence france-presse", "bloomberg",
		"the associated press", "press association", "pa media", "dpa", "tass", "xinhua":
		return true
	}
	return len(l) < 300 && (strings.HasPrefix(l, "reporting by ") ||
		strings.HasPrefix(l, "additional reporting by ") || strings.HasPrefix(l, "writing by ") ||
		strings.HasPrefix(l, "written by ") || strings.HasPrefix(l, "editing by ") ||
		strings.HasPrefix(l, "compiled by "))
}

// isByline recognises "By Jane Doe" and "By Jane Doe and John Roe, Reuters".
func isByline(line string) bool {
	rest, ok := strings.CutPrefix(line, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(line, "BY ")
	}
	if !ok || len(line) > 80 || isSentence(line) {
		return false
	}
	for _, w := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "and" && w != "|" && w != "in" {
			return false
		}
	}
	return true
}

// datelineEnd returns the length of a dateline opening line, or 0: "MOSCOW (Reuters) -",
// "KYIV, Ukraine (AP) —", "LONDON, March 12 (Reuters) -", "WASHINGTON —",
// "SINGAPORE:". The place must be in capitals unless an agency in brackets follows it,
// so that running text with a dash is never taken for one.
func datelineEnd(line string) int {
	limit := min(len(line), 80)
	for i := 0; i < limit; i++ {
		var end int // the end of the mark that closes the dateline
		switch {
		case strings.HasPrefix(line[i:], " - "):
			end = i + 2
		case strings.HasPrefix(line[i:], " – "), strings.HasPrefix(line[i:], " — "):
			end = i + 4
		case strings.HasPrefix(line[i:], "—"):
			end = i + 3 // "WASHINGTON—"
		case line[i] == ':' && i+1 < len(line) && line[i+1] == ' ':
			end = i + 1
		default:
			continue
		}
		if isDatelinePlace(line[:i], line[i] == ':') {
			return end
		}
		return 0
	}
	return 0
}

// isDatelinePlace reports whether the text before a dateline's dash is a place in
// capitals, with an optional region, date and news agency in brackets.
func isDatelinePlace(head string, colon bool) bool {
	place, agency, hasAgency := strings.Cut(head, "(")
	if hasAgency && (!strings.HasSuffix(strings.TrimSpace(agency), ")") || len(agency) > 30) {
		return false
	}
	place = strings.TrimSpace(place)
	city, _, _ := strings.Cut(place, ",")
	if city == "" || len(city) > 40 {
		return false
	}
	letters := 0
	for _, r := range city {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r != ' ' && r != '.' && r != '-' && r != '\'':
			return false
		}
	}
	if colon && hasAgency || !isPlaceName(city) {
		return false
	}
	return letters >= 2 && (letters >= 3 || hasAgency)
}

// kickers are the capitalised labels that open a story like a dateline but name no
// place: "EXCLUSIVE –", "BREAKING:", "WATCH:".
var kickers = lexicon.Phrases("kickers")

// isPlaceName reports whether a capitalised dateline head can be a place: not a
// kicker, and without the small words of a headline ("FIX IS IN").
func isPlaceName(city string) bool {
	words := strings.Fields(city)
	if len(words) == 1 && kickers[words[0]] {
		return false
	}
	for _, w := range words {
		switch w {
		case "IS", "IN", "THE", "A", "AN", "AND", "TO", "FOR", "ON", "BY", "WITH", "AT", "IT", "WE":
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
	if isSentence(line) && !strings.HasSuffix(line, "?") && !(strings.HasSuffix(line, ")") && isListItem(line)) {
		return false
	}
	words := strings.Fields(line)
	return len(words) > 0 && len(words) <= 20
}
