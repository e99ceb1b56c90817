package lexicon

import "strings"

// titleWords holds, in lower case, every word of the titles in titles.txt: "vice
// president" gives "vice" and "president"; honorifics the courtesy titles.
var (
	titleWords = wordsOf(List("titles"))
	honorifics = wordsOf(List("honorifics"))
)

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

// academicTitles holds the titles of learning, from academictitles.txt.
var academicTitles = wordsOf(List("academictitles"))

// IsAcademicTitle reports whether w, ignoring ASCII case and a final dot, is a title
// of learning or medicine ("Dr", "Prof."): no part of a name, but a role.
func IsAcademicTitle(w string) bool {
	_, ok := LookupFold(academicTitles, strings.TrimSuffix(w, "."))
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

// formerWords and electWords hold the words of former.txt and elect.txt.
var (
	formerWords = wordsOf(List("former"))
	electWords  = wordsOf(List("elect"))
)

// TitleStatus returns Former for a word that puts a title's holder in the past
// ("ex", "outgoing"), Elect for one that puts them in the future ("incoming"), and
// "" for any other word; it ignores ASCII case.
func TitleStatus(w string) string {
	if _, ok := LookupFold(formerWords, w); ok {
		return Former
	}
	if _, ok := LookupFold(electWords, w); ok {
		return Elect
	}
	return ""
}
