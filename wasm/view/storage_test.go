package view

import (
	"reflect"
	"testing"
)

func TestMergeSaved(t *testing.T) {
	a := savedSource{Key: "a", Name: "A", Text: "Alpha."}
	b := savedSource{Key: "b", Name: "B", Text: "Beta."}
	c := savedSource{Key: "c", Name: "C", Text: "Gamma."}
	a2 := savedSource{Key: "a", Name: "A", Text: "Alpha, edited here."}
	tests := []struct {
		name         string
		theirs, ours []savedSource
		edited       set[string]
		want         []savedSource
	}{
		{"nothing unsaved: follow the other tab", []savedSource{a, b}, []savedSource{a}, nil, []savedSource{a, b}},
		{"a removal elsewhere is followed", []savedSource{a}, []savedSource{a, b}, nil, []savedSource{a}},
		{"an unsaved new source joins", []savedSource{a, b}, []savedSource{a, c}, set[string]{"c": true}, []savedSource{a, b, c}},
		{"an unsaved edit wins", []savedSource{a, b}, []savedSource{a2}, set[string]{"a": true}, []savedSource{a2, b}},
		{"the other tab emptied everything", nil, []savedSource{a}, nil, nil},
	}
	for _, tt := range tests {
		if got := mergeSaved(tt.theirs, tt.ours, tt.edited); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: mergeSaved = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestAddShared(t *testing.T) {
	mine := savedSource{Key: "m", Name: "Mine", Text: "My notes."}
	empty := savedSource{Key: "e", Name: "Source B"}
	shared := savedSource{Name: "Shared", Text: "Their article."}
	many := make([]savedSource, maxSources)
	for i := range many {
		many[i] = savedSource{Name: letter(i), Text: "Text " + letter(i)}
	}
	tests := []struct {
		name                 string
		own, link            []savedSource
		wantLen, added, left int
	}{
		{"added beside, the empty box gives way", []savedSource{mine, empty}, []savedSource{shared}, 2, 1, 0},
		{"an empty link empties nothing", []savedSource{mine}, nil, 1, 0, 0},
		{"the same link twice adds nothing", []savedSource{mine, shared}, []savedSource{shared}, 2, 0, 0},
		{"what does not fit is counted", []savedSource{mine}, many, maxSources, maxSources - 1, 1},
	}
	for _, tt := range tests {
		out, added, left := addShared(tt.own, tt.link)
		if len(out) != tt.wantLen || added != tt.added || left != tt.left {
			t.Errorf("%s: %d sources, %d added, %d left; want %d, %d, %d", tt.name, len(out), added, left, tt.wantLen, tt.added, tt.left)
		}
		if len(tt.own) > 0 && out[0] != tt.own[0] {
			t.Errorf("%s: the reader's own source moved or changed: %+v", tt.name, out[0])
		}
	}
}
