package compare

import (
	"slices"
	"strings"

	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// states are the concepts that say what happened to what a figure counts: the
// same count of people can be those on board, those who died or those injured,
// and figures of different states never answer one question.
var states = map[string]bool{
	"deaths": true, "injuries": true, "missing": true, "aboard": true, "displaced": true,
	"evacuated": true, "arrests": true, "survivors": true, "ground": true,
}

// stateWords are words that give a figure's state without saying what it counts
// ("carrying 242", "242 on board"); the concepts map owns the rest.
var stateWords = lexicon.Pairs("statewords")

// questions say in plain English what a slot's figures answer, by concept.
var questions = map[string]string{
	"deaths": "How many died?", "injuries": "How many were injured?",
	"missing": "How many are missing?", "aboard": "How many were on board?",
	"survivors": "How many survived?", "displaced": "How many were displaced?",
	"evacuated": "How many were evacuated?", "arrests": "How many were arrested?",
	"storeys": "How many storeys?", "aid": "How much aid?", "pay": "How much is the pay?",
	"cost": "What does it cost?", "votes": "What share of the vote?",
	"turnout": "What was the turnout?", "population": "How many live there?",
	"duration": "How long did it last?", "troops": "How many troops?",
	"hostages": "How many hostages?", "prisoners": "How many prisoners?",
	"crowd": "How big was the crowd?",
}

// moneyQuestions are the questions an amount of money can answer; the others are
// asked of counts.
var moneyQuestions = map[string]bool{"aid": true, "pay": true, "cost": true}

// stateOf returns the state the words of a count give, or "" for other figures
// and for counts whose words already say what they measure ("storeys"): from its
// stated measure, else the nearest of the words after it, else of those before it. It
// reports too whether the words before and after give different states ("279 lives
// — 241 passengers and crew on board"), when the state is unsure.
func stateOf(f figure, measure string, after, before []string) (state string, mixed bool) {
	if f.amount.kind != mention.Count || slices.ContainsFunc(f.concepts, func(x string) bool { return questions[x] != "" && !states[x] && !groupsOfPeople[x] }) {
		return "", false
	}
	if st := firstState(words(measure)); st != "" && !f.guessed {
		return st, false
	}
	ws := words(strings.Join(before, " "))
	slices.Reverse(ws)
	stBefore := firstState(ws)
	if st := firstState(words(strings.Join(after[:min(2, len(after))], " "))); st != "" {
		return st, false // "241 people on board": its own words, whatever the verb before
	}
	if st := firstState(words(strings.Join(after, " "))); st != "" {
		return st, stBefore != "" && stBefore != st
	}
	return stBefore, false
}

// groupsOfPeople are measures that count people, who can be in any state: soldiers
// killed, wounded or deployed.
var groupsOfPeople = map[string]bool{"troops": true, "hostages": true, "prisoners": true}

// peopleNouns count people without saying which; with a state ("on board",
// "died") they are one count of people.
var peopleNouns = lexicon.Phrases("peoplenouns")

// crewAndPassengers together are everyone on board.
var crewAndPassengers = []string{"crew", "passenger"}

// countPeople makes a count of people in a state one measure, whatever noun counts
// them: "241 people on board", "242 passengers and crew members" carried, "about
// 100 injured". Other counted nouns ("medical students") keep their own.
func (f *figure) countPeople(unit string, after []string) {
	rest := slices.DeleteFunc(slices.Clone(f.concepts), func(x string) bool { return x == f.state || peopleNouns[x] })
	if slices.Equal(rest, []string{"passenger"}) && len(after) > 0 && stem(strings.ToLower(after[0])) == "crew" {
		rest = nil // "passengers and crew"
	}
	if slices.Equal(rest, crewAndPassengers) {
		rest = nil
	}
	switch {
	case f.guessed && peopleNouns[strings.ToLower(unit)]:
		f.concepts, f.guessed, f.measure = []string{f.state}, false, unit
	case !f.guessed && len(rest) == 0:
		f.concepts = []string{f.state}
	}
}

// firstState returns the state the first of ws that gives one gives, or "".
func firstState(ws []string) string {
	for _, w := range ws {
		if st, ok := stateWords[w]; ok {
			return st
		}
		if x := concept(stem(w)); states[x] {
			return x
		}
		if x := concept(w); states[x] {
			return x
		}
	}
	return ""
}

// question returns the plain-English question a slot's figures answer and the
// concept it asks about, or "" when the engine does not know one.
func question(sl *figureSlot) (q, about string) {
	for _, f := range sl.members {
		if q := questions[f.state]; q != "" {
			return q, f.state
		}
	}
	money := sl.members[0].amount.kind == mention.Money
	for _, x := range sl.concepts {
		if q := questions[x]; q != "" && moneyQuestions[x] == money {
			return q, x
		}
	}
	return "", ""
}

// sharesDetail reports whether two figures' concepts, besides the one the question
// asks about, have one in common, or one of them has none: "residential tower" and
// "tower block" share one, "passengers" and "students" none.
func sharesDetail(a, b []string, about string) bool {
	rest := func(x []string) []string {
		return slices.DeleteFunc(slices.Clone(x), func(y string) bool { return y == about })
	}
	ra, rb := rest(a), rest(b)
	return len(ra) == 0 || len(rb) == 0 || slices.ContainsFunc(ra, func(x string) bool { return slices.Contains(rb, x) })
}

// estimates are the measures sources estimate rather than count.
var estimates = map[string]bool{"crowd": true}

// figureConfidence weighs a conflict between the figures of one slot and says why:
// sure only when every source says what it counts in the same words, in the same
// state, and the count is not one that moves as news comes in.
func (c *comparer) figureConfidence(sl *figureSlot) (float64, string) {
	first := sl.members[0]
	q, about := question(sl)
	for _, f := range sl.members {
		switch {
		case f.guessed:
			return 0.4, "what a figure counts is guessed from the words around it"
		case q != "" && f.state != about && !slices.Contains(f.concepts, about) || !sharesDetail(f.concepts, first.concepts, about):
			return 0.5, "the sources may count different things (" + strings.Join(first.concepts, ", ") + " against " + strings.Join(f.concepts, ", ") + ")"
		case f.state != first.state:
			return 0.5, "not every source says whether these are deaths, injuries or people on board"
		case f.mixed:
			return 0.5, "the words around a figure tell of two counts (the dead, those on board)"
		case c.ambiguous[measureKey(f)]:
			return 0.5, "a source gives several amounts for this measure, of different things"
		}
	}
	if q == "" {
		return 0.5, "the engine does not know this measure well enough to be sure both answer one question"
	}
	if groupsOfPeople[about] && first.state == "" {
		return 0.5, "the sources do not say whether these people were killed, wounded or only there"
	}
	if estimates[about] {
		return 0.5, "sources often estimate a crowd differently"
	}
	if slices.ContainsFunc(first.concepts, func(x string) bool { return growing[x] }) || growing[first.state] {
		return 0.5, "counts like this change as news comes in, and the sources do not all say when they were written"
	}
	return 0.8, "every source counts the same thing in the same words"
}
