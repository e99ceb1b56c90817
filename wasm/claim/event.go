package claim

import (
	"sort"
	"strings"

	"parallax/wasm/document"
	"parallax/wasm/lexicon"

	"parallax/wasm/mention"
)

// eventWords map the words that report a meeting to the kind of event.
var eventWords = lexicon.Pairs("eventwords")

var eventStarts = firstBytes(eventWords)

// incidentWords map the words that report a sudden happening to its kind. An
// incident has no participants: it is told by what it was, where and when. Plurals
// ("strikes") are left out: they tell of many happenings, whose days may all differ.
var incidentWords = lexicon.Pairs("incidentwords")

// incidentVerbs are the incident words that are verbs.
var incidentVerbs = lexicon.SetOfLists("incidentverbs")

var incidentStarts = firstBytes(incidentWords)

// openingWords report that something opened to the public: a bridge, a line, a
// plant. Like an incident it has no participants that matter and is told by what
// it was, where and on what day; the noun "opening" is left out ("an opening for
// talks", "the opening minutes").
var openingWords = lexicon.Pairs("openingwords")

// openingVerbs open only when used without an object ("opened to traffic", "opened
// on Tuesday"): "opened fire", "opened an inquiry", "opens the door" tell of no
// opening. openingFollowers are the words that may follow them then.
var (
	openingVerbs     = lexicon.SetOfLists("openingverbs")
	openingFollowers = lexicon.SetOfLists("openingfollowers")
)

// modifiedNouns follow an incident word used as a modifier ("fire officials", "flood
// defences"), which tells of no happening.
var modifiedNouns = lexicon.SetOfLists("incidentmodified")

// openedFire are the words before "fire" that make it gunfire.
var openedFire = lexicon.SetOfLists("gunfireverbs")

// beforeVerb are words after which an incident word is a verb ("to strike", "could
// attack"), which tells of no happening yet.
var beforeVerb = lexicon.SetOfLists("beforeverb")

// verbTriggers take the event's first participant as their subject.
var verbTriggers = lexicon.SetOfLists("meetingverbs")

// otherPredicate are the auxiliaries and copulas that start a predicate of their
// own after an incident word: the day after them is the day of something else.
var otherPredicate = lexicon.SetOfLists("predicatestarts")

// auxiliaries stand between a subject and its verb ("will then be presented").
var auxiliaries = lexicon.SetOfLists("auxiliaries")

// incidentReach is how many words (not counting numbers or marks) after an incident word its place or day may
// come: further on they are more often those of something else.
const incidentReach = 12

// clauseBreaks end the clause that tells of an incident.
var clauseBreaks = lexicon.SetOfLists("clausebreaks")

// incidentPrepositions join an incident to a word for something done about it.
var incidentPrepositions = lexicon.SetOfLists("incidentprepositions")

// doneAbout are the words for what is done about an incident after it happened:
// trials, inquiries, protests. An incident named as their object is not what its
// sentence tells of.
var doneAbout = lexicon.SetOfLists("doneabout")

// durationUnits are the units a meeting's length is given in.
var durationUnits = lexicon.SetOfLists("meetingdurations")

// numberWords spell the small numbers a duration is often given in.
var numberWords = lexicon.SetOfLists("durationcounts")

// eventIn returns the event sentence si reports, if any: the first word that reports
// a meeting, with who took part, where, on what day and for how long.
func (a *analysis) eventIn(si int) (Event, bool) {
	s := a.d.Sentences[si]
	r := a.r
	for t := s.First; t < s.Last; t++ {
		if r.inQuote[t] || !r.isWord(t) {
			continue
		}
		w := r.word(t)
		if incidentStarts[w[0]] {
			if kind, ok := incidentWords[w]; ok && a.isIncident(t, s.First, s.Last) {
				return a.incidentAt(si, t, kind)
			}
		}
		if kind, ok := openingWords[w]; ok && a.isOpening(t, s.First, s.Last) {
			return a.incidentAt(si, t, kind)
		}
		if !eventStarts[w[0]] {
			continue
		}
		kind, ok := eventWords[w]
		if !ok || kind == "call" && !a.isPhoneCall(t, s.First, s.Last) {
			continue
		}
		ev := newEvent(s.Span, kind)
		a.addParticipants(&ev, si, t)
		a.placeAfter(&ev, t, s.Last)
		a.dayIn(&ev, s.Span, s.First, s.Last)
		a.durationIn(&ev, s.Span, s.First, s.Last)
		if len(ev.Participants) > 0 || ev.Place != "" && ev.Day != "" {
			if ev.Participants == nil {
				ev.Participants = []string{}
			}
			return ev, true
		}
		return Event{}, false
	}
	return Event{}, false
}

