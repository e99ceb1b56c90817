package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"

	"parallax/build/bench/workload"
	"parallax/build/headless"
)

// errNoChromium says why the browser measurements were skipped.
var errNoChromium = errors.New("Chromium is not installed (apt-get install -y chromium, or set $CHROMIUM)")

// chromiumVersion returns what `chromium --version` prints, or "" when it fails.
func chromiumVersion(path string) string {
	out, err := exec.Command(path, "--version").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// benchPage loads wasm_exec.js and bench.wasm, which fetches plan.json beside it.
const benchPage = `<!doctype html>
<meta charset="utf-8">
<title>Parallax wasm bench</title>
<script src="wasm_exec.js"></script>
<script>
const go = new Go();
WebAssembly.instantiateStreaming(fetch("bench.wasm"), go.importObject)
	.then((r) => go.run(r.instance))
	.catch((e) => { window.benchError = String(e); });
</script>
`

// runChromium runs the plan already written to dir/plan.json with dir/bench.wasm
// in headless Chromium, served from a loopback server, job by job, reading the
// results back from the page.
func runChromium(ctx context.Context, execPath, dir string) ([]workload.Result, error) {
	root, err := goRoot()
	if err != nil {
		return nil, err
	}
	wasmExec, err := os.ReadFile(filepath.Join(root, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "wasm_exec.js"), wasmExec, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(benchPage), 0o644); err != nil {
		return nil, err
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer srv.Close()

	tab, cancel, err := headless.Start(ctx, execPath, filepath.Join(dir, "profile"))
	if err != nil {
		return nil, err
	}
	defer cancel()
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL+"/")); err != nil {
		return nil, err
	}
	jobs, err := chromedp.Run(tab, chromedp.Poll[int](`window.benchJobs || (window.benchError ? -1 : 0)`,
		chromedp.WithPollingInterval(50*time.Millisecond), chromedp.WithPollingTimeout(2*time.Minute)))
	if err != nil {
		return nil, fmt.Errorf("waiting for bench.wasm: %w", err)
	}
	if jobs < 0 {
		msg, _ := chromedp.Run(tab, chromedp.Evaluate[string](`window.benchError`))
		return nil, errors.New(msg)
	}
	if _, err := chromedp.Call(tab, performance.Enable, performance.EnableParams{}); err != nil {
		return nil, err
	}
	results := make([]workload.Result, 0, jobs)
	for i := range jobs {
		r, err := timeInPage(tab, i)
		if err != nil {
			return nil, err
		}
		results = append(results, r)
	}
	return results, nil
}

// timeInPage runs job i in the bench page and adds to its Result the mean CPU time
// of the main thread, where WebAssembly runs, over the timed runs.
func timeInPage(tab context.Context, i int) (workload.Result, error) {
	var r workload.Result
	warm, err := chromedp.Run(tab, chromedp.Evaluate[string](fmt.Sprintf("benchWarmUp(%d)", i)))
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(warm), &r); err != nil || r.Error != "" {
		return r, err
	}
	before, err := threadTime(tab)
	if err != nil {
		return r, err
	}
	timed, err := chromedp.Run(tab, chromedp.Evaluate[string](fmt.Sprintf("benchTime(%d)", i)))
	if err != nil {
		return r, err
	}
	after, err := threadTime(tab)
	if err != nil {
		return r, err
	}
	if err := json.Unmarshal([]byte(timed), &r); err != nil {
		return r, fmt.Errorf("reading the page's answer: %w", err)
	}
	if r.Runs > 0 && after > before {
		r.CPUMS = (after - before) * 1000 / float64(r.Runs)
	}
	return r, nil
}

// threadTime returns the CPU seconds the page's main thread has used.
func threadTime(tab context.Context) (float64, error) {
	res, err := chromedp.Call(tab, performance.GetMetrics, cdp.Empty{})
	if err != nil {
		return 0, err
	}
	for _, m := range res.Metrics {
		if m.Name == "ThreadTime" {
			return m.Value, nil
		}
	}
	return 0, errors.New("Chromium reports no ThreadTime metric")
}

// readyProbe runs before the page's own scripts and notes, on the DOM change that
// makes it true, the moment the app is usable: .parallax[data-ready="true"] is in
// the page and takes up space.
const readyProbe = `(() => {
	const probe = () => {
		const el = document.querySelector('.parallax[data-ready="true"]');
		if (!el || el.getClientRects().length === 0) return false;
		window.parallaxReadyAt = performance.now();
		return true;
	};
	const watch = new MutationObserver(() => { if (probe()) watch.disconnect(); });
	watch.observe(document, { subtree: true, childList: true, attributes: true });
})();`

// A pageLoad is one load of the app, in milliseconds from the start of navigation.
type pageLoad struct {
	ReadyMS       float64 `json:"ready"`
	DOMContentMS  float64 `json:"dcl"`
	WasmArrivedMS float64 `json:"wasm"` // when the last byte of app.wasm arrived
	WasmBytes     float64 `json:"wasmBytes"`
}

// loadTimings reads the probe's moment and the Navigation and Resource Timing entries.
const loadTimings = `(() => {
	const nav = performance.getEntriesByType("navigation")[0];
	const wasm = performance.getEntriesByType("resource").find((e) => e.name.includes("app.wasm"));
	return {
		ready: window.parallaxReadyAt || performance.now(),
		dcl: nav ? nav.domContentLoadedEventEnd : 0,
		wasm: wasm ? wasm.responseEnd : 0,
		wasmBytes: wasm ? wasm.transferSize : 0,
	};
})()`

// loadPage opens url in a fresh Chromium with an empty profile and returns the
// timings of that one cold load.
func loadPage(ctx context.Context, execPath, url, profileDir string) (pageLoad, error) {
	tab, cancel, err := headless.Start(ctx, execPath, profileDir)
	if err != nil {
		return pageLoad{}, err
	}
	defer cancel()
	tab, cancelTime := context.WithTimeout(tab, time.Minute)
	defer cancelTime()
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: readyProbe}); err != nil {
		return pageLoad{}, err
	}
	if err := chromedp.Do(tab,
		chromedp.Navigate(url),
		chromedp.WaitVisible(chromedp.CSS(`.parallax[data-ready="true"]`)),
	); err != nil {
		return pageLoad{}, err
	}
	return chromedp.Run(tab, chromedp.Evaluate[pageLoad](loadTimings))
}
