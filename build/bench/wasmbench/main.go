//go:build js && wasm

// Command wasmbench times the engine inside WebAssembly. It runs the jobs of a
// workload.Plan and answers with the results as JSON.
//
// Under node (go_js_wasm_exec) it reads the plan from the file named by its
// argument and prints the results on standard output. In a browser it fetches
// plan.json beside the page and leaves the results in the global benchResult (or
// the failure in benchError) for the driver to read.
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
	out, err := runFetched()
	if err != nil {
		js.Global().Set("benchError", err.Error())
		return
	}
	js.Global().Set("benchResult", string(out))
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
	out, err := run(b)
	if err != nil {
		return err
	}
	_, err = os.Stdout.Write(append(out, '\n'))
	return err
}

// runFetched fetches plan.json beside the page, runs it and returns the results.
func runFetched() ([]byte, error) {
	base := js.Global().Get("location").Get("href").String()
	resp, err := http.Get(base + "plan.json")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetching plan.json: %s", resp.Status)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	return run(b)
}

func run(planJSON []byte) ([]byte, error) {
	var p workload.Plan
	if err := json.Unmarshal(planJSON, &p); err != nil {
		return nil, fmt.Errorf("reading the plan: %w", err)
	}
	return json.Marshal(workload.Run(p))
}