// isIncident reports whether the incident word at token t tells of a happening: not
// a modifier ("fire officials"), not a verb ("could strike", "attack the city").
func (a *analysis) isIncident(t, first, last int) bool {
	r := a.r
	if t > first && beforeVerb.Has(r.word(t-1)) {
		return false
	}
	if t > first && r.word(t) == "fire" && openedFire.Has(r.word(t-1)) {
		return false // "police opened fire": shots, not a blaze
	}
	if t+1 < last && r.isWord(t+1) {
		next := r.word(t + 1)
		return !modifiedNouns.Has(next) && next != "a" && next != "an" && next != "the"
	}
	return true
}

// isOpening reports whether the opening word at token t tells that something
// opened: not "will be inaugurated" nor a verb with an object ("opened fire").
func (a *analysis) isOpening(t, first, last int) bool {
	r := a.r
	k := t - 1
	for k > first && r.word(k) == "be" { // "will be inaugurated": not yet
		k--
	}
	if k >= first && beforeVerb.Has(r.word(k)) {
		return false
	}
	if !openingVerbs.Has(r.word(t)) {
		return true
	}
	if t+1 >= last {
		return true // "the bridge opened."
	}
	next := r.word(t + 1)
	return next == "," || openingFollowers.Has(next) || lexicon.IsCalendarName(next)
}

// incidentAt returns the incident told at token t of sentence si, when the sentence
// says where, when or for how long it happened.
func (a *analysis) incidentAt(si, t int, kind string) (Event, bool) {
	s := a.d.Sentences[si]
	ev := newEvent(s.Span, kind)
	// The place and day come after the incident word and before any speech verb: a day
	// around those is more often the day someone spoke of it ("leaders said on
	// Friday, citing continued strikes"; "…, officials said on Thursday").
	last := s.Last
	for k := len(a.attrs) - 1; k >= 0 && a.attrs[k].sentence == si; k-- {
		if c := a.attrs[k].cue; c > t && c < last {
			last = c
		}
	}
	// Nor past the clause that tells of it: a verb of another predicate ("a man
	// charged over the shooting was in court Monday"), a comma or "but" ("…at the
	// time of the fire, stopped by Saturday"), or more words than a clause takes
	// ("protesters enraged over the shooting of a teenager poured into the streets
	// for a third night Wednesday").
	words := 0
	for k := t + 1; k < last; k++ {
		if a.r.isWord(k) {
			words++
		}
		if w := a.r.word(k); otherPredicate.Has(w) || clauseBreaks.Has(w) || words > incidentReach {
			last = k
			break
		}
	}
	if a.toldAbout(t, s.First) {
		last = t + 1 // the day and place are those of the trial or the protest
	}
	a.placeAfter(&ev, t, last)
	after := Span{Start: a.d.Tokens[t].Start, End: s.End}
	if last < s.Last {
		after.End = a.d.Tokens[last].Start
	}
	a.dayIn(&ev, after, t, last)
	if w := a.r.word(t); ev.Day == "" && incidentVerbs.Has(w) && t-2 >= s.First {
		// A verb may follow its day: "the plane heading to London on Thursday crashed".
		a.dayIn(&ev, Span{Start: a.d.Tokens[t-2].Start, End: a.d.Tokens[t].Start}, t-2, t)
	}
	ev.OneOfSeveral = a.oneOfSeveral(si, t, kind)
	if kind != "opening" { // "opened after six years" is how long it was built
		a.durationIn(&ev, s.Span, s.First, s.Last)
	}
	return ev, ev.Place != "" || ev.Day != "" || ev.Duration != ""
}

// seriesWords before an incident word say it is one of several: "the latest
// tremor", "another blast".
var seriesWords = lexicon.SetOfLists("serieswords")

