package view

import (
	"encoding/json"
	"math/rand/v2"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Where the paste page keeps the reader's work in the browser's local storage, so
// that it survives a reload, a crash and a closed tab: the sources, and what Undo
// would bring back. The suffix names the format, so that a later format can leave
// old data alone.
const (
	savedKey = "parallax/sources/v1"
	undoKey  = "parallax/undo/v1"
)

// Texts longer than apartBytes are stored under keys of their own (textKeyPrefix
// and the source's key), written only when they change, so that typing beside a
// long article does not write it out again at every pause.
const (
	apartBytes    = 64 << 10
	textKeyPrefix = "parallax/text/v1/"
)

// saveAtOnceBytes is the most text saved on every keystroke; beyond it, storage
// is written once the reader pauses, and when the page is hidden or closed.
const saveAtOnceBytes = 256 << 10

// Messages about storage, shown in the notice line.
const (
	noticeNoStorage = "This browser does not let Parallax store anything here, so what you paste is kept only until you close this tab."
	noticeFull      = "The browser's storage for this site is full, so your latest changes are kept only until you close this tab. Export the analysis, or remove articles you no longer need."
	noticeOtherTab  = "Your articles were changed in another tab; this tab now shows them too."
)

// tools is the page's state beside its sources: the notice line, the undo buffer
// and, on the embedded page, the bridge to the host page.
type tools struct {
	notice  string            // the last message about storage, files, export or sharing
	undo    undoState         // what Undo brings back
	link    string            // the last share link made
	bridge  *bridge           // the embedded page's link to its host page
	saving  int               // counts edits, so that only the last pause saves
	edited  set[string]       // keys of the sources edited since the last save
	written map[string]string // the long texts in storage, by storage key
}

// undoState is the sources before the last change that Undo reverses.
type undoState struct {
	What    string        `json:"what"` // the change, for Undo's label ("Cleared all sources.")
	Sources []savedSource `json:"sources"`
}

// A savedSource is a source as storage, share links and the embedding protocol
// carry it. Key identifies it across tabs.
type savedSource struct {
	Key  string `json:"key,omitempty"`
	Name string `json:"name"`
	Text string `json:"text"`
	// Apart says that the text is stored under a key of its own; see apartBytes.
	Apart bool `json:"apart,omitempty"`
}

type set[K comparable] map[K]bool

// newKey returns a key for a new source; it only needs to differ from the keys of
// the other sources the reader keeps.
func newKey() string { return strconv.FormatUint(rand.Uint64(), 36) }

// mountTools runs once the page is in the browser: the embedded page connects to
// its host; the paste page restores what was saved, follows other tabs, saves
// when hidden, then opens a shared link in the address, if any.
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
	if err := ctx.LocalStorage().Get(savedKey, &saved); err == nil {
		saved = p.loadApart(ctx, saved)
	}
	if hasText(saved) {
		p.setSources(saved)
		p.writeFields(ctx)
	}
	ctx.LocalStorage().Get(undoKey, &p.tools.undo)
	if !p.openSharedLink(ctx) && hasText(saved) {
		p.analyse(ctx)
	}
	on := func(event string, f func(ctx app.Context, ev app.Value)) {
		app.Window().Call("addEventListener", event, app.FuncOf(func(this app.Value, args []app.Value) any {
			ev := args[0]
			ctx.Dispatch(func(ctx app.Context) { f(ctx, ev) })
			return nil
		}))
	}
	// A link opened in a tab that already shows the app only changes the fragment.
	on("hashchange", func(ctx app.Context, _ app.Value) { p.openSharedLink(ctx) })
	on("storage", p.onOtherTab)
	on("pagehide", p.onHide)
}

// analysed runs after every analysis: the embedded page reports to its host.
func (p *Page) analysed(ctx app.Context) {
	if !app.IsClient {
		return
	}
	if p.Embedded {
		p.tools.bridge.sendResult(p.result)
		// The comparison may end after the message that started it was handled:
		// the host learns the new height once the result is drawn.
		if b := p.tools.bridge; b != nil {
			afterRender(p.ui, b.reportHeight)
		}
		return
	}
	p.tools.link = "" // a link made before may no longer match the sources
}

