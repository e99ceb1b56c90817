package view

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/engine"
	"parallax/wasm/example"
)

func TestFoldDrawsItsBodyOnlyWhenOpen(t *testing.T) {
	tests := []struct {
		name  string
		open  map[string]bool
		drawn bool
	}{
		{"never opened", nil, false},
		{"closed again", map[string]bool{"x": false}, false},
		{"another fold open", map[string]bool{"y": true}, false},
		{"open", map[string]bool{"x": true}, true},
	}
	for _, tt := range tests {
		a := &analysis{open: tt.open}
		drawn := false
		a.fold("x", app.Summary().Text("X"), func() app.UI { drawn = true; return app.P() })
		if drawn != tt.drawn {
			t.Errorf("%s: body drawn = %v, want %v", tt.name, drawn, tt.drawn)
		}
	}
}

// everyFold opens every fold of an analysis of n sources.
func everyFold(n int) map[string]bool {
	open := map[string]bool{agreementsFold: true, onlyInFold: true, hiddenFold: true}
	for i := range n {
		open[documentFold(i)] = true
	}
	return open
}

// TestClosedFoldsAreNotDrawn counts the allocations of drawing the comparison: with
// every fold closed, as it first appears, it must cost well under half of drawing
// it with every fold open, or the folds no longer keep their contents undrawn.
func TestClosedFoldsAreNotDrawn(t *testing.T) {
	var inputs []engine.Input
	for _, s := range example.Story() {
		inputs = append(inputs, engine.Input{Name: s.Name, Text: s.Text})
	}
	r := engine.Analyze(inputs)
	draw := func(open map[string]bool) float64 {
		a := &analysis{Result: r, open: open, whole: true}
		a.derive()
		return testing.AllocsPerRun(5, func() { a.Render() })
	}
	closed, open := draw(nil), draw(everyFold(len(r.Sources)))
	if closed > open/2 {
		t.Errorf("drawing with the folds closed: %.0f allocations, open: %.0f; want closed well under half", closed, open)
	}
}
