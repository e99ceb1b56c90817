package mention

import (
	"strings"
	"testing"

	"parallax/wasm/document"
)

// entityParagraphs are the seed articles' running text where present, invented
// sentences otherwise.
func entityParagraphs() []string {
	if base := seedParagraphs(); len(base) > 0 {
		return base
	}
	return []string{"Finnish President Mikael Harju met Lena Ortiz, Brandt's envoy on talks with Norway, in Madrid on Friday.\n" +
		"The Finnish president said the European Central Bank would wait until March, and the ECB agreed.\n" +
		"Officials in Oslo, Geneva and the United States welcomed the plan; Harju thanked his hosts.\n"}
}

// benchDocument parses about 2 MB of paragraphs repeated, and sets b to report MB/s.
func benchDocument(b *testing.B, paragraphs []string) *document.Document {
	var s strings.Builder
	for s.Len() < 2<<20 {
		for _, p := range paragraphs {
			s.WriteString(p)
			s.WriteString("\n")
		}
	}
	d, err := document.Parse("bench", s.String())
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(s.Len()))
	b.ReportAllocs()
	return d
}

func BenchmarkFindEntities(b *testing.B) {
	d := benchDocument(b, entityParagraphs())
	for b.Loop() {
		FindEntities(d)
	}
}
