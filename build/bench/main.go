// Command bench measures Parallax against its targets and its peers, and prints one
// table per question, the peer or target beside each figure:
//
//  1. the engine's throughput on about 2 MB of news text, natively, as WebAssembly
//     under node and in headless Chromium, beside compromise under node; and the
//     memory that one 10 MB text takes natively; and the time and memory that 1, 4
//     and 16 MB of hostile input (quotation marks only, "A.A.A.", ...) take natively;
//  2. the comparison of 2, 5, 10 and 20 articles, natively and in WebAssembly, and
//     how its cost grows with the number of articles;
//  3. the size of app.wasm and of the data the engine embeds;
//  4. the time from navigation to a usable page served by `parallax serve`, and
//     2,000 clients downloading app.wasm from it at once;
//  5. the page path a person meets: usable, a reader's pause, first Analyse to the
//     first finding painted, a keystroke to the repaint (and the DOM changes it
//     made), and the longest main-thread task in each.
//
// The same jobs (package workload) run in every runner. It needs `make build` first,
// which `make bench` does. The parts that need Chromium, node or npm are skipped,
// saying so, when these are missing.
//
//	go run ./build/bench [-seeds ../shared/corpus/seeds] [-web web] [-loads 5] [-compromise=false] [-chromium=false]
//	                     [-hostile=false] [-hostile-time 2m] [-hostile-heap 4294967296] [-only hostile|downloads|page]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"parallax/build/bench/workload"
	"parallax/build/headless"
	"parallax/wasm/engine"
)

// sourceCounts are the sizes of the comparisons timed, to show how the cost grows.
var sourceCounts = []int{2, 5, 10, 20}

// throughputSize is the size of the throughput text, and memorySize that of the
// text whose memory use is measured.
const (
	throughputSize = 2 << 20
	memorySize     = 10 << 20
)

