package view

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/engine"
	"parallax/wasm/example"
)

// TypingPause is how long the page waits after the last keystroke before it
// analyses again, so that typing stays smooth. `make bench` reads it to tell the
// wait from the work.
const TypingPause = 400 * time.Millisecond

// maxSources bounds how many articles can be compared at once; each one gets a
// letter badge, and the alphabet is a natural limit for a reader too.
const maxSources = 26

// Page is the paste page: a list of sources, each with a name and a text, and the
// analysis of whatever they hold.
type Page struct {
	app.Compo

	// Embedded renders the compact panel used inside a publisher's page.
	Embedded bool
	expanded bool // the embedded panel shows the whole analysis, as asked

	sources []source
	nextID  int // gives every source stable element ids for its labels

	ui     app.Context // the page's own context, for work after an update; see afterRender
	ready  bool        // the app runs in the browser (prerendered pages are not ready)
	result *engine.Result
	status string // announced to screen readers after every analysis
	typing int    // counts keystrokes, so only the last pause triggers an analysis
	work   work   // the analysis under way and each source's last one; see analyse.go
	// rehearsal is the warm-up's comparison, drawn hidden for a moment so that
	// drawing the reader's first one is no longer new to the browser; see warmup.go.
	rehearsal *engine.Result
	tools     tools // notices, undo, share links and the embedding bridge; see storage.go
}

// A source is one article as the reader entered it. The id names its elements and
// its place in storage, so that every edit reaches the source it was made in,
// wherever the source has moved in the list.
type source struct {
	id   int
	key  string // identifies the source across tabs; see storage.go
	Name string
	Text string
}

// OnInit starts with one empty source.
func (p *Page) OnInit() {
	if len(p.sources) == 0 {
		p.addSource("", "")
	}
}

// OnMount marks the page as ready once it runs in the browser, which tests and
// styles can rely on, and warms the engine up once the ready page is drawn.
func (p *Page) OnMount(ctx app.Context) {
	p.ui = ctx
	p.ready = app.IsClient
	p.mountTools(ctx)
	afterRender(ctx, p.warmUp)
}

func (p *Page) addSource(name, text string) {
	p.addSaved(savedSource{Name: name, Text: text})
}

// addSaved adds a source as storage, links and hosts carry it, keeping its key.
func (p *Page) addSaved(s savedSource) {
	if s.Name == "" {
		s.Name = "Source " + letter(len(p.sources))
	}
	if s.Key == "" {
		s.Key = newKey()
	}
	p.sources = append(p.sources, source{id: p.nextID, key: s.Key, Name: s.Name, Text: s.Text})
	p.nextID++
}

// letter returns the badge letter of the i-th source.
func letter(i int) string { return string(rune('A' + i%maxSources)) }

// Render draws the page.
// On a publisher's page the widget starts compact, with the answer and nothing
// else: the sources and the tools wait for "See all".
func (p *Page) Render() app.UI {
	compact := p.Embedded && !p.expanded
	status := app.P().Class("status").ID("status").Attr("role", "status").Attr("aria-live", "polite")
	if compact && p.result != nil && !p.work.busy {
		status = status.Class("visually-hidden") // the headline says it in fewer words
	}
	return app.Div().Class("parallax").DataSet("ready", p.ready).
		OnDragOver(p.onDragOver).OnDrop(p.onDrop).Body(
		app.If(!p.Embedded, p.renderHeader),
		app.Main().ID("main").TabIndex(-1).Body(
			app.If(!compact, func() app.UI { return p.renderSourcesPanel() }),
			app.If(!compact, func() app.UI { return p.renderTools() }),
			status.Text(p.statusText()),
			app.If(p.result != nil, func() app.UI { return p.renderResult() }),
			app.If(compact && p.tools.notice != "", func() app.UI {
				return app.P().ID("notice").Class("notice").Attr("role", "status").Text(p.tools.notice)
			}),
			app.If(compact && p.result != nil, p.renderSeeAll),
		),
		app.If(p.rehearsal != nil, func() app.UI {
			return app.Div().Hidden(true).Aria("hidden", "true").Body(&analysis{Result: p.rehearsal})
		}),
	)
}

