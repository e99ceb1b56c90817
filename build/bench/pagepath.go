package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"parallax/build/headless"
	"parallax/wasm/view"
)

// The page path is what a person meets, timed in Chromium against `parallax serve`:
// the page becoming usable, the reader's pause before pasting, the first "Analyse"
// of the seed articles until the first finding is painted, and a keystroke, the
// page's typing pause and the repaint after it. Each phase also reports the longest
// main-thread task inside it, from Chromium's long-task timings (tasks of 50 ms or
// more; none means every task was shorter).

// readerPause is how long the path waits between the page becoming usable and the
// paste: a person takes seconds to fetch even one article. The page uses that time
// to warm up (see wasm/view/warmup.go); its longest task then is what a keystroke
// made in the pause could have had to wait for.
const readerPause = 3 * time.Second

// A pagePath is one run of the path, each figure in milliseconds.
type pagePath struct {
	UsableMS        float64 `json:"usable"`
	UsableLongestMS float64 `json:"usableLongest"`
	PauseLongestMS  float64 `json:"pauseLongest"`
	// FirstFindingMS runs from the click on Analyse to the frame after the first
	// finding entered the page.
	FirstFindingMS   float64 `json:"firstFinding"`
	AnalyseLongestMS float64 `json:"analyseLongest"`
	// RepaintMS runs from a keystroke to the frame after the page's last change;
	// AfterPauseMS is the part of it after view.TypingPause, the page's own work.
	RepaintMS       float64 `json:"repaint"`
	AfterPauseMS    float64 `json:"afterPause"`
	TypingLongestMS float64 `json:"typingLongest"`
	// TypingChanges counts the DOM changes (mutation records) a keystroke led to:
	// the work of the repaint, which a busy machine does not blur.
	TypingChanges float64 `json:"typingChanges"`
}

// longTaskProbe runs before the page's scripts: it keeps every long task and, with
// table 4's readyProbe, notes when the app became usable.
const longTaskProbe = `(() => {
	window.parallaxLongTasks = [];
	new PerformanceObserver((list) => {
		for (const e of list.getEntries()) window.parallaxLongTasks.push([e.startTime, e.duration]);
	}).observe({type: "longtask", buffered: true});
	window.parallaxLongest = (from, to) => window.parallaxLongTasks
		.filter(([start, d]) => start + d > from && start < to)
		.reduce((m, [, d]) => Math.max(m, d), 0);
	window.parallaxAfterPaint = () => new Promise((done) =>
		requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0)));
})();` + readyProbe

// pause waits and reports the longest task meanwhile.
const pause = `(async (ms) => {
	const start = performance.now();
	await new Promise((done) => setTimeout(done, ms));
	return {ms: ms, longest: window.parallaxLongest(start, performance.now())};
})`

// fillSources puts the texts in the source boxes as a paste would (input events).
const fillSources = `((texts) => {
	const boxes = document.querySelectorAll('.source-text');
	texts.forEach((text, i) => {
		boxes[i].value = text;
		boxes[i].dispatchEvent(new Event('input', {bubbles: true}));
	});
	return boxes.length;
})`

// clickAnalyse clicks Analyse and resolves once a finding has been painted.
const clickAnalyse = `(async () => {
	const found = () => document.querySelector('.comparison .finding');
	const start = performance.now();
	const shown = new Promise((done) => {
		if (found()) return done();
		const watch = new MutationObserver(() => { if (found()) { watch.disconnect(); done(); } });
		watch.observe(document, {subtree: true, childList: true});
	});
	document.getElementById('analyse').click();
	await shown;
	const end = await window.parallaxAfterPaint();
	return {ms: end - start, longest: window.parallaxLongest(start, end)};
})()`

