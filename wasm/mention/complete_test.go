package mention

import (
	"slices"
	"testing"

	"parallax/wasm/document"
)

func TestCompleteNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []Entity // entities expected among those found: name, and type unless empty
		absent     []string // names that must not be entities
	}{{
		name:   "a town's second word the tagger left out",
		text:   "A fire swept through a tower in Port Alder late on Sunday. Roads into Port Alder stayed closed on Monday.",
		want:   []Entity{{Name: "Port Alder"}}, // of whichever type the tagger gives
		absent: []string{"Port"},
	}, {
		name: "a trust whose words the tagger does not know",
		text: "The Alder Housing Trust, which owns the flats, said repairs began in May.",
		want: []Entity{{Type: Org, Name: "Alder Housing Trust"}},
	}, {
		name:   "a name already begun is not cut in two",
		text:   "Envoys met in Oslo for a session of the Norway Defense Contact Group on Friday.",
		absent: []string{"Contact Group"},
	}, {
		name: "a seat of power that speaks is a body",
		text: "The Kremlin said on Tuesday that the talks in Vienna had been useful.",
		want: []Entity{{Type: Org, Name: "Kremlin"}, {Type: Place, Name: "Vienna"}},
	}, {
		name:   "weapon systems are not entities",
		text:   "Norway will send KESTREL-X mobile air defense missile systems and VALKYR missiles to Finland.",
		want:   []Entity{{Type: Place, Name: "Norway"}, {Type: Place, Name: "Finland"}},
		absent: []string{"KESTREL-X", "VALKYR"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Parse("test", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			got := FindEntities(d)
			for _, w := range tt.want {
				if !slices.ContainsFunc(got, func(e Entity) bool { return (w.Type == "" || e.Type == w.Type) && e.Name == w.Name }) {
					t.Errorf("no %s %q among %v", w.Type, w.Name, got)
				}
			}
			for _, e := range got {
				if slices.Contains(tt.absent, e.Name) {
					t.Errorf("found %s %q, which should not be an entity", e.Type, e.Name)
				}
			}
		})
	}
}
