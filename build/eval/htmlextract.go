package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"parallax/wasm/charset"
	"parallax/wasm/htmltext"
)

// htmlextract (trafilatura's evaluation set: real pages, each with snippets that must
// and must not be in the article text) is scored by its own score.py, so the figure
// is the official one: every page is decoded by wasm/charset and reduced by
// wasm/htmltext here, the texts are written to one JSON file, and score.py's
// score_texts counts the snippets. The per-page details (missed and leaked snippets)
// are left in build/eval/htmlextract.json for tuning.
func init() { evaluations = append(evaluations, evaluation{"htmlextract", runHTMLExtract}) }

func runHTMLExtract(dir string, _ *compromise) ([]row, error) {
	var items []struct {
		File string `json:"file"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "expectations.json"))
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &items); err != nil {
		return nil, err
	}
	texts := make(map[string]string, len(items))
	for _, item := range items {
		page, err := readGzip(filepath.Join(dir, item.File))
		if err != nil {
			return nil, err
		}
		text, _ := charset.Decode(page)
		texts[item.File] = htmltext.Extract(text)
	}
	scores, err := scoreTexts(dir, texts)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "htmlextract: P %.3f R %.3f accuracy %.3f F1 %.3f (tp %d fp %d fn %d tn %d, %d empty)\n",
		scores.Precision, scores.Recall, scores.Accuracy, scores.F1, scores.TP, scores.FP, scores.FN, scores.TN, scores.Empty)
	return []row{{Data: "htmlextract", Metric: "article text F1 (trafilatura's scorer)", Parallax: scores.F1, Compromise: -1, Target: 0.92}}, nil
}

type extractScores struct {
	Precision, Recall, Accuracy, F1 float64
	TP, FP, FN, TN, Empty           int
}

// scoreTexts runs score.py's score_texts on the extracted texts and keeps its full
// answer, page by page, in build/eval/htmlextract.json.
func scoreTexts(dir string, texts map[string]string) (extractScores, error) {
	var s extractScores
	in, err := json.Marshal(texts)
	if err != nil {
		return s, err
	}
	const script = `import json, sys, score
texts = json.load(sys.stdin)
items = [i for i in score.load_expectations() if i["file"] in texts]
json.dump(score.score_texts(items, texts), sys.stdout)`
	cmd := exec.Command("python3", "-c", script)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(in)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return s, fmt.Errorf("score.py: %w", err)
	}
	if err := os.WriteFile(filepath.Join("build", "eval", "htmlextract.json"), out, 0o644); err != nil {
		return s, err
	}
	err = json.Unmarshal(out, &s)
	return s, err
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(z)
}
