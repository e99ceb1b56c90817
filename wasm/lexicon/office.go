package lexicon

import "strings"

// titleAbbreviations maps an abbreviated title in lower case to the words it
// stands for, from titleabbreviations.txt: "pm" → "prime minister".
var titleAbbreviations = func() map[string][]string {
	m := map[string][]string{}
	for _, entry := range List("titleabbreviations") {
		words := strings.Fields(strings.ToLower(entry))
		m[words[0]] = words[1:]
	}
	return m
}()

// ExpandTitle returns the words an abbreviated title stands for ("PM" → "prime",
// "minister"; "Sen." → "senator"), ignoring ASCII case and a final dot, or nil when
// w is no such abbreviation.
func ExpandTitle(w string) []string {
	words, _ := LookupFold(titleAbbreviations, strings.TrimSuffix(w, "."))
	return words
}

// titleJoints holds the words of titlejoints.txt.
var titleJoints = wordsOf(List("titlejoints"))

// IsTitleJoint reports whether w, ignoring ASCII case, joins an office to what
// qualifies it: "of" in "secretary of state", "for", "and".
func IsTitleJoint(w string) bool {
	_, ok := LookupFold(titleJoints, w)
	return ok
}
