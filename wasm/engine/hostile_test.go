package engine_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"parallax/wasm/engine"
)

// TestHostileInput runs the engine over input no article looks like. It must neither
// panic nor take long: every case is given time for at least 1 MB/s, a tenth of the
// throughput the engine is built for.
func TestHostileInput(t *testing.T) {
	random := make([]byte, 1<<20)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.IntN(256))
	}
	story := "A fire swept through a tower in Port Alder on Tuesday night, killing at least nine people, " +
		"raising the toll from six. “We got most people out,” Fire Chief Marta Ellison said. "
	tests := []struct{ name, text string }{
		{"empty", ""},
		{"binary", string(random)},
		{"ten megabytes of news", strings.Repeat(story, 10<<20/len(story))},
		{"raw HTML", strings.Repeat(`<div class="x"><p>Mayor <b>Tobias Renner</b> said: "<i>yes</i>"</p><script>var a="“";</script></div>`, 20000)},
		{"unbalanced quotes", strings.Repeat("“He said ‘no, ", 50000)},
		{"nested quotes", strings.Repeat("“a ‘b “c ‘d ", 20000) + strings.Repeat("’ ” ", 20000)},
		{"non-English", strings.Repeat("Пожар в Порт-Алдере унёс жизни девяти человек. 港口发生火灾，九人死亡。 حريق في برج سكني. ", 20000)},
		{"one long word", strings.Repeat("x", 2<<20)},
		{"only newlines", strings.Repeat("\n", 1<<20)},
		{"only incident words", strings.Repeat("fire blaze attack strike flood in Port on Monday for six hours from nine ", 30000)},
		{"capitalised words", strings.Repeat("The Alder Housing Trust Port Alder Council Kremlin PATRIOT ", 30000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			r := engine.Analyze([]engine.Input{{Name: "a", Text: tt.text}, {Name: "b", Text: story + tt.text[:len(tt.text)/3]}})
			_ = r.Report()
			limit := time.Second + time.Duration(3*len(tt.text))*time.Microsecond // ≥ 1 MB/s for both inputs
			if d := time.Since(start); d > limit && !testing.Short() {
				t.Errorf("took %v for %d bytes, over %v", d, len(tt.text), limit)
			}
		})
	}
}
