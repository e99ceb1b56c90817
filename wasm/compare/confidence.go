package compare

// sureConflict is the confidence from which a conflict is reported as one; below
// it the difference is shown as a possible conflict, for the reader to check.
const sureConflict = 0.7

// defaults are the confidence and reason of a finding whose maker did not weigh it.
var defaults = map[Kind]struct {
	confidence float64
	reason     string
}{
	Conflict:            {0.5, "the values differ, but nothing shows that they answer the same question"},
	QuoteVariant:        {0.8, "the quotations share most of their words and differ in some"},
	AttributionConflict: {0.7, "the same words are given to speakers known to differ"},
	ChangedOverTime:     {0.8, "the sources were written at different times or say the figure changed"},
	Agreement:           {0.8, "the values are the same, or differ only by rounding, a hedge or a conversion"},
	OnlyIn:              {0.9, "the other sources do not carry it"},
}

// worthShowing is the confidence below which a possible conflict is hidden: what
// its figures count is only guessed.
const worthShowing = 0.45

// assess gives every finding a confidence and a reason, turns a conflict the
// engine is not sure of into a possible conflict, and hides the least sure.
func (c *comparer) assess() {
	for _, fs := range [][]Finding{c.findings, c.hidden} {
		for i := range fs {
			f := &fs[i]
			if f.Confidence == 0 {
				d := defaults[f.Kind]
				f.Confidence, f.Reason = d.confidence, d.reason
			}
			if f.Kind == Conflict && f.Confidence < sureConflict {
				f.Kind = PossibleConflict
			}
		}
	}
	shown := c.findings[:0]
	for _, f := range c.findings {
		if f.Kind == PossibleConflict && f.Confidence < worthShowing {
			c.hide(f)
		} else {
			shown = append(shown, f)
		}
	}
	c.findings = shown
}
