package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"parallax/wasm/engine"
)

// A corpus is the text the benchmarks run on: the real seed articles when they are
// beside the project, invented articles otherwise.
type corpus struct {
	origin   string         // says where the text comes from, for the tables
	articles []engine.Input // one story told by several outlets
}

// loadCorpus reads the seed articles from dir, or invents five articles without them.
func loadCorpus(dir string) (corpus, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		return corpus{origin: "invented articles (no seeds at " + dir + ")", articles: inventedArticles(5)}, nil
	}
	c := corpus{origin: fmt.Sprintf("the %d seed articles of %s, repeated with varied numbers", len(files), dir)}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return c, err
		}
		c.articles = append(c.articles, engine.Input{Name: filepath.Base(f), Text: string(b)})
	}
	return c, nil
}

// texts returns the articles' texts, as a reader would paste them.
func (c corpus) texts() []string {
	out := make([]string, len(c.articles))
	for i, a := range c.articles {
		out[i] = a.Text
	}
	return out
}

// sources returns n articles: the corpus's own first, then copies whose numbers
// differ, as further outlets reporting the same story would.
func (c corpus) sources(n int) []engine.Input {
	out := make([]engine.Input, 0, n)
	for i := range n {
		a := c.articles[i%len(c.articles)]
		copyNo := i / len(c.articles)
		if copyNo > 0 {
			a = engine.Input{Name: fmt.Sprintf("%s (variant %d)", a.Name, copyNo), Text: shiftDigits(a.Text, copyNo)}
		}
		out = append(out, a)
	}
	return out
}

// text returns one text of at least size bytes: the articles again and again, each
// round with other numbers and starting from another article, separated by blank lines.
func (c corpus) text(size int) string {
	var sb strings.Builder
	sb.Grow(size + 8<<10)
	for round := 0; sb.Len() < size; round++ {
		for i := range c.articles {
			a := c.articles[(i+round)%len(c.articles)]
			sb.WriteString(shiftDigits(a.Text, round))
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

// shiftDigits adds k to every ASCII digit, modulo 10, so that amounts, counts and
// dates change while the text keeps its shape.
func shiftDigits(s string, k int) string {
	if k%10 == 0 {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0' + byte((int(c-'0')+k)%10)
		}
	}
	return string(b)
}

// Invented people, places, bodies and deeds for inventedArticles. The lists have
// lengths that share no factor, so their combinations do not repeat soon.
var (
	inventedPeople = []string{"Mara Okonkwo-Hale", "Tobias Linqvist", "Ines Vardaman",
		"Pavel Drummond", "Selma Achterberg", "Rafael Quintero-Moss", "Hana Belisova"}
	inventedTitles = []string{"Mayor", "Minister", "General", "Senator", "Governor"}
	inventedPlaces = []string{"Kellport", "Varnholm", "East Ardena", "the Solvig Valley",
		"Port Amaro", "Drevnik", "Lower Casterby", "Quell Island", "Marrowgate", "Tessaly", "Oskarby"}
	inventedBodies = []string{"the Northern Grain Council", "Ardena Rail", "the Harbour Authority",
		"the Union of Ferry Workers", "Brightwater Bank", "the Coastal Health Board",
		"the Ministry of Roads", "Solvig Energy", "the Tessaly Tribune", "the Varnholm Assembly",
		"the Pact of River Cities", "Kellport University", "the Drevnik Chamber of Commerce"}
	inventedDeeds = []string{"opened a new bridge", "signed a water-sharing pact",
		"postponed the harbour vote", "announced a grain subsidy", "closed three rail depots",
		"pledged aid to flood victims", "rejected the ferry contract", "met striking dockworkers",
		"cut the fuel levy", "delayed the census", "approved a clinic in the old mill",
		"named a new envoy", "launched an inquiry", "visited the border crossing",
		"froze the port budget", "praised the volunteers", "called for new talks"}
	inventedDays  = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on March 3", "last week"}
	inventedUnits = []string{"million", "billion", "thousand"}
	inventedVerbs = []string{"said", "told reporters", "wrote in a statement", "added", "said on the radio"}
)

// inventedArticles returns n invented articles about one invented event, told with
// different details, for when the seed articles are absent.
func inventedArticles(n int) []engine.Input {
	out := make([]engine.Input, n)
	for k := range out {
		out[k] = engine.Input{Name: fmt.Sprintf("invented-%d.txt", k+1), Text: inventedArticle(k, 4<<10)}
	}
	return out
}

// inventedArticle returns about size bytes of invented news, the k-th telling: a
// headline, then paragraphs with people, titles, places, organisations, amounts,
// dates and quotes.
func inventedArticle(k, size int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s Meets Dockworkers as %s Strike Enters Second Week\n\n",
		inventedTitles[k%len(inventedTitles)], lastName(inventedPeople[k%len(inventedPeople)]), inventedPlaces[0])
	for i := k * 7; sb.Len() < size; i++ {
		person := inventedPeople[i%len(inventedPeople)]
		title := inventedTitles[i%len(inventedTitles)]
		place := inventedPlaces[i%len(inventedPlaces)]
		other := inventedPlaces[(i+3)%len(inventedPlaces)]
		fmt.Fprintf(&sb, "%s %s %s in %s %s, weeks after %s warned of rising costs. ",
			title, person, inventedDeeds[i%len(inventedDeeds)], place, inventedDays[i%len(inventedDays)],
			inventedBodies[i%len(inventedBodies)])
		fmt.Fprintf(&sb, "The plan will cost $%d.%d %s and employ %d people, up %d%% from %d. ",
			10+i%90, i%10, inventedUnits[i%len(inventedUnits)], 100+i%900, 1+i%40, 1990+i%35)
		fmt.Fprintf(&sb, "\u201cWe will not wait for %s to decide for us,\u201d %s %s. ",
			other, lastName(person), inventedVerbs[i%len(inventedVerbs)])
		fmt.Fprintf(&sb, "Officials in %s said about %d residents had left %s, while %s declined to comment.\n\n",
			other, 2+i%500, inventedDays[(i+2)%len(inventedDays)], inventedBodies[(i+5)%len(inventedBodies)])
	}
	return sb.String()
}

func lastName(person string) string { return person[strings.LastIndexByte(person, ' ')+1:] }