// typeOnce adds one character to the first source after the page has been quiet,
// then waits out the pause and notes the frame after the page's last change.
const typeOnce = `(async (pauseMS) => {
	const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
	await sleep(1000);
	const root = document.querySelector('.parallax');
	let painted = 0, changes = 0;
	const watch = new MutationObserver((records) => {
		changes += records.length;
		window.parallaxAfterPaint().then((t) => { painted = Math.max(painted, t); });
	});
	watch.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
	const box = document.querySelector('.source-text');
	const start = performance.now();
	box.value += 'x';
	box.dispatchEvent(new Event('input', {bubbles: true}));
	await sleep(pauseMS + 3000);
	watch.disconnect();
	const end = Math.max(painted, start);
	return {ms: end - start, afterPause: Math.max(0, end - start - pauseMS),
		longest: window.parallaxLongest(start, end), changes: changes};
})`

// A phase is what the page reports for one timed action.
type phase struct {
	MS         float64 `json:"ms"`
	AfterPause float64 `json:"afterPause"`
	Longest    float64 `json:"longest"`
	Changes    float64 `json:"changes"`
}

// timePagePaths walks the page path n times, each in a fresh browser profile, with
// the seed articles as the sources.
func timePagePaths(chromium, webDir, dir string, texts []string, n int, useChromium bool) ([]pagePath, error) {
	if !useChromium {
		return nil, errors.New("skipped (-chromium=false)")
	}
	if chromium == "" {
		return nil, errNoChromium
	}
	progress("page path: parallax serve, %d runs of load, Analyse, typing", n)
	srv, err := startServer(dir, webDir)
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	var runs []pagePath
	for i := range n {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		p, err := walkPagePath(ctx, chromium, srv.url, filepath.Join(dir, fmt.Sprintf("profile-path-%d", i)), texts)
		cancel()
		if err != nil {
			return runs, fmt.Errorf("run %d: %w", i+1, err)
		}
		runs = append(runs, p)
	}
	return runs, nil
}

func walkPagePath(ctx context.Context, execPath, url, profileDir string, texts []string) (pagePath, error) {
	var p pagePath
	tab, cancel, err := headless.Start(ctx, execPath, profileDir)
	if err != nil {
		return p, err
	}
	defer cancel()
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: longTaskProbe}); err != nil {
		return p, err
	}
	if err := chromedp.Do(tab, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`.parallax[data-ready="true"]`))); err != nil {
		return p, err
	}
	usable, err := chromedp.Run(tab, chromedp.Evaluate[phase](
		`({ms: window.parallaxReadyAt, longest: window.parallaxLongest(0, window.parallaxReadyAt)})`))
	if err != nil {
		return p, err
	}
	p.UsableMS, p.UsableLongestMS = usable.MS, usable.Longest
	paused, err := chromedp.Run(tab, chromedp.Evaluate[phase](fmt.Sprintf("%s(%d)", pause, readerPause.Milliseconds()), chromedp.EvalAwaitPromise))
	if err != nil {
		return p, err
	}
	p.PauseLongestMS = paused.Longest
	if err := addSourceBoxes(tab, len(texts)); err != nil {
		return p, err
	}
	data, _ := json.Marshal(texts)
	if _, err := chromedp.Run(tab, chromedp.Evaluate[int](fillSources+"("+string(data)+")")); err != nil {
		return p, err
	}
	analyse, err := chromedp.Run(tab, chromedp.Evaluate[phase](clickAnalyse, chromedp.EvalAwaitPromise))
	if err != nil {
		return p, fmt.Errorf("analysing: %w", err)
	}
	p.FirstFindingMS, p.AnalyseLongestMS = analyse.MS, analyse.Longest
	pause := float64(view.TypingPause.Milliseconds())
	typed, err := chromedp.Run(tab, chromedp.Evaluate[phase](fmt.Sprintf("%s(%g)", typeOnce, pause), chromedp.EvalAwaitPromise))
	if err != nil {
		return p, fmt.Errorf("typing: %w", err)
	}
	p.RepaintMS, p.AfterPauseMS, p.TypingLongestMS = typed.MS, typed.AfterPause, typed.Longest
	p.TypingChanges = typed.Changes
	return p, nil
}

