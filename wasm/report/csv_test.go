package report

import (
	"strings"
	"testing"

	"parallax/wasm/engine"
	"parallax/wasm/example"
)

func TestWriteCSV(t *testing.T) {
	tests := []struct {
		name string
		row  []string
		want string
	}{
		{"plain", []string{"a", ""}, "a,\n"},
		{"formulas defused", []string{"=SUM(A1)", "+1", "-2", "@x", "\tx"}, "'=SUM(A1),'+1,'-2,'@x,'\tx\n"},
		{"quotes and commas", []string{"say \"hi\", then go"}, "\"say \"\"hi\"\", then go\"\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := writeCSV(&b, [][]string{tt.row}); err != nil || b.String() != tt.want {
			t.Errorf("%s: writeCSV = %q, %v; want %q", tt.name, b.String(), err, tt.want)
		}
	}
}

func TestCSVExports(t *testing.T) {
	r := engine.Analyze(inputs(example.Story(), ""))
	tests := []struct {
		name       string
		format     Format
		header, in string
	}{
		{"findings", FindingsCSV, "finding,kind,topic,document,value,start,end,explanation\n", "Northern Wire,Eleven people,55,68,"},
		{"entities", EntitiesCSV, "document,type,name,mentions,roles\n", "Harbour Gazette,PERSON,Marta Ellison,"},
	}
	for _, tt := range tests {
		out := write(t, tt.format, r)
		if !strings.HasPrefix(out, tt.header) || !strings.Contains(out, tt.in) {
			t.Errorf("%s CSV lacks its header or %q:\n%s", tt.name, tt.in, out)
		}
	}
}
