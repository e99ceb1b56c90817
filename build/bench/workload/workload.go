// Package workload describes the engine's benchmarks as data, so that the same jobs
// run, timed by the same code, natively and inside WebAssembly (under node and in
// the browser): the host writes a Plan as JSON, each runner answers with Results.
package workload

import (
	"fmt"
	"slices"
	"time"

	"parallax/wasm/engine"
)

// A Job is one call of engine.Analyze, repeated to time it.
type Job struct {
	Label  string         `json:"label"`
	Inputs []engine.Input `json:"inputs"`
	// After one untimed warm-up run the job runs at least once, at least MinRuns
	// and at most MaxRuns times, and stops once Budget has passed.
	MinRuns int           `json:"min_runs"`
	MaxRuns int           `json:"max_runs"`
	Budget  time.Duration `json:"budget"`
}

// A Plan is the list of jobs to time, in order.
type Plan struct {
	Jobs []Job `json:"jobs"`
}

// A Result is the timing of one Job.
type Result struct {
	Label   string  `json:"label"`
	Sources int     `json:"sources"` // inputs analysed
	Bytes   int     `json:"bytes"`   // of all inputs together
	Runs    int     `json:"runs"`    // timed runs
	FirstMS float64 `json:"first_ms"`
	// MedianMS and MinMS are over the timed runs; the warm-up run is FirstMS.
	MedianMS float64 `json:"median_ms"`
	MinMS    float64 `json:"min_ms"`
	// CPUMS is the median CPU time of a timed run, all threads together, or zero
	// where the runner has no CPU clock. Other load on the machine stretches the
	// wall-clock times but hardly this one.
	CPUMS float64 `json:"cpu_ms,omitempty"`
	Error string  `json:"error,omitempty"`
}

// MBps returns the throughput of the median run in megabytes (2^20 bytes) a second.
func (r Result) MBps() float64 { return perSecond(r.Bytes, r.MedianMS) }

// CPUMBps returns the throughput in megabytes a second of CPU time, or zero when the
// CPU time was not measured.
func (r Result) CPUMBps() float64 { return perSecond(r.Bytes, r.CPUMS) }

func perSecond(bytes int, ms float64) float64 {
	if ms <= 0 {
		return 0
	}
	return float64(bytes) / (1 << 20) / (ms / 1000)
}

// CPUTime returns the CPU time, user and system, that the process has used so
// far, and false where the runner has no CPU clock.
func CPUTime() (time.Duration, bool) { return cpuTime() }

// Run times every job of p in order.
func Run(p Plan) []Result {
	results := make([]Result, 0, len(p.Jobs))
	for _, j := range p.Jobs {
		results = append(results, j.Run())
	}
	return results
}

// Run times j: one warm-up run, then the timed runs.
func (j Job) Run() Result {
	r := j.WarmUp()
	if r.Error != "" {
		return r
	}
	return j.Time(r)
}

// WarmUp runs j once and returns its Result with only FirstMS measured, so that a
// runner can read its own clocks around Time alone.
func (j Job) WarmUp() Result {
	r := Result{Label: j.Label, Sources: len(j.Inputs)}
	for _, in := range j.Inputs {
		r.Bytes += len(in.Text)
	}
	first, _, err := j.once()
	if err != nil {
		r.Error = err.Error()
	}
	r.FirstMS = ms(first)
	return r
}

// Time runs j's timed runs and completes r, the result of WarmUp.
func (j Job) Time(r Result) Result {
	var walls, cpus []time.Duration
	start := time.Now()
	for len(walls) == 0 || len(walls) < j.MaxRuns && (len(walls) < j.MinRuns || time.Since(start) < j.Budget) {
		wall, cpu, err := j.once()
		if err != nil {
			r.Error = err.Error()
			return r
		}
		walls, cpus = append(walls, wall), append(cpus, cpu)
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	r.Runs = len(walls)
	r.MedianMS = ms(median(walls))
	r.MinMS = ms(walls[0])
	r.CPUMS = ms(median(cpus))
	return r
}

// once analyses the job's inputs once and returns how long it took, by the wall
// clock and in CPU time (zero without a CPU clock).
func (j Job) once() (wall, cpu time.Duration, err error) {
	cpuStart, hasCPU := cpuTime()
	start := time.Now()
	res := engine.Analyze(j.Inputs)
	wall = time.Since(start)
	if cpuEnd, _ := cpuTime(); hasCPU {
		cpu = cpuEnd - cpuStart
	}
	if len(res.Failures) > 0 {
		f := res.Failures[0]
		return wall, cpu, fmt.Errorf("%s: %s", f.Name, f.Error)
	}
	return wall, cpu, nil
}

// median returns the middle of sorted durations, or the mean of the two middle ones.
func median(sorted []time.Duration) time.Duration {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
