package main

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// dropBytes drops files given as byte arrays (name → bytes), so that their
// encoding is the test's, not the browser's.
const dropBytes = `(files => {
	const dt = new DataTransfer();
	for (const [name, bytes] of Object.entries(files)) dt.items.add(new File([new Uint8Array(bytes)], name));
	const target = document.querySelector(".parallax");
	target.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
	target.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
})`

// TestBrowserLegacyEncodings drops a Windows-1252 text file, a UTF-16 one and an
// ISO-8859-1 page: each must arrive as the text it holds.
func TestBrowserLegacyEncodings(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(srv.URL+"/"), waitReady())

	// “Grüße”, said Zoë. (Windows-1252); Grüße (UTF-16 LE with its mark); Straße (ISO-8859-1 page)
	files := `{"cp1252.txt": [0x93,0x47,0x72,0xfc,0xdf,0x65,0x94,0x2c,0x20,0x73,0x61,0x69,0x64,0x20,0x5a,0x6f,0xeb,0x2e],
		"utf16.txt": [0xff,0xfe,0x47,0,0x72,0,0xfc,0,0xdf,0,0x65,0],
		"latin1.html": [...new TextEncoder().encode("<html><head><meta charset=iso-8859-1></head><body><p>Stra"), 0xdf, 0x65, ...new TextEncoder().encode("</p></body></html>")]}`
	must(t, ctx, chromedp.Evaluate[chromedp.Void](dropBytes+`(`+files+`)`))
	waitFor(t, ctx, "the three files", `document.querySelectorAll(".source-text").length >= 3`)
	texts := get(t, ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll(".source-text")).map(e => e.value)`))
	got := strings.Join(texts, "|")
	for _, want := range []string{"“Grüße”, said Zoë.", "Grüße", "Straße"} {
		if !strings.Contains(got, want) {
			t.Errorf("the dropped files became %q, without %q", got, want)
		}
	}
}
