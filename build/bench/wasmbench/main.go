//go:build js && wasm

// Command wasmbench times the engine inside WebAssembly, running the jobs of a
// workload.Plan.
//
// Under node (go_js_wasm_exec) it reads the plan from the file named by its
// argument, runs every job and prints the results on standard output as JSON.
//
// In a browser it fetches plan.json beside the page and leaves the jobs to the
// driver, one call at a time, so that the driver can read the browser's own clocks
// around each timed part: benchWarmUp(i) runs job i once, benchTime(i) then times
// it, and both return its workload.Result as JSON. The global benchJobs holds the
// number of jobs once they are ready, or benchError says why they are not.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"syscall/js"

	"parallax/build/bench/workload"
)

func main() {
	if js.Global().Get("document").IsUndefined() {
		if err := runFile(os.Args[1:]); err != nil {
			fmt.Fprintln(os.Stderr, "wasmbench:", err)
			os.Exit(1)
		}
		return
	}
	p, err := fetchPlan()
	if err != nil {
		js.Global().Set("benchError", err.Error())
		return
	}
	expose(p)
	select {} // the driver's calls run on this program, which must stay alive
}

// runFile runs the plan in the file named by args[0] and prints the results.
func runFile(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: wasmbench PLAN.json")
	}
	b, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	var p workload.Plan
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("reading the plan: %w", err)
	}
	out, err := json.Marshal(workload.Run(p))
	if err != nil {
		return err
	}
	_, err = os.Stdout.Write(append(out, '\n'))
	return err
}

// fetchPlan fetches plan.json beside the page.
func fetchPlan() (workload.Plan, error) {
	var p workload.Plan
	base := js.Global().Get("location").Get("href").String()
	resp, err := http.Get(base + "plan.json")
	if err != nil {
		return p, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return p, fmt.Errorf("fetching plan.json: %s", resp.Status)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(b, &p); err != nil {
		return p, fmt.Errorf("reading the plan: %w", err)
	}
	return p, nil
}

// expose sets the globals benchWarmUp, benchTime and benchJobs for the driver.
func expose(p workload.Plan) {
	warmed := make([]workload.Result, len(p.Jobs))
	job := func(args []js.Value, run func(i int) workload.Result) any {
		if len(args) != 1 || args[0].Type() != js.TypeNumber || args[0].Int() < 0 || args[0].Int() >= len(p.Jobs) {
			return encode(workload.Result{Error: "no such job"})
		}
		return encode(run(args[0].Int()))
	}
	js.Global().Set("benchWarmUp", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return job(args, func(i int) workload.Result {
			warmed[i] = p.Jobs[i].WarmUp()
			return warmed[i]
		})
	}))
	js.Global().Set("benchTime", js.FuncOf(func(_ js.Value, args []js.Value) any {
		return job(args, func(i int) workload.Result { return p.Jobs[i].Time(warmed[i]) })
	}))
	js.Global().Set("benchJobs", len(p.Jobs))
}

func encode(r workload.Result) string {
	b, err := json.Marshal(r)
	if err != nil {
		b, _ = json.Marshal(workload.Result{Label: r.Label, Error: err.Error()})
	}
	return string(b)
}
