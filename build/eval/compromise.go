package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// compromise runs build/eval/compromise/serve.js under node: one JSON request a line
// in, one JSON answer a line out, so the package loads once for the whole evaluation.
type compromise struct {
	in  *json.Encoder
	out *bufio.Scanner
}

// A peerRequest asks compromise to run one task ("entities", "quotes", "quantities")
// over one text.
type peerRequest struct {
	Task string `json:"task"`
	Text string `json:"text"`
}

// A peerSpan is a span compromise found, in byte offsets of the UTF-8 text.
type peerSpan struct {
	Type  string  `json:"type,omitempty"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Value float64 `json:"value,omitempty"`
	Unit  string  `json:"unit,omitempty"`
}

func startCompromise() (*compromise, error) {
	dir := filepath.Join("build", "eval", "compromise")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "compromise")); err != nil {
		install := exec.Command("npm", "install", "--no-audit", "--no-fund", "--silent")
		install.Dir, install.Stderr = dir, os.Stderr
		if err := install.Run(); err != nil {
			return nil, fmt.Errorf("npm install: %w", err)
		}
	}
	cmd := exec.Command("node", "serve.js")
	cmd.Dir, cmd.Stderr = dir, os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	out := bufio.NewScanner(stdout)
	out.Buffer(make([]byte, 1<<20), 64<<20)
	return &compromise{in: json.NewEncoder(stdin), out: out}, nil
}

// run sends one request and returns the spans compromise found.
func (c *compromise) run(task, text string) ([]peerSpan, error) {
	if err := c.in.Encode(peerRequest{Task: task, Text: text}); err != nil {
		return nil, err
	}
	if !c.out.Scan() {
		return nil, fmt.Errorf("compromise stopped: %v", c.out.Err())
	}
	var spans []peerSpan
	err := json.Unmarshal(c.out.Bytes(), &spans)
	return spans, err
}
