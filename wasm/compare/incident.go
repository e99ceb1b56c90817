package compare

import (
	"slices"

	"parallax/wasm/claim"
)

// compareIncidents lines up the incidents the sources tell (a fire, an attack, a
// flood) and compares on what day and for how long each happened. Incidents have no
// participants: those of one kind in places that are the same or lie one in the
// other are taken for one happening, and a source's mention of the kind without a
// place ("crews fought the blaze for six hours") is the incident it told last.
func (c *comparer) compareIncidents() {
	var slots []*eventSlot
	for s := range c.sources {
		for _, o := range c.incidents(s) {
			i := -1
			for k, sl := range slots[max(0, len(slots)-maxCandidates):] {
				if !sl.has(s) && sl.family == o.family && c.samePlaces(sl.members[0].places, o.places) {
					i = k + max(0, len(slots)-maxCandidates)
					break
				}
			}
			if i < 0 {
				slots = append(slots, &eventSlot{family: o.family})
				i = len(slots) - 1
			}
			slots[i].join(o)
		}
	}
	for _, sl := range slots {
		if len(sl.members) < 2 {
			continue
		}
		title := incidentTitle(sl)
		c.noteWeekdays(sl)
		c.compareDays(sl, title)
		c.compareDurations(sl, title)
	}
}

// incidents gathers the incidents source s tells, one occasion per happening.
func (c *comparer) incidents(s int) []*occasion {
	var out []*occasion
	for _, ev := range c.sources[s].Claims.Events {
		if !claim.IsIncident(ev.Kind) {
			continue
		}
		o := c.occasion(s, ev)
		var into *occasion
		for i := len(out) - 1; i >= 0 && i >= len(out)-maxCandidates; i-- {
			p := out[i]
			if p.family != o.family {
				continue
			}
			if len(o.places) == 0 || c.samePlaces(p.places, o.places) {
				into = p
			}
			break
		}
		if into == nil {
			out = append(out, o)
			continue
		}
		into.addIncident(o)
	}
	return out
}

// maxIncidentValues bounds the values one incident pools for each slot: an article
// retells an incident a few times, and a longer list says no more.
const maxIncidentValues = 8

// addIncident pools the values of o into p, each place, day and duration once.
func (p *occasion) addIncident(o *occasion) {
	p.places = appendNew(p.places, o.places)
	p.days = appendNew(p.days, o.days)
	p.durations = appendNew(p.durations, o.durations)
}

// appendNew appends to vs the values of more whose text it lacks, up to
// maxIncidentValues.
func appendNew(vs, more []slotValue) []slotValue {
	for _, v := range more {
		if len(vs) < maxIncidentValues && !slices.ContainsFunc(vs, func(w slotValue) bool { return w.text == v.text }) {
			vs = append(vs, v)
		}
	}
	return vs
}

// samePlaces reports whether two lists of places can be one incident's: one of them
// is empty, or their most specific places are the same or lie one in the other.
func (c *comparer) samePlaces(a, b []slotValue) bool {
	pa, okA := mostSpecificPlace(a)
	pb, okB := mostSpecificPlace(b)
	if !okA || !okB {
		return true
	}
	r := relatePlaces(pa.text, pb.text)
	return r == samePlace || r == within
}

// incidentTitle names an incident for a topic: "fire in Port Alder".
func incidentTitle(sl *eventSlot) string {
	for _, m := range sl.members {
		if p, ok := mostSpecificPlace(m.places); ok {
			return sl.family + " in " + p.show
		}
	}
	return sl.family
}
