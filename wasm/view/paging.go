package view

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Long lists show a page at a time, so that whatever the input the page draws
// quickly and stays readable: the findings, quotes, entities and numbers in pages
// of pageSize, a text's paragraphs in pages of textPageSize.
const (
	pageSize     = 20
	textPageSize = 100
)

// paged returns the items of list key that the reader has asked to see: a page
// at first, and another for every press of its "Show more".
func paged[T any](a *analysis, key string, items []T) []T {
	return items[:min(len(items), (a.pages[key]+1)*pageSize)]
}

// more offers the rest of list key, of which shown of total items are on show;
// it draws nothing when they all are.
func (a *analysis) more(key string, total, shown int) app.UI {
	if shown >= total {
		return nil
	}
	return moreButton(total, shown).DataSet("list", key).OnClick(a.onMore)
}

// moreButton is the "Show more" button of a list of which shown of total items
// are on show.
func moreButton(total, shown int) app.HTMLButton {
	return app.Button().Type("button").Class("more").Text(fmt.Sprintf("Show more (%d of %d shown)", shown, total))
}

// moreItem is more as the last item of a list.
func (a *analysis) moreItem(key string, total, shown int) app.UI {
	if shown >= total {
		return nil
	}
	return app.Li().Class("more-item").Body(a.more(key, total, shown))
}

// onMore shows the next page of the list whose button was pressed. The button
// names its list because go-app keeps one handler per element.
func (a *analysis) onMore(ctx app.Context, e app.Event) {
	if a.pages == nil {
		a.pages = map[string]int{}
	}
	a.pages[ctx.JSSrc().Get("dataset").Get("list").String()]++
}
