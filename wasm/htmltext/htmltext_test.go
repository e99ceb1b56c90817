package htmltext

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"parallax/internal/growth"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"plain text", "Ferry service resumes on Friday.", "Ferry service resumes on Friday."},
		{"empty", "", ""},
		{"paragraphs", "<p>First line.</p><p>Second\n  line.</p>", "First line.\nSecond line."},
		{"inline tags join words", "<p>The <b>fire</b>men came <i>at once</i>.</p>", "The firemen came at once."},
		{"entities", "<p>Smith &amp; Sons paid &pound;4&nbsp;million &#8212; &quot;a record&quot;.</p>",
			"Smith & Sons paid £4 million — \"a record\"."},
		{"article chosen over page", `<html><head><title>Site</title></head><body>
			<nav><a href="/">Home</a> <a href="/world">World</a></nav>
			<article><h1>Dam opens in Tessvale</h1><p>The dam opened on Monday.</p>
			<div class="share-buttons"><a>Share on X</a></div>
			<p>It cost $80 million.</p></article>
			<aside>Most read: Cat elected mayor</aside><footer>© News Co</footer></body></html>`,
			"Dam opens in Tessvale\nThe dam opened on Monday.\nIt cost $80 million."},
		{"itemprop articleBody", `<div class="page"><h2>Trending</h2><div itemprop="articleBody"><p>Body text.</p></div></div>`,
			"Body text."},
		{"main when no article", `<header>Logo</header><main><p>Story.</p></main><footer>Links</footer>`, "Story."},
		{"title leads when no h1", `<html><head><title>Storm hits Bramley | Daily</title></head><body><p>Winds rose.</p></body></html>`,
			"Storm hits Bramley | Daily\nWinds rose."},
		{"scripts and styles dropped", `<body><script>var a = "<p>no</p>";</script><style>p{}</style><p>Yes.</p></body>`, "Yes."},
		{"comments dropped", `<p>Kept<!-- <p>hidden</p> --> text.</p>`, "Kept text."},
		{"hidden dropped", `<p>Seen.</p><div hidden><p>Unseen.</p></div><span aria-hidden="true">icon</span>`, "Seen."},
		{"AMP's hidden layout dropped", `<p>Seen.</p><amp-lightbox layout="nodisplay"><p>Unseen.</p></amp-lightbox>`, "Seen."},
		{"related and comments dropped", `<article><p>Story.</p><section id="comments"><p>First!</p></section><ul class="related-links"><li>Other</li></ul></article>`, "Story."},
		{"nested clutter of same tag", `<article><div class="advert"><div>inner</div><div>more</div></div><p>After.</p></article>`, "After."},
		{"quoted gt in attribute", `<p title="a > b">Text.</p>`, "Text."},
		{"stray quote in a tag", `<p><img src="a.jpg" target_blank"> One.</p><p title=Tim's>Two.</p><p>Three.</p>`, "One.\nTwo.\nThree."},
		{"lone less-than kept", `<p>3 < 4 and 5 > 2</p>`, "3 < 4 and 5 > 2"},
		{"unclosed tags", `<article><p>One<p>Two`, "One\nTwo"},
		{"unterminated tag", `<p>Text<a href="x`, "Text"},
		{"self-closed title in an icon", `<p><svg><title/><path d="M0"/></svg>Kept text.</p>`, "Kept text."},
		{"upper case tags", `<ARTICLE><P>Loud.</P></ARTICLE><P>Outside.</P>`, "Loud."},
		{"inline clutter leaves a space", `<p>Read on <button>Share</button>below.</p>`, "Read on below."},
		{"br breaks lines", `<p>Line one<br>Line two</p>`, "Line one\nLine two"},
		{"ruby readings left out", `<p><ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>に行きました。</p>`, "東京に行きました。"},
		{"non-English", `<article><h1>Пожар в Тессвале</h1><p>Огонь потушили.</p></article>`, "Пожар в Тессвале\nОгонь потушили."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(tt.html); got != tt.want {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.html, got, tt.want)
			}
		})
	}
}

