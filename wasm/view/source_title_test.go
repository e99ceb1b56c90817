package view

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/engine"
)

// TestHeadingsGiveTheReportingTime renders every heading that names a source, for
// two invented articles: one that says when it was updated, one that does not. The
// first heading shows its time beside its name; the second its name alone.
func TestHeadingsGiveTheReportingTime(t *testing.T) {
	a := mount(t, engine.Analyze([]engine.Input{
		{Name: "Coastal Times", Text: "Updated 14 May 2025, 08:30\n\nFlood waters rose in Brennick on Tuesday, and 40 homes were evacuated, the council said."},
		{Name: "Brennick Echo", Text: "Flood waters rose in Brennick on Tuesday, and 45 homes were evacuated, the council said."},
	}))
	single := mount(t, engine.Analyze([]engine.Input{
		{Name: "Coastal Times", Text: "Updated 14 May 2025, 08:30\n\nFlood waters rose in Brennick on Tuesday, the council said."},
	}))
	headings := []struct {
		name   string
		render func(i int) app.UI
	}{
		{"text column", func(i int) app.UI { return a.textColumn(i).Render() }},
		{"what a source contains", a.renderDocument},
		{"a single source", func(int) app.UI { return single.renderSingle() }},
	}
	for _, h := range headings {
		t.Run(h.name, func(t *testing.T) {
			dated := app.HTMLString(h.render(0))
			if !strings.Contains(dated, "Coastal Times · Updated 14 May 2025, 08:30") {
				t.Errorf("the dated source's heading lacks its time:\n%s", dated[:min(len(dated), 400)])
			}
			if h.name == "a single source" {
				return
			}
			undated := app.HTMLString(h.render(1))
			if !strings.Contains(undated, "Brennick Echo") || strings.Contains(undated, "Brennick Echo ·") {
				t.Errorf("the undated source's heading should give its name alone:\n%s", undated[:min(len(undated), 400)])
			}
		})
	}
}
