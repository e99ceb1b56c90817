package compare

import (
	"slices"

	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// crowdBefore are the words that, right before a count (past its hedge), make the
// people counted the crowd at an event: "in front of about 3,000 residents",
// "watched by some 2,000 people", "a crowd of 5,000". Whatever noun counts them
// (residents, fans, people), it is one measure.
var crowdBefore = [][]string{
	{"front", "of"}, {"watched", "by"}, {"attended", "by"}, {"cheered", "by"},
	{"crowd", "of"}, {"crowds", "of"}, {"audience", "of"},
}

// crowdAfter are the verbs that, right after a count and its noun, say the people
// counted were the crowd: "3,000 people attended", "2,000 fans watched".
var crowdAfter = lexicon.Phrases("crowdverbs")

// asCrowd makes a count of the people who watched or attended an event a figure
// of the crowd.
func (c *comparer) asCrowd(s int, q mention.Quantity, f figure) figure {
	if q.Kind != mention.Count {
		return f
	}
	w, at, ok := c.sentenceOf(s, q.Start)
	if !ok {
		return f
	}
	word := w.word
	k := at - 1
	if _, ok := hedgeWords[word(k)]; ok {
		k-- // "about", "some"
	}
	crowd := slices.ContainsFunc(crowdBefore, func(ws []string) bool { return word(k-1) == ws[0] && word(k) == ws[1] })
	end := w.index(q.End)
	for e := end; e < end+2 && !crowd; e++ {
		crowd = crowdAfter[word(e)]
	}
	if crowd {
		f.concepts, f.guessed, f.measure = []string{"crowd"}, false, "crowd"
		if noun := countedNoun(c.slice(s, q.Span), q.Unit); noun != "" {
			f.measure = noun // "How big was the crowd? (residents)"
		}
	}
	return f
}