// story is an invented article's body: paragraphs long enough, and with enough
// commas, to score as story.
const story = `<p>The harbour authority of Kellport reopened the north pier on Monday, after six months of repairs, a new crane and a longer breakwater.</p>
<p>Mayor Lena Ostrova said the work had cost 12 million euros, less than planned, and that ferries would return on Friday.</p>
<p>Fishermen, who had moored in Bramley all winter, welcomed the news, though some doubted the new fees.</p>
<p>The old pier, built in 1908, will become a promenade.</p>`

const storyText = "The harbour authority of Kellport reopened the north pier on Monday, after six months of repairs, a new crane and a longer breakwater.\n" +
	"Mayor Lena Ostrova said the work had cost 12 million euros, less than planned, and that ferries would return on Friday.\n" +
	"Fishermen, who had moored in Bramley all winter, welcomed the news, though some doubted the new fees.\n" +
	"The old pier, built in 1908, will become a promenade."

// TestExtractScoring checks that the article is found by weighing the page's
// blocks, whatever the markers say, and that its furniture is left out.
func TestExtractScoring(t *testing.T) {
	menu := `<ul class="menu"><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li><li><a href="/sport">Sport results today</a></li></ul>`
	links := `<ul><li><a href="/a">Ferry fares rise again in the north this spring</a></li><li><a href="/b">Crane collapses in Bramley harbour during the storm</a></li><li><a href="/c">Ostby votes to keep its old lighthouse open</a></li><li><a href="/d">Fishermen protest against the new harbour fees</a></li><li><a href="/e">Kellport mayor opens the new fish market</a></li></ul>`
	more := "Ferries from Bramley and Ostby will call twice a day in summer and once a day in winter. The first boat leaves at six in the morning and the last at nine in the evening."
	related := `<h2>More stories</h2><ul><li><a href="/a">Ferry fares rise again in the north</a></li><li><a href="/b">Crane collapses in Bramley harbour</a></li></ul>`
	tests := []struct {
		name, html, want string
	}{
		{"no marker element", `<body>` + menu + `<div>` + story + `</div><div class="footer-links">` + menu + `</div></body>`, storyText},
		{"first article is a teaser", `<body><article class="teaser"><a href="/x">Read: Storm hits the coast</a></article><article><h1>Pier reopens</h1>` + story + `</article></body>`,
			"Pier reopens\n" + storyText},
		{"furniture word beside a story word", `<body><div class="l-sidebar-fixed l-article-body">` + story + `</div><aside>` + menu + `</aside></body>`, storyText},
		{"ad inside a class name", `<body><div class="ad_body">` + story + `</div></body>`, storyText},
		{"related list and its heading", `<body><div class="content">` + story + related + `</div></body>`, storyText},
		{"byline, caption and share row", `<body><div class="content"><span class="byline">By Tom Reed</span>` + story +
			`<figure><img src="p.jpg"><figcaption>Image 1 of 8: the pier</figcaption></figure><div class="share"><a href="/s">Share</a></div></div></body>`, storyText},
		{"comments", `<body><div class="entry">` + story + `</div><section id="comments"><p>Great news, finally, about time, I say.</p></section></body>`, storyText},
		{"open graph headline", `<html><head><meta property="og:title" content="Kellport pier reopens"><title>Pier | Site</title></head><body><div>` + story + `</div></body></html>`,
			"Kellport pier reopens\n" + storyText},
		{"credits and dates after the story", `<body><div class="content">` + story + `<p>Photo: Harbour Herald</p><p>12.05.2021</p></div></body>`, storyText},
		{"a short last sentence stays", `<body><div class="content">` + story + `<p>Nobody objected.</p></div></body>`, storyText + "\nNobody objected."},
		{"a plain box of story beside the best one", `<body><div class="wrap"><div class="text">` + story + `</div><div><p>Ferries from Bramley and Ostby will call twice a day in summer and once a day in winter. The first boat leaves at six in the morning and the last at nine in the evening. Tickets cost the same as before the repairs and children under twelve travel free.</p></div></div></body>`,
			storyText + "\nFerries from Bramley and Ostby will call twice a day in summer and once a day in winter. The first boat leaves at six in the morning and the last at nine in the evening. Tickets cost the same as before the repairs and children under twelve travel free."},
		{"a link-heavy box around the story", `<body><div class="page"><div class="wrap">` + links + `<div class="text">` + story + `</div></div><p>Tolls, fees, and fares, the authority said, will stay as they are.</p></div></body>`,
			storyText + "\nTolls, fees, and fares, the authority said, will stay as they are."},
		{"long comments after a short story", `<body><div class="entry">` + story + `</div><div class="comments">` +
			strings.Repeat(`<div><p>Well, well, the pier, the crane, the fees, the ferries, the fish, the promenade, all of it, again, and still, nobody, nobody at all, asked us, the people who live here, what we wanted.</p></div>`, 4) +
			`</div></body>`, storyText},
		{"a bold lead-in over links", `<body><div class="content">` + story + `<p><strong>Read also:</strong></p><p><a href="/x">Ferry fares rise again in the north</a></p><p>Work on the south pier starts in May.</p></div></body>`,
			storyText + "\nWork on the south pier starts in May."},
		{"a bold subheading over story", `<body><div class="content"><p><b>The works</b></p>` + story + `</div></body>`, "The works\n" + storyText},
		{"a furniture word on the body", `<body class="single has-sidebar">` + menu + `<div>` + story + `</div></body>`, storyText},
		{"a furniture word on a far wrapper", `<body><section class="bg-gallery-type"><div><div><div><div>` + story + `</div></div></div></div></section>` + menu + `</body>`, storyText},
		{"a byline before the story and a bio after it", `<body><article><h1>Pier reopens</h1><div>Tom Reed · 12 May 2021</div><div class="story-body">` + story +
			`</div><div><p>Tom Reed writes about the harbour and its people for the Herald.</p></div></article></body>`, "Pier reopens\n" + storyText},
		{"more story after the story box", `<body><article><div class="story-body">` + story + `</div><div><p>` + more + `</p></div></article></body>`, storyText + "\n" + more},
		{"a story made of links", `<body><div class="linkroll">` + strings.Repeat(`<p><a href="/n">Kellport pier reopens after six months of repairs and a new crane</a></p>`, 8) + `</div></body>`,
			strings.TrimSuffix(strings.Repeat("Kellport pier reopens after six months of repairs and a new crane\n", 8), "\n")},
		{"a read-also line inside the story", `<body><div class="content">` + story + `<p><strong>Read also:</strong> <a href="/x">Ferry fares rise again in the north</a></p><p>Work on the south pier starts in May.</p></div></body>`,
			storyText + "\nWork on the south pier starts in May."},
		{"a story split into boxes of one kind", `<body><article><div class="story-part">` + story + `</div><div class="story-part"><p>Nobody objected to the plan, the mayor said.</p></div></article></body>`,
			storyText + "\nNobody objected to the plan, the mayor said."},
		{"page wrapped in a form", `<body><form action="/x">` + menu + `<div class="text">` + story + `</div><input type="submit"></form></body>`, storyText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(tt.html); got != tt.want {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.html, got, tt.want)
			}
		})
	}
}

