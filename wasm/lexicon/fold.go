package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold maps a letter to its unaccented lower-case form for the Latin letters news
// names carry ("Mélanie", "Zelenskyy", "Syrskyi"), so spellings compare equal; curly
// apostrophes become straight ones and short dashes hyphens.
func Fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å', 'Ā':
		return 'a'
	case 'ç', 'ć', 'č', 'Ç', 'Ć', 'Č':
		return 'c'
	case 'ď', 'đ', 'Ď', 'Đ':
		return 'd'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě', 'È', 'É', 'Ê', 'Ë', 'Ē', 'Ě':
		return 'e'
	case 'ğ', 'Ğ':
		return 'g'
	case 'ì', 'í', 'î', 'ï', 'ī', 'ı', 'Ì', 'Í', 'Î', 'Ï', 'Ī', 'İ':
		return 'i'
	case 'ł', 'ľ', 'Ł', 'Ľ':
		return 'l'
	case 'ñ', 'ń', 'ň', 'Ñ', 'Ń', 'Ň':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö', 'Ø', 'Ō', 'Ő':
		return 'o'
	case 'ř', 'Ř':
		return 'r'
	case 'ś', 'š', 'ş', 'ș', 'Ś', 'Š', 'Ş', 'Ș':
		return 's'
	case 'ť', 'ţ', 'ț', 'Ť', 'Ţ', 'Ț':
		return 't'
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű', 'Ù', 'Ú', 'Û', 'Ü', 'Ū', 'Ů', 'Ű':
		return 'u'
	case 'ý', 'ÿ', 'Ý', 'Ÿ':
		return 'y'
	case 'ź', 'ż', 'ž', 'Ź', 'Ż', 'Ž':
		return 'z'
	case '’', '‘', 'ʼ':
		return '\''
	case '‐', '‑', '–':
		return '-'
	}
	return unicode.ToLower(r)
}

// IndexFold is strings.Index ignoring case as strings.EqualFold does: the first place
// sub stands in s, or -1, also when sub is empty.
func IndexFold(s, sub string) int {
	if sub == "" {
		return -1
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// LookupFold finds w in m, whose keys are in lower case, ignoring ASCII case and
// without allocating: the one case fold for looking words up.
func LookupFold[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		var zero V
		return zero, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}
