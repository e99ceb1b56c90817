package main

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The paths by which text gets into a source box. Each test takes one path, then
// edits a box as a reader would, and checks that the analysis and storage follow
// the edit: the findings change, and the edit survives a reload.

// editName is an invented person typed after every path; the analysis must name
// them once the edit counts.
const editName = "Ottilie Wrenfield"

const editText = " Governor " + editName + " visited the harbour on Friday."

// box is the CSS selector of the text box of the n-th source (from 0).
func box(n int) string { return fmt.Sprintf(`.source:nth-child(%d) .source-text`, n+1) }

// resultsName holds once the analysis on show names editName.
const resultsName = `(document.querySelector(".results") || {textContent: ""}).textContent.includes(` + `"Wrenfield")`

// typeEdit types editText at the end of box n, waits for the analysis to pick
// it up, then reloads and checks that both the text and the analysis came back.
func typeEdit(t *testing.T, ctx context.Context, n int) {
	t.Helper()
	if get(t, ctx, chromedp.Evaluate[bool](resultsName)) {
		t.Fatal("the analysis names the edit's person before the edit")
	}
	must(t, ctx, chromedp.Evaluate[chromedp.Void](`(b => b.setSelectionRange(b.value.length, b.value.length))(document.querySelector(`+strconv.Quote(box(n))+`))`),
		chromedp.SendKeys(chromedp.CSS(box(n)), editText))
	waitFor(t, ctx, "the analysis to follow the edit", resultsName)
	before := get(t, ctx, chromedp.Value(chromedp.CSS(box(n))))
	if !strings.HasSuffix(before, editText) {
		t.Fatalf("box %d holds %q, want it to end with the edit", n, before)
	}
	must(t, ctx, chromedp.Reload(), waitReady())
	waitFor(t, ctx, "the edit's analysis after a reload", resultsName)
	if after := get(t, ctx, chromedp.Value(chromedp.CSS(box(n)))); after != before {
		t.Errorf("after a reload box %d holds %q, want %q", n, after, before)
	}
}

