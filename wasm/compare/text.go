package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parallax/wasm/lexicon"
)

// words splits s into folded lower-case words of letters and digits. Apostrophes
// inside a word are dropped ("don’t" → "dont"), a possessive "'s" is dropped with
// them ("Russia's" → "russia"), and every other mark separates words: dots too, so
// "St. Petersburg" and "St Petersburg" give the same words, and "U.S." gives "u", "s"
// (joinInitials mends that).
func words(s string) []string {
	var out []string
	var b []byte // the word being read, one buffer for all of them
	flush := func() {
		if len(b) > 0 {
			out = append(out, string(b))
			b = b[:0]
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = lexicon.Fold(r)
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b = utf8.AppendRune(b, r)
		case r == '\'' && len(b) > 0:
			// "'s" at a word's end is a possessive; any other apostrophe is inner.
			if i < len(s) && (s[i] == 's' || s[i] == 'S') && (i+1 == len(s) || !isAlnum(s[i+1])) {
				i++
				flush()
			}
		default:
			flush()
		}
	}
	flush()
	return joinInitials(out)
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// joinInitials merges runs of single letters ("u", "s") into one word ("us"), which
// is how initialisms written with dots split.
func joinInitials(ws []string) []string {
	out := ws[:0]
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && len(ws[j]) == 1 && ws[j][0] >= 'a' && ws[j][0] <= 'z' {
			j++
		}
		if j-i >= 2 {
			out = append(out, strings.Join(ws[i:j], ""))
			i = j
			continue
		}
		out = append(out, ws[i])
		i++
	}
	return out
}

// skeleton reduces a folded name word to a form shared by its usual transliterations:
// "y" and "i" are one letter, doubled letters are single, and a final "j" after a
// vowel goes ("Dmitriy", "Dmitrii", "Dmitry", "Dmitri" → "dmitri"; "Zelenskyy",
// "Zelenskiy", "Zelensky" → "zelenski").
func skeleton(w string) string {
	var buf [32]byte // most words fit: then only a changed word is copied out
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'y' {
			c = 'i'
		}
		if c == 'j' && i == len(w)-1 && len(b) > 0 && b[len(b)-1] == 'i' {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	if string(b) == w {
		return w
	}
	return string(b)
}

// stem strips the commonest English inflections, enough to compare the words of
// what a figure measures ("pledges"/"pledged", "deaths"/"death").
func stem(w string) string {
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// listNames joins names as English prose: "a", "a and b", "a, b and c".
func listNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// oneSpaced returns s with each run of white space made one space and none at its
// ends. Most text is written so already, and is then returned as it is.
func oneSpaced(s string) string {
	prevSpace := true // at the start, a space would be one too many
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a space at the end
	}
	return s
}

// quoted puts s in curly quotes, shortened to at most n runes, without the comma
// or colon that ends a quotation cut from its sentence ("…," he said).
func quoted(s string, n int) string {
	s = strings.TrimRight(oneSpaced(s), " ,;:")
	if utf8.RuneCountInString(s) > n {
		cut := 0
		for i := range s {
			if n == 0 {
				cut = i
				break
			}
			n--
		}
		if sp := strings.LastIndexByte(s[:cut], ' '); sp > cut/2 {
			cut = sp // end on a whole word
		}
		s = strings.TrimRight(s[:cut], " ,;:") + "…"
	}
	return "“" + s + "”"
}

// endSentence ends s with a full stop unless a quotation in it already ends one.
func endSentence(s string) string {
	for _, end := range []string{".”", "?”", "!”", "…”"} {
		if strings.HasSuffix(s, end) {
			return s
		}
	}
	return s + "."
}
