package compare_test

import (
	"slices"
	"strings"
	"testing"

	"parallax/build/corpus"
	"parallax/wasm/compare"
	"parallax/wasm/engine"
)

// loadSeeds reads the seed articles, named by their three-digit prefix ("001"), or
// skips the test when the shared folder is absent.
func loadSeeds(tb testing.TB) []engine.Input {
	tb.Helper()
	var in []engine.Input
	for _, a := range corpus.Seeds(tb) {
		in = append(in, engine.Input{Name: a.Name[:3], Text: a.Text})
	}
	return in
}

// A seedFinding is a finding a careful reader lists when reading the seeds side by
// side: its kind, words of its topic, and words its explanation or values must hold.
type seedFinding struct {
	kind  compare.Kind
	topic string
	holds []string
	// needs names the upstream output the finding depends on, for the skip message.
	needs string
}

var seedFindings = []seedFinding{
	{compare.Conflict, "Who is UK Foreign Secretary?", []string{"David Cameron", "David Lammy"}, ""},
	{compare.Conflict, "Is Donald Trump president or former president?", []string{"former President", "US President", "000", "002"}, ""},
	{compare.QuoteVariant, "Given Russia", []string{"concede that peace", "concede peace", "Boris Pistorius"}, ""},
	{compare.Agreement, "How much aid", []string{"£18 billion", "€21 billion", "$22.6", "$23.8", "own conversions", "lower bounds"}, ""},
	{compare.Agreement, "name: Dmitry Peskov", []string{"Dmitri Peskov", "001"}, ""},
	{compare.Agreement, "name: Volodymyr Zelensky", []string{"Zelenskyy"}, ""},
	{compare.Agreement, "Is Dmitry Peskov spokesperson?", []string{"Kremlin spokesperson", "Kremlin spokesman"}, ""},
	{compare.OnlyIn, "Keith Kellogg", []string{"004"}, ""},
	{compare.OnlyIn, "St. Petersburg", []string{"001"}, ""},
	{compare.Conflict, "Where was the meeting of Vladimir Putin and Steve Witkoff?", []string{"Moscow", "St. Petersburg", "001"}, "events"},
	{compare.Conflict, "When was the meeting of Vladimir Putin and Steve Witkoff?", []string{"Thursday", "Friday", "this week"}, "events"},
}

// acceptedAlarms are the topics of every conflict, variant and attribution conflict a
// careful reader would accept on the seeds; any other is a false alarm.
var acceptedAlarms = []string{
	"UK Foreign Secretary", "Is Donald Trump", "Given Russia", "drag his feet",
	"Where was the meeting of Vladimir Putin and Steve Witkoff?", "When was the meeting of Vladimir Putin and Steve Witkoff?",
}

func TestSeedFindings(t *testing.T) {
	r := engine.Analyze(loadSeeds(t))
	c := r.Comparison
	events := 0
	for _, s := range r.Sources {
		events += len(s.Claims.Events)
	}
	for _, want := range seedFindings {
		if want.needs == "events" && events == 0 {
			t.Logf("not checked, the claim stage finds no events yet: %s %q", want.kind, want.topic)
			continue
		}
		found := findings(c, want.kind, want.topic)
		if len(found) == 0 {
			t.Errorf("missing %s %q%s", want.kind, want.topic, dump(c))
			continue
		}
		text := found[0].Explanation
		for _, v := range found[0].Values {
			text += " " + v.Document + " " + v.Text
		}
		for _, h := range want.holds {
			if !strings.Contains(text, h) {
				t.Errorf("%s %q lacks %q: %s", want.kind, want.topic, h, text)
			}
		}
	}
	for _, f := range c.Findings {
		if f.Kind != compare.Conflict && f.Kind != compare.QuoteVariant && f.Kind != compare.AttributionConflict {
			continue
		}
		if !slices.ContainsFunc(acceptedAlarms, func(a string) bool { return strings.Contains(f.Topic, a) }) {
			t.Errorf("false alarm: [%s] %s: %s", f.Kind, f.Topic, f.Explanation)
		}
	}
}

func TestSeedEntities(t *testing.T) {
	c := engine.Analyze(loadSeeds(t)).Comparison
	want := map[string][]string{
		"Dmitry Peskov":      {"000", "001", "003", "004"},
		"Volodymyr Zelensky": {"000", "002", "003"},
		"Steve Witkoff":      {"001", "002", "003"},
		"Vladimir Putin":     {"000", "001", "002", "003", "004"},
	}
	for _, e := range c.Entities {
		if docs, ok := want[e.Name]; ok {
			if !slices.Equal(e.Documents, docs) {
				t.Errorf("%s in %v, want %v", e.Name, e.Documents, docs)
			}
			delete(want, e.Name)
		}
	}
	for name := range want {
		t.Errorf("no entity %s across the seeds", name)
	}
}
