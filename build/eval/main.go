// Command eval measures the engine on annotated data that nobody here wrote, read from
// ../shared/eval, and prints one table with the same figures for compromise (an npm
// package installed only for the evaluation) beside ours. It skips, saying so, when
// the data is absent.
//
//	go run ./build/eval [-data ../shared/eval] [-compromise=false] [-only htmlextract]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"
)

// A row is one figure measured for Parallax and, where it applies, for compromise.
type row struct {
	Data, Metric string
	Parallax     float64
	Compromise   float64 // negative when not measured
	Target       float64 // zero when the issue sets none
	AtMost       bool    // the target is an upper bound
}

// An evaluation reads one data set from dir and returns its rows.
type evaluation struct {
	name string
	run  func(dir string, peer *compromise) ([]row, error)
}

// evaluations are run in this order; each lives in its own file.
var evaluations []evaluation

func main() {
	data := flag.String("data", filepath.Join("..", "shared", "eval"), "folder of the annotated data")
	usePeer := flag.Bool("compromise", true, "also measure compromise (needs node and npm)")
	only := flag.String("only", "", "measure only this data set (a folder name in -data, e.g. htmlextract)")
	flag.Parse()
	if _, err := os.Stat(*data); err != nil {
		fmt.Printf("eval: skipped: the annotated data is not at %s (it lives in ../shared/eval beside the project)\n", *data)
		return
	}
	var peer *compromise
	if *usePeer && *only != "htmlextract" {
		var err error
		if peer, err = startCompromise(); err != nil {
			fmt.Fprintf(os.Stderr, "eval: compromise not measured: %v\n", err)
		}
	}
	var rows []row
	failed := false
	for _, e := range evaluations {
		if *only != "" && e.name != *only {
			continue
		}
		rs, err := e.run(filepath.Join(*data, e.name), peer)
		if err != nil {
			fmt.Fprintf(os.Stderr, "eval: %s: %v\n", e.name, err)
			failed = true
			continue
		}
		rows = append(rows, rs...)
	}
	print(rows)
	if failed {
		os.Exit(1)
	}
}

func print(rows []row) {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "data\tmetric\tparallax\tcompromise\ttarget\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%s\t%.3f\t%s\t%s\t\n", r.Data, r.Metric, r.Parallax, figure(r.Compromise), target(r))
	}
	w.Flush()
}

func figure(f float64) string {
	if f < 0 {
		return "—"
	}
	return fmt.Sprintf("%.3f", f)
}

func target(r row) string {
	switch {
	case r.Target == 0:
		return ""
	case r.AtMost && r.Parallax <= r.Target:
		return fmt.Sprintf("≤ %.0f met", r.Target)
	case r.AtMost:
		return fmt.Sprintf("≤ %.0f MISSED", r.Target)
	case r.Parallax >= r.Target:
		return fmt.Sprintf("≥ %.2f met", r.Target)
	default:
		return fmt.Sprintf("≥ %.2f MISSED", r.Target)
	}
}
