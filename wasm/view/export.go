package view

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/report"
)

// An export is one way to take the analysis away: a file in some format.
type export struct {
	id, label string
	file      string // the downloaded file's name
	mediaType string
	format    report.Format
}

// exports are the formats the analysis downloads in: the JSON contract, the
// findings and the entities as CSV for spreadsheets, and a Markdown report.
var exports = []export{
	{"export-json", "JSON", "parallax.json", "application/json", report.JSON},
	{"export-findings", "Findings (CSV)", "parallax-findings.csv", "text/csv", report.FindingsCSV},
	{"export-entities", "Entities (CSV)", "parallax-entities.csv", "text/csv", report.EntitiesCSV},
	{"export-markdown", "Report (Markdown)", "parallax-report.md", "text/markdown", report.Markdown},
}

// renderTools draws the export buttons once there is an analysis, the paste
// page's share, clear-all and undo buttons, and the notice line that reports on
// them and on storage.
func (p *Page) renderTools() app.UI {
	hasResult := p.result != nil && len(p.result.Sources) > 0
	return app.Div().Class("tools").Body(
		app.If(hasResult, func() app.UI {
			return app.Div().Class("actions", "exports").Attr("role", "group").Aria("label", "Export the analysis").Body(
				app.Range(exports).Slice(func(i int) app.UI {
					x := exports[i]
					return app.Button().Type("button").ID(x.id).Text(x.label).OnClick(p.onExport(x))
				}),
				app.Button().Type("button").ID("copy-report").Text("Copy report").OnClick(p.onCopyReport),
			)
		}),
		app.If(!p.Embedded, func() app.UI {
			return app.Div().Class("actions", "keep").Body(
				app.Button().Type("button").ID("share").Text("Share by link").
					Disabled(!hasText(p.snapshot())).OnClick(p.onShare),
				app.Button().Type("button").ID("clear-all").Text("Clear all").
					Disabled(!hasText(p.snapshot())).OnClick(p.onClearAll),
				app.If(p.tools.undo.Sources != nil, func() app.UI {
					return app.Button().Type("button").ID("undo").
						Aria("label", "Undo: "+p.tools.undo.What).Text("Undo").OnClick(p.onUndo)
				}),
			)
		}),
		app.If(p.tools.link != "", func() app.UI {
			return app.Div().Class("share-link").Body(
				app.Label().For("share-link").Text("Link to these articles"),
				app.Input().Type("url").ID("share-link").ReadOnly(true).Value(p.tools.link),
			)
		}),
		app.P().ID("notice").Class("notice").Attr("role", "status").Attr("aria-live", "polite").
			Text(p.noticeText()),
	)
}

// noticeText is the notice line: an undo offer, or the last message.
func (p *Page) noticeText() string {
	if p.tools.undo.Sources != nil && p.tools.notice == "" {
		return p.tools.undo.What + " Undo brings back what you had."
	}
	return p.tools.notice
}

func (p *Page) onExport(x export) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if p.result == nil {
			return
		}
		content, err := p.write(x.format)
		if err != nil {
			p.tools.notice = "The export failed: " + err.Error()
			return
		}
		download(ctx, x.file, x.mediaType, content)
		p.tools.notice = "Saved " + x.file + "."
	}
}

func (p *Page) onCopyReport(ctx app.Context, e app.Event) {
	if p.result == nil {
		return
	}
	content, err := p.write(report.Markdown)
	if err != nil {
		p.tools.notice = "The report could not be written: " + err.Error()
		return
	}
	copyText(ctx, content, func(ctx app.Context, err string) {
		if err != "" {
			p.tools.notice = "The browser did not allow copying (" + err + "); use Report (Markdown) instead."
			return
		}
		p.tools.notice = "Copied the report to the clipboard, as Markdown."
	})
}

// write returns the analysis in format.
func (p *Page) write(format report.Format) (string, error) {
	var b strings.Builder
	err := format(&b, p.result)
	return b.String(), err
}

// download hands content to the browser as a file to save. Nothing leaves the
// machine: the file is made from a Blob in the page.
func download(ctx app.Context, name, mediaType, content string) {
	win := app.Window()
	blob := win.Get("Blob").New([]any{content}, map[string]any{"type": mediaType + ";charset=utf-8"})
	href := win.Get("URL").Call("createObjectURL", blob)
	a := win.Get("document").Call("createElement", "a")
	a.Set("href", href)
	a.Set("download", name)
	a.Call("click")
	ctx.After(time.Minute, func(app.Context) { win.Get("URL").Call("revokeObjectURL", href) })
}

// copyText puts text on the clipboard, then calls done with "" or the reason it
// could not.
func copyText(ctx app.Context, text string, done func(ctx app.Context, err string)) {
	clipboard := app.Window().Get("navigator").Get("clipboard")
	if !clipboard.Truthy() {
		done(ctx, "no clipboard access here")
		return
	}
	await(ctx, clipboard.Call("writeText", text),
		func(ctx app.Context, _ app.Value) { done(ctx, "") },
		func(ctx app.Context, err string) { done(ctx, err) })
}

// await calls done with the promise's value, or fail with its error's message,
// inside the app's update loop.
func await(ctx app.Context, promise app.Value, done func(app.Context, app.Value), fail func(app.Context, string)) {
	var ok, bad app.Func
	release := func() { ok.Release(); bad.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		v := app.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ctx.Dispatch(func(ctx app.Context) { done(ctx, v) })
		return nil
	})
	bad = app.FuncOf(func(this app.Value, args []app.Value) any {
		release()
		msg := "unknown error"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		ctx.Dispatch(func(ctx app.Context) { fail(ctx, msg) })
		return nil
	})
	promise.Call("then", ok, bad)
}
