package mention

import (
	"strings"
	"testing"

	"parallax/wasm/document"
)

// benchText returns about 2 MB of news text: the paragraphs of the seed articles
// that are not clutter when present, invented sentences otherwise, repeated. Clutter
// is left out because a comment section runs to the end of the text.
func benchText() string {
	base := seedParagraphs()
	if len(base) == 0 {
		base = []string{"Finnish President Mikael Harju met Lena Ortiz, Brandt's envoy on talks with Norway, in Madrid on Friday.\n" +
			"The Finnish president said the European Central Bank would wait until March, and the ECB agreed.\n" +
			"Officials in Oslo, Geneva and the United States welcomed the plan; Harju thanked his hosts.\n"}
	}
	var s strings.Builder
	for s.Len() < 2<<20 {
		for _, t := range base {
			s.WriteString(t)
			s.WriteString("\n\n")
		}
	}
	return s.String()
}

func BenchmarkFindEntities(b *testing.B) {
	text := benchText()
	d, err := document.Parse("bench", text)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FindEntities(d)
	}
}
