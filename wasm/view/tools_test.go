package view

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"parallax/wasm/engine"
)

// story is an invented pair of reports that disagree on the day.
var story = []engine.Input{
	{Name: "Kellport Post", Text: "Mayor Lena Ostrova opened the Tessel bridge in Kellport on Monday. \"It joins two halves of one city,\" Ostrova said."},
	{Name: "Harbour Herald", Text: "Mayor Lena Ostrova opened the Tessel bridge in Kellport on Tuesday. \"It joins the two halves of our city,\" said Omar Delacroix."},
}

func TestParseHostMessage(t *testing.T) {
	tests := []struct {
		raw     string
		wantErr string
	}{
		{`{"type":"parallax:analyze","version":1,"articles":[{"name":"A","text":"x"}]}`, ""},
		{`{"type":"parallax:theme","version":1,"theme":"dark"}`, ""},
		{`{"type":"parallax:analyze","version":2,"articles":[{"text":"x"}]}`, "version 2"},
		{`{"type":"parallax:analyze","version":1,"articles":[]}`, "at least one article"},
		{`{"type":"parallax:shout","version":1}`, "unknown message type"},
		{`"just a string"`, "not a Parallax message"},
		{`{"type":"parallax:analyze","version":"1"}`, "not a Parallax message"},
	}
	for _, tt := range tests {
		_, err := parseHostMessage(tt.raw)
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("parseHostMessage(%s): %v", tt.raw, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("parseHostMessage(%s) = %v, want an error about %q", tt.raw, err, tt.wantErr)
		}
	}
}

func TestArticleSources(t *testing.T) {
	got, note := articleSources([]hostArticle{
		{Name: " Kellport Post ", Text: "Plain text."},
		{HTML: "<nav>Menu</nav><article><p>From <b>HTML</b>.</p></article>"},
		{Name: "Empty", Text: "  "},
		{Name: "Text wins", Text: "Text.", HTML: "<p>HTML.</p>"},
	})
	want := []savedSource{
		{Name: "Kellport Post", Text: "Plain text."},
		{Name: "Article B", Text: "From HTML."},
		{Name: "Text wins", Text: "Text."},
	}
	if !reflect.DeepEqual(got, want) || note != "" {
		t.Errorf("articleSources = %+v, %q; want %+v and no note", got, note, want)
	}
}

// TestArticleSourcesCapped sends more articles than Parallax compares, one of them
// longer than it reads: the widget keeps what it can and says what it left out.
func TestArticleSourcesCapped(t *testing.T) {
	articles := make([]hostArticle, maxSources+4)
	for i := range articles {
		articles[i] = hostArticle{Text: "An article."}
	}
	articles[0] = hostArticle{Name: "Huge", Text: strings.Repeat("x", maxArticleBytes+10)}
	got, note := articleSources(articles)
	if len(got) != maxSources || len(got[0].Text) != maxArticleBytes {
		t.Errorf("kept %d articles, the first of %d bytes", len(got), len(got[0].Text))
	}
	for _, want := range []string{"sent 30 articles", "first 26", "Huge"} {
		if !strings.Contains(note, want) {
			t.Errorf("note %q does not say %q", note, want)
		}
	}
}

func TestParseFragment(t *testing.T) {
	tests := []struct{ hash, host, theme string }{
		{"#host=https%3A%2F%2Fnews.example&theme=dark", "https://news.example", "dark"},
		{"host=http://127.0.0.1:8080", "http://127.0.0.1:8080", ""},
		{"", "", ""},
		{"#%zz", "", ""},
	}
	for _, tt := range tests {
		host, theme := parseFragment(tt.hash)
		if host != tt.host || theme != tt.theme {
			t.Errorf("parseFragment(%q) = %q, %q; want %q, %q", tt.hash, host, theme, tt.host, tt.theme)
		}
	}
}

