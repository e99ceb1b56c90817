package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	dir := t.TempDir()
	latin1 := filepath.Join(dir, "latin1.html")
	os.WriteFile(latin1, []byte("<html><head><meta charset=\"iso-8859-1\"><title>T</title></head><body>"+
		"<nav><a href=/>Start</a></nav><article><h1>Gr\xfc\xdfe aus K\xf6ln</h1><p>Die Br\xfccke wurde am Montag er\xf6ffnet, sagte die B\xfcrgermeisterin.</p></article></body></html>"), 0o644)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout string
		stderr string
	}{
		{"stdin", []string{"text"}, "<body><nav><a href=/>Home</a></nav><main><p>The ferry resumes on Friday.</p></main></body>", 0, "The ferry resumes on Friday.\n", ""},
		{"dash", []string{"text", "-"}, "<p>Plain.</p>", 0, "Plain.\n", ""},
		{"declared charset", []string{"text", latin1}, "", 0, "Grüße aus Köln\nDie Brücke wurde am Montag eröffnet, sagte die Bürgermeisterin.\n", ""},
		{"missing file", []string{"text", filepath.Join(dir, "nope.html")}, "", 2, "", "cannot read"},
		{"two files", []string{"text", "a", "b"}, "", 2, "", "usage"},
		{"a flag", []string{"text", "--json"}, "", 2, "", "usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if status != tt.status || stdout.String() != tt.stdout || !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("run(%q) = %d, stdout %q, stderr %q; want %d, %q, %q", tt.args, status, stdout.String(), stderr.String(), tt.status, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestArticleText(t *testing.T) {
	page := "<html><body><nav><a href=/>Home</a></nav><article><p>The mayor of Kellport spoke on Friday.</p></article></body></html>"
	tests := []struct {
		path string
		in   []byte
		want string
	}{
		{"story.html", []byte(page), "The mayor of Kellport spoke on Friday."},
		{"story", []byte(page), "The mayor of Kellport spoke on Friday."},
		{"story.txt", []byte(page), page},
		{"notes.txt", []byte("<p> starts a paragraph."), "<p> starts a paragraph."},
		{"utf16.txt", []byte("\xff\xfeH\x00i\x00"), "Hi"},
		{"latin1.txt", []byte("\x93Caf\xe9\x94"), "“Café”"},
	}
	for _, tt := range tests {
		if got := articleText(tt.path, tt.in); got != tt.want {
			t.Errorf("articleText(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}
