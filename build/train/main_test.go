package main

import (
	"slices"
	"testing"
)

func TestZeroSmall(t *testing.T) {
	tests := []struct {
		name  string
		limit int8
		in    []int8
		want  []int8
	}{
		{"nothing pruned", 0, []int8{-2, -1, 0, 1, 2}, []int8{-2, -1, 0, 1, 2}},
		{"size one", 1, []int8{-2, -1, 0, 1, 2}, []int8{-2, 0, 0, 0, 2}},
		{"both signs alike", 2, []int8{-128, -3, -2, 2, 3, 127}, []int8{-128, -3, 0, 0, 3, 127}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(tt.in)
			zeroSmall(got, tt.limit)
			if !slices.Equal(got, tt.want) {
				t.Errorf("zeroSmall(%v, %d) = %v, want %v", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}
