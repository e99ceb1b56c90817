package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMeasureExtract(t *testing.T) {
	dir := t.TempDir()
	if _, err := measureExtract(filepath.Join(dir, "absent")); err == nil {
		t.Error("no error for an absent folder")
	}
	var page bytes.Buffer
	z := gzip.NewWriter(&page)
	z.Write([]byte("<html><body><article><p>The ferry resumes on Friday, the harbour master said.</p></article></body></html>"))
	z.Close()
	os.WriteFile(filepath.Join(dir, "a.html.gz"), page.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "expectations.json"), []byte(`[{"file": "a.html.gz"}]`), 0o644)
	s, err := measureExtract(dir)
	if err != nil || s.pages != 1 || s.bytes == 0 {
		t.Fatalf("measureExtract = %+v, %v", s, err)
	}
	var out strings.Builder
	extractTable(&measurements{extract: s}).print(&out)
	if !strings.Contains(out.String(), "MB/s") {
		t.Errorf("table:\n%s", out.String())
	}
}