// changed records a change to the sources made from outside their boxes: it
// saves it, and writes the texts into the boxes once they are drawn.
func (p *Page) changed(ctx app.Context) {
	p.saveNow(ctx)
	p.writeFields(ctx)
}

// saveSoon saves an edit at once when the sources are small, so that a crash
// right after typing loses nothing; large ones are saved at the next pause.
func (p *Page) saveSoon(ctx app.Context) {
	p.tools.saving++
	n := p.tools.saving
	if p.tools.edited == nil {
		p.tools.edited = set[string]{}
	}
	for _, s := range p.sources {
		p.tools.edited[s.key] = true
	}
	if totalBytes(p.snapshot()) <= saveAtOnceBytes {
		p.saveNow(ctx)
		return
	}
	p.ui.After(TypingPause, func(ctx app.Context) {
		if n == p.tools.saving {
			p.saveNow(ctx)
		}
	})
}

// onHide saves edits still waiting for a pause before the page goes away. With
// nothing unsaved it writes nothing, so that a tab that only followed another
// one cannot put back an older state.
func (p *Page) onHide(ctx app.Context, _ app.Value) {
	if len(p.tools.edited) > 0 {
		p.saveNow(ctx)
	}
}

// saveNow stores the sources. Where storage is blocked the shim keeps them in
// memory, and the notice says so.
func (p *Page) saveNow(ctx app.Context) {
	if p.Embedded || !app.IsClient {
		return
	}
	p.tools.saving++
	p.tools.edited = nil
	list, err := p.storeApart(ctx, p.snapshot())
	if err == nil {
		err = ctx.LocalStorage().Set(savedKey, list)
	}
	if err != nil {
		p.tools.notice = noticeFull
	} else if p.tools.notice == noticeFull {
		p.tools.notice = ""
	}
}

// storeApart writes the long texts that changed under their own keys, removes
// those of sources that are gone, and returns the list to store, with the long
// texts left out.
func (p *Page) storeApart(ctx app.Context, list []savedSource) ([]savedSource, error) {
	if p.tools.written == nil {
		p.tools.written = map[string]string{}
	}
	kept := set[string]{}
	for i, s := range list {
		if len(s.Text) <= apartBytes {
			continue
		}
		k := textKeyPrefix + s.Key
		kept[k] = true
		if p.tools.written[k] != s.Text {
			if err := ctx.LocalStorage().Set(k, s.Text); err != nil {
				return nil, err
			}
			p.tools.written[k] = s.Text
		}
		list[i].Text, list[i].Apart = "", true
	}
	for k := range p.tools.written {
		if !kept[k] {
			ctx.LocalStorage().Del(k)
			delete(p.tools.written, k)
		}
	}
	return list, nil
}

// loadApart fills in the long texts of a stored list from their own keys.
func (p *Page) loadApart(ctx app.Context, list []savedSource) []savedSource {
	if p.tools.written == nil {
		p.tools.written = map[string]string{}
	}
	for i, s := range list {
		if !s.Apart {
			continue
		}
		k := textKeyPrefix + s.Key
		ctx.LocalStorage().Get(k, &list[i].Text)
		list[i].Apart = false
		p.tools.written[k] = list[i].Text
	}
	return list
}

// onOtherTab follows a change another tab made to the saved sources, keeping the
// edits this tab has not saved yet.
func (p *Page) onOtherTab(ctx app.Context, ev app.Value) {
	if ev.Get("key").String() != savedKey || ev.Get("newValue").IsNull() {
		return
	}
	var theirs []savedSource
	if json.Unmarshal([]byte(ev.Get("newValue").String()), &theirs) != nil {
		return
	}
	theirs = p.loadApart(ctx, theirs)
	ours := p.snapshot()
	merged := mergeSaved(theirs, ours, p.tools.edited)
	if sameSources(merged, ours) {
		return
	}
	p.setSources(merged)
	p.tools.notice = noticeOtherTab
	if !sameSources(merged, theirs) {
		p.saveNow(ctx)
	}
	p.writeFields(ctx)
	p.analyse(ctx)
}

