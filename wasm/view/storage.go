package view

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// savedKey is where the paste page keeps the reader's sources in the browser's
// local storage, so that they survive a reload, a crash and a closed tab. The
// suffix names the format, so that a later format can leave old data alone.
const savedKey = "parallax/sources/v1"

// Messages about storage, shown in the notice line.
const (
	noticeNoStorage = "This browser does not let Parallax store anything here, so what you paste is kept only until you close this tab."
	noticeFull      = "What you pasted is too large for the browser's storage: it is kept only until you close this tab."
)

// tools is the page's state beside its sources: the notice line, the undo buffer
// and, on the embedded page, the bridge to the host page.
type tools struct {
	notice   string        // the last message about storage, files, export or sharing
	undo     []savedSource // the sources before the last clear-all or shared link
	undoWhat string        // what Undo reverses, for its label
	link     string        // the last share link made
	bridge   *bridge       // the embedded page's link to its host page
}

// A savedSource is a source as storage, share links and the embedding protocol
// carry it.
type savedSource struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// mountTools runs once the page is in the browser: the embedded page connects to
// its host; the paste page restores what was saved, then opens a shared link in
// the address, if any.
func (p *Page) mountTools(ctx app.Context) {
	if !app.IsClient {
		return
	}
	if p.Embedded {
		p.startBridge(ctx)
		return
	}
	if storageBlocked() {
		p.tools.notice = noticeNoStorage
	}
	var saved []savedSource
	if err := ctx.LocalStorage().Get(savedKey, &saved); err == nil && hasText(saved) {
		p.setSources(saved)
	}
	if !p.openSharedLink(ctx) && hasText(saved) {
		p.analyse(ctx)
	}
	// A link opened in a tab that already shows the app only changes the fragment.
	app.Window().Call("addEventListener", "hashchange", app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { p.openSharedLink(ctx) })
		return nil
	}))
}

// analysed runs after every analysis: the paste page saves its sources, the
// embedded page reports to its host.
func (p *Page) analysed(ctx app.Context) {
	if !app.IsClient {
		return
	}
	if p.Embedded {
		p.tools.bridge.sendResult(p.result)
		return
	}
	p.tools.link = "" // a link made before no longer matches the sources
	p.save(ctx)
}

// save stores the sources. Where storage is blocked the shim keeps them in
// memory, and the notice says so.
func (p *Page) save(ctx app.Context) {
	if err := ctx.LocalStorage().Set(savedKey, p.snapshot()); err != nil {
		p.tools.notice = noticeFull
	} else if p.tools.notice == noticeFull {
		p.tools.notice = ""
	}
}

// storageBlocked reports whether storage-shim.js found local storage unusable.
func storageBlocked() bool {
	return app.Window().Get("parallaxStorageBlocked").Truthy()
}

// snapshot returns the sources in their saved form.
func (p *Page) snapshot() []savedSource {
	out := make([]savedSource, len(p.sources))
	for i, s := range p.sources {
		out[i] = savedSource{Name: s.Name, Text: s.Text}
	}
	return out
}

// setSources replaces the sources, keeping at least one (empty) source and at
// most maxSources.
func (p *Page) setSources(saved []savedSource) {
	p.sources = nil
	for _, s := range saved[:min(len(saved), maxSources)] {
		p.addSource(s.Name, s.Text)
	}
	if len(p.sources) == 0 {
		p.addSource("", "")
	}
}

func hasText(saved []savedSource) bool {
	for _, s := range saved {
		if s.Text != "" {
			return true
		}
	}
	return false
}

// replaceSources puts new sources in place of the current ones and keeps the
// current ones for Undo; what describes the change ("Cleared all sources").
func (p *Page) replaceSources(ctx app.Context, saved []savedSource, what string) {
	if hasText(p.snapshot()) {
		p.tools.undo, p.tools.undoWhat = p.snapshot(), what
	}
	p.setSources(saved)
	p.analyse(ctx)
	p.syncFields()
}

// syncFields writes the sources into their text boxes. A text box the reader has
// typed in shows its own value from then on, not the text go-app renders into it,
// so replacing sources must set the values itself. go-app keeps the text boxes in
// place, in order, when it renders the new sources, so the i-th box is the i-th
// source's; boxes for new sources start from their rendered text.
func (p *Page) syncFields() {
	boxes := app.Window().Get("document").Call("querySelectorAll", ".source-text")
	for i := 0; i < boxes.Length() && i < len(p.sources); i++ {
		boxes.Index(i).Set("value", p.sources[i].Text)
	}
}

func (p *Page) onClearAll(ctx app.Context, e app.Event) {
	p.replaceSources(ctx, nil, "Cleared all sources.")
	afterRender(ctx, func() { focus("undo") })
}

func (p *Page) onUndo(ctx app.Context, e app.Event) {
	undo := p.tools.undo
	p.tools.undo, p.tools.undoWhat = nil, ""
	p.setSources(undo)
	p.analyse(ctx)
	p.syncFields()
	afterRender(ctx, func() { focus("clear-all") })
}
