package view

import (
	"reflect"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/example"
)

// TestEditRedoesOnlyTheEditedSource edits one source of the example and analyses
// again: the other sources keep their analysis, so their text columns compare
// equal and go-app leaves them as drawn, while the comparison is made afresh.
func TestEditRedoesOnlyTheEditedSource(t *testing.T) {
	p := &Page{}
	for _, a := range example.Story() {
		p.addSource(a.Name, a.Text)
	}
	p.analyse(app.Context{})
	before := p.result
	const edited = 1
	p.sources[edited].Text += " The council met again on Friday."
	p.analyse(app.Context{})
	after := p.result
	if after == before || len(after.Sources) != len(before.Sources) {
		t.Fatalf("the edit gave no new result of %d sources", len(before.Sources))
	}
	was, is := &analysis{Result: before}, &analysis{Result: after}
	for i := range after.Sources {
		kept := after.Sources[i].Doc == before.Sources[i].Doc
		if kept != (i != edited) {
			t.Errorf("source %d: analysis kept = %v, want %v", i, kept, i != edited)
		}
		if same := reflect.DeepEqual(was.textColumn(i), is.textColumn(i)); same != (i != edited) {
			t.Errorf("source %d: text column unchanged = %v, want %v", i, same, i != edited)
		}
	}
}