// mergeSaved returns another tab's sources with this tab's unsaved edits on top:
// an edited source replaces its saved version, or joins the list if the other tab
// does not have it.
func mergeSaved(theirs, ours []savedSource, edited set[string]) []savedSource {
	out := append([]savedSource(nil), theirs...)
	at := map[string]int{}
	for i, s := range out {
		at[s.Key] = i
	}
	for _, s := range ours {
		if !edited[s.Key] {
			continue
		}
		if i, ok := at[s.Key]; ok {
			out[i] = s
		} else if len(out) < maxSources {
			out = append(out, s)
		}
	}
	return out
}

func sameSources(a, b []savedSource) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func totalBytes(saved []savedSource) int {
	n := 0
	for _, s := range saved {
		n += len(s.Name) + len(s.Text)
	}
	return n
}

// storageBlocked reports whether storage-shim.js found local storage unusable.
func storageBlocked() bool {
	return app.Window().Get("parallaxStorageBlocked").Truthy()
}

// snapshot returns the sources in their saved form.
func (p *Page) snapshot() []savedSource {
	out := make([]savedSource, len(p.sources))
	for i, s := range p.sources {
		out[i] = savedSource{Key: s.key, Name: s.Name, Text: s.Text}
	}
	return out
}

// setSources replaces the sources, keeping at least one (empty) source and at
// most maxSources. A source keeps its id where its key is already on the page, so
// that its box and its analysis stay with it.
func (p *Page) setSources(saved []savedSource) {
	ids := map[string]int{}
	for _, s := range p.sources {
		ids[s.key] = s.id
	}
	p.sources = nil
	for _, s := range saved[:min(len(saved), maxSources)] {
		p.addSaved(s)
		if id, ok := ids[s.Key]; ok && s.Key != "" {
			p.sources[len(p.sources)-1].id = id
			delete(ids, s.Key)
		}
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

// keepForUndo keeps the current sources, in this tab and in storage, so that Undo
// can bring them back after the change that what describes.
func (p *Page) keepForUndo(ctx app.Context, what string) {
	if !hasText(p.snapshot()) {
		return
	}
	p.tools.undo = undoState{What: what, Sources: p.snapshot()}
	if !p.Embedded && app.IsClient {
		ctx.LocalStorage().Set(undoKey, p.tools.undo)
	}
}

// replaceSources puts new sources in place of the current ones and keeps the
// current ones for Undo; what describes the change ("Cleared all sources.").
func (p *Page) replaceSources(ctx app.Context, saved []savedSource, what string) {
	p.keepForUndo(ctx, what)
	p.setSources(saved)
	p.changed(ctx)
	p.analyse(ctx)
}

// writeFields writes the sources' texts into their boxes once the page shows
// them, for changes that did not come from typing in the box.
func (p *Page) writeFields(ctx app.Context) {
	afterRender(p.ui, func() {
		for _, s := range p.sources {
			// Writing a box's own value back would move the reader's cursor.
			if box := app.Window().GetElementByID(textID(s.id)); box.Truthy() && box.Get("value").String() != s.Text {
				box.Set("value", s.Text)
			}
		}
	})
}

func (p *Page) onClearAll(ctx app.Context, e app.Event) {
	p.replaceSources(ctx, nil, "Cleared all sources.")
	afterRender(p.ui, func() { focus("undo") })
}

func (p *Page) onUndo(ctx app.Context, e app.Event) {
	undo := p.tools.undo.Sources
	p.tools.undo = undoState{}
	if app.IsClient {
		ctx.LocalStorage().Del(undoKey)
	}
	p.setSources(undo)
	p.changed(ctx)
	p.analyse(ctx)
	afterRender(p.ui, func() { focus("clear-all") })
}
