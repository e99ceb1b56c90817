package claim

import (
	"strings"
	"testing"

	"parallax/build/corpus"
	"parallax/wasm/document"
	"parallax/wasm/mention"
)

// seedSpeakers gives, for the start of every quote in the seed articles, a word of
// its speaker's name as a careful reader finds it.
var seedSpeakers = map[string]string{
	"get moving":                        "Trump",
	"continues to drag his feet":        "foreign secretary",
	"time is running out":               "foreign secretary",
	"Russia needs to get moving":        "Trump",
	"Ukraine is fighting":               "Cameron",
	"as long as it takes":               "European Commission",
	"on Moscow’s terms":                 "ministry",
	"We remain open":                    "Peskov",
	"peace must come through justice":   "Zelensk",
	"side meetings":                     "foreign minister",
	"We must be at the table":           "foreign minister",
	"all efforts":                       "NATO",
	"unity among allies":                "NATO",
	"Back-channel talks":                "Stavridis",
	"normalize the relationship":        "Peskov",
	"remove the root causes":            "Putin",
	"Given Russia’s ongoing aggression": "Pistorius",
	"We will ensure":                    "Pistorius",
	"is still not interested":           "Pistorius",
	"We are sending a signal":           "Healey",
	"a friendship, a relationship":      "Witkoff",
	"good and productive":               "Trump",
	"There is a very good chance":       "Trump",
	"completely surrounded":             "Trump",
	"false and fabricated":              "armed forces",
	"cautious optimism":                 "Kremlin",
	"nuances":                           "Putin",
	"manipulative":                      "Zelensk",
	"play games":                        "Starmer",
	"productive,":                       "Leavitt",
	"the ball is now":                   "Joly",
	"no conditions":                     "Lammy",
	"Putin is lying":                    "Zelensk",
	"good opportunity":                  "Kremlin",
	"various aspects":                   "Peskov",
	"Putin said he wanted peace":        "Healey",
	"We just need":                      "Zelensk",
	"Patriots that remain":              "Zelensk",
	"had it":                            "Trump",
	"Let’s just say":                    "Trump",
	"If we are talking":                 "Trump",
	"there are no agreements":           "Ryabkov",
}

// TestSeeds prints the quotes of every seed article with their speakers (go test -v)
// and checks each speaker against seedSpeakers.
func TestSeeds(t *testing.T) {
	seeds := corpus.Seeds(t)
	checked := make(map[string]bool)
	for _, a := range seeds {
		d, err := document.Parse(a.Name, a.Text)
		if err != nil {
			t.Fatal(err)
		}
		m := mention.Find(d)
		t.Logf("== %s (%d entities)", d.Name, len(m.Entities))
		for _, q := range FindQuotes(d, m) {
			name := speakerName(q.Speaker)
			t.Logf("  %-30s %-12s partial=%-5v %.70q", name, q.Cue, q.Partial, q.Text)
			for start, want := range seedSpeakers {
				if strings.HasPrefix(q.Text, start) {
					checked[start] = true
					if !strings.Contains(name, want) {
						t.Errorf("%s: %q is given to %s, want %s", d.Name, q.Text, name, want)
					}
				}
			}
		}
	}
	for start := range seedSpeakers {
		if !checked[start] {
			t.Errorf("no quote starting %q was found", start)
		}
	}
}
