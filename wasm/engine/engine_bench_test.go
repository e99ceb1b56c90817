package engine

import (
	"fmt"
	"strings"
	"testing"

	"parallax/build/corpus"
)

// BenchmarkAnalyze runs the whole engine over one article of about 2 MB made of
// invented news sentences; its MB/s is the engine's throughput.
func BenchmarkAnalyze(b *testing.B) {
	text := inventedNews(2 << 20)
	inputs := []Input{{Name: "invented", Text: text}}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if r := Analyze(inputs); len(r.Sources) != 1 {
			b.Fatalf("analysed %d sources, want 1: %v", len(r.Sources), r.Failures)
		}
	}
}

// BenchmarkCompareSeeds analyses and compares the five real seed articles, the
// work the page does for one story.
func BenchmarkCompareSeeds(b *testing.B) {
	var inputs []Input
	size := 0
	for _, a := range corpus.Seeds(b) {
		inputs = append(inputs, Input{Name: a.Name, Text: a.Text})
		size += len(a.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if r := Analyze(inputs); len(r.Sources) != len(inputs) {
			b.Fatalf("analysed %d sources, want %d: %v", len(r.Sources), len(inputs), r.Failures)
		}
	}
}

// Invented people, places, bodies and deeds for inventedNews. The lists have
// lengths that share no factor, so their combinations do not repeat soon.
var (
	inventedPeople = []string{"Mara Okonkwo-Hale", "Tobias Linqvist", "Ines Vardaman",
		"Pavel Drummond", "Selma Achterberg", "Rafael Quintero-Moss", "Hana Belisova"}
	inventedTitles = []string{"Mayor", "Minister", "General", "Senator", "Governor"}
	inventedPlaces = []string{"Kellport", "Varnholm", "East Ardena", "the Solvig Valley",
		"Port Amaro", "Drevnik", "Lower Casterby", "Quell Island", "Marrowgate", "Tessaly"}
	inventedBodies = []string{"the Northern Grain Council", "Ardena Rail", "the Harbour Authority",
		"the Union of Ferry Workers", "Brightwater Bank", "the Coastal Health Board",
		"the Ministry of Roads", "Solvig Energy", "the Tessaly Tribune", "the Varnholm Assembly",
		"the Pact of River Cities"}
	inventedDeeds = []string{"opened a new bridge", "signed a water-sharing pact",
		"postponed the harbour vote", "announced a grain subsidy", "closed three rail depots",
		"pledged aid to flood victims", "rejected the ferry contract", "met striking dockworkers",
		"cut the fuel levy", "delayed the census", "approved a clinic in the old mill", "named a new envoy", "launched an inquiry"}
	inventedDays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "on March 3", "last week"}
	inventedUnits = []string{"million", "billion", "thousand"}
	inventedVerbs = []string{"said", "told reporters", "wrote in a statement", "added"}
)

// inventedNews returns about size bytes of invented news: headlines and paragraphs
// with people, titles, places, organisations, amounts, dates and quotes.
func inventedNews(size int) string {
	var sb strings.Builder
	sb.Grow(size + 1024)
	for i := 0; sb.Len() < size; i++ {
		person := inventedPeople[i%len(inventedPeople)]
		surname := person[strings.LastIndexByte(person, ' ')+1:]
		title := inventedTitles[i%len(inventedTitles)]
		place := inventedPlaces[i%len(inventedPlaces)]
		other := inventedPlaces[(i+3)%len(inventedPlaces)]
		body := inventedBodies[i%len(inventedBodies)]
		deed := inventedDeeds[i%len(inventedDeeds)]
		day := inventedDays[i%len(inventedDays)]
		if i%6 == 0 {
			fmt.Fprintf(&sb, "%s %s %s in %s\n\n", title, surname, strings.ToUpper(deed[:1])+deed[1:], place)
		}
		fmt.Fprintf(&sb, "%s %s %s in %s %s, weeks after %s warned of rising costs. ",
			title, person, deed, place, day, body)
		fmt.Fprintf(&sb, "The plan will cost $%d.%d %s and employ %d people, up %d%% from %d. ",
			10+i%90, i%10, inventedUnits[i%len(inventedUnits)], 100+i%900, 1+i%40, 1990+i%35)
		fmt.Fprintf(&sb, "\u201cWe will not wait for %s to decide for us,\u201d %s %s. ",
			other, surname, inventedVerbs[i%len(inventedVerbs)])
		fmt.Fprintf(&sb, "Officials in %s said about %d residents had left since %s, while %s declined to comment.\n\n",
			other, 2+i%500, inventedDays[(i+2)%len(inventedDays)], inventedBodies[(i+5)%len(inventedBodies)])
	}
	return sb.String()
}
