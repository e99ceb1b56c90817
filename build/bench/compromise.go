package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"parallax/build/bench/workload"
)

// compromiseDir holds bench.js and the package.json that pins compromise; npm
// installs it into node_modules there, for the benchmark only.
var compromiseDir = filepath.Join("build", "bench", "compromise")

// installCompromise installs compromise unless it is there, and returns its version.
func installCompromise() (string, error) {
	if _, err := exec.LookPath("node"); err != nil {
		return "", fmt.Errorf("node is not installed")
	}
	manifest := filepath.Join(compromiseDir, "node_modules", "compromise", "package.json")
	if _, err := os.Stat(manifest); err != nil {
		install := exec.Command("npm", "install", "--no-audit", "--no-fund", "--silent")
		var stderr bytes.Buffer
		install.Dir, install.Stderr = compromiseDir, &stderr
		if err := install.Run(); err != nil {
			return "", commandError("npm install", err, stderr.String())
		}
	}
	b, err := os.ReadFile(manifest)
	if err != nil {
		return "", err
	}
	var pkg struct{ Version string }
	if err := json.Unmarshal(b, &pkg); err != nil {
		return "", err
	}
	return pkg.Version, nil
}

// runCompromise times compromise on the jobs of planFile under node.
func runCompromise(planFile string) ([]workload.Result, error) {
	abs, err := filepath.Abs(planFile)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("node", "bench.js", abs)
	cmd.Dir = compromiseDir
	return runResults("node bench.js", cmd)
}
