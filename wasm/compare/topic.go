package compare

import (
	"slices"
	"strings"
	"unicode"

	"parallax/wasm/mention"
)

// kindQuestions are what a reader asks of an amount of each kind when the engine
// knows no closer question: "How much? (release clause)".
var kindQuestions = map[mention.QuantityKind]string{
	mention.Money: "How much?", mention.Count: "How many?", mention.Duration: "How long?",
	mention.Percent: "What percentage?", mention.Measure: "How much?",
}

// figureTopic names a slot for the reader as a plain question in the sources' own
// words: the question its figures answer when the engine knows it ("How many
// died?"), else one asked of the kind of amount, with what the figures measure as
// the text says it ("How much to rehouse?", "How many eastern regions?", "How long?
// (contract)"). It never shows a stem or a unit code.
func figureTopic(sl *figureSlot) string {
	name, from := slotName(sl)
	if q, about := question(sl); q != "" {
		if from.guessed || namesOnly(name, about) {
			return q // the words around a guess do not name it; "(injured)" adds nothing
		}
		if first, rest, ok := strings.Cut(name, " of "); ok && namesOnly(first, about) {
			name = rest // "How many storeys? (tower block)", not "(storey of tower block)"
		}
		return withDetail(q, name)
	}
	return kindTopic(sl, name, from)
}

// kindTopic asks the question of a slot's kind of amount about name, what the figure
// from measures as written.
func kindTopic(sl *figureSlot, name string, from figure) string {
	a := from.amount
	ask := kindQuestions[a.kind]
	switch {
	case name == "":
		return ask
	case from.guessed:
		return withDetail(ask, name) // words near the amount, not what it measures
	case countsNoun(sl, name):
		return "How many " + name + "?"
	case from.link != "" && (a.kind != mention.Duration || durationLinks[strings.Fields(from.link)[0]]):
		return strings.TrimSuffix(ask, "?") + " " + from.link + " " + name + "?" // "How much to rehouse?"
	case a.kind == mention.Money && isRate(name):
		return "How much " + name + "?"
	case a.kind == mention.Measure:
		if u := countedNoun(a.text, a.unit); u != "" && isPlural(u) {
			return withDetail("How many "+u+"?", name) // "How many litres? (fuel onboard)"
		}
	}
	return withDetail(ask, name)
}

// durationLinks are the links a question of how long can take: "How long in
// prison?", "How long after the crash?"; "two hours of talks" asks no "How long of".
var durationLinks = map[string]bool{"in": true, "after": true, "before": true}

// withDetail adds what a question is about, when known: "How many died? (doctors)".
func withDetail(q, detail string) string {
	if detail == "" {
		return q
	}
	return q + " (" + detail + ")"
}

// namesOnly reports whether every word of name says what the concept about says:
// "injured" for injuries, "residents" for the population.
func namesOnly(name, about string) bool {
	ws := words(name)
	return len(ws) > 0 && !slices.ContainsFunc(ws, func(w string) bool {
		return concept(stem(w)) != about && concept(w) != about && stateWords[w] != about
	})
}

// isRate reports whether a name only gives the period of a rate: "per year", "year".
func isRate(name string) bool {
	name = strings.TrimPrefix(name, "per ")
	kind, _ := mention.UnitOf(name)
	return kind == mention.Duration
}

// countsNoun reports whether a slot's figures count what its name says, a plural
// noun as written ("British nationals", "DNA tests"), so that the topic can ask
// "How many …?".
func countsNoun(sl *figureSlot, name string) bool {
	f := sl.members[0]
	if f.amount.kind != mention.Count || f.guessed {
		return false
	}
	ws := strings.Fields(name)
	last := ws[len(ws)-1]
	if strings.ToLower(last) != last || !isPlural(last) {
		return false
	}
	return !strings.ContainsFunc(name, func(r rune) bool { return r == '-' || r >= '0' && r <= '9' })
}

// isPlural reports whether a noun as written is plural: "nationals", "children".
func isPlural(noun string) bool {
	_, one := mention.UnitOf(noun)
	return one != "" && one != strings.ToLower(noun)
}

// slotName names what a slot's figures measure, as written, and the figure whose
// words it takes: the first measure a stage stated, with the counted noun as written
// when the measure does not name it ("storey of tower block"), else the words around
// the first figure.
func slotName(sl *figureSlot) (string, figure) {
	for _, f := range sl.members {
		measure := writtenName(f.measure)
		if f.guessed || measure == "" {
			continue
		}
		if f.amount.kind != mention.Count || f.amount.unit == "" || peopleNouns[strings.ToLower(f.amount.unit)] || namesUnit(measure, f.amount.unit) {
			return measure, f
		}
		if noun := countedNoun(f.amount.text, f.amount.unit); noun != "" {
			return noun + " of " + measure, f
		}
		return measure, f
	}
	f := sl.members[0]
	ws := strings.Fields(writtenName(f.measure))
	return strings.Join(ws[:min(3, len(ws))], " "), f
}

// namesUnit reports whether a measure names the unit a count counts: "children" the
// unit "child".
func namesUnit(measure, unit string) bool {
	return slices.ContainsFunc(strings.Fields(measure), func(w string) bool {
		_, u := mention.UnitOf(w)
		return strings.EqualFold(u, unit) || stem(strings.ToLower(w)) == stem(strings.ToLower(unit))
	})
}

// countedNoun returns the word of an amount as written that names its unit
// ("storey" in "22-storey", "litres" in "125,000 litres"), or "".
func countedNoun(text, unit string) string {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if _, u := mention.UnitOf(w); strings.EqualFold(u, unit) {
			return w
		}
	}
	return ""
}

// writtenName returns the words of a measure a reader can take as a name: without
// the vague words at its ends, nor amounts and unit codes run into a word
// ("m-per-year" gives "per year", "five-year" nothing).
func writtenName(measure string) string {
	var out []string
	for _, w := range strings.Fields(measure) {
		if strings.ContainsFunc(w, unicode.IsDigit) || len(w) == 1 {
			continue
		}
		parts := strings.Split(w, "-")
		if len(parts) > 1 && slices.ContainsFunc(parts, isUnitWord) {
			if i := slices.Index(parts, "per"); i >= 0 && i+1 < len(parts) {
				out = append(out, parts[i:]...)
			}
			continue
		}
		out = append(out, w)
	}
	return trimVague(strings.Join(out, " "))
}

// isUnitWord reports whether a part of a hyphenated word stands for a unit of money,
// time or measure ("euros", "year", "m" for million) rather than a thing.
func isUnitWord(w string) bool {
	if len(w) == 1 {
		return true
	}
	kind, _ := mention.UnitOf(w)
	return kind != mention.Count
}
