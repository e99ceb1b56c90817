package compare

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"parallax/wasm/claim"
	"parallax/wasm/document"
	"parallax/wasm/lexicon"
	"parallax/wasm/mention"
)

// families group the kinds of event that sources use for one happening: a "meeting"
// in one article is "talks" or a "visit" in another. A summit of many is not a
// meeting of a few.
var families = lexicon.Pairs("eventfamilies")

// family returns the family of an event kind; a kind not listed is its own family.
// soloKinds are the events one person makes alone (a presentation of a signing),
// which one participant names; the others need two.
var soloKinds = map[string]bool{"presentation": true}

func family(kind string) string {
	k := strings.ToLower(strings.TrimSpace(kind))
	if f, ok := families[k]; ok {
		return f
	}
	return k
}

// A slotValue is one source's value for one slot of an event, where it says so.
type slotValue struct {
	text string // normalised: a place key, a day, a duration as written
	show string // as the reader should see it
	span document.Span
	// own marks a value found in the sentence that tells of the event, not in
	// another sentence that may tell of another happening.
	own bool
	// several marks a value of an incident whose sentence tells of others of its
	// kind: sources may tell of different ones.
	several bool
}

// An occasion is one happening as one source tells it, gathered from all its events
// with the same participants.
type occasion struct {
	src       int
	family    string
	who       []int // merged people taking part, sorted
	span      document.Span
	places    []slotValue
	days      []slotValue
	durations []slotValue
}

// sameParticipants reports whether two participant sets can name the same happening:
// they share someone, and one includes the other or they share at least half.
func sameParticipants(a, b []int) bool {
	shared := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			shared++
		}
	}
	if shared == 0 {
		return false
	}
	return shared == len(a) || shared == len(b) || 2*shared >= len(a)+len(b)-shared
}

// anaphoric words open a reference back to a happening already told: "The
// discussions, held on Thursday in Moscow, …".
var anaphoric = map[string]bool{"the": true, "these": true, "this": true, "that": true, "those": true}

// occasions gathers the events of source s, merging those about one happening: the
// same participants, or an event without participants that refers back to the one
// before it ("the talks") or follows it within two sentences.
func (c *comparer) occasions(s int) []*occasion {
	var out []*occasion
	var last *occasion
	lastSentence := -10
	d := c.sources[s].Doc
	for _, ev := range c.sources[s].Claims.Events {
		if claim.IsIncident(ev.Kind) {
			continue // see compareIncidents
		}
		o := c.occasion(s, ev)
		sentence := d.SentenceAt(ev.Start)
		if len(o.who) == 0 {
			// Told without the people: where and when the meeting just told took
			// place, if it refers back to it or follows it closely.
			reach := 2
			if c.refersBack(s, ev) {
				reach = 3
			}
			if last != nil && last.family == o.family && sentence-lastSentence <= reach {
				last.add(o)
			}
			continue
		}
		last, lastSentence = o, sentence
		recent := out[max(0, len(out)-maxCandidates):]
		i := slices.IndexFunc(recent, func(p *occasion) bool {
			return p.family == o.family && sameParticipants(p.who, o.who) && (len(p.who) > 1) == (len(o.who) > 1)
		})
		if i >= 0 {
			i += len(out) - len(recent)
		}
		if i < 0 {
			out = append(out, o)
			continue
		}
		out[i].add(o)
		last = out[i]
	}
	return out
}

// refersBack reports whether an event's text names its kind with a word pointing
// back: "the talks", "these discussions".
func (c *comparer) refersBack(s int, ev claim.Event) bool {
	ws := words(c.slice(s, ev.Span))
	for i := 1; i < len(ws); i++ {
		if anaphoric[ws[i-1]] && family(ws[i]) == family(ev.Kind) {
			return true
		}
	}
	return false
}

// add pools the participants and values of o into p.
func (p *occasion) add(o *occasion) {
	p.who = union(p.who, o.who)
	p.places = append(p.places, o.places...)
	p.days = append(p.days, o.days...)
	p.durations = append(p.durations, o.durations...)
}

