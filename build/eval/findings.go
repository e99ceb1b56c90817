package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
)

// The story clusters (clusters/) and ECB+ (ecbplus/) are scored by the Python
// scripts that come with them, which run the parallax binary on each cluster's
// articles and read its JSON contract. The clusters' texts are rebuilt by hand into
// build/eval/clusters (their README says how); without them that evaluation skips.
func init() {
	evaluations = append(evaluations,
		evaluation{"clusters", runClusters},
		evaluation{"ecbplus", runECBPlus})
}

// clusterTexts is where the rebuilt texts of the story clusters are, from the
// project's root, where make eval runs.
var clusterTexts = filepath.Join("build", "eval", "clusters")

var (
	binaryOnce sync.Once
	binaryPath string
	binaryErr  error
)

// parallaxBinary builds the parallax command once into a temporary folder.
func parallaxBinary() (string, error) {
	binaryOnce.Do(func() {
		dir, err := os.MkdirTemp("", "parallax-eval")
		if err != nil {
			binaryErr = err
			return
		}
		binaryPath = filepath.Join(dir, "parallax")
		out, err := exec.Command("go", "build", "-o", binaryPath, "./server").CombinedOutput()
		if err != nil {
			binaryErr = fmt.Errorf("go build ./server: %v: %s", err, out)
		}
	})
	return binaryPath, binaryErr
}

// script runs a Python scoring script with args and returns its standard output.
func script(path string, args ...string) ([]byte, error) {
	out, err := exec.Command("python3", append([]string{path}, args...)...).Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Base(path), err)
	}
	return out, nil
}

// runClusters prints score.py's per-cluster lines and returns its overall figures.
func runClusters(dir string, _ *compromise) ([]row, error) {
	if _, err := os.Stat(clusterTexts); err != nil {
		fmt.Printf("clusters: skipped: the texts are not rebuilt in %s (see %s)\n", clusterTexts, filepath.Join(dir, "README.md"))
		return nil, nil
	}
	bin, err := parallaxBinary()
	if err != nil {
		return nil, err
	}
	args := []string{"--texts", clusterTexts, "--cmd", bin + " analyze --json"}
	perCluster, err := script(filepath.Join(dir, "score.py"), args...)
	if err != nil {
		return nil, err
	}
	fmt.Print(string(perCluster))
	out, err := script(filepath.Join(dir, "score.py"), append(args, "--json")...)
	if err != nil {
		return nil, err
	}
	var s struct {
		Recall        float64  `json:"findings_recall"`
		Precision     *float64 `json:"conflict_precision"`
		Conflicts     int      `json:"pred_conflicts"`
		FindingsShown int      `json:"findings_total"`
	}
	if err := json.Unmarshal(out, &s); err != nil {
		return nil, fmt.Errorf("score.py --json: %v", err)
	}
	precision := 0.0 // no conflict reported: none of them is real
	if s.Precision != nil {
		precision = *s.Precision
	}
	return []row{
		{Data: "clusters", Metric: fmt.Sprintf("reported conflicts that are real (of %d)", s.Conflicts), Parallax: precision, Compromise: -1, Target: 0.9},
		{Data: "clusters", Metric: "real differences found", Parallax: s.Recall, Compromise: -1, Target: 0.6},
		{Data: "clusters", Metric: "findings shown per cluster", Parallax: float64(s.FindingsShown) / 3, Compromise: -1, Target: 25, AtMost: true},
	}, nil
}

// runECBPlus counts the conflicts reported on ECB+'s sub-topics, each of which
// reports one event: nearly every conflict there is a false alarm.
func runECBPlus(dir string, _ *compromise) ([]row, error) {
	bin, err := parallaxBinary()
	if err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp("", "ecbplus-*.json")
	if err != nil {
		return nil, err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	if _, err := script(filepath.Join(dir, "score_alignment.py"), dir, "--cmd", bin+" analyze --json", "--json-out", tmp.Name()); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(tmp.Name())
	if err != nil {
		return nil, err
	}
	var res struct {
		PerSubtopic map[string]int `json:"conflicts_per_subtopic"`
	}
	if err := json.Unmarshal(data, &res); err != nil {
		return nil, fmt.Errorf("score_alignment.py --json-out: %v", err)
	}
	var counts []int
	total := 0
	for _, n := range res.PerSubtopic {
		counts = append(counts, n)
		total += n
	}
	if len(counts) == 0 {
		return nil, fmt.Errorf("score_alignment.py scored no sub-topic")
	}
	slices.Sort(counts)
	return []row{
		{Data: "ecbplus", Metric: fmt.Sprintf("conflicts per sub-topic, median (%d in all)", total), Parallax: float64(counts[len(counts)/2]), Compromise: -1, Target: 1, AtMost: true},
	}, nil
}
