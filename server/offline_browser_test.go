package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// marker is an invented name that appears in the test article and nowhere else,
// so that any request carrying the article's text shows it.
const marker = "Frostwhistle"

const privateArticle = "Mayor Quillan " + marker + " opened the Tessel bridge in Kellport on Monday. " +
	"\"It joins two halves of one city,\" " + marker + " said. The bridge cost $412 million."

// appHandlers returns the two ways the app is served, as handlers, so that a test
// can start and stop its own server.
func appHandlers(t *testing.T) map[string]http.Handler {
	t.Helper()
	live, err := newHandler(builtWeb(t), []string{"*"})
	if err != nil {
		t.Fatal(err)
	}
	dist := filepath.Join("..", "dist")
	if _, err := os.Stat(filepath.Join(dist, "index.html")); err != nil {
		t.Fatal("dist/ is missing: run 'make build' before the browser tests")
	}
	return map[string]http.Handler{"server": live, "dist": http.FileServer(http.Dir(dist))}
}

// cachedCondition holds once the service worker controls the page and has cached
// the page and app.wasm (go-app's worker fills its cache after it activates).
const cachedCondition = `(async () => {
	if (!navigator.serviceWorker.controller) return false;
	for (const key of await caches.keys()) {
		const cache = await caches.open(key);
		if (await cache.match("/web/app.wasm") && await cache.match("/") && await cache.match("/web/icon-512.png")) return true;
	}
	return false;
})()`

// TestBrowserOffline loads the app, waits for the service worker to cache it,
// stops the server, reloads and analyses an article.
func TestBrowserOffline(t *testing.T) {
	for name, h := range appHandlers(t) {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(h)
			t.Cleanup(srv.Close)
			ctx := newBrowser(t)
			must(t, ctx, chromedp.Navigate(srv.URL+"/"), waitReady())
			installable, err := chromedp.Call(ctx, page.GetInstallabilityErrors, cdp.Empty{})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range installable.InstallabilityErrors {
				t.Errorf("not installable: %s %v", e.ErrorID, e.ErrorArguments)
			}
			waitFor(t, ctx, "the service worker to cache the app", cachedCondition)

			srv.Close()
			must(t, ctx,
				chromedp.Reload(),
				waitReady(),
				chromedp.SendKeys(chromedp.CSS(`.source-text`), privateArticle),
				chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)),
			)
			entities := get(t, ctx, chromedp.Text(chromedp.CSS(`.entities`)))
			if !strings.Contains(entities, marker) {
				t.Errorf("offline, the entities shown are %q, want %s among them", entities, marker)
			}
		})
	}
}

// A recorded request, as the server saw it.
type seenRequest struct {
	method, url string
	header      http.Header
	body        []byte
}

// recording wraps h and keeps every request it serves.
func recording(h http.Handler) (http.Handler, func() []seenRequest) {
	var mu sync.Mutex
	var seen []seenRequest
	wrapped := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		mu.Lock()
		seen = append(seen, seenRequest{r.Method, r.URL.String(), r.Header.Clone(), body})
		mu.Unlock()
		h.ServeHTTP(w, r)
	})
	return wrapped, func() []seenRequest {
		mu.Lock()
		defer mu.Unlock()
		return append([]seenRequest(nil), seen...)
	}
}

// carriesText reports whether s holds the marker, as it is or URL-escaped.
func carriesText(s string) bool {
	unescaped, _ := url.QueryUnescape(s)
	return strings.Contains(strings.ToLower(s+" "+unescaped), strings.ToLower(marker))
}

// TestBrowserTextStaysLocal watches every request, in the browser and at the
// server, while an article is pasted, analysed, exported, shared and reloaded:
// none may carry the article's text.
func TestBrowserTextStaysLocal(t *testing.T) {
	h, seen := recording(appHandlers(t)["server"])
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var browserSeen []*network.Request
	events := chromedp.Events(ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			mu.Lock()
			browserSeen = append(browserSeen, ev.Request)
			mu.Unlock()
		}
	}()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior,
		browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
	must(t, ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitReady(),
		chromedp.SendKeys(chromedp.CSS(`.source-text`), privateArticle),
		chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)),
		chromedp.Click(chromedp.ID("export-json")),
		chromedp.Click(chromedp.ID("export-markdown")),
		chromedp.Click(chromedp.ID("share")),
		chromedp.WaitVisible(chromedp.ID("share-link")),
		chromedp.Reload(),
		waitReady(),
	)
	time.Sleep(time.Second)

	mu.Lock()
	defer mu.Unlock()
	if len(browserSeen) == 0 || len(seen()) == 0 {
		t.Fatalf("saw %d requests in the browser and %d at the server; the watch is broken", len(browserSeen), len(seen()))
	}
	for _, r := range browserSeen {
		if r.HasPostData || carriesText(r.URL) || carriesText(headerText(r.Headers)) {
			t.Errorf("the browser sent the article's text: %s %s", r.Method, r.URL)
		}
	}
	for _, r := range seen() {
		if len(r.body) > 0 || carriesText(r.url) || carriesText(headerString(r.header)) {
			t.Errorf("the server received the article's text: %s %s", r.method, r.url)
		}
	}
	t.Logf("%d requests in the browser, %d at the server, none with the text", len(browserSeen), len(seen()))
}

func headerText(h network.Headers) string {
	b, _ := json.Marshal(h)
	return string(b)
}

func headerString(h http.Header) string {
	var b strings.Builder
	h.Write(&b)
	return b.String()
}

// TestBrowserNothingLost pastes an article, then reloads, closes the tab and opens
// another: the text is still there. Clear all empties the page; Undo brings the
// text back.
func TestBrowserNothingLost(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	text := func(ctx context.Context) string {
		t.Helper()
		return get(t, ctx, chromedp.Value(chromedp.CSS(`.source-text`)))
	}
	must(t, ctx,
		chromedp.Navigate(srv.URL+"/"),
		waitReady(),
		chromedp.SendKeys(chromedp.CSS(`.source-text`), privateArticle),
		chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)),
		chromedp.Reload(),
		waitReady(),
	)
	if got := text(ctx); got != privateArticle {
		t.Errorf("after a reload the text is %q", got)
	}

	tab, closeTab := chromedp.NewContext(ctx)
	must(t, tab, chromedp.Navigate(srv.URL+"/"), waitReady())
	closeTab()
	tab, closeTab = chromedp.NewContext(ctx)
	defer closeTab()
	must(t, tab, chromedp.Navigate(srv.URL+"/"), waitReady(), chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)))
	if got := text(tab); got != privateArticle {
		t.Errorf("in a new tab the text is %q", got)
	}

	must(t, tab, chromedp.Click(chromedp.ID("clear-all")), chromedp.WaitVisible(chromedp.ID("undo")))
	if got := text(tab); got != "" {
		t.Errorf("after Clear all the text is %q", got)
	}
	must(t, tab, chromedp.Click(chromedp.ID("undo")), chromedp.WaitNotPresent(chromedp.ID("undo")))
	if got := text(tab); got != privateArticle {
		t.Errorf("after Undo the text is %q", got)
	}
}