func main() {
	seeds := flag.String("seeds", filepath.Join("..", "shared", "corpus", "seeds"), "folder of the seed articles")
	webDir := flag.String("web", "web", "folder of the built app (app.wasm and its .gz and .br)")
	loads := flag.Int("loads", 5, "cold page loads to time, and runs of the page path")
	usePeer := flag.Bool("compromise", true, "also time compromise (needs node and npm)")
	useChromium := flag.Bool("chromium", true, "also measure in headless Chromium")
	hostile := flag.Bool("hostile", true, "also time hostile input (table 1c)")
	only := flag.String("only", "", "measure only this, and print its table: hostile (1c), downloads (4b) or page (5)")
	var limits hostileLimits
	flag.DurationVar(&limits.time, "hostile-time", 2*time.Minute, "stop a hostile input's run after this long")
	flag.Uint64Var(&limits.heap, "hostile-heap", 4<<30, "stop a hostile input's run when its heap passes this many bytes")
	child := flag.String("hostile-child", "", "(internal) analyse this hostile input and print the result")
	childSize := flag.Int("hostile-size", 0, "(internal) the size of the hostile input, in bytes")
	flag.Parse()
	if *child != "" {
		if err := runHostileChild(*child, *childSize, limits.heap); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if *only != "" {
		if err := runOnly(*only, *seeds, *webDir, *loads, limits); err != nil {
			fmt.Fprintf(os.Stderr, "bench: %v\n", err)
			os.Exit(1)
		}
		return
	}
	if !*hostile {
		limits = hostileLimits{}
	}
	if err := run(*seeds, *webDir, *loads, *usePeer, *useChromium, limits); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

// measurements gathers every figure; an error says why a part was not measured.
type measurements struct {
	corpus corpus

	native                    []workload.Result
	memory                    memoryUse
	memoryErr                 error
	hostile                   []hostileRun
	hostileErr                error
	node, chromium            []workload.Result
	nodeErr, chromiumErr      error
	peer                      []workload.Result
	peerVersion               string
	peerErr                   error
	app                       sized
	appErr                    error
	data                      []sized
	dataErr                   error
	loads                     []pageLoad
	loadsErr                  error
	downloads                 downloads
	downloadsErr              error
	paths                     []pagePath
	pathsErr                  error
	nodeVersion, chromiumName string
	loadBefore, loadAfter     string // load averages when the bench started and ended
	extract                   extractSpeed
	extractErr                error
}

// run measures everything; hostile input only within limits, and not at all when
// they are zero.
func run(seeds, webDir string, loads int, usePeer, useChromium bool, limits hostileLimits) error {
	c, err := loadCorpus(seeds)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "parallax-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	m := &measurements{corpus: c, loadBefore: loadAverage()}
	plan := benchPlan(c)
	planFile, err := writePlan(tmp, plan)
	if err != nil {
		return err
	}

	m.measureNative(plan)
	if limits.time > 0 {
		m.hostile = measureHostile(limits)
	} else {
		m.hostileErr = errors.New("skipped (-hostile=false)")
	}
	progress("native: htmltext.Extract on the htmlextract pages")
	m.extract, m.extractErr = measureExtract(filepath.Join(filepath.Dir(filepath.Dir(seeds)), "eval", "htmlextract"))
	chromium := m.findChromium(useChromium)
	m.measureWasm(tmp, planFile, chromium)
	m.measurePeer(tmp, plan, usePeer)
	progress("bundle sizes")
	m.app, m.appErr = appWasmSizes(webDir)
	m.data, m.dataErr = embeddedData("wasm")
	m.loads, m.loadsErr = timeLoads(chromium, webDir, tmp, loads, useChromium)
	m.paths, m.pathsErr = timePagePaths(chromium, webDir, tmp, c.texts(), loads, useChromium)
	m.downloads, m.downloadsErr = measureDownloads(tmp, webDir, concurrentDownloads)

	m.loadAfter = loadAverage()
	printReport(m)
	return nil
}

// runOnly measures one part, table 1c (hostile), 4b (downloads) or 5 (page), and
// prints it.
func runOnly(part, seeds, webDir string, runs int, limits hostileLimits) error {
	m := &measurements{loadBefore: loadAverage()}
	tmp, err := os.MkdirTemp("", "parallax-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var t func(*measurements) *table
	switch part {
	case "hostile":
		m.hostile, t = measureHostile(limits), hostileTable
	case "downloads":
		m.downloads, m.downloadsErr = measureDownloads(tmp, webDir, concurrentDownloads)
		t = downloadsTable
	case "page":
		if m.corpus, err = loadCorpus(seeds); err != nil {
			return err
		}
		m.paths, m.pathsErr = timePagePaths(m.findChromium(true), webDir, tmp, m.corpus.texts(), runs, true)
		t = pagePathTable
	default:
		return fmt.Errorf("-only %q: give hostile, downloads or page", part)
	}
	m.loadAfter = loadAverage()
	fmt.Printf("\nParallax bench, %s only — %s/%s, %d CPUs, %s\nload average: %s at the start, %s at the end\n",
		part, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), m.loadBefore, m.loadAfter)
	t(m).print(os.Stdout)
	return nil
}

func (m *measurements) measureNative(plan workload.Plan) {
	progress("native: %d jobs", len(plan.Jobs))
	m.native = workload.Run(plan)
	progress("native: one %s text, sampling the heap", size(memorySize))
	m.memory, m.memoryErr = measureMemory(m.corpus.text(memorySize))
}

// findChromium returns the browser's path, or "" with the reason in m.chromiumErr.
func (m *measurements) findChromium(use bool) string {
	if !use {
		m.chromiumErr = errors.New("skipped (-chromium=false)")
		return ""
	}
	path := headless.Path()
	if path == "" {
		m.chromiumErr = errNoChromium
		return ""
	}
	m.chromiumName = chromiumVersion(path)
	return path
}

// measureWasm runs the plan in planFile as WebAssembly under node and, given its
// path, in Chromium.
func (m *measurements) measureWasm(dir, planFile, chromium string) {
	m.nodeVersion = nodeVersion()
	progress("wasm: building build/bench/wasmbench")
	wasm, err := buildWasmBench(dir)
	if err != nil {
		m.nodeErr, m.chromiumErr = err, err
		return
	}
	progress("wasm: node")
	m.node, m.nodeErr = runNode(wasm, planFile)
	if chromium == "" {
		return
	}
	progress("wasm: Chromium")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	m.chromium, m.chromiumErr = runChromium(ctx, chromium, dir)
}

func (m *measurements) measurePeer(dir string, plan workload.Plan, use bool) {
	if !use {
		m.peerErr = errors.New("skipped (-compromise=false)")
		return
	}
	progress("compromise: node")
	if m.peerVersion, m.peerErr = installCompromise(); m.peerErr == nil {
		m.peer, m.peerErr = runPeerPlan(dir, plan)
	}
}

// benchPlan is the work every runner times: comparisons of more and more articles,
// the page's own work, first, then the large text, whose garbage would otherwise
// weigh on the small jobs after it.
func benchPlan(c corpus) workload.Plan {
	var p workload.Plan
	for _, n := range sourceCounts {
		p.Jobs = append(p.Jobs, workload.Job{
			Label:   sourcesLabel(n),
			Inputs:  c.sources(n),
			MinRuns: 7, MaxRuns: 51, Budget: 2 * time.Second,
		})
	}
	p.Jobs = append(p.Jobs, workload.Job{
		Label:   "throughput",
		Inputs:  []engine.Input{{Name: "news", Text: c.text(throughputSize)}},
		MinRuns: 3, MaxRuns: 5, Budget: 5 * time.Second,
	})
	return p
}

func sourcesLabel(n int) string { return fmt.Sprintf("%d sources", n) }

// runPeerPlan times compromise on the articles of the five-source comparison (it
// compares nothing, so only the per-article work is its counterpart there) and on
// the throughput text, once: one run of that takes compromise most of a minute.
func runPeerPlan(dir string, plan workload.Plan) ([]workload.Result, error) {
	var jobs []workload.Job
	for _, j := range plan.Jobs {
		switch j.Label {
		case sourcesLabel(5):
			jobs = append(jobs, j)
		case "throughput":
			j.MinRuns, j.MaxRuns, j.Budget = 1, 1, 0
			jobs = append(jobs, j)
		}
	}
	peerDir := filepath.Join(dir, "compromise")
	if err := os.Mkdir(peerDir, 0o755); err != nil {
		return nil, err
	}
	file, err := writePlan(peerDir, workload.Plan{Jobs: jobs})
	if err != nil {
		return nil, err
	}
	return runCompromise(file)
}

// timeLoads starts `parallax serve` and loads its home page in a fresh Chromium
// n times.
func timeLoads(chromium, webDir, dir string, n int, useChromium bool) ([]pageLoad, error) {
	if !useChromium {
		return nil, errors.New("skipped (-chromium=false)")
	}
	if chromium == "" {
		return nil, errNoChromium
	}
	progress("page loads: parallax serve, %d cold loads", n)
	srv, err := startServer(dir, webDir)
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	var loads []pageLoad
	for i := range n {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		l, err := loadPage(ctx, chromium, srv.url, filepath.Join(dir, fmt.Sprintf("profile-load-%d", i)))
		cancel()
		if err != nil {
			return loads, fmt.Errorf("load %d: %w", i+1, err)
		}
		loads = append(loads, l)
	}
	return loads, nil
}

func nodeVersion() string {
	out, err := exec.Command("node", "--version").Output()
	if err != nil {
		return "not installed"
	}
	return strings.TrimSpace(string(out))
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// find returns the result with the given label.
func find(rs []workload.Result, label string) (workload.Result, bool) {
	for _, r := range rs {
		if r.Label == label {
			return r, r.Error == ""
		}
	}
	return workload.Result{}, false
}

func machine(m *measurements) string {
	chromium := m.chromiumName
	if chromium == "" {
		chromium = "Chromium not found"
	}
	return fmt.Sprintf("%s/%s, %d CPUs, %s, node %s, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(),
		runtime.Version(), m.nodeVersion, chromium)
}

// loadAverage returns the 1, 5 and 15 minute load averages, or "" off Linux: the
// timings mean less on a machine that other work keeps busy.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}
