package main

// ECB+: typed name mentions and cross-source entity alignment.
//
// ECB+ groups news articles that report one event, with their participants, times
// and places linked across articles. Its own scorer, score_alignment.py beside the
// data (Python, standard library only), runs `parallax analyze --json` on every
// sub-topic and scores the mentions of names (people, organisations, places) in the
// validated sentences: typed mention F1, and the F1 of the pairs of mentions in two
// articles that the top-level entities join. Its README says how mentions are
// mapped to the gold ones. The conflict counts it prints are read elsewhere.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

func init() {
	evaluations = append(evaluations, evaluation{name: "ecbplus", run: evalECBAlignment})
}

// ecbSummary is the part of score_alignment.py's --json-out that is reported here.
type ecbSummary struct {
	Summary struct {
		Names struct {
			Pairwise struct {
				F1 float64 `json:"f1"`
			} `json:"pairwise"`
			MentionTyped struct {
				F1 float64 `json:"f1"`
			} `json:"mention_typed"`
		} `json:"names"`
	} `json:"summary"`
}

func evalECBAlignment(dir string, _ *compromise) ([]row, error) {
	scorer := filepath.Join(dir, "score_alignment.py")
	if _, err := os.Stat(scorer); err != nil {
		fmt.Printf("eval: ECB+ skipped: no scorer at %s\n", scorer)
		return nil, nil
	}
	if _, err := exec.LookPath("python3"); err != nil {
		fmt.Println("eval: ECB+ skipped: its scorer needs python3")
		return nil, nil
	}
	tmp, err := os.MkdirTemp("", "parallax-ecb")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	bin := filepath.Join(tmp, "parallax")
	if out, err := exec.Command("go", "build", "-o", bin, "./server").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("building parallax: %v\n%s", err, out)
	}
	results := filepath.Join(tmp, "ecb.json")
	score := exec.Command("python3", scorer, dir, "--cmd", bin+" analyze --json", "--json-out", results)
	if out, err := score.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("score_alignment.py: %v\n%s", err, out)
	}
	b, err := os.ReadFile(results)
	if err != nil {
		return nil, err
	}
	var s ecbSummary
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("score_alignment.py results: %v", err)
	}
	names := s.Summary.Names
	return []row{
		{Data: "ECB+", Metric: "typed name mention F1", Parallax: names.MentionTyped.F1, Compromise: -1, Target: 0.85},
		{Data: "ECB+", Metric: "cross-source alignment F1", Parallax: names.Pairwise.F1, Compromise: -1, Target: 0.90},
	}, nil
}
