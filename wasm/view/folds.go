package view

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Folded parts of the analysis (each source's contents, the agreements, what only
// some sources carry) are drawn only once the reader opens them: closed, they
// would be most of the page's elements, and every analysis while typing would
// rebuild them for nobody.

// The folds of the analysis, by name.
const (
	agreementsFold = "agreements"
	onlyInFold     = "only-in"
	hiddenFold     = "hidden"
)

// documentFold names the fold of source i's contents.
func documentFold(i int) string { return "document-" + strconv.Itoa(i) }

// fold draws a <details> part named key, with its summary, and its body only
// while it is open.
func (a *analysis) fold(key string, summary app.UI, body func() app.UI, class ...string) app.HTMLDetails {
	open := a.open[key]
	return app.Details().Class(class...).DataSet("fold", key).Open(open).OnToggle(a.onToggle).Body(
		summary,
		app.If(open, body),
	)
}

// onToggle follows the reader opening or closing a fold. The element names its
// fold because go-app keeps one handler per element.
func (a *analysis) onToggle(ctx app.Context, e app.Event) {
	if a.open == nil {
		a.open = map[string]bool{}
	}
	el := ctx.JSSrc()
	a.open[el.Get("dataset").Get("fold").String()] = el.Get("open").Bool()
}
