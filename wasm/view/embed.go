package view

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/engine"
	"parallax/wasm/htmltext"
)

// The embedding protocol between a publisher's page (through web/embed.js) and the
// widget at /embed, carried by window.postMessage. Every message is an object
// with a type and the protocol's version:
//
//	host to widget:
//	  {type: "parallax:analyze", version: 1, articles: [{name, text | html}], theme?}
//	  {type: "parallax:theme", version: 1, theme: "light" | "dark"}
//	widget to host:
//	  {type: "parallax:ready", version: 1}              it can take articles
//	  {type: "parallax:result", version: 1, summary: {documents, entities, findings, conflicts}}
//	  {type: "parallax:resize", version: 1, height}     its content's height in CSS pixels
//	  {type: "parallax:error", version: 1, error}       a message it could not use, or articles with no text
//
// The widget accepts messages only from its parent window, and only from the
// origins in EmbedOriginsEnv; it answers only the origin that sent it articles
// (until then, the origin embed.js declared in the iframe's fragment, #host=),
// never "*".
const protocolVersion = 1

// EmbedOriginsEnv is the app environment variable (app.Handler.Env) listing the
// origins, separated by spaces, that may send the widget articles; empty or "*"
// allows any.
const EmbedOriginsEnv = "PARALLAX_EMBED_ORIGINS"

// maxArticleBytes bounds each article a host may send, as a pasted text is
// bounded by what a reader would paste.
const maxArticleBytes = 10 << 20

// maxMessageChars bounds a whole message from the host, in UTF-16 code units as
// JavaScript counts them, so that the widget never copies more than it would
// analyse.
const maxMessageChars = 24 << 20

// A bridge links the embedded page to its host page.
type bridge struct {
	host    string   // the origin messages go to; "" until one is known
	allowed []string // origins that may send articles
	height  int      // the height last reported
}

// hostMessage is a message from the host page.
type hostMessage struct {
	Type     string        `json:"type"`
	Version  int           `json:"version"`
	Articles []hostArticle `json:"articles"`
	Theme    string        `json:"theme"`
}

// A hostArticle is an article as the host sends it: plain text, or HTML that the
// widget reduces to the article's text.
type hostArticle struct {
	Name string `json:"name"`
	Text string `json:"text"`
	HTML string `json:"html"`
}

// startBridge listens for the host's messages, reports the page's height as it
// changes, and tells the host that the widget is ready.
func (p *Page) startBridge(ctx app.Context) {
	host, theme := parseFragment(app.Window().Get("location").Get("hash").String())
	b := &bridge{allowed: strings.Fields(app.Getenv(EmbedOriginsEnv))}
	if originAllowed(host, b.allowed) {
		b.host = host
	}
	applyTheme(theme)
	p.tools.bridge = b
	app.Window().Call("addEventListener", "message", app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			p.receive(ctx, args[0])
		}
		return nil
	}))
	b.watchHeight()
	b.post(map[string]any{"type": "parallax:ready"})
}

// receive handles one message event. A host can send anything, including values
// that JSON cannot hold, so a failure drops the message instead of stopping the
// app.
func (p *Page) receive(ctx app.Context, ev app.Value) {
	defer func() { recover() }()
	b := p.tools.bridge
	origin := ev.Get("origin").String()
	if !ev.Get("source").Equal(app.Window().Get("parent")) || !originAllowed(origin, b.allowed) {
		return
	}
	data := ev.Get("data")
	if data.Type() != app.TypeObject || !strings.HasPrefix(data.Get("type").String(), "parallax:") {
		return
	}
	var msg hostMessage
	raw := app.Window().Get("JSON").Call("stringify", data)
	err := fmt.Errorf("the message is larger than %d MB; send fewer or shorter articles", maxMessageChars>>20)
	// A JavaScript string's length is read through its object wrapper: syscall/js
	// reads properties of objects only.
	if app.Window().Call("Object", raw).Get("length").Int() <= maxMessageChars {
		msg, err = parseHostMessage(raw.String())
	}
	ctx.Dispatch(func(ctx app.Context) {
		if b.host != origin {
			b.host, b.height = origin, 0 // the new host has not heard the height yet
		}
		if err != nil {
			p.tools.notice = "The page sent something Parallax could not use: " + err.Error() + "."
			b.post(map[string]any{"type": "parallax:error", "error": err.Error()})
			return
		}
		applyTheme(msg.Theme)
		if msg.Type == "parallax:analyze" {
			p.analyseArticles(ctx, b, msg.Articles)
		}
		afterRender(p.ui, b.reportHeight)
	})
}

// noArticle tells the reader and the host that the articles sent hold no text.
const noArticle = "No article text was found on this page, so there is nothing to analyse."

// analyseArticles analyses the host's articles, or, when none holds any text, says
// so to the reader and to the host.
func (p *Page) analyseArticles(ctx app.Context, b *bridge, articles []hostArticle) {
	sources, note := articleSources(articles)
	if len(sources) == 0 {
		p.status = noArticle
		b.post(map[string]any{"type": "parallax:error", "error": noArticle})
		return
	}
	p.tools.notice = note
	p.setSources(sources)
	p.writeFields(ctx)
	p.analyse(ctx)
}

