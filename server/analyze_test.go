package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestAnalyzeErrors(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "photo.jpg")
	os.WriteFile(binary, []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x02\x00\x00"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("  \n\t\n"), 0o644)

	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stderr string
	}{
		{"no files", []string{"analyze"}, "", 2, "usage"},
		{"missing file", []string{"analyze", filepath.Join(dir, "nope.txt")}, "", 2, "cannot read"},
		{"directory", []string{"analyze", dir}, "", 2, "is a directory"},
		{"binary file", []string{"analyze", binary}, "", 2, "binary"},
		{"empty file", []string{"analyze", empty}, "", 2, "empty"},
		{"both formats", []string{"analyze", "--json", "--markdown", "testdata/harbour.txt"}, "", 2, "usage"},
		{"unknown command", []string{"frobnicate"}, "", 2, "unknown command"},
		{"good file", []string{"analyze", "testdata/harbour.txt"}, "", 0, ""},
		{"stdin", []string{"analyze", "-"}, "The mayor of Kellport spoke on Friday.", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if status != tt.status {
				t.Errorf("status %d, want %d (stderr %q)", status, tt.status, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q, want it to mention %q", stderr.String(), tt.stderr)
			}
		})
	}
}

// TestAnalyzeJSON checks the output against the contract in DESIGN.md.
func TestAnalyzeJSON(t *testing.T) {
	var stdout, stderr bytes.Buffer
	status := run([]string{"analyze", "--json", "testdata/harbour.txt", "testdata/union.txt"}, nil, &stdout, &stderr)
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	var report struct {
		Documents []struct {
			Name       string            `json:"name"`
			Entities   []json.RawMessage `json:"entities"`
			Quantities []json.RawMessage `json:"quantities"`
			Quotes     []struct {
				Start   *int    `json:"start"`
				End     *int    `json:"end"`
				Text    string  `json:"text"`
				Speaker *string `json:"speaker"`
			} `json:"quotes"`
		} `json:"documents"`
		Entities []json.RawMessage `json:"entities"`
		Findings []json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if len(report.Documents) != 2 || report.Documents[0].Name != "harbour.txt" || report.Documents[1].Name != "union.txt" {
		t.Fatalf("documents = %+v, want harbour.txt and union.txt", report.Documents)
	}
	for _, key := range []string{`"entities"`, `"findings"`, `"quantities"`, `"quotes"`} {
		if !bytes.Contains(stdout.Bytes(), []byte(key)) {
			t.Errorf("output lacks %s", key)
		}
	}
	text, _ := os.ReadFile("testdata/harbour.txt")
	for _, q := range report.Documents[0].Quotes {
		if q.Start == nil || q.End == nil || *q.Start < 0 || *q.End > len(text) || !strings.Contains(string(text[*q.Start:*q.End]), q.Text[:min(len(q.Text), 10)]) {
			t.Errorf("quote %q does not point at its text", q.Text)
		}
	}
}

func TestAnalyzeMarkdown(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if status := run([]string{"analyze", "--markdown", "testdata/harbour.txt", "testdata/union.txt"}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	if !strings.HasPrefix(stdout.String(), "# ") || !strings.Contains(stdout.String(), "harbour.txt") {
		t.Errorf("markdown report = %q", stdout.String())
	}
}

// TestAnalyzeSameNames checks that two files of one name in different folders stay
// two sources: the output is the one for differently named files, but for the names.
func TestAnalyzeSameNames(t *testing.T) {
	dir := t.TempDir()
	var alike []string
	for i, name := range []string{"harbour.txt", "union.txt"} {
		text, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, strconv.Itoa(i), "story.txt")
		os.Mkdir(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		alike = append(alike, path)
	}
	for _, format := range []string{"--json", "--markdown"} {
		t.Run(format, func(t *testing.T) {
			want := analyzeOutput(t, format, "testdata/harbour.txt", "testdata/union.txt")
			want = strings.NewReplacer("harbour.txt", "story.txt", "union.txt", "story.txt").Replace(want)
			if got := analyzeOutput(t, format, alike...); got != want {
				t.Errorf("two files named story.txt are not analysed as two sources:\n%s", got)
			}
		})
	}
}

// analyzeOutput returns what parallax analyze prints for the format and the files.
func analyzeOutput(t *testing.T, format string, files ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if status := run(append([]string{"analyze", format}, files...), nil, &stdout, &stderr); status != 0 {
		t.Fatalf("status %d: %s", status, stderr.String())
	}
	return stdout.String()
}