func union(a, b []int) []int {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// occasion reads one event of source s.
func (c *comparer) occasion(s int, ev claim.Event) *occasion {
	o := &occasion{src: s, family: family(ev.Kind), span: ev.Span}
	for _, p := range ev.Parties {
		// People meet; a country or body named as a party ("the US") is a stand-in
		// for someone the article does not name, and says nothing to align by.
		if e := c.merged(s, p.Entity); e >= 0 && c.entities[e].Type == mention.Person {
			o.who = append(o.who, e)
		}
	}
	slices.Sort(o.who)
	o.who = slices.Compact(o.who)
	if ev.Place != "" {
		key := nameKey(ev.Place)
		if e := c.merged(s, ev.PlaceEntity); e >= 0 {
			key = nameKey(c.entities[e].Name)
		}
		sp := ev.PlaceSpan
		o.places = append(o.places, slotValue{text: key, show: c.slice(s, sp), span: sp, own: c.sameSentence(s, ev.Span, sp)})
	}
	if ev.Day != "" {
		sp := ev.DaySpan
		o.days = append(o.days, slotValue{text: strings.ToLower(ev.Day), show: c.slice(s, sp), span: sp,
			own: c.sameSentence(s, ev.Span, sp), several: ev.OneOfSeveral})
	}
	if ev.Duration != "" {
		sp := ev.DurationSpan
		o.durations = append(o.durations, slotValue{text: ev.Duration, show: c.slice(s, sp), span: sp})
	}
	return o
}

// sameSentence reports whether span b starts in the sentence where span a starts.
func (c *comparer) sameSentence(s int, a, b document.Span) bool {
	d := c.sources[s].Doc
	return d.SentenceAt(a.Start) == d.SentenceAt(b.Start)
}

// eventConfidence weighs a conflict between the values of an event: sure when every
// source gives its value in the sentence that tells of the event.
func eventConfidence(vs []slotValue) (float64, string) {
	for _, v := range vs {
		switch {
		case !v.own:
			return 0.5, "a value comes from another sentence, which may tell of another happening"
		case v.several:
			return 0.5, "a source tells of several happenings of this kind, and the values may be of different ones"
		}
	}
	return 0.8, "each source gives its value in the sentence that tells of the event"
}

// An eventSlot gathers the occasions of several sources that tell one happening.
type eventSlot struct {
	family  string
	who     []int
	members []*occasion // in source order, one per source
}

func (sl *eventSlot) has(s int) bool {
	return slices.ContainsFunc(sl.members, func(o *occasion) bool { return o.src == s })
}

// join adds o to the slot, pooling it with the occasion of its source already there.
func (sl *eventSlot) join(o *occasion) {
	sl.who = union(sl.who, o.who)
	for _, m := range sl.members {
		if m.src == o.src {
			m.add(o)
			return
		}
	}
	cp := *o
	sl.members = append(sl.members, &cp)
	slices.SortStableFunc(sl.members, func(a, b *occasion) int { return a.src - b.src })
}

// compareEvents lines up the happenings the sources tell and compares where, when
// and for how long each took place. Occasions with two or more named participants
// make the slots; an occasion one source alone tells, sharing someone with a slot
// that source is absent from, is taken for that slot's happening told with other
// names (one story, one meeting); occasions naming one participant, and saying where
// or when, join the slot most sources tell that includes him.
func (c *comparer) compareEvents() {
	var slots []*eventSlot
	var partial []*occasion
	for s := range c.sources {
		for _, o := range c.occasions(s) {
			if len(o.who) < 2 && !(len(o.who) == 1 && soloKinds[o.family]) {
				if len(o.places)+len(o.days)+len(o.durations) > 0 {
					partial = append(partial, o)
				}
				continue
			}
			recent := slots[max(0, len(slots)-maxCandidates):]
			i := slices.IndexFunc(recent, func(sl *eventSlot) bool {
				return sl.family == o.family && sameParticipants(sl.who, o.who)
			})
			if i >= 0 {
				i += len(slots) - len(recent)
			}
			if i < 0 {
				slots = append(slots, &eventSlot{family: o.family})
				i = len(slots) - 1
			}
			slots[i].join(o)
		}
	}
	slots = mergeLoneSlots(slots)
	for _, o := range partial {
		var best *eventSlot
		for _, sl := range slots[max(0, len(slots)-maxCandidates):] {
			if sl.family == o.family && sameParticipants(sl.who, o.who) && (best == nil || len(sl.members) > len(best.members)) {
				best = sl
			}
		}
		if best != nil {
			best.join(o)
		}
	}
	for _, sl := range slots {
		title := c.eventTitle(sl)
		if len(sl.members) == 1 {
			c.loneEvent(sl.members[0], title)
			continue
		}
		c.noteWeekdays(sl)
		c.comparePlaces(sl, title)
		c.compareDays(sl, title)
		c.compareDurations(sl, title)
	}
}

// mergeLoneSlots folds each slot that one source alone tells into the slot with most
// sources that shares a participant with it and lacks that source.
func mergeLoneSlots(slots []*eventSlot) []*eventSlot {
	var out []*eventSlot
	var lone []*eventSlot
	for _, sl := range slots {
		if len(sl.members) == 1 {
			lone = append(lone, sl)
		} else {
			out = append(out, sl)
		}
	}
	for _, l := range lone {
		o := l.members[0]
		var best *eventSlot
		for _, sl := range out[max(0, len(out)-maxCandidates):] {
			if sl.family == l.family && !sl.has(o.src) && shareAny(sl.who, l.who) && (best == nil || len(sl.members) > len(best.members)) {
				best = sl
			}
		}
		if best == nil {
			out = append(out, l)
			continue
		}
		best.join(o)
	}
	return out
}

func shareAny(a, b []int) bool {
	return slices.ContainsFunc(a, func(x int) bool { return slices.Contains(b, x) })
}

// loneEvent reports a happening one source alone tells, when it says where or when.
func (c *comparer) loneEvent(o *occasion, title string) {
	var details []string
	if v, ok := mostSpecificPlace(o.places); ok {
		details = append(details, "in "+v.show)
	}
	if len(o.days) > 0 {
		details = append(details, o.days[0].show)
	}
	if len(details) == 0 {
		return
	}
	c.onlyIn = append(c.onlyIn, Finding{Kind: OnlyIn, Topic: title, Values: []Value{c.value(o.src, o.span)},
		Explanation: fmt.Sprintf("Only %s tells of the %s (%s).", c.docName(o.src), title, strings.Join(details, ", "))})
}

// eventTitle names a happening for a topic: "meeting of Steve Witkoff and Vladimir
// Putin", with the participants that more than one of its sources names (all of them
// when one source alone tells it).
func (c *comparer) eventTitle(sl *eventSlot) string {
	var names []string
	for _, e := range sl.who {
		n := 0
		for _, m := range sl.members {
			if slices.Contains(m.who, e) {
				n++
			}
		}
		if n > 1 || len(sl.members) == 1 {
			names = append(names, c.entities[e].Name)
		}
	}
	return sl.family + " of " + listNames(names)
}

// comparePlaces reports where the sources put a happening: a conflict when two name
// distinct places neither of which contains the other.
func (c *comparer) comparePlaces(sl *eventSlot, title string) {
	type said struct {
		src int
		v   slotValue
	}
	var all []said
	for _, o := range sl.members {
		if v, ok := mostSpecificPlace(o.places); ok {
			all = append(all, said{o.src, v})
		}
	}
	if len(all) < 2 {
		return
	}
	values := make([]Value, len(all))
	byPlace := map[string][]int{}
	var order []string
	given := make([]slotValue, len(all))
	for i, a := range all {
		given[i] = a.v
		values[i] = c.value(a.src, a.v.span)
		if _, ok := byPlace[a.v.text]; !ok {
			order = append(order, a.v.text)
		}
		byPlace[a.v.text] = append(byPlace[a.v.text], a.src)
	}
	show := func(key string) string {
		for _, a := range all {
			if a.v.text == key {
				return a.v.show
			}
		}
		return key
	}
	var specific, broad []string
	conflict := false
	for _, k := range order {
		isBroad := slices.ContainsFunc(order, func(o string) bool { return isBroader(k, o) })
		if isBroad {
			broad = append(broad, k)
			continue
		}
		for _, o := range specific {
			if relatePlaces(k, o) == otherPlace {
				conflict = true
			}
		}
		specific = append(specific, k)
	}
	var parts []string
	for _, k := range specific {
		parts = append(parts, fmt.Sprintf("%s %s it in %s", c.sourceList(byPlace[k]), puts(len(byPlace[k])), show(k)))
	}
	text := strings.Join(parts, "; ")
	for _, k := range broad {
		text += fmt.Sprintf("; %s %s only %s, which contains it", c.sourceList(byPlace[k]), says(len(byPlace[k])), show(k))
	}
	topic := "Where was the " + title + "?"
	switch {
	case conflict:
		conf, why := eventConfidence(given)
		c.add(Finding{Kind: Conflict, Topic: topic, Values: values, Explanation: text + ": different places.", Confidence: conf, Reason: why})
	case len(specific) == 1:
		c.add(Finding{Kind: Agreement, Topic: topic, Values: values, Explanation: text + "."})
	}
}

// mostSpecificPlace picks the place a source gives that no other it gives lies in.
func mostSpecificPlace(vs []slotValue) (slotValue, bool) {
	if len(vs) == 0 {
		return slotValue{}, false
	}
	best := vs[0]
	for _, v := range vs[1:] {
		if isBroader(best.text, v.text) {
			best = v
		}
	}
	return best, true
}

func puts(n int) string {
	if n == 1 {
		return "puts"
	}
	return "put"
}

func says(n int) string {
	if n == 1 {
		return "says"
	}
	return "say"
}

// weekdayOf returns the weekday a day value names, from a weekday ("friday") or an
// ISO date ("2025-04-11"); "" for vaguer values ("this week", "recently").
func weekdayOf(day string) string {
	if n, ok := lexicon.Weekday(day); ok {
		return lexicon.WeekdayName(n)
	}
	if t, err := time.Parse("2006-01-02", day); err == nil {
		return t.Weekday().String()
	}
	return ""
}

// isDate reports whether a day value is a full date.
func isDate(day string) bool {
	_, err := time.Parse("2006-01-02", day)
	return err == nil
}

// compareDays reports on which day the sources put a happening: a conflict when two
// name different days; values such as "this week" fit any and are shown as vaguer.
func (c *comparer) compareDays(sl *eventSlot, title string) {
	type said struct {
		src int
		v   slotValue
		day string // weekday, or "" when vague
	}
	var all []said
	for _, o := range sl.members {
		var pick *slotValue
		for i, v := range o.days {
			if weekdayOf(v.text) != "" {
				pick = &o.days[i]
				break
			}
			if pick == nil {
				pick = &o.days[i]
			}
		}
		if pick != nil {
			all = append(all, said{o.src, *pick, weekdayOf(pick.text)})
		}
	}
	if len(all) < 2 {
		return
	}
	values := make([]Value, len(all))
	byDay := map[string][]int{}
	var order, vague []string
	vagueSrcs := map[string][]int{}
	given := make([]slotValue, len(all))
	for i, a := range all {
		given[i] = a.v
		values[i] = c.value(a.src, a.v.span)
		key := a.day
		if isDate(a.v.text) {
			key = a.v.text
		}
		if key == "" {
			if _, ok := vagueSrcs[a.v.show]; !ok {
				vague = append(vague, a.v.show)
			}
			vagueSrcs[a.v.show] = append(vagueSrcs[a.v.show], a.src)
			continue
		}
		if _, ok := byDay[key]; !ok {
			order = append(order, key)
		}
		byDay[key] = append(byDay[key], a.src)
	}
	conflict := false
	for i, a := range order {
		for _, b := range order[:i] {
			if weekdayOf(a) != weekdayOf(b) || isDate(a) && isDate(b) {
				conflict = true
			}
		}
	}
	var parts []string
	for _, k := range order {
		parts = append(parts, fmt.Sprintf("%s %s %s", c.sourceList(byDay[k]), says(len(byDay[k])), k))
	}
	text := strings.Join(parts, "; ")
	if conflict {
		text += ": different days"
	}
	fits := "fits it"
	if conflict {
		fits = "fits either" // the conflict is between the days named, not with "this week"
	}
	var vagueParts []string
	for _, v := range vague {
		vagueParts = append(vagueParts, fmt.Sprintf("%s %s only %s, which %s", c.sourceList(vagueSrcs[v]), says(len(vagueSrcs[v])), quoteText(v), fits))
	}
	if len(vagueParts) > 0 {
		text += ". " + strings.Join(vagueParts, "; ")
	}
	topic := "When was the " + title + "?"
	switch {
	case conflict:
		conf, why := eventConfidence(given)
		c.add(Finding{Kind: Conflict, Topic: topic, Values: values, Explanation: text + ".", Confidence: conf, Reason: why})
	case len(order) == 1:
		c.add(Finding{Kind: Agreement, Topic: topic, Values: values, Explanation: text + "."})
	}
}

// compareDurations reports how long the sources say a happening lasted.
func (c *comparer) compareDurations(sl *eventSlot, title string) {
	var figs []figure
	for _, o := range sl.members {
		if len(o.durations) == 0 {
			continue
		}
		v := o.durations[0]
		a, ok := parseDuration(v.show)
		if !ok {
			a, ok = parseDuration(v.text)
		}
		if ok {
			figs = append(figs, figure{src: o.src, amount: a, measure: "duration", span: v.span})
		}
	}
	if len(figs) < 2 {
		return
	}
	c.judgeFigures(&figureSlot{members: figs}, "How long did the "+title+" last?")
}
