package engine_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"parallax/internal/growth"
	"parallax/internal/hostile"
	"parallax/wasm/engine"
	"parallax/wasm/report"
)

// hostileStory is a scrap of news analysed beside every hostile input, so that
// the comparison has something to align it with.
const hostileStory = "A fire swept through a tower in Port Alder on Tuesday night, killing at least nine people, " +
	"raising the toll from six. “We got most people out,” Fire Chief Marta Ellison said. "

// analyzeHostile analyses text beside a source made of the story and a third of it,
// and renders the report, as the command line does.
func analyzeHostile(text string) {
	r := engine.Analyze([]engine.Input{{Name: "a", Text: text}, {Name: "b", Text: hostileStory + text[:len(text)/3]}})
	_ = report.NewContract(r)
}

// TestHostileInput runs the engine over input no article looks like: it must not
// panic. How fast it is belongs to make bench; how its cost grows, to
// TestHostileGrowth.
func TestHostileInput(t *testing.T) {
	random := make([]byte, 256<<10)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"binary", string(random)},
		{"news", strings.Repeat(hostileStory, 256<<10/len(hostileStory))},
		{"raw HTML", strings.Repeat(`<div class="x"><p>Mayor <b>Tobias Renner</b> said: "<i>yes</i>"</p><script>var a="“";</script></div>`, 2000)},
		{"unbalanced quotes", strings.Repeat("“He said ‘no, ", 5000)},
		{"nested quotes", strings.Repeat("“a ‘b “c ‘d ", 2000) + strings.Repeat("’ ” ", 2000)},
		{"non-English", strings.Repeat("Пожар в Порт-Алдере унёс жизни девяти человек. 港口发生火灾，九人死亡。 حريق في برج سكني. ", 2000)},
		{"one long word", strings.Repeat("x", 256<<10)},
		{"only newlines", strings.Repeat("\n", 256<<10)},
		{"only incident words", strings.Repeat("fire blaze attack strike flood in Port on Monday for six hours from nine ", 3000)},
		{"capitalised words", strings.Repeat("The Alder Housing Trust Port Alder Council Kremlin PATRIOT ", 3000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { analyzeHostile(tt.text) })
	}
}

// TestHostileGrowth checks that the whole analysis, comparison and report
// included, allocates in proportion to its input on text made of one unit
// repeated: the inputs that once took minutes or gigabytes for a few megabytes.
func TestHostileGrowth(t *testing.T) {
	for _, u := range hostile.Units {
		t.Run(u.Name, func(t *testing.T) { growth.Linear(t, 16<<10, u.Repeat, analyzeHostile) })
	}
	t.Run("a new name in every sentence", func(t *testing.T) { growth.Linear(t, 16<<10, newNames, analyzeHostile) })
}

// newNames returns about n bytes of sentences, each naming a person no other names.
func newNames(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Mayor %s Ellison said %d people were hurt. ", inventedName(i), i)
	}
	return b.String()
}

// inventedName returns a capitalised five-letter name, different for every i < 26⁴.
func inventedName(i int) string {
	name := []byte("Xaaaa")
	for j := len(name) - 1; j > 0; j, i = j-1, i/26 {
		name[j] = byte('a' + i%26)
	}
	return string(name)
}