func TestFindAttr(t *testing.T) {
	tests := []struct {
		attrs, name, want string
		ok                bool
	}{
		{` class="a b" id=main`, "id", "main", true},
		{` CLASS='x'`, "class", "x", true},
		{` hidden class="y"`, "hidden", "", true},
		{` data-x="1"`, "x", "", false},
		{` title="&lt;q&gt;"`, "title", "<q>", true},
		{` a = "spaced" `, "a", "spaced", true},
		{` broken="no end`, "broken", "no end", true},
		{`/`, "x", "", false},
	}
	for _, tt := range tests {
		got, ok := findAttr(tt.attrs, tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("findAttr(%q, %q) = %q, %v; want %q, %v", tt.attrs, tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// TestExtractLinear checks that pathological pages (thousands of unclosed,
// nested or clutter elements) cost in proportion to their size.
func TestExtractLinear(t *testing.T) {
	for _, unit := range []string{`<div class="advert">x `, `<p>word `, `<article>`, `<!--`, `<a href="`, `</div>`,
		`<div><p>Some words, and a comma.`, `<h2>Head</h2><ul><li><a href=/>link</a>`, `<b>`} {
		t.Run(unit, func(t *testing.T) {
			growth.Linear(t, 64<<10, func(n int) string { return strings.Repeat(unit, n/len(unit)) },
				func(page string) { Extract(page) })
		})
	}
}

// FuzzExtract checks that no page, however broken, makes Extract fail or write
// a broken text.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{"", "<p>a</p>", "<article><div class=ad>", "<!-- x", "<script>", "<a b='>'>c", "\xff<p>\x00"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, page string) {
		out := Extract(page)
		if utf8.ValidString(page) && !utf8.ValidString(out) {
			t.Errorf("valid UTF-8 in, invalid out: %q", out)
		}
		if strings.Contains(out, "\n\n") {
			t.Errorf("empty paragraph in %q", out)
		}
	})
}

func ExampleExtract() {
	page := `<html><head><title>Bridge opens | The Kellport Post</title></head><body>
<nav><a href="/">Home</a></nav>
<article>
  <h1>Kellport bridge opens</h1>
  <p>The bridge opened on <b>Monday</b>.</p>
  <div class="social-share"><a>Share</a></div>
  <p>It cost $40&nbsp;million.</p>
</article>
<footer>About us</footer>
</body></html>`
	fmt.Println(Extract(page))
	// Output:
	// Kellport bridge opens
	// The bridge opened on Monday.
	// It cost $40 million.
}

// BenchmarkExtract measures a news page of about 100 KB: markup, scripts, clutter
// and an article.
func BenchmarkExtract(b *testing.B) {
	var page strings.Builder
	page.WriteString(`<!DOCTYPE html><html><head><title>Bridge opens</title><script>var x = "<p>";</script></head><body>`)
	page.WriteString(strings.Repeat(`<nav><ul><li><a href="/a">Section</a></li><li><a href="/b">Other</a></li></ul></nav>`, 50))
	page.WriteString(`<article><h1>Kellport bridge opens</h1>`)
	page.WriteString(strings.Repeat(`<p class="para">The bridge opened on <b>Monday</b> after six years &amp; cost $412&nbsp;million, officials said.</p>`, 600))
	page.WriteString(`<div class="share"><a>Share</a></div></article>`)
	page.WriteString(strings.Repeat(`<aside class="related"><a href="/x">Related story</a></aside>`, 100))
	page.WriteString(`</body></html>`)
	src := page.String()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Extract(src)
	}
}

func TestIsPage(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"  \n<html lang=de>", true},
		{"<?xml version=\"1.0\"?><html>", true},
		{"<body><p>x</p>", true},
		{"<p> starts a paragraph.", false},
		{"The mayor said <b> is bold.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsPage(tt.in); got != tt.want {
			t.Errorf("IsPage(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestClassEvidence(t *testing.T) {
	tests := []struct {
		value            string
		story, furniture bool
	}{
		{"l-sidebar-fixed l-article-body", true, true},
		{"ad_body", true, false},
		{"header", false, false},
		{"ce_relatedArticles", false, true},
		{"articleBody", true, false},
		{"StoryTags", true, true},
		{"ALLCAPS-MENU", false, true},
		{"", false, false},
	}
	for _, tt := range tests {
		story, furniture := classEvidence(tt.value)
		if story != tt.story || furniture != tt.furniture {
			t.Errorf("classEvidence(%q) = %v, %v; want %v, %v", tt.value, story, furniture, tt.story, tt.furniture)
		}
	}
	if n := testing.AllocsPerRun(10, func() { classEvidence("post-body entry-content relatedArticles") }); n != 0 {
		t.Errorf("classEvidence allocates %v times a call, want none", n)
	}
}
