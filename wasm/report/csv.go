package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"parallax/wasm/engine"
	"parallax/wasm/mention"
)

// FindingsCSV writes one row per value of each finding, so that a spreadsheet can
// filter by kind, topic or source.
func FindingsCSV(w io.Writer, r *engine.Result) error {
	rows := [][]string{{"finding", "kind", "topic", "document", "value", "start", "end", "explanation"}}
	for i, f := range r.Comparison.Findings {
		for _, v := range f.Values {
			rows = append(rows, []string{strconv.Itoa(i + 1), string(f.Kind), f.Topic, r.Sources[v.Source].Doc.Name,
				v.Text, strconv.Itoa(v.Start), strconv.Itoa(v.End), f.Explanation})
		}
	}
	return writeCSV(w, rows)
}

// EntitiesCSV writes one row per entity of each document, with its mentions' count
// and its roles.
func EntitiesCSV(w io.Writer, r *engine.Result) error {
	rows := [][]string{{"document", "type", "name", "mentions", "roles"}}
	for _, s := range r.Sources {
		for _, e := range s.Mentions.Entities {
			rows = append(rows, []string{s.Doc.Name, string(e.Type), e.Name, strconv.Itoa(len(e.Mentions)),
				strings.Join(Titles(e.Roles), "; ")})
		}
	}
	return writeCSV(w, rows)
}

// Titles returns the titles of roles, each once, in the order first given.
func Titles(roles []mention.Role) []string {
	var out []string
	seen := map[string]bool{}
	for _, r := range roles {
		if !seen[r.Title] {
			seen[r.Title] = true
			out = append(out, r.Title)
		}
	}
	return out
}

// writeCSV writes rows as CSV, defusing cells that a spreadsheet would run as a
// formula: article text is untrusted.
func writeCSV(w io.Writer, rows [][]string) error {
	cw := csv.NewWriter(w)
	for _, row := range rows {
		for i, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				row[i] = "'" + cell
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