// addSourceBoxes clicks "Add source" until there are n boxes.
func addSourceBoxes(tab context.Context, n int) error {
	for i := 2; i <= n; i++ {
		if err := chromedp.Do(tab,
			chromedp.Click(chromedp.ID("add-source")),
			chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`.source:nth-child(%d) .source-text`, i))),
		); err != nil {
			return fmt.Errorf("adding source %d: %w", i, err)
		}
	}
	return nil
}

// Targets for the page path (issue 14).
const (
	usableTargetMS       = 400.0
	firstFindingTargetMS = 150.0
	afterPauseTargetMS   = 50.0
	longTaskTargetMS     = 50.0
)

func pagePathTable(m *measurements) *table {
	t := &table{
		title: fmt.Sprintf("5. The page path in Chromium: `parallax serve` on loopback, %d articles pasted, fresh profile each run",
			len(m.corpus.articles)),
		header: []string{"step", "median", "each run (ms)", "longest task (median)", "target", ""},
	}
	col := func(get func(pagePath) float64) []float64 {
		var vs []float64
		for _, p := range m.paths {
			vs = append(vs, get(p))
		}
		return vs
	}
	row := func(step string, ms, longest []float64, target float64) {
		if len(ms) == 0 {
			t.add(step, "—", "", "", fmt.Sprintf("≤ %.0f ms", target), "not measured")
			return
		}
		met := median(ms) <= target
		t.add(step, millis(median(ms)), eachRun(ms), longTask(median(longest)),
			fmt.Sprintf("≤ %.0f ms", target), verdict(met))
	}
	row("load → usable", col(func(p pagePath) float64 { return p.UsableMS }),
		col(func(p pagePath) float64 { return p.UsableLongestMS }), usableTargetMS)
	if len(m.paths) > 0 {
		t.add(fmt.Sprintf("the reader's pause before pasting (%v)", readerPause), "", "", longTask(median(col(func(p pagePath) float64 { return p.PauseLongestMS }))),
			fmt.Sprintf("≤ %.0f ms task", longTaskTargetMS), verdict(median(col(func(p pagePath) float64 { return p.PauseLongestMS })) <= longTaskTargetMS))
	}
	row("first Analyse, after the pause → first finding painted", col(func(p pagePath) float64 { return p.FirstFindingMS }),
		col(func(p pagePath) float64 { return p.AnalyseLongestMS }), firstFindingTargetMS)
	row("keystroke → repaint, after the typing pause", col(func(p pagePath) float64 { return p.AfterPauseMS }),
		col(func(p pagePath) float64 { return p.TypingLongestMS }), afterPauseTargetMS)
	if len(m.paths) > 0 {
		t.note("keystroke → repaint in all: %s (the page waits %v after the last keystroke before it analyses); DOM changes it made: %.0f (median).",
			millis(median(col(func(p pagePath) float64 { return p.RepaintMS }))), view.TypingPause,
			median(col(func(p pagePath) float64 { return p.TypingChanges })))
	}
	if m.pathsErr != nil {
		t.note("not measured: %s", firstLine(m.pathsErr))
	}
	t.note("longest task: Chromium's long-task timings (PerformanceObserver), tasks of 50 ms or more; \"< 50 ms\" means none.")
	t.note("target for the longest task while typing: ≤ %.0f ms. Painted = the frame after the DOM change.", longTaskTargetMS)
	return t
}

// eachRun lists every run's figure, so that a busy machine's outliers show.
func eachRun(ms []float64) string {
	var each []string
	for _, v := range ms {
		each = append(each, fmt.Sprintf("%.0f", v))
	}
	return strings.Join(each, ", ")
}

func longTask(ms float64) string {
	if ms == 0 {
		return "< 50 ms"
	}
	return millis(ms)
}
