package workload

import (
	"fmt"
	"testing"
	"time"

	"parallax/wasm/engine"
)

const article = "Mayor Lena Ostrova opened the new bridge in Kellport on Monday. " +
	"\u201cIt joins two halves of one city,\u201d Ostrova said. The bridge cost $40 million.\n"

func TestJobRun(t *testing.T) {
	tests := []struct {
		name     string
		job      Job
		wantRuns int
		wantErr  bool
	}{
		{"min runs", Job{Label: "one", Inputs: []engine.Input{{Name: "a", Text: article}}, MinRuns: 3, MaxRuns: 10}, 3, false},
		{"max runs", Job{Label: "cap", Inputs: []engine.Input{{Name: "a", Text: article}}, MinRuns: 9, MaxRuns: 2}, 2, false},
		{"at least one", Job{Label: "zero", Inputs: []engine.Input{{Name: "a", Text: article}}}, 1, false},
		{"failure", Job{Label: "empty", Inputs: []engine.Input{{Name: "a", Text: ""}}, MinRuns: 3, MaxRuns: 3}, 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.job.Run()
			if (r.Error != "") != tt.wantErr {
				t.Fatalf("Error = %q, want an error: %v", r.Error, tt.wantErr)
			}
			if r.Runs != tt.wantRuns {
				t.Errorf("Runs = %d, want %d", r.Runs, tt.wantRuns)
			}
			if r.Label != tt.job.Label || r.Sources != len(tt.job.Inputs) || r.Bytes != len(tt.job.Inputs[0].Text) {
				t.Errorf("result %+v does not describe the job", r)
			}
			if !tt.wantErr && (r.MinMS <= 0 || r.MedianMS < r.MinMS) {
				t.Errorf("MinMS = %v, MedianMS = %v, want 0 < min ≤ median", r.MinMS, r.MedianMS)
			}
		})
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		sorted []time.Duration
		want   time.Duration
	}{
		{[]time.Duration{5}, 5},
		{[]time.Duration{1, 2, 9}, 2},
		{[]time.Duration{1, 3, 5, 100}, 4},
	}
	for _, tt := range tests {
		if got := median(tt.sorted); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.sorted, got, tt.want)
		}
	}
}

func TestMBps(t *testing.T) {
	r := Result{Bytes: 3 << 20, MedianMS: 1500, CPUMS: 1000}
	if got := r.MBps(); got != 2 {
		t.Errorf("MBps() = %v, want 2", got)
	}
	if got := r.CPUMBps(); got != 3 {
		t.Errorf("CPUMBps() = %v, want 3", got)
	}
	if got := (Result{Bytes: 1}).CPUMBps(); got != 0 {
		t.Errorf("CPUMBps() without a CPU time = %v, want 0", got)
	}
}

func Example() {
	plan := Plan{Jobs: []Job{{
		Label:   "one article",
		Inputs:  []engine.Input{{Name: "bridge.txt", Text: article}},
		MinRuns: 3, MaxRuns: 3,
	}}}
	for _, r := range Run(plan) {
		fmt.Printf("%s: %d runs over %d bytes\n", r.Label, r.Runs, r.Bytes)
	}
	// Output: one article: 3 runs over 146 bytes
}