func TestOriginAllowed(t *testing.T) {
	tests := []struct {
		origin  string
		allowed []string
		want    bool
	}{
		{"https://news.example", nil, true},
		{"https://news.example", []string{"*"}, true},
		{"https://news.example", []string{"https://other.example", "https://news.example"}, true},
		{"https://evil.example", []string{"https://news.example"}, false},
		{"https://news.example.evil", []string{"https://news.example"}, false},
		{"null", nil, false},
		{"", []string{"*"}, false},
	}
	for _, tt := range tests {
		if got := originAllowed(tt.origin, tt.allowed); got != tt.want {
			t.Errorf("originAllowed(%q, %q) = %v, want %v", tt.origin, tt.allowed, got, tt.want)
		}
	}
}

func TestSummarize(t *testing.T) {
	if got := summarize(nil); got != (resultSummary{}) {
		t.Errorf("summarize(nil) = %+v", got)
	}
	r := engine.Analyze(story)
	s := summarize(r)
	if s.Documents != 2 || s.Findings != len(r.Comparison.Findings) || s.Entities != len(r.Comparison.Entities) {
		t.Errorf("summarize = %+v for %d findings, %d entities", s, len(r.Comparison.Findings), len(r.Comparison.Entities))
	}
	if s.Conflicts == 0 || s.Conflicts > s.Findings {
		t.Errorf("summarize found %d conflicts among %d findings; the story has at least one", s.Conflicts, s.Findings)
	}
}

// TestExports checks that every export button writes something from an analysis;
// the formats themselves are tested in package report.
func TestExports(t *testing.T) {
	p := &Page{result: engine.Analyze(story)}
	for _, x := range exports {
		out, err := p.write(x.format)
		if err != nil || out == "" {
			t.Errorf("%s: %v, %d bytes", x.id, err, len(out))
		}
	}
}

func TestShareRoundTrip(t *testing.T) {
	tests := [][]savedSource{
		{{Name: "A", Text: "Short."}},
		{{Name: "Ü 名前", Text: strings.Repeat("Long text with repeats. ", 500)}, {Name: "", Text: ""}},
		{},
	}
	for _, saved := range tests {
		fragment, err := encodeShare(saved)
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(fragment, "#?&/+ ") {
			t.Errorf("fragment %q has characters that need escaping", fragment[:min(40, len(fragment))])
		}
		back, err := decodeShare("#" + fragment)
		if err != nil || len(back) != len(saved) || len(saved) > 0 && !reflect.DeepEqual(back, saved) {
			t.Errorf("round trip of %d sources: %v, %d back", len(saved), err, len(back))
		}
	}
}

func TestDecodeShareDamaged(t *testing.T) {
	good, _ := encodeShare([]savedSource{{Name: "A", Text: "Some text to share."}})
	for _, fragment := range []string{"", "share=v2.abc", "share=v1.!!!", "share=v1.", good[:len(good)-6], "share=v1.bm90IGRlZmxhdGU"} {
		if _, err := decodeShare(fragment); err != errBadLink {
			t.Errorf("decodeShare(%q) = %v, want errBadLink", fragment, err)
		}
	}
}

// TestDecodeShareBomb opens a small link that would unpack to megabytes: it is
// refused with its own reason, having read no more than the bound.
func TestDecodeShareBomb(t *testing.T) {
	bomb, err := encodeShare([]savedSource{{Name: "A", Text: strings.Repeat("“", 2<<20)}})
	if err != nil {
		t.Fatal(err)
	}
	if len(bomb) > maxLinkBytes {
		t.Fatalf("the bomb is a %d-byte link; the test wants one short enough to be offered", len(bomb))
	}
	if _, err := decodeShare(bomb); err != errLinkTooBig {
		t.Errorf("decodeShare(bomb) = %v, want errLinkTooBig", err)
	}
}

func TestShareLinkTooLong(t *testing.T) {
	if _, err := shareLink("https://parallax.example/", []savedSource{{Name: "A", Text: "Short."}}); err != nil {
		t.Errorf("a short article: %v", err)
	}
	// Random letters, which compress poorly.
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 100_000 {
		b.WriteByte(byte('a' + rng.IntN(26)))
	}
	_, err := shareLink("https://parallax.example/", []savedSource{{Name: "A", Text: b.String()}})
	if err == nil || !strings.Contains(err.Error(), "too long") {
		t.Errorf("a long article: %v, want a message that the link is too long", err)
	}
}