// oneOfSeveral reports whether sentence si tells of another incident of the kind
// of the one at token t, or calls that one of a series.
func (a *analysis) oneOfSeveral(si, t int, kind string) bool {
	s := a.d.Sentences[si]
	for k := max(s.First, t-3); k < t; k++ {
		if seriesWords.Has(a.r.word(k)) {
			return true
		}
	}
	for k := s.First; k < s.Last; k++ {
		if k != t && !a.r.inQuote[k] && incidentWords[a.r.word(k)] == kind && a.isIncident(k, s.First, s.Last) {
			return true
		}
	}
	return false
}

// toldAbout reports whether the incident word at token t is the object of a word
// for something done about the incident ("a suspect in the shooting", "testify in
// the shooting", "protests over the fire"): the sentence then tells of that.
func (a *analysis) toldAbout(t, first int) bool {
	k := t - 1
	for k > first && k > t-4 && !incidentPrepositions.Has(a.r.word(k)) {
		k-- // "in the fatal workplace shooting"
	}
	return k > first && incidentPrepositions.Has(a.r.word(k)) && doneAbout.Has(strings.ToLower(a.r.word(k-1)))
}

// isPhoneCall reports whether "call" or "spoke" at token t is a conversation ("a
// phone call with", "spoke by phone with") rather than "called on" or "spoke at".
func (a *analysis) isPhoneCall(t, first, last int) bool {
	if t > first && (a.r.word(t-1) == "phone" || a.r.word(t-1) == "telephone") {
		return true
	}
	return t+1 < last && a.r.word(t+1) == "with"
}

// addParticipants adds the subject of a verb trigger (or of the sentence), its
// direct object, and the people after "with" or "between".
func (a *analysis) addParticipants(ev *Event, si, t int) {
	r := a.r
	s := a.d.Sentences[si]
	var subject *Speaker
	if verbTriggers.Has(r.word(t)) {
		v := t // "Neymar will then be presented": the subject is before the auxiliaries
		for v > s.First && auxiliaries.Has(r.word(v-1)) {
			v--
		}
		subject = r.subjectOf(s.First, v, v, cue{})
	} else if !a.reportedAt(si, t) {
		subject = a.subject(si, t)
	}
	a.addParticipant(ev, subject)
	k := t + 1
	for k < s.Last && (lexicon.IsCalendarName(r.word(k)) || skippable.Has(r.word(k))) {
		k++
	}
	if verbTriggers.Has(r.word(t)) && r.word(t) != "spoke" {
		if lo, hi := r.phraseAfter(k, s.Last); hi > lo {
			a.addParticipant(ev, r.speakerFor(lo, hi))
		}
	}
	for ; k < s.Last && k < t+8 && !r.inQuote[k]; k++ {
		switch r.word(k) {
		case "with":
			if lo, hi := r.phraseAfter(k+1, s.Last); hi > lo {
				a.addParticipant(ev, r.speakerFor(lo, hi))
			}
			return
		case "between":
			lo, hi := r.phraseAfter(k+1, s.Last)
			if hi > lo {
				a.addParticipant(ev, r.speakerFor(lo, hi))
				if hi < s.Last && r.word(hi) == "and" {
					if lo, hi := r.phraseAfter(hi+1, s.Last); hi > lo {
						a.addParticipant(ev, r.speakerFor(lo, hi))
					}
				}
			}
			return
		}
	}
}

// reportedAt reports whether a speech verb of sentence si comes before token t, so
// that the sentence's subject is the one who speaks of the event, not one who took
// part in it.
func (a *analysis) reportedAt(si, t int) bool {
	for k := len(a.attrs) - 1; k >= 0 && a.attrs[k].sentence == si; k-- {
		if a.attrs[k].cue < t {
			return true
		}
	}
	return false
}

// addParticipant adds sp to the event's participants unless one of that name is
// there already.
func (a *analysis) addParticipant(ev *Event, sp *Speaker) {
	if sp == nil {
		return
	}
	for _, p := range ev.Participants {
		if p == sp.Name {
			return
		}
	}
	ev.Participants = append(ev.Participants, sp.Name)
	ev.Parties = append(ev.Parties, *sp)
}

