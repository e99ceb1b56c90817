package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// newStrictBrowser is newBrowser with third-party cookies, and with them
// third-party storage, blocked, as in browsers that block them by default.
func newStrictBrowser(t *testing.T) context.Context {
	t.Helper()
	profile := t.TempDir()
	// Blocking all cookies blocks storage for every site, the widget's included,
	// which is what the widget meets as a third party where browsers block that.
	prefs := `{"profile": {"default_content_setting_values": {"cookies": 2}}}`
	if err := os.MkdirAll(filepath.Join(profile, "Default"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "Default", "Preferences"), []byte(prefs), 0o644); err != nil {
		t.Fatal(err)
	}
	return newBrowserWithProfile(t, profile)
}

// crossSite serves the app and returns two origins for it that are different
// sites to the browser: the demo page's (127.0.0.1) and the widget's (localhost).
func crossSite(t *testing.T, embedOrigins []string) (page, widget string) {
	t.Helper()
	h, err := newHandler(builtWeb(t), embedOrigins)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	return srv.URL, "http://localhost:" + u.Port()
}

// frameContext attaches to the widget's iframe, which Chromium runs as a target of
// its own because it comes from another site.
func frameContext(t *testing.T, ctx context.Context, prefix string) context.Context {
	t.Helper()
	for range 100 {
		infos, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, info := range infos {
			if info.Type == "iframe" && strings.HasPrefix(info.URL, prefix) {
				frame, cancel := chromedp.NewContext(ctx, chromedp.WithTargetID(info.TargetID))
				t.Cleanup(cancel)
				return frame
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("no iframe target at %s", prefix)
	return nil
}

// waitFor polls a JavaScript condition, or a promise of one, until it holds.
func waitFor(t *testing.T, ctx context.Context, what, condition string) {
	t.Helper()
	for range 300 {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](condition, chromedp.EvalAwaitPromise))
		if err == nil && ok {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s (%s)", what, condition)
}

// TestBrowserEmbedCrossSite loads the demo news page from one site with the widget
// from another, in a browser that blocks third-party storage, on a page whose
// Content-Security-Policy forbids WebAssembly: the results must arrive, the
// iframe must take its content's height, and clicks inside the widget must work.
func TestBrowserEmbedCrossSite(t *testing.T) {
	page, widget := crossSite(t, []string{"*"})
	ctx := newStrictBrowser(t)
	must(t, ctx, chromedp.Navigate(page+"/demo/#widget="+widget))

	wasmBlocked := get(t, ctx, chromedp.Evaluate[string](
		`WebAssembly.compile(new Uint8Array([0,97,115,109,1,0,0,0])).then(() => "allowed", () => "blocked")`,
		chromedp.EvalAwaitPromise))
	if wasmBlocked != "blocked" {
		t.Errorf("the demo page may compile WebAssembly (%s); its CSP should forbid it", wasmBlocked)
	}

	waitFor(t, ctx, "the widget's result on the host page",
		`document.getElementById("parallax-summary").textContent.startsWith("Parallax compared 3 articles")`)
	summary := get(t, ctx, chromedp.Text(chromedp.ID("parallax-summary")))
	if !strings.Contains(summary, "conflicts") {
		t.Errorf("summary = %q", summary)
	}
	waitFor(t, ctx, "the iframe to take its content's height",
		`parseInt(document.querySelector("iframe.parallax-widget").style.height) > 200`)

	must(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector(".widget").scrollIntoView()`))
	if png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()); err == nil {
		os.MkdirAll(filepath.Join("..", "screenshots"), 0o755)
		os.WriteFile(filepath.Join("..", "screenshots", "embed-demo.png"), png, 0o644)
	}

	frame := frameContext(t, ctx, widget+"/embed")
	blocked := get(t, frame, chromedp.Evaluate[bool](`window.parallaxStorageBlocked === true`))
	if !blocked {
		t.Error("storage was not blocked in the widget, so the storage shim went untested")
	}
	if theme := get(t, frame, chromedp.Evaluate[string](`document.documentElement.dataset.theme`)); theme != "light" {
		t.Errorf("on the light demo page the widget's theme is %q", theme)
	}
	must(t, ctx, chromedp.Click(chromedp.ID("theme-toggle")))
	waitFor(t, frame, "the widget to follow the page to dark", `document.documentElement.dataset.theme === "dark"`)

	// The articles fold away in the widget, behind See all: open them, then add
	// one. Each click waits, as a reader's eyes do, for the widget to settle at
	// its new height: the host resizes the iframe a moment after the content
	// grows, and a click aimed before that lands where the target was.
	waitFor(t, frame, "the widget to settle at its compact height", settled)
	must(t, frame, chromedp.Click(chromedp.ID("see-all")))
	waitFor(t, frame, "See all to show the articles", `document.querySelector("details.sources-panel > summary") !== null`)
	waitFor(t, frame, "the widget to grow to its content", settled)
	sources := get(t, frame, chromedp.Evaluate[int](`document.querySelectorAll(".source").length`))
	must(t, frame, chromedp.Click(chromedp.CSS(`details.sources-panel > summary`)))
	waitFor(t, frame, "the articles to unfold", `document.querySelector("details.sources-panel").open`)
	waitFor(t, frame, "the widget to grow to the articles", settled)
	must(t, frame, chromedp.Click(chromedp.ID("add-source")))
	waitFor(t, frame, "a new, empty source", `document.querySelectorAll(".source").length === `+strconv.Itoa(sources+1))
}

// settled holds in the widget's frame once the host has made the iframe as tall
// as the widget's content, so nothing scrolls or moves any more.
const settled = `innerHeight >= document.documentElement.scrollHeight && scrollY === 0`

// protocolHarness builds an iframe of the widget in the current page, waits for
// "parallax:ready", sends a message of an unknown version and then articles, and
// resolves with every message it received (origin and data), or after 20 s.
const protocolHarness = `new Promise(resolve => {
	const got = [];
	const f = document.createElement("iframe");
	f.src = WIDGET + "/embed#host=" + encodeURIComponent(location.origin);
	addEventListener("message", e => {
		if (e.source !== f.contentWindow) return;
		got.push({origin: e.origin, type: e.data.type, version: e.data.version, summary: e.data.summary || null});
		if (e.data.type === "parallax:ready") {
			f.contentWindow.postMessage({type: "parallax:analyze", version: 2, articles: []}, WIDGET);
			f.contentWindow.postMessage({type: "parallax:analyze", version: 1, articles: [
				{name: "A", text: "Mayor Lena Ostrova opened the bridge in Kellport on Monday."},
				{name: "B", html: "<article><p>Mayor Lena Ostrova opened the bridge in Kellport on Tuesday.</p></article>"}]}, WIDGET);
		}
		if (e.data.type === "parallax:result") resolve(got);
	});
	setTimeout(() => resolve(got), 20000);
	document.body.appendChild(f);
})`

type protocolMessage struct {
	Origin  string         `json:"origin"`
	Type    string         `json:"type"`
	Version int            `json:"version"`
	Summary map[string]int `json:"summary"`
}

// TestBrowserEmbedProtocol speaks the protocol to the widget from a page of
// another site, once as an allowed origin and once as one that is not.
func TestBrowserEmbedProtocol(t *testing.T) {
	t.Run("allowed", func(t *testing.T) {
		page, widget := crossSite(t, []string{"*"})
		got := runHarness(t, page, widget)
		types := []string{}
		for _, m := range got {
			types = append(types, m.Type)
			if m.Origin != widget || m.Version != 1 {
				t.Errorf("message %+v: want origin %s, version 1", m, widget)
			}
		}
		joined := strings.Join(types, " ")
		for _, want := range []string{"parallax:ready", "parallax:error", "parallax:result"} {
			if !strings.Contains(joined, want) {
				t.Errorf("messages %q lack %s", joined, want)
			}
		}
		if last := got[len(got)-1]; last.Summary["documents"] != 2 {
			t.Errorf("result summary %v, want 2 documents", last.Summary)
		}
	})
	t.Run("refused", func(t *testing.T) {
		page, widget := crossSite(t, []string{"https://news.example"})
		if got := runHarness(t, page, widget); len(got) != 0 {
			t.Errorf("a widget for https://news.example answered %s: %+v", page, got)
		}
	})
}

// runHarness runs protocolHarness on a page of the host (any page will do: the
// harness builds its own iframe) and returns the widget's messages.
func runHarness(t *testing.T, page, widget string) []protocolMessage {
	t.Helper()
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(page+"/demo/"))
	return get(t, ctx, chromedp.Evaluate[[]protocolMessage](
		strings.ReplaceAll(protocolHarness, "WIDGET", strconv.Quote(widget)), chromedp.EvalAwaitPromise))
}

// TestBrowserStorageBlocked opens the paste page where storage is blocked: it
// works, and says that nothing will be kept.
func TestBrowserStorageBlocked(t *testing.T) {
	page, _ := crossSite(t, []string{"*"})
	ctx := newStrictBrowser(t)
	must(t, ctx,
		chromedp.Navigate(page+"/"),
		waitReady(),
		chromedp.SendKeys(chromedp.CSS(`.source-text`), "Mayor Lena Ostrova opened the bridge in Kellport on Monday."),
		chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)),
	)
	if notice := get(t, ctx, chromedp.Text(chromedp.ID("notice"))); !strings.Contains(notice, "kept only until you close this tab") {
		t.Errorf("with storage blocked the notice says %q", notice)
	}
}

// TestEmbedRoutes checks what the server sends for embedding: embed.js may be
// loaded by other sites, the demo page forbids WebAssembly, and /embed may be
// framed by the configured origins only.
func TestEmbedRoutes(t *testing.T) {
	web := testWeb(t)
	os.Mkdir(filepath.Join(web, "demo"), 0o755)
	for name, body := range map[string]string{"embed.js": "(function(){})();", "demo/index.html": "<title>Demo</title>"} {
		if err := os.WriteFile(filepath.Join(web, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h, err := newHandler(web, []string{"https://news.example"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path   string
		header string
		want   string
		absent string
	}{
		{"/web/embed.js", "Cross-Origin-Resource-Policy", "cross-origin", ""},
		{"/web/app.css", "Cross-Origin-Resource-Policy", "same-origin", ""},
		{"/embed", "Content-Security-Policy", "frame-ancestors https://news.example", ""},
		{"/", "Content-Security-Policy", "frame-ancestors 'self'", ""},
		{"/demo/", "Content-Security-Policy", "script-src 'self' http: https:", "wasm-unsafe-eval"},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		if rec.Code != http.StatusOK {
			t.Errorf("%s: status %d", tt.path, rec.Code)
		}
		got := rec.Header().Get(tt.header)
		if !strings.Contains(got, tt.want) || tt.absent != "" && strings.Contains(got, tt.absent) {
			t.Errorf("%s: %s = %q, want %q without %q", tt.path, tt.header, got, tt.want, tt.absent)
		}
	}
}

// noArticleHarness sends the widget an article whose HTML holds no story and
// resolves with the widget's answer and the status line the reader sees.
const noArticleHarness = `new Promise(resolve => {
	const f = document.createElement("iframe");
	f.src = WIDGET + "/embed#host=" + encodeURIComponent(location.origin);
	addEventListener("message", e => {
		if (e.source !== f.contentWindow) return;
		if (e.data.type === "parallax:ready") {
			f.contentWindow.postMessage({type: "parallax:analyze", version: 1, articles: [
				{name: "Empty", html: "<main><nav><a href='/'>Home</a></nav><script>var story = 1;</script></main>"}]}, WIDGET);
		}
		if (e.data.type !== "parallax:ready") resolve(e.data.type + ": " + e.data.error);
	});
	setTimeout(() => resolve("no answer"), 20000);
	document.body.appendChild(f);
})`

// TestBrowserEmbedNoArticle sends the widget a page with no article text: it must
// say so to the host (parallax:error) and to the reader.
func TestBrowserEmbedNoArticle(t *testing.T) {
	page, widget := crossSite(t, []string{"*"})
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(page+"/demo/"))
	answer := get(t, ctx, chromedp.Evaluate[string](
		strings.ReplaceAll(noArticleHarness, "WIDGET", strconv.Quote(widget)), chromedp.EvalAwaitPromise))
	if !strings.HasPrefix(answer, "parallax:error: No article text") {
		t.Errorf("the widget answered %q, want a parallax:error", answer)
	}
	frame := frameContext(t, ctx, widget+"/embed")
	waitFor(t, frame, "the reader to be told", `document.getElementById("status").textContent.startsWith("No article text")`)
}