func FuzzDecodeShare(f *testing.F) {
	good, _ := encodeShare([]savedSource{{Name: "A", Text: "Text."}})
	for _, seed := range []string{good, "", "share=v1.", "share=v1.AAAA", "#share=v1.____"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, fragment string) {
		saved, err := decodeShare(fragment)
		if err != nil && saved != nil {
			t.Errorf("an error with sources: %v", err)
		}
	})
}

func TestFileSource(t *testing.T) {
	tests := []struct {
		name, content string
		want          savedSource
		wantErr       string
	}{
		{"bridge.txt", "The bridge opened.", savedSource{Name: "bridge", Text: "The bridge opened."}, ""},
		{"bridge.TXT", "\uFEFFWith a byte order mark.", savedSource{Name: "bridge", Text: "With a byte order mark."}, ""},
		{"story.html", "<html><body><nav>Home</nav><article><p>Story.</p></article></body></html>", savedSource{Name: "story", Text: "Story."}, ""},
		{"story.htm", "<p>Old extension.</p>", savedSource{Name: "story", Text: "Old extension."}, ""},
		{"notes", "<!DOCTYPE html><html><body><p>Sniffed.</p></body></html>", savedSource{Name: "notes", Text: "Sniffed."}, ""},
		{"quote.txt", "<p> is how HTML starts a paragraph.", savedSource{Name: "quote", Text: "<p> is how HTML starts a paragraph."}, ""},
		{"photo.jpg", "\xff\xd8\xff", savedSource{}, "not a .txt or .html file"},
		{"empty.txt", " \n ", savedSource{}, "holds no article text"},
		{"scripts.html", "<script>alert(1)</script>", savedSource{}, "holds no article text"},
		{"latin1.txt", "caf\xe9 au lait", savedSource{Name: "latin1", Text: "café au lait"}, ""},
		{"utf16.txt", "\xff\xfeo\x00k\x00", savedSource{Name: "utf16", Text: "ok"}, ""},
		{"legacy.html", "<html><head><meta charset=iso-8859-1></head><body><p>Gr\xfc\xdfe</p></body></html>", savedSource{Name: "legacy", Text: "Grüße"}, ""},
	}
	for _, tt := range tests {
		got, err := fileSource(tt.name, []byte(tt.content))
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("fileSource(%q) error = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("fileSource(%q) = %+v, %v; want %+v", tt.name, got, err, tt.want)
		}
	}
}

func TestLoneURL(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"https://news.example/2026/bridge-opens", true},
		{"  http://news.example/a?b=c#d \n", true},
		{"www.news.example/story", true},
		{"HTTPS://NEWS.EXAMPLE/", true},
		{"Read https://news.example/story for more", false},
		{"https://", false},
		{"The bridge opened on Monday.", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := loneURL(tt.text); got != tt.want {
			t.Errorf("loneURL(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// FuzzHostMessage feeds the widget what a host page might post: any message must
// be either refused with an error or turned into sources, without a panic.
func FuzzHostMessage(f *testing.F) {
	for _, seed := range []string{
		`{"type":"parallax:analyze","version":1,"articles":[{"name":"A","html":"<p>x</p>"}]}`,
		`{"type":"parallax:theme","version":1,"theme":"dark"}`,
		`{"articles":[{"text":""}]}`, `[]`, `null`, `{"version":1e309}`,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		m, err := parseHostMessage(raw)
		if err != nil {
			return
		}
		sources, _ := articleSources(m.Articles)
		for _, s := range sources {
			if strings.TrimSpace(s.Text) == "" || s.Name == "" || len(s.Text) > maxArticleBytes {
				t.Errorf("source %q with %d bytes of text", s.Name, len(s.Text))
			}
		}
	})
}
