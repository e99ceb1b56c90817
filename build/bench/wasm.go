package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"parallax/build/bench/workload"
)

// goRoot returns $(go env GOROOT), where wasm_exec.js and go_js_wasm_exec live.
func goRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOROOT: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// buildWasmBench compiles build/bench/wasmbench into dir/bench.wasm, built as
// app.wasm is (stripped, trimmed paths) so that it runs the same code.
func buildWasmBench(dir string) (string, error) {
	out := filepath.Join(dir, "bench.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, "./build/bench/wasmbench")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", commandError("building wasmbench", err, stderr.String())
	}
	return out, nil
}

// runNode runs the plan in planFile with bench.wasm under node, through Go's own
// go_js_wasm_exec.
func runNode(wasm, planFile string) ([]workload.Result, error) {
	if _, err := exec.LookPath("node"); err != nil {
		return nil, fmt.Errorf("node is not installed")
	}
	root, err := goRoot()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(filepath.Join(root, "lib", "wasm", "go_js_wasm_exec"), wasm, planFile)
	return runResults("go_js_wasm_exec", cmd)
}

// runResults runs a benchmark runner that prints its results as JSON.
func runResults(name string, cmd *exec.Cmd) ([]workload.Result, error) {
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, commandError(name, err, stderr.String())
	}
	var results []workload.Result
	if err := json.Unmarshal(out, &results); err != nil {
		return nil, fmt.Errorf("reading the answer of %s: %w", name, err)
	}
	return results, nil
}

// writePlan writes p as JSON to dir/plan.json and returns its path.
func writePlan(dir string, p workload.Plan) (string, error) {
	b, err := json.Marshal(p)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "plan.json")
	return path, os.WriteFile(path, b, 0o644)
}

// commandError describes a failed command by what it last printed on standard
// error, which says more than its exit status.
func commandError(what string, err error, stderr string) error {
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if last := strings.TrimSpace(lines[len(lines)-1]); last != "" {
		return fmt.Errorf("%s: %v: %s", what, err, last)
	}
	return fmt.Errorf("%s: %v", what, err)
}
