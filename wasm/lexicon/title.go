package lexicon

import "strings"

// titleWords holds, in lower case, every word of the titles in titles.txt: "vice
// president" gives "vice" and "president"; honorifics the courtesy titles.
var (
	titleWords = wordsOf(List("titles"))
	honorifics = wordsOf(List("honorifics"))
)

// wordsOf returns the set of the lower-case words of entries.
func wordsOf(entries []string) map[string]bool {
	words := make(map[string]bool, len(entries))
	for _, entry := range entries {
		for _, w := range strings.Fields(entry) {
			words[strings.ToLower(w)] = true
		}
	}
	return words
}

// IsTitle reports whether w, ignoring ASCII case, is a word of a title or an office
// that may come before or after a person's name: "Minister", "spokeswoman", "vice".
func IsTitle(w string) bool {
	_, ok := LookupFold(titleWords, w)
	return ok
}

// IsHonorific reports whether w, ignoring ASCII case and a final dot, is a courtesy
// title ("Mr", "Mrs.", "Dame"), which is not a role.
func IsHonorific(w string) bool {
	_, ok := LookupFold(honorifics, strings.TrimSuffix(w, "."))
	return ok
}

// titleModifiers holds the words that may qualify a title, from titlemodifiers.txt.
var titleModifiers = wordsOf(List("titlemodifiers"))

// IsTitleModifier reports whether w, ignoring ASCII case, may qualify a title:
// "former", "Deputy", "foreign".
func IsTitleModifier(w string) bool {
	_, ok := LookupFold(titleModifiers, w)
	return ok
}

// The statuses of a title's holder that a word before or after the title may give.
const (
	Former = "former"
	Elect  = "elect"
)

// titleStatuses maps the words of former.txt to Former and those of elect.txt to
// Elect.
var titleStatuses = func() map[string]string {
	statuses := make(map[string]string)
	for status, file := range map[string]string{Former: "former", Elect: "elect"} {
		for w := range wordsOf(List(file)) {
			statuses[w] = status
		}
	}
	return statuses
}()

// TitleStatus returns Former for a word that puts a title's holder in the past
// ("ex", "outgoing"), Elect for one that puts them in the future ("incoming"), and
// "" for any other word; it ignores ASCII case.
func TitleStatus(w string) string {
	status, _ := LookupFold(titleStatuses, w)
	return status
}
