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
	"strconv"
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
	allowDownloads(t, ctx, t.TempDir())
	must(t, ctx,
		pasteArticle(srv.URL),
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

// TestBrowserNothingLost pastes an article, then reloads, crashes the tab, and
// opens another: the text is still there. Clear all empties the page; Undo brings
// the text back.
func TestBrowserNothingLost(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	text := func(ctx context.Context) string {
		t.Helper()
		return get(t, ctx, chromedp.Value(chromedp.CSS(`.source-text`)))
	}
	must(t, ctx,
		pasteArticle(srv.URL),
		chromedp.Reload(),
		waitReady(),
	)
	if got := text(ctx); got != privateArticle {
		t.Errorf("after a reload the text is %q", got)
	}

	// Crash the tab's renderer, as a browser or system failure would.
	crash, cancelCrash := context.WithTimeout(ctx, 2*time.Second)
	chromedp.Call(crash, page.Crash, cdp.Empty{}) // a crashed tab never answers
	cancelCrash()
	probe, cancelProbe := context.WithTimeout(ctx, 2*time.Second)
	if _, err := chromedp.Run(probe, chromedp.Evaluate[int](`1`)); err == nil {
		t.Error("the tab still runs after Page.crash")
	}
	cancelProbe()
	tab, closeTab := chromedp.NewContext(ctx)
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

// TestBrowserShareLink makes a share link in one browser and opens it in another:
// the articles arrive through the fragment alone, beside the reader's own text
// there, and Undo takes them away again.
func TestBrowserShareLink(t *testing.T) {
	h, seen := recording(appHandlers(t)["server"])
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	sender := newBrowser(t)
	must(t, sender,
		pasteArticle(srv.URL),
		chromedp.Click(chromedp.ID("share")),
		chromedp.WaitVisible(chromedp.ID("share-link")),
	)
	link := get(t, sender, chromedp.Value(chromedp.ID("share-link")))
	if !strings.HasPrefix(link, srv.URL+"/#share=v1.") {
		t.Fatalf("share link %q", link)
	}

	// The receiver has text of their own, and opens the link in a new tab.
	first := newBrowser(t)
	const own = "The receiver's own notes about a ferry."
	must(t, first,
		chromedp.Navigate(srv.URL+"/"),
		waitReady(),
		chromedp.SendKeys(chromedp.CSS(`.source-text`), own),
		chromedp.WaitVisible(chromedp.CSS(`.entities`)),
	)
	receiver, closeTab := chromedp.NewContext(first)
	defer closeTab()
	must(t, receiver, chromedp.Navigate(link), waitReady(), chromedp.WaitVisible(chromedp.ID("undo")))
	if got := sourceTexts(t, receiver); len(got) != 2 || got[0] != own || got[1] != privateArticle {
		t.Errorf("the shared link opened %q, want the reader's text and the shared one", got)
	}
	if hash := get(t, receiver, chromedp.Evaluate[string](`location.hash`)); hash != "" {
		t.Errorf("the fragment stayed in the address (%d bytes), so a reload would undo later edits", len(hash))
	}
	must(t, receiver, chromedp.Click(chromedp.ID("undo")), chromedp.WaitNotPresent(chromedp.ID("undo")))
	if got := sourceTexts(t, receiver); len(got) != 1 || got[0] != own {
		t.Errorf("Undo left %q, want the receiver's own text alone", got)
	}
	// The same link opened in this tab, which already shows the app.
	must(t, receiver,
		chromedp.Evaluate[chromedp.Void](`location.href = `+strconv.Quote(link)),
		chromedp.WaitVisible(chromedp.ID("undo")),
	)
	if got := sourceTexts(t, receiver); len(got) != 2 || got[1] != privateArticle {
		t.Errorf("the shared link opened in the same tab gave %q", got)
	}
	for _, r := range seen() {
		if carriesText(r.url) {
			t.Errorf("the server received the shared text in %s", r.url)
		}
	}
}

// TestBrowserExport downloads the JSON and CSV exports and copies the report.
func TestBrowserExport(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	dir := t.TempDir()
	allowDownloads(t, ctx, dir)
	must(t, ctx,
		pasteArticle(srv.URL),
		chromedp.Click(chromedp.ID("export-json")),
		chromedp.Click(chromedp.ID("export-findings")),
	)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: true},
			Setting:    browser.PermissionSettingGranted,
			Origin:     srv.URL,
		}); err != nil {
			t.Fatal(err)
		}
	}
	must(t, ctx, chromedp.Click(chromedp.ID("copy-report")))
	waitFor(t, ctx, "the report to be copied", `document.getElementById("notice").textContent.startsWith("Copied")`)
	copied := get(t, ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
	if !strings.HasPrefix(copied, "# Parallax report") || !strings.Contains(copied, marker) {
		t.Errorf("the clipboard holds %q", copied[:min(len(copied), 80)])
	}
	var report struct {
		Documents []struct {
			Name     string `json:"name"`
			Entities []struct {
				Name string `json:"name"`
			} `json:"entities"`
		} `json:"documents"`
		Findings []any `json:"findings"`
	}
	b := waitForFile(t, filepath.Join(dir, "parallax.json"))
	if err := json.Unmarshal(b, &report); err != nil || len(report.Documents) != 1 || report.Findings == nil {
		t.Fatalf("parallax.json: %v\n%s", err, b)
	}
	if csv := waitForFile(t, filepath.Join(dir, "parallax-findings.csv")); !bytes.HasPrefix(csv, []byte("finding,kind,topic")) {
		t.Errorf("parallax-findings.csv starts %q", csv[:min(len(csv), 40)])
	}
}

