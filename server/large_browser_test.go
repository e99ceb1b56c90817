package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// conllDev is real news text (Reuters, 1996) in CoNLL-2003's one-token-a-line
// form, outside the repository.
var conllDev = filepath.Join("..", "..", "shared", "eval", "conll2003", "dev.txt")

// newsText returns about n bytes of real news text, rebuilt from CoNLL-2003's
// tokens: a sentence a line, a blank line between articles. It skips the test
// when the data is absent.
func newsText(t *testing.T, n int) string {
	t.Helper()
	f, err := os.Open(conllDev)
	if err != nil {
		t.Skipf("the CoNLL-2003 text is not at %s; this test needs ../shared/eval", conllDev)
	}
	defer f.Close()
	var b strings.Builder
	var sentence []string
	sc := bufio.NewScanner(f)
	for sc.Scan() && b.Len() < n {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			if len(sentence) > 0 {
				b.WriteString(strings.Join(sentence, " ") + "\n")
				sentence = sentence[:0]
			}
		case fields[0] == "-DOCSTART-":
			b.WriteString("\n")
		default:
			sentence = append(sentence, fields[0])
		}
	}
	return b.String()
}

// longTasks starts Chromium's long-task observer; takeLongest returns the
// longest main-thread task since the last call, in milliseconds, and how many
// tasks took over 50 ms.
const longTasks = `window.__long = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({type: "longtask"});`

func takeLongest(t *testing.T, ctx context.Context) (longest float64, count int) {
	t.Helper()
	got := get(t, ctx, chromedp.Evaluate[[]float64](`(() => { const l = window.__long; window.__long = []; return l; })()`))
	for _, d := range got {
		longest = max(longest, d)
	}
	return longest, len(got)
}

// TestBrowserLargeInput pastes 2 MB of real news into one box and types in
// another. Typing must not wait for an analysis of the 2 MB; Analyse runs it,
// with progress, and the result draws a bounded number of elements. It logs the
// longest main-thread tasks (timings are reported, not asserted).
func TestBrowserLargeInput(t *testing.T) {
	text := newsText(t, 2<<20)
	srv := serveApp(t)
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(srv+"/"), waitReady(), chromedp.Evaluate[chromedp.Void](longTasks))
	data, _ := json.Marshal(text)
	must(t, ctx, chromedp.Evaluate[chromedp.Void](`(b => { b.value = `+string(data)+`; b.dispatchEvent(new Event("input", {bubbles: true})); })(document.querySelector(".source-text"))`))
	waitFor(t, ctx, "the offer to analyse", `document.getElementById("status").textContent.includes("press Analyse")`)
	paste, _ := takeLongest(t, ctx)

	must(t, ctx, chromedp.Click(chromedp.ID("add-source")), chromedp.WaitVisible(chromedp.CSS(box(1))),
		chromedp.SendKeys(chromedp.CSS(box(1)), "Mayor Lena Ostrova opened the bridge on Monday."))
	time.Sleep(time.Second) // past the pause after typing
	typing, _ := takeLongest(t, ctx)

	must(t, ctx, chromedp.Evaluate[chromedp.Void](`window.__said = []; new MutationObserver(() => window.__said.push(document.getElementById("status").textContent)).observe(document.getElementById("status"), {childList: true, subtree: true, characterData: true});`),
		chromedp.Click(chromedp.ID("analyse")))
	deadline := time.Now().Add(90 * time.Second)
	for !get(t, ctx, chromedp.Evaluate[bool](`document.getElementById("status").textContent.startsWith("Analysed")`)) {
		if time.Now().After(deadline) {
			t.Fatalf("no analysis after 90 s; status %q", get(t, ctx, chromedp.Text(chromedp.ID("status"))))
		}
		time.Sleep(500 * time.Millisecond)
	}
	analysis, tasks := takeLongest(t, ctx)
	if said := get(t, ctx, chromedp.Evaluate[[]string](`window.__said`)); !strings.HasPrefix(strings.Join(said, "|"), "Analysing") {
		t.Errorf("the status said %q while analysing, want progress first", said)
	}
	nodes := get(t, ctx, chromedp.Evaluate[int](`document.getElementsByTagName("*").length`))
	status := get(t, ctx, chromedp.Text(chromedp.ID("status")))

	must(t, ctx, chromedp.SendKeys(chromedp.CSS(box(1)), " Crowds cheered."))
	time.Sleep(3 * time.Second)
	after, _ := takeLongest(t, ctx)
	t.Logf("2 MB pasted: longest task %.0f ms while pasting, %.0f ms while typing in another box, %.0f ms analysing (%d tasks over 50 ms), %.0f ms typing after the analysis; %d elements drawn; %s",
		paste, typing, analysis, tasks, after, nodes, status)
	if nodes > 5000 {
		t.Errorf("the analysis of 2 MB draws %d elements; long lists should be paged", nodes)
	}
}

// serveApp serves the app with the real server for one test.
func serveApp(t *testing.T) string {
	t.Helper()
	return servers(t)["server"]
}