// parseHostMessage decodes and checks a message from the host.
func parseHostMessage(raw string) (hostMessage, error) {
	var m hostMessage
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		return m, errors.New("the message is not a Parallax message")
	}
	if m.Version != protocolVersion {
		return m, fmt.Errorf("protocol version %d is not supported; this widget speaks version %d", m.Version, protocolVersion)
	}
	switch m.Type {
	case "parallax:analyze":
		if len(m.Articles) == 0 {
			return m, errors.New("parallax:analyze needs at least one article")
		}
	case "parallax:theme":
	default:
		return m, fmt.Errorf("unknown message type %q", m.Type)
	}
	return m, nil
}

// articleSources turns the host's articles into sources: HTML reduced to the
// article's text, names given where missing, empty articles dropped, and at most
// maxSources of at most maxArticleBytes each. The note tells the reader what was
// left out or cut, if anything.
func articleSources(articles []hostArticle) (out []savedSource, note string) {
	var cut []string
	if len(articles) > maxSources {
		note = fmt.Sprintf("The page sent %d articles; Parallax compares the first %d.", len(articles), maxSources)
		articles = articles[:maxSources]
	}
	for _, a := range articles {
		text := a.Text
		if text == "" && a.HTML != "" {
			text = htmltext.Extract(a.HTML)
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		name := strings.TrimSpace(a.Name)
		if name == "" {
			name = "Article " + letter(len(out))
		}
		if len(text) > maxArticleBytes {
			text = strings.ToValidUTF8(text[:maxArticleBytes], "")
			cut = append(cut, name)
		}
		out = append(out, savedSource{Name: name, Text: text})
	}
	if len(cut) > 0 {
		note = strings.TrimSpace(note + fmt.Sprintf(" Cut to its first %d MB: %s.", maxArticleBytes>>20, strings.Join(cut, ", ")))
	}
	return out, note
}

// parseFragment reads what embed.js puts in the iframe's fragment: the host's
// origin and its theme.
func parseFragment(hash string) (host, theme string) {
	q, err := url.ParseQuery(strings.TrimPrefix(hash, "#"))
	if err != nil {
		return "", ""
	}
	return q.Get("host"), q.Get("theme")
}

// originAllowed reports whether origin may use the widget. An opaque origin
// ("null") never may: the widget could not address its answers to it.
func originAllowed(origin string, allowed []string) bool {
	if origin == "" || origin == "null" {
		return false
	}
	if len(allowed) == 0 {
		return true
	}
	for _, a := range allowed {
		if a == "*" || a == origin {
			return true
		}
	}
	return false
}

// applyTheme follows the host's light or dark theme; anything else leaves the
// reader's system preference in charge.
func applyTheme(theme string) {
	root := app.Window().Get("document").Get("documentElement")
	switch theme {
	case "light", "dark":
		root.Call("setAttribute", "data-theme", theme)
	case "":
	default:
		root.Call("removeAttribute", "data-theme")
	}
}

// A resultSummary is what the host learns about an analysis: counts only, never
// the text.
type resultSummary struct {
	Documents, Entities, Findings, Conflicts int
}

// summarize counts an analysis's documents, entities (aligned across documents),
// findings, and the findings that are conflicts.
func summarize(r *engine.Result) resultSummary {
	if r == nil {
		return resultSummary{}
	}
	s := resultSummary{Documents: len(r.Sources), Entities: len(r.Comparison.Entities), Findings: len(r.Comparison.Findings)}
	for _, f := range r.Comparison.Findings {
		if f.Kind == compare.Conflict || f.Kind == compare.AttributionConflict {
			s.Conflicts++
		}
	}
	return s
}

// sendResult tells the host what the last analysis found.
func (b *bridge) sendResult(r *engine.Result) {
	if b == nil {
		return
	}
	s := summarize(r)
	b.post(map[string]any{"type": "parallax:result", "summary": map[string]any{
		"documents": s.Documents, "entities": s.Entities, "findings": s.Findings, "conflicts": s.Conflicts,
	}})
}

// watchHeight reports the page's height whenever it changes, so that embed.js can
// size the iframe to its content.
func (b *bridge) watchHeight() {
	observer := app.Window().Get("ResizeObserver")
	if !observer.Truthy() {
		return
	}
	observer.New(app.FuncOf(func(this app.Value, args []app.Value) any {
		b.reportHeight()
		return nil
	})).Call("observe", app.Window().Get("document").Get("body"))
}

// reportHeight tells the host the page's height, if it changed since last told.
func (b *bridge) reportHeight() {
	body := app.Window().Get("document").Get("body")
	h := int(math.Ceil(body.Call("getBoundingClientRect").Get("height").Float()))
	if h != b.height && b.host != "" {
		b.height = h
		b.post(map[string]any{"type": "parallax:resize", "height": h})
	}
}

// post sends msg, stamped with the protocol's version, to the host's origin only.
func (b *bridge) post(msg map[string]any) {
	if b.host == "" {
		return
	}
	defer func() { recover() }() // a closed or navigated-away host must not stop the app
	msg["version"] = protocolVersion
	app.Window().Get("parent").Call("postMessage", msg, b.host)
}