// waitForFile returns a downloaded file's contents once it is complete.
func waitForFile(t *testing.T, path string) []byte {
	t.Helper()
	for range 100 {
		if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("%s was never downloaded", filepath.Base(path))
	return nil
}

// dropFiles drops files (name → content) on the page, as a reader dragging them
// from the desktop would.
const dropFiles = `(files => {
	const dt = new DataTransfer();
	for (const [name, content] of Object.entries(files)) dt.items.add(new File([content], name));
	const target = document.querySelector(".parallax");
	target.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
	target.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
})`

// paste pastes text into the first text box.
const paste = `(text => {
	const dt = new DataTransfer();
	dt.setData("text/plain", text);
	document.querySelector(".source-text").dispatchEvent(
		new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true}));
})`

// TestBrowserFilesAndLinks pastes a lone link and a web page's source, then drops
// a .txt, an .html and a .jpg file.
func TestBrowserFilesAndLinks(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(srv.URL+"/"), waitReady())

	must(t, ctx,
		chromedp.Evaluate[chromedp.Void](paste+`("https://news.example/2026/bridge")`),
		chromedp.WaitVisible(chromedp.ID("notice")),
	)
	if notice := get(t, ctx, chromedp.Text(chromedp.ID("notice"))); !strings.Contains(notice, "does not fetch web pages") {
		t.Errorf("after pasting a link the notice says %q", notice)
	}

	page := `<!DOCTYPE html><html><head><title>Ferry | Post</title></head><body><nav>Home</nav>
		<article><h1>Ferry resumes</h1><p>The Kellport ferry resumed on Friday.</p></article></body></html>`
	must(t, ctx, chromedp.Evaluate[chromedp.Void](paste+`(`+strconv.Quote(page)+`)`))
	waitFor(t, ctx, "the pasted page's text", `document.querySelector(".source-text").value === "Ferry resumes\nThe Kellport ferry resumed on Friday."`)

	files, _ := json.Marshal(map[string]string{
		"kellport-post.txt": privateArticle,
		"harbour-herald.html": `<html><head><title>Bridge | Herald</title></head><body><nav>Home News Sport</nav>
			<article><h1>Tessel bridge opens</h1><p>Mayor Quillan ` + marker + ` opened the bridge on Tuesday.</p>
			<div class="share">Share this</div></article><footer>Contact us</footer></body></html>`,
		"photo.jpg": "\xff\xd8",
	})
	must(t, ctx,
		chromedp.Evaluate[chromedp.Void](dropFiles+`(`+string(files)+`)`),
		chromedp.WaitVisible(chromedp.CSS(`.comparison`)),
	)
	names := get(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".source-name")).map(e => e.value)`))
	texts := get(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".source-text")).map(e => e.value)`))
	if got := strings.Join(names, ","); got != "Source A,harbour-herald,kellport-post" {
		t.Fatalf("sources after the drop: %q, want the pasted one and one per readable file", got)
	}
	for i, name := range names {
		if name == "harbour-herald" && texts[i] != "Tessel bridge opens\nMayor Quillan "+marker+" opened the bridge on Tuesday." {
			t.Errorf("the HTML file became %q", texts[i])
		}
	}
	if notice := get(t, ctx, chromedp.Text(chromedp.ID("notice"))); !strings.Contains(notice, "photo.jpg") {
		t.Errorf("the notice does not mention the file it left out: %q", notice)
	}
}

// allowDownloads lets the page save files (the exports) into dir without asking.
func allowDownloads(t *testing.T, ctx context.Context, dir string) {
	t.Helper()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior,
		browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
}

// pasteArticle opens the app at url and pastes privateArticle, waiting for its
// entities.
func pasteArticle(url string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(url+"/"),
		waitReady(),
		chromedp.SendKeys(chromedp.CSS(`.source-text`), privateArticle),
		chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)),
	)
}
