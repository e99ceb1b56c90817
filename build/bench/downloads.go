package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// concurrentDownloads is how many clients of table 4b fetch app.wasm at once.
const concurrentDownloads = 2000

// downloads is what concurrentDownloads simultaneous fetches of app.wasm from
// `parallax serve` gave.
type downloads struct {
	clients, complete int
	bytes             int64 // of each complete download (app.wasm.br)
	elapsed, slowest  time.Duration
	serverPeakRSS     int64 // the server's resident high-water mark, 0 where unknown
	firstError        string
	errors            int
}

// measureDownloads starts `parallax serve` and has n clients, each on its own
// connection, fetch the brotli app.wasm at the same moment.
func measureDownloads(dir, webDir string, n int) (downloads, error) {
	progress("downloads: %d clients fetching app.wasm from parallax serve at once", n)
	info, err := os.Stat(filepath.Join(webDir, "app.wasm.br"))
	if err != nil {
		return downloads{}, fmt.Errorf("no app.wasm.br: run make build first")
	}
	srv, err := startServer(dir, webDir)
	if err != nil {
		return downloads{}, err
	}
	defer srv.stop()
	d := downloads{clients: n, bytes: info.Size()}
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true, DisableCompression: true}}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	for range n {
		wg.Go(func() {
			took, err := fetch(ctx, client, srv.url+"web/app.wasm", d.bytes)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				d.errors++
				if d.firstError == "" {
					d.firstError = err.Error()
				}
				return
			}
			d.complete++
			d.slowest = max(d.slowest, took)
		})
	}
	wg.Wait()
	d.elapsed = time.Since(start)
	d.serverPeakRSS = peakRSS(srv.cmd.Process.Pid)
	return d, nil
}

// fetch downloads url, brotli-encoded, and checks that all of its want bytes came.
func fetch(ctx context.Context, client *http.Client, url string, want int64) (time.Duration, error) {
	start := time.Now()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	req.Header.Set("Accept-Encoding", "br")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	got, err := io.Copy(io.Discard, resp.Body)
	switch {
	case err != nil:
		return 0, err
	case resp.StatusCode != http.StatusOK || got != want:
		return 0, fmt.Errorf("status %d, %d of %d bytes", resp.StatusCode, got, want)
	}
	return time.Since(start), nil
}

// peakRSS returns the resident high-water mark of process pid (VmHWM in Linux's
// /proc), or 0 elsewhere.
func peakRSS(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

func downloadsTable(m *measurements) *table {
	t := &table{
		title:  fmt.Sprintf("4b. %d clients downloading app.wasm at once from `parallax serve`, loopback", concurrentDownloads),
		header: []string{"clients", "complete", "failed", "all done in", "slowest", "served", "server peak RSS"},
	}
	d := m.downloads
	if m.downloadsErr != nil {
		t.note("not measured: %s", firstLine(m.downloadsErr))
		return t
	}
	total := float64(d.bytes) * float64(d.complete) / (1 << 20)
	rss := "—"
	if d.serverPeakRSS > 0 {
		rss = size(d.serverPeakRSS)
	}
	t.add(fmt.Sprint(d.clients), fmt.Sprint(d.complete), fmt.Sprint(d.errors), d.elapsed.Round(time.Millisecond).String(),
		d.slowest.Round(time.Millisecond).String(), mbps(total/d.elapsed.Seconds()), rss)
	if d.firstError != "" {
		t.note("first failure: %s", d.firstError)
	}
	t.note("each client its own connection, brotli app.wasm (%s); the clients run in the bench's process.", size(d.bytes))
	return t
}
