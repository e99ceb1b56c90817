package engine_test

import (
	"io"
	"testing"

	"parallax/wasm/engine"
	"parallax/wasm/report"
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
		if err := report.JSON(io.Discard, r); err != nil {
			t.Fatalf("the report does not encode: %v", err)
		}
		if err := report.Markdown(io.Discard, r); err != nil {
			t.Fatalf("the Markdown report fails: %v", err)
		}
	})
}