// sourceTexts returns the text of every box.
func sourceTexts(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".source-text")].map(b => b.value)`))
}

// TestBrowserEditsAfterEveryPath takes each way text gets into a box, then
// edits: the edit must be analysed and saved, whichever box it lands in.
func TestBrowserEditsAfterEveryPath(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	url := srv.URL
	files, _ := json.Marshal(map[string]string{"first.txt": privateArticle, "second.txt": "The Tessel bridge opened on Tuesday, the Harbour Herald said."})
	paths := []struct {
		name  string
		steps chromedp.Action[chromedp.Void]
		box   int // the box edited afterwards
	}{
		{"typing", pasteArticle(url), 0},
		{"paste", chromedp.Steps(chromedp.Navigate(url+"/"), waitReady(),
			chromedp.Evaluate[chromedp.Void](paste+`(`+strconv.Quote("<!DOCTYPE html><html><body><article><p>"+privateArticle+"</p></article></body></html>")+`)`),
			chromedp.WaitVisible(chromedp.CSS(`.entities .entity`))), 0},
		{"drop", chromedp.Steps(chromedp.Navigate(url+"/"), waitReady(),
			chromedp.Evaluate[chromedp.Void](dropFiles+`(`+string(files)+`)`),
			chromedp.WaitVisible(chromedp.CSS(`.comparison`))), 0},
		{"reload", chromedp.Steps(pasteArticle(url), chromedp.Reload(), waitReady(),
			chromedp.WaitVisible(chromedp.CSS(`.entities .entity`))), 0},
		{"example", openExample(url), 0},
		{"clear and undo", chromedp.Steps(openExample(url),
			chromedp.Click(chromedp.ID("clear-all")), chromedp.WaitVisible(chromedp.ID("undo")),
			chromedp.Click(chromedp.ID("undo")), chromedp.WaitVisible(chromedp.CSS(`.comparison .finding`))), 1},
		{"clear", chromedp.Steps(openExample(url),
			chromedp.Click(chromedp.ID("clear-all")), chromedp.WaitVisible(chromedp.ID("undo")),
			chromedp.SendKeys(chromedp.CSS(box(0)), privateArticle), chromedp.WaitVisible(chromedp.CSS(`.entities .entity`))), 0},
		{"remove", chromedp.Steps(openExample(url),
			chromedp.Click(chromedp.CSS(`.source:nth-child(1) .remove`)), chromedp.WaitVisible(chromedp.ID("undo"))), 0},
		{"remove and undo", chromedp.Steps(openExample(url),
			chromedp.Click(chromedp.CSS(`.source:nth-child(2) .remove`)), chromedp.WaitVisible(chromedp.ID("undo")),
			chromedp.Click(chromedp.ID("undo")), chromedp.WaitNotPresent(chromedp.ID("undo"))), 2},
		{"add", chromedp.Steps(openExample(url),
			chromedp.Click(chromedp.ID("add-source")), chromedp.WaitVisible(chromedp.CSS(box(3)))), 3},
	}
	for _, path := range paths {
		t.Run(path.name, func(t *testing.T) {
			ctx := newBrowser(t)
			must(t, ctx, path.steps)
			typeEdit(t, ctx, path.box)
		})
	}
}

// TestBrowserShareLinkAddsBeside opens a share link where the reader has saved
// work of their own: the link's articles join them, and an edit after it counts.
func TestBrowserShareLinkAddsBeside(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	must(t, ctx, pasteArticle(srv.URL), chromedp.Click(chromedp.ID("share")), chromedp.WaitVisible(chromedp.ID("share-link")))
	link := get(t, ctx, chromedp.Value(chromedp.ID("share-link")))

	const own = "The receiver's own notes: Mayor Lena Ostrova spoke in Brannock on Sunday."
	receiver := newBrowser(t)
	must(t, receiver, chromedp.Navigate(srv.URL+"/"), waitReady(),
		chromedp.SendKeys(chromedp.CSS(box(0)), own), chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)),
		chromedp.Navigate(link), waitReady(), chromedp.WaitVisible(chromedp.CSS(`.comparison`)))
	if got := sourceTexts(t, receiver); len(got) != 2 || got[0] != own || got[1] != privateArticle {
		t.Fatalf("after opening the link the boxes hold %q, want the reader's text, then the shared one", got)
	}
	typeEdit(t, receiver, 0)
	// An empty link empties nothing.
	empty, _ := json.Marshal([]any{})
	must(t, receiver, chromedp.Navigate(srv.URL+"/#share=v1."+deflated(t, empty)), waitReady(),
		chromedp.WaitVisible(chromedp.CSS(`.comparison`)))
	if got := sourceTexts(t, receiver); len(got) != 2 {
		t.Errorf("after an empty link %d boxes are left, want both", len(got))
	}
}

// deflated returns raw compressed and encoded as a share link's fragment carries it.
func deflated(t *testing.T, raw []byte) string {
	t.Helper()
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	w.Write(raw)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(b.Bytes())
}

// TestBrowserLinkBomb opens a small link that unpacks to megabytes: the page
// refuses it with a message, keeps the saved work and stays responsive.
func TestBrowserLinkBomb(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	raw, _ := json.Marshal([]map[string]string{{"name": "bomb", "text": strings.Repeat("“", 5<<20)}})
	link := srv.URL + "/#share=v1." + deflated(t, raw)
	t.Logf("the link is %d KB and unpacks to %d MB", len(link)>>10, len(raw)>>20)
	must(t, ctx, pasteArticle(srv.URL), chromedp.Navigate(link), waitReady())
	waitFor(t, ctx, "the refusal", `document.getElementById("notice").textContent.includes("unpack to more than")`)
	quick, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(quick, chromedp.Evaluate[int](`1`)); err != nil {
		t.Errorf("the page does not answer after the link: %v", err)
	}
	if got := sourceTexts(t, ctx); len(got) != 1 || got[0] != privateArticle {
		t.Errorf("after the link the boxes hold %d texts, want the saved article alone", len(got))
	}
}

// TestBrowserTwoTabs edits in two tabs of one browser: each sees the other's
// sources, and nothing either added is lost on a reload.
func TestBrowserTwoTabs(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	one := newBrowser(t)
	must(t, one, pasteArticle(srv.URL))
	two, closeTwo := chromedp.NewContext(one)
	defer closeTwo()
	must(t, two, chromedp.Navigate(srv.URL+"/"), waitReady(), chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)))

	const b, c = "Source B says the bridge cost $450 million.", "Source C says it opened on Tuesday."
	must(t, one, chromedp.Click(chromedp.ID("add-source")), chromedp.WaitVisible(chromedp.CSS(box(1))),
		chromedp.SendKeys(chromedp.CSS(box(1)), b))
	waitFor(t, two, "the other tab's new source", `[...document.querySelectorAll(".source-text")].some(b => b.value === `+strconv.Quote(b)+`)`)
	if notice := get(t, two, chromedp.Text(chromedp.ID("notice"))); !strings.Contains(notice, "another tab") {
		t.Errorf("the tab that followed says %q, want it to say another tab changed the articles", notice)
	}
	must(t, two, chromedp.Click(chromedp.ID("add-source")), chromedp.WaitVisible(chromedp.CSS(box(2))),
		chromedp.SendKeys(chromedp.CSS(box(2)), c))
	waitFor(t, one, "the first tab to follow", `[...document.querySelectorAll(".source-text")].some(b => b.value === `+strconv.Quote(c)+`)`)
	must(t, one, chromedp.Reload(), waitReady(), chromedp.WaitVisible(chromedp.CSS(box(2))))
	if got := sourceTexts(t, one); len(got) != 3 || got[0] != privateArticle || got[1] != b || got[2] != c {
		t.Errorf("after a reload the first tab holds %q, want A, B and C", got)
	}
}

// TestBrowserCrashRightAfterTyping types, then crashes the tab at once, before
// any pause in typing: a new tab finds the text.
func TestBrowserCrashRightAfterTyping(t *testing.T) {
	srv := httptest.NewServer(appHandlers(t)["server"])
	t.Cleanup(srv.Close)
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(srv.URL+"/"), waitReady(), chromedp.SendKeys(chromedp.CSS(box(0)), privateArticle))
	crash, cancelCrash := context.WithTimeout(ctx, 2*time.Second)
	chromedp.Call(crash, page.Crash, cdp.Empty{}) // a crashed tab never answers
	cancelCrash()
	tab, closeTab := chromedp.NewContext(ctx)
	defer closeTab()
	must(t, tab, chromedp.Navigate(srv.URL+"/"), waitReady(), chromedp.WaitVisible(chromedp.CSS(`.entities .entity`)))
	if got := sourceTexts(t, tab); len(got) != 1 || got[0] != privateArticle {
		t.Errorf("after the crash the boxes hold %q", got)
	}
}
