package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"parallax/build/headless"
)

// The browser tests drive Debian's Chromium, headless, against the real server and
// against the static bundle in dist/ served by a plain file server. They need
// `make build` to have run. Without Chromium they skip, unless E2E=1 demands them.

// chromiumPath finds the browser, skipping the test where there is none unless
// E2E=1 demands it.
func chromiumPath(t *testing.T) string {
	t.Helper()
	if p := headless.Path(); p != "" {
		return p
	}
	if os.Getenv("E2E") == "1" {
		t.Fatal("E2E=1 but Chromium is not installed: apt-get install -y chromium")
	}
	t.Skip("Chromium is not installed (apt-get install -y chromium); set E2E=1 to make this a failure")
	return ""
}

// newBrowser starts a fresh headless Chromium and returns a context for one tab.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	return newBrowserWithProfile(t, t.TempDir())
}

// newBrowserWithProfile starts Chromium on a profile folder the test prepared.
func newBrowserWithProfile(t *testing.T, profile string) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests are skipped in -short mode")
	}
	tab, cancel, err := headless.Start(context.Background(), chromiumPath(t), profile)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancelTime := context.WithTimeout(tab, 2*time.Minute)
	t.Cleanup(func() { cancelTime(); cancel() })
	return ctx
}

// builtWeb returns the web folder, failing when the app has not been built.
func builtWeb(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests are skipped in -short mode")
	}
	dir := filepath.Join("..", "web")
	if _, err := os.Stat(filepath.Join(dir, "app.wasm")); err != nil {
		t.Fatal("web/app.wasm is missing: run 'make build' before the browser tests")
	}
	return dir
}

// servers returns the two ways the app is served: the real server, and dist/ from a
// plain static file server.
func servers(t *testing.T) map[string]string {
	t.Helper()
	h, err := newHandler(builtWeb(t), []string{"*"})
	if err != nil {
		t.Fatal(err)
	}
	live := httptest.NewServer(h)
	t.Cleanup(live.Close)
	dist := filepath.Join("..", "dist")
	if _, err := os.Stat(filepath.Join(dist, "index.html")); err != nil {
		t.Fatal("dist/ is missing: run 'make build' before the browser tests")
	}
	static := httptest.NewServer(http.FileServer(http.Dir(dist)))
	t.Cleanup(static.Close)
	return map[string]string{"server": live.URL, "dist": static.URL}
}

// waitReady waits until app.wasm has started and the page is interactive.
func waitReady() chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(`.parallax[data-ready="true"]`))
}

// openExample opens the app at url and runs its example story, waiting for the
// first finding.
func openExample(url string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Navigate(url+"/"),
		waitReady(),
		chromedp.Click(chromedp.ID("try-example")),
		chromedp.WaitVisible(chromedp.CSS(`.comparison .finding`)),
	)
}

// must runs steps and stops the test at the first error.
func must(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// get runs one action and returns its value, stopping the test on error.
func get[T any](t *testing.T, ctx context.Context, action chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, action)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestBrowserExample(t *testing.T) {
	for name, url := range servers(t) {
		t.Run(name, func(t *testing.T) {
			ctx := newBrowser(t)
			must(t, ctx,
				openExample(url),
			)
			status := get(t, ctx, chromedp.Text(chromedp.ID("status")))
			findings := get(t, ctx, chromedp.Nodes(chromedp.CSSAll(`.finding`), chromedp.AtLeast(0)))
			if !strings.HasPrefix(status, "Analysed 3 articles") {
				t.Errorf("status = %q, want it to report 3 articles analysed", status)
			}
			if len(findings) == 0 {
				t.Error("the example story produced no findings")
			}
			screenshot(t, ctx, "example-"+name+".png")
		})
	}
}

func TestBrowserPastedText(t *testing.T) {
	url := servers(t)["server"]
	ctx := newBrowser(t)
	const article = "Mayor Lena Ostrova opened the new bridge in Kellport on Monday. " +
		"\"It joins two halves of one city,\" Ostrova said. The bridge cost $40 million."
	must(t, ctx,
		chromedp.Navigate(url+"/"),
		waitReady(),
		chromedp.SendKeys(chromedp.CSS(`.source-text`), article),
		chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)),
	)
	entities := get(t, ctx, chromedp.Text(chromedp.CSS(`.entities`)))
	for _, want := range []string{"Lena Ostrova", "Kellport"} {
		if !strings.Contains(entities, want) {
			t.Errorf("entities shown = %q, want %q among them", entities, want)
		}
	}
}

func TestBrowserKeyboardOnly(t *testing.T) {
	url := servers(t)["server"]
	ctx := newBrowser(t)
	// tabTo presses Tab until the element with the given id has the focus.
	tabTo := func(id string) {
		t.Helper()
		focused := ""
		for range 60 { // enough to wrap round the whole page, results included
			focused = get(t, ctx, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.id : ""`))
			if focused == id {
				return
			}
			must(t, ctx, chromedp.KeyEvent(kb.Tab))
		}
		t.Fatalf("Tab never reached #%s (last focus: %q)", id, focused)
	}
	must(t, ctx, chromedp.Navigate(url+"/"), waitReady())
	tabTo("try-example")
	must(t, ctx, chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`.comparison`)))
	tabTo("add-source")
	must(t, ctx, chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`.source:nth-of-type(4)`)))
	focused := get(t, ctx, chromedp.Evaluate[string](`document.activeElement ? document.activeElement.id : ""`))
	if !strings.HasPrefix(focused, "source-text-") {
		t.Errorf("after adding a source the focus is on %q, want its text box", focused)
	}
}

func TestBrowserNarrowScreen(t *testing.T) {
	url := servers(t)["server"]
	ctx := newBrowser(t)
	must(t, ctx,
		chromedp.EmulateViewport(360, 740),
		openExample(url),
	)
	overflow := get(t, ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`))
	if overflow {
		t.Error("the page scrolls sideways at 360 px wide")
	}
	// The answer comes into view, not the text boxes just filled.
	waitFor(t, ctx, "the summary to scroll into view", `(() => {
		const top = document.getElementById("status").getBoundingClientRect().top;
		return top >= 0 && top < window.innerHeight / 2;
	})()`)
	first := get(t, ctx, chromedp.Evaluate[int](`Math.round(document.querySelector(".finding").getBoundingClientRect().top)`))
	t.Logf("after the example, the first finding is %d px from the top of a 740 px screen", first)
	screenshot(t, ctx, "narrow.png")
}

// screenshot saves a full-page screenshot under screenshots/ at the top of the
// project, for the README and for a reader checking what the test saw.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	dir := filepath.Join("..", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