// newEvent starts the event of kind told in the sentence at span s.
func newEvent(s Span, kind string) Event {
	return Event{Span: s, Kind: kind, Participants: []string{}, PlaceEntity: -1} // [] in JSON, as the contract has it
}

// placeAfter sets the event's place to the one named by "in" after token t: "in
// St. Petersburg".
func (a *analysis) placeAfter(ev *Event, t, last int) {
	r := a.r
	for k := t + 1; k+1 < last && !r.inQuote[k]; k++ {
		if w := r.word(k); w != "in" && w != "at" {
			continue
		}
		start, end := k+1, k+1
		for end < last && (r.capitalised(end) && !lexicon.IsCalendarName(r.word(end)) ||
			end > start && r.word(end) == "." && a.d.Tokens[end].Start == a.d.Tokens[end-1].End &&
				end+1 < last && r.capitalised(end+1)) { // "St. Petersburg", not the full stop
			end++
		}
		if end > start && r.capitalised(end-1) {
			ev.PlaceSpan = Span{Start: a.d.Tokens[start].Start, End: a.d.Tokens[end-1].End}
			ev.Place = a.d.Slice(ev.PlaceSpan)
			ev.PlaceEntity, _, _ = r.entityIn(ev.PlaceSpan)
			return
		}
	}
}

// dayIn sets the event's day to the one span s (tokens first to last) gives, if
// any: the mention stage's normalised time, else a weekday as written.
func (a *analysis) dayIn(ev *Event, s Span, first, last int) {
	times := a.r.m.Times
	for _, tm := range times[sort.Search(len(times), func(i int) bool { return times[i].Start >= s.Start }):] {
		if tm.Start >= s.End {
			break
		}
		if s.Contains(tm.Span) && (tm.Kind == mention.Weekday || tm.Kind == mention.Date || tm.Kind == mention.Relative) {
			ev.Day, ev.DaySpan = tm.Value, tm.Span
			return
		}
	}
	if len(a.r.m.Times) > 0 {
		return
	}
	for t := first; t < last; t++ {
		if w := a.r.word(t); lexicon.IsCalendarName(w) && strings.HasSuffix(w, "day") {
			ev.Day, ev.DaySpan = w, a.d.Tokens[t].Span
			return
		}
	}
}

// durationIn sets how long the event lasted, as written in span s (tokens first to
// last): the mention stage's duration, else "two hours", "3 hours" or "a
// three-hour meeting".
func (a *analysis) durationIn(ev *Event, s Span, first, last int) {
	qs := a.r.m.Quantities
	for _, q := range qs[sort.Search(len(qs), func(i int) bool { return qs[i].Start >= s.Start }):] {
		if q.Start >= s.End {
			break
		}
		if q.Kind == mention.Duration && s.Contains(q.Span) {
			ev.DurationSpan = q.Span
			ev.Duration = a.d.Slice(q.Span)
			return
		}
	}
	toks := a.d.Tokens
	for t := first; t < last; t++ {
		w := a.r.word(t)
		count := numberWords.Has(w) && w != "a" && w != "an" || toks[t].Kind == document.Number
		end := t // past the last token of a duration that starts at t, if one does
		if num, unit, ok := strings.Cut(w, "-"); ok && numberWords.Has(num) && durationUnits.Has(unit) {
			end = t + 1 // "three-hour"
		}
		switch {
		case end > t:
		case !count:
		case t+1 < last && durationUnits.Has(a.r.word(t+1)):
			end = t + 2
		case t+2 < last && a.r.word(t+1) == "-" && durationUnits.Has(a.r.word(t+2)):
			end = t + 3
		}
		if end > t {
			ev.DurationSpan = Span{Start: toks[t].Start, End: toks[end-1].End}
			ev.Duration = a.d.Slice(ev.DurationSpan)
			return
		}
	}
}

// IsIncident reports whether an event kind is an incident's ("fire", "attack"), told
// without participants, rather than a meeting's.
func IsIncident(kind string) bool {
	if kind == "opening" {
		return true // told like one: by what, where and when
	}
	for _, k := range incidentWords {
		if k == kind {
			return true
		}
	}
	return false
}
