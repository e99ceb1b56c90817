package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// embedHeight opens the demo page at the given viewport and returns the widget
// iframe's height once its first view has settled, with the widget's headline.
func embedHeight(t *testing.T, ctx context.Context, page, widget string, width, height int) (int, string) {
	t.Helper()
	must(t, ctx, chromedp.EmulateViewport(int64(width), int64(height)), chromedp.Navigate(page+"/demo/#widget="+widget))
	waitFor(t, ctx, "the widget's result", `document.getElementById("parallax-summary").textContent.startsWith("Parallax compared")`)
	frame := frameContext(t, ctx, widget+"/embed")
	waitFor(t, frame, "the compact view", `!!document.getElementById("see-all")`)
	headline := get(t, frame, chromedp.Text(chromedp.ID("headline")))
	// The height the widget reports is the one embed.js gives the iframe.
	waitFor(t, ctx, "the iframe to take the widget's height", `(() => {
		const f = document.querySelector("iframe.parallax-widget");
		return f && Math.abs(f.getBoundingClientRect().height - parseInt(f.style.height)) < 2 && parseInt(f.style.height) > 100;
	})()`)
	h := get(t, ctx, chromedp.Evaluate[int](`Math.round(document.querySelector("iframe.parallax-widget").getBoundingClientRect().height)`))
	must(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector(".widget").scrollIntoView()`))
	// The iframe paints once it is in view.
	waitFor(t, frame, "the widget to paint", `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	must(t, ctx, chromedp.Sleep(300*time.Millisecond))
	return h, headline
}

// TestBrowserEmbedCompact measures the widget on the demo news page, on a desktop
// and on a 360 px phone: its first view is a headline and the main differences,
// short enough to sit under an article.
func TestBrowserEmbedCompact(t *testing.T) {
	page, widget := crossSite(t, []string{"*"})
	for _, size := range []struct {
		name          string
		width, height int
		limit         int
	}{
		{"desktop", 1280, 900, 600},
		{"360", 360, 740, 900},
	} {
		t.Run(size.name, func(t *testing.T) {
			ctx := newBrowser(t)
			h, headline := embedHeight(t, ctx, page, widget, size.width, size.height)
			t.Logf("the widget is %d px tall at %d px wide; headline %q", h, size.width, headline)
			if h > size.limit {
				t.Errorf("the widget is %d px tall at %d px wide, want at most %d", h, size.width, size.limit)
			}
			if !strings.HasPrefix(headline, "3 articles:") {
				t.Errorf("headline %q, want it to count the 3 articles and what they differ on", headline)
			}
			png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			os.MkdirAll(filepath.Join("..", "screenshots"), 0o755)
			if err := os.WriteFile(filepath.Join("..", "screenshots", "embed-"+size.name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}