func (p *Page) renderHeader() app.UI {
	return app.Header().Class("masthead").Body(
		app.H1().Text("Parallax"),
		app.P().Class("tagline").Text("Paste articles about one story and see who is involved, where, when, how much and who said what, and where the sources agree, differ or stay silent. Everything runs in your browser: the text never leaves it."),
	)
}

// renderSourcesPanel shows the sources in full on the paste page; inside a
// publisher's page, where the articles come from the host, they fold away so the
// findings come first.
func (p *Page) renderSourcesPanel() app.UI {
	if !p.Embedded {
		return p.renderSources()
	}
	return app.Details().Class("sources-panel").Body(
		app.Summary().Text(fmt.Sprintf("The articles compared (%d): view or edit", len(p.sources))),
		p.renderSources(),
	)
}

func (p *Page) renderSources() app.UI {
	return app.Section().Class("sources").Aria("label", "Sources").Body(
		// The list has its own container so that adding a source leaves the buttons
		// below it (and the keyboard focus on them) in place.
		app.Div().Class("source-list").Body(
			app.Range(p.sources).Slice(func(i int) app.UI { return p.renderSource(i) }),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID("add-source").Text("Add source").
				Disabled(len(p.sources) >= maxSources).OnClick(p.onAddSource),
			app.Button().Type("button").ID("try-example").Text("Try an example").OnClick(p.onExample),
			app.Button().Type("button").ID("analyse").Class("primary").Text("Analyse").OnClick(p.onAnalyse),
			app.If(p.work.busy, func() app.UI {
				return app.Button().Type("button").ID("cancel").Text("Cancel").OnClick(p.onCancel)
			}),
		),
	)
}

// renderSource draws source i. go-app keeps one handler per element for as long
// as the handler is the same function, so the handlers are the page's methods and
// read the source's id from the element they fire on. The text box's value is
// never rendered: the reader's typing owns it, and writeFields sets it when the
// text changes from outside.
func (p *Page) renderSource(i int) app.UI {
	s := p.sources[i]
	id := strconv.Itoa(s.id)
	return app.Div().Class("source", sourceClass(i)).Body(
		app.Div().Class("source-head").Body(
			badge(i),
			app.Label().For(nameID(s.id)).Class("visually-hidden").Text("Name of source "+letter(i)),
			app.Input().Type("text").ID(nameID(s.id)).Class("source-name").DataSet("source", id).
				Value(s.Name).AutoComplete(false).OnInput(p.onRename),
			app.Button().Type("button").Class("remove").DataSet("source", id).
				Aria("label", "Remove source "+letter(i)+" ("+s.Name+")").
				Disabled(len(p.sources) == 1).Text("Remove").OnClick(p.onRemove),
		),
		app.Label().For(textID(s.id)).Class("visually-hidden").Text("Text of source "+letter(i)),
		app.Textarea().ID(textID(s.id)).Class("source-text").Rows(6).DataSet("source", id).
			Placeholder("Paste the article text here").
			OnInput(p.onType).OnPaste(p.onPaste),
	)
}

func nameID(id int) string { return "source-name-" + strconv.Itoa(id) }
func textID(id int) string { return "source-text-" + strconv.Itoa(id) }

// sourceAt returns the index of the source whose element fired the event, or -1.
func (p *Page) sourceAt(ctx app.Context) int {
	id, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("source").String())
	if err != nil {
		return -1
	}
	return p.indexOf(id)
}

// badge is a source's letter in its colour; the letter carries the meaning, so the
// colour is never the only cue.
func badge(i int) app.UI {
	return app.Span().Class("badge", sourceClass(i)).Aria("hidden", "true").Text(letter(i))
}

func sourceClass(i int) string { return fmt.Sprintf("src-%d", i%8) }

func (p *Page) indexOf(id int) int {
	for i, s := range p.sources {
		if s.id == id {
			return i
		}
	}
	return -1
}

func (p *Page) onAddSource(ctx app.Context, e app.Event) {
	p.addSource("", "")
	id := textID(p.nextID - 1)
	// The new box comes last and empty, and the others keep their places: there
	// is no text to write into them, which would mean reading each one back.
	p.saveNow(ctx)
	afterRender(p.ui, func() { focus(id) })
}

