package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"parallax/internal/hostile"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// Table 1c repeats each of hostile.Units to every one of hostileSizes and
// analyses it natively, in a process of its own.
var hostileSizes = []int{1 << 20, 4 << 20, 16 << 20}

// hostileLimits bound one hostile run: a run over either is stopped, and the
// larger sizes of that input are not tried.
type hostileLimits struct {
	time time.Duration
	heap uint64
}

// hostileRun is what one process measured: the analysis's memoryUse, the CPU
// time of the whole process, or why there is nothing.
type hostileRun struct {
	Input     string
	Bytes     int
	ElapsedMS float64
	PeakHeap  uint64
	Allocated uint64
	CPU       time.Duration
	Error     string
}

// hostileText returns about n bytes of the named input.
func hostileText(name string, n int) (string, error) {
	for _, in := range hostile.Units {
		if in.Name == name {
			return in.Repeat(n), nil
		}
	}
	return "", fmt.Errorf("no hostile input %q", name)
}

// measureHostile runs every input at every size, smallest first, each in a child
// process that runs runHostileChild.
func measureHostile(limits hostileLimits) []hostileRun {
	var runs []hostileRun
	for _, in := range hostile.Units {
		skip := ""
		for _, n := range hostileSizes {
			if skip != "" {
				runs = append(runs, hostileRun{Input: in.Name, Bytes: n, Error: skip})
				continue
			}
			progress("hostile input: %s of %s", size(int64(n)), in.Name)
			r := runHostileProcess(in.Name, n, limits)
			if r.Error != "" {
				skip = "not run: " + size(int64(n)) + " did not finish"
			}
			runs = append(runs, r)
		}
	}
	return runs
}

// runHostileProcess analyses n bytes of the named input in a child process, so
// that every run starts with an empty heap and one that runs away can be stopped.
func runHostileProcess(name string, n int, limits hostileLimits) hostileRun {
	ctx, cancel := context.WithTimeout(context.Background(), limits.time)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-hostile-child", name, "-hostile-size", strconv.Itoa(n),
		"-hostile-heap", strconv.FormatUint(limits.heap, 10))
	out, err := cmd.Output()
	r := hostileRun{Input: name, Bytes: n}
	switch {
	case ctx.Err() != nil:
		r.Error = fmt.Sprintf("stopped after %v", limits.time)
	case err != nil:
		r.Error = firstLine(orError(err, ""))
		var exit *exec.ExitError
		if errors.As(err, &exit) && len(exit.Stderr) > 0 {
			r.Error = strings.TrimSpace(string(exit.Stderr))
		}
	default:
		if err := json.Unmarshal(out, &r); err != nil {
			r.Error = "unreadable result: " + err.Error()
		}
	}
	if cmd.ProcessState != nil {
		r.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	return r
}

// runHostileChild is the child process: it analyses the input, printing the
// result as JSON, and ends the process early when the heap passes heapLimit.
func runHostileChild(name string, n int, heapLimit uint64) error {
	text, err := hostileText(name, n)
	if err != nil {
		return err
	}
	go exitAboveHeap(heapLimit)
	use, err := measureMemory(text)
	if err != nil {
		return err
	}
	return json.NewEncoder(os.Stdout).Encode(hostileRun{
		Input: name, Bytes: len(text),
		ElapsedMS: float64(use.elapsed) / float64(time.Millisecond),
		PeakHeap:  use.peakHeap, Allocated: use.allocated,
	})
}

// exitAboveHeap ends the process once its heap passes limit: an input that
// needs that much is reported as such, and the machine is spared the rest.
func exitAboveHeap(limit uint64) {
	var m runtime.MemStats
	for range time.Tick(50 * time.Millisecond) {
		runtime.ReadMemStats(&m)
		if m.HeapAlloc > limit {
			fmt.Fprintf(os.Stderr, "stopped with over %s of heap\n", size(int64(limit)))
			os.Exit(3)
		}
	}
}

func hostileTable(m *measurements) *table {
	t := &table{
		title:  "1c. Hostile input: engine.Analyze on text made of one unit repeated, native",
		header: []string{"input"},
	}
	for _, n := range hostileSizes {
		t.header = append(t.header, size(int64(n)))
	}
	if m.hostileErr != nil {
		t.note("not measured: %v", m.hostileErr)
		return t
	}
	for _, in := range hostile.Units {
		row := []string{fmt.Sprintf("%s (%q)", in.Name, shorten(in.Text))}
		for _, r := range m.hostile {
			if r.Input == in.Name {
				row = append(row, hostileCell(r))
			}
		}
		t.add(row...)
	}
	t.note("each cell: wall time, throughput, CPU seconds of the whole process (which other load hardly changes),")
	t.note("and the peak heap (runtime.MemStats.HeapAlloc sampled every 10 ms), one process per cell.")
	return t
}

func hostileCell(r hostileRun) string {
	if r.Error != "" {
		return r.Error
	}
	s := r.ElapsedMS / 1000
	return fmt.Sprintf("%.2f s, %s, %.1f s CPU, %s", s, mbps(float64(r.Bytes)/(1<<20)/s), r.CPU.Seconds(), size(int64(r.PeakHeap)))
}

// shorten returns a unit short enough for a table cell.
func shorten(unit string) string {
	if r := []rune(unit); len(r) > 12 {
		return string(r[:12]) + "…"
	}
	return unit
}
