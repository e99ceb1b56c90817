package engine_test

import (
	"encoding/json"
	"testing"

	"parallax/wasm/engine"
)

// FuzzAnalyze runs the whole engine over three texts and renders the report both
// ways. Nothing may panic, and the report must encode.
func FuzzAnalyze(f *testing.F) {
	f.Add("A fire swept through a tower in Port Alder on Tuesday night, killing nine.",
		"Eleven died in a fire in Port Alder on Monday, raising the toll from nine.", "")
	f.Add("“He said ‘no", "<p>Mayor <b>Ines Vale</b></p>", "\x00\xff\xfe")
	f.Add("Пожар в Порт-Алдере.", "港口发生火灾。", "The Kremlin said PATRIOT missiles | pipes | `ticks`")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		r := engine.Analyze([]engine.Input{{Name: "a", Text: a}, {Name: "b|*", Text: b}, {Name: "c", Text: c}})
		rep := r.Report()
		if _, err := json.Marshal(rep); err != nil {
			t.Fatalf("the report does not encode: %v", err)
		}
		_ = engine.Markdown(rep)
	})
}