// onExample puts the example story in place of the sources; Undo brings back
// what the reader had.
func (p *Page) onExample(ctx app.Context, e app.Event) {
	var story []savedSource
	for _, a := range example.Story() {
		story = append(story, savedSource{Name: a.Name, Text: a.Text})
	}
	p.replaceSources(ctx, story, "Replaced your sources with the example.")
	p.revealResults(ctx)
}

func (p *Page) onAnalyse(ctx app.Context, e app.Event) {
	p.analyse(ctx)
	p.revealResults(ctx)
}

// onRemove removes a source; Undo brings it back.
func (p *Page) onRemove(ctx app.Context, e app.Event) {
	i := p.sourceAt(ctx)
	if i < 0 || len(p.sources) == 1 {
		return
	}
	// The button that was pressed goes away with its source: hand the focus to
	// one that stays before it does.
	focus("add-source")
	p.keepForUndo(ctx, fmt.Sprintf("Removed source %s (%s).", letter(i), p.sources[i].Name))
	p.sources = append(p.sources[:i], p.sources[i+1:]...)
	p.changed(ctx)
	p.analyse(ctx)
}

func (p *Page) onRename(ctx app.Context, e app.Event) {
	if i := p.sourceAt(ctx); i >= 0 {
		p.sources[i].Name = ctx.JSSrc().Get("value").String()
		p.typed(ctx)
	}
}

func (p *Page) onType(ctx app.Context, e app.Event) {
	if i := p.sourceAt(ctx); i >= 0 {
		p.sources[i].Text = ctx.JSSrc().Get("value").String()
		p.typed(ctx)
	}
}

// typed saves an edit at once and analyses once the reader pauses typing, when
// that is quick enough to feel live; otherwise the Analyse button does it.
func (p *Page) typed(ctx app.Context) {
	p.saveSoon(ctx)
	p.typing++
	if !p.live() {
		p.work.stale = true
		return
	}
	n := p.typing
	p.ui.After(TypingPause, func(ctx app.Context) {
		if n == p.typing {
			p.analyse(ctx)
		}
	})
}

// revealResults scrolls the answer into view once it is drawn: the summary and the
// first findings, not the text boxes the reader has just filled. Until the
// comparison is drawn the page may be too short to bring the summary to the top,
// so an analysis still under way scrolls again when it finishes.
func (p *Page) revealResults(ctx app.Context) {
	p.work.reveal = p.work.busy || p.work.comparing
	p.scrollToAnswer()
}

// scrollToAnswer brings the status line, and the findings below it, to the top
// once the page is drawn.
func (p *Page) scrollToAnswer() {
	afterRender(p.ui, func() {
		if el := app.Window().GetElementByID("status"); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "start"})
		}
	})
}

// summary says in one sentence what the analysis found, for the status line.
func summary(r *engine.Result, took time.Duration) string {
	entities := 0
	for _, s := range r.Sources {
		entities += len(s.Mentions.Entities)
	}
	msg := fmt.Sprintf("Analysed %s in %s: %s", plural(len(r.Sources), "article"),
		took.Round(time.Millisecond), plural(entities, "entity"))
	if len(r.Sources) > 1 {
		msg += fmt.Sprintf(", %s where they differ (%s in all)",
			plural(len(notableIndices(r.Comparison.Findings)), "finding"), plural(len(r.Comparison.Findings), "finding"))
	}
	if n := len(r.Failures); n > 0 {
		msg += "; " + plural(n, "source") + " could not be read"
	}
	return msg + "."
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if strings.HasSuffix(word, "y") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(word, "y"))
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// afterRender runs f once the page shows the current state: go-app updates the DOM
// on its next frame, after the event handler returns, then runs deferred work. It
// drops the work of an element the update removed, and as it reuses elements by
// position the button just pressed may be gone; so ui is the component's own
// context, kept from OnMount, which lives as long as the component.
func afterRender(ui app.Context, f func()) {
	ui.Defer(func(app.Context) { f() })
}

// focus moves keyboard focus to the element with the given id, if it exists.
func focus(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}
