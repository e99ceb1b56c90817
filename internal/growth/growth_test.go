package growth

import (
	"strings"
	"testing"
)

// recorder is a testing.TB that records failures instead of reporting them.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }

// sink keeps the copies alive, so that the compiler cannot drop them.
var sink [][]byte

func TestLinear(t *testing.T) {
	tests := []struct {
		name string
		work func(s string)
		fail bool
	}{
		{"nothing", func(string) {}, false},
		{"one copy", func(s string) { sink = [][]byte{[]byte(s)} }, false},
		{"a copy a byte", func(s string) {
			var out [][]byte
			for i := range s {
				out = append(out, []byte(s[i:i+1]))
			}
			sink = out
		}, false},
		{"a copy of the rest at each byte", func(s string) {
			var out [][]byte
			for i := range s {
				out = append(out[:0], []byte(s[i:]))
			}
			sink = out
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &recorder{TB: t}
			Linear(r, 1<<10, func(n int) string { return strings.Repeat("x", n) }, tt.work)
			if r.failed != tt.fail {
				t.Errorf("failed = %v, want %v", r.failed, tt.fail)
			}
		})
	}
}
