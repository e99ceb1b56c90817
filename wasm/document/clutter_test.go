package document

import (
	"fmt"
	"strings"
	"testing"

	"parallax/build/corpus"
)

// The articles below are invented; each line is one paragraph.
func TestMarkClutter(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "kind" or "kind/reason" per paragraph
	}{
		{
			name: "title, heading and body",
			text: "Harbour Town Opens New Ferry Line\nThe mayor of Harbour Town opened a ferry line on Monday.\nA Quiet Start\nOnly nine passengers boarded the first crossing.",
			want: []string{"title", "body", "heading", "body"},
		},
		{
			name: "comment section runs to the end",
			text: "The council approved the budget on Tuesday.\nCOMMENTS\nComments are moderated and will appear after review.\nGreat news for the town!\nI disagree with the vote.",
			want: []string{"body", "clutter/comments", "clutter/comments", "clutter/comments", "clutter/comments"},
		},
		{
			name: "related headlines, one ending in a bracket",
			text: "The bridge reopened after two weeks of repairs.\nPopular posts from this blog\nLocal Baker Wins National Prize (And Shares The Recipe)\nWhy The Tram Is Late Again\nThe bakery will reopen on Friday, its owner said.",
			want: []string{"body", "clutter/related links", "clutter/related links", "clutter/related links", "body"},
		},
		{
			name: "a comments link above the article does not swallow it",
			text: "Harbour Town Opens Ferry Line\nComments\nThe mayor opened a ferry line on Monday.\nOnly nine passengers boarded.",
			want: []string{"title", "clutter/comments", "body", "body"},
		},
		{
			name: "comments then a list of links",
			text: "The museum doubled its opening hours.\nComments\nPopular posts from this blog\nTen Gardens To Visit This Spring",
			want: []string{"body", "clutter/comments", "clutter/related links", "clutter/related links"},
		},
		{
			name: "single lines of furniture",
			text: "ADVERTISING\nShare this article\nFacebook Twitter Email\nPhoto: Ana Lima/Getty Images\nREUTERS/Ana Lima\nBy Jane Roe and John Doe\n-\n* * *\nReporting by Jane Roe; Editing by John Doe\nUpdated 12 March 2025 10:30 GMT\nThe storm closed three roads overnight.",
			want: []string{"clutter/advertising", "clutter/share line", "clutter/share line", "clutter/photo credit", "clutter/photo credit", "clutter/byline", "clutter/separator", "clutter/separator", "clutter/byline", "clutter/timestamp", "body"},
		},
		{
			name: "timestamps, reading time, captions and agency lines",
			text: "Published: 12 March 2025, 10:30 GMT\nUpdated Mar. 12, 2025 at 9:15 a.m. ET\n4 min read\nThe harbour master inspects a ferry in Harbour Town on March 11, 2025. Ana Lima/Pool via REUTERS\nReuters\nWritten by Jane Roe\nThe ferry line opened on Monday.",
			want: []string{"clutter/timestamp", "clutter/timestamp", "clutter/reading time", "clutter/photo credit", "clutter/byline", "clutter/byline", "body"},
		},
		{
			name: "live-blog clock headings are timestamps; bare numbers and handles are not",
			text: "The ferry line opened on Monday.\n8:05 a.m.\nThe first boat left on time.\n15\n@harbour5\n100 days.\nPosted 3 hours ago\nwidth:100%;\n<div class=\"ad\">",
			want: []string{"body", "clutter/timestamp", "body", "heading", "heading", "body", "clutter/timestamp", "clutter/markup", "clutter/markup"},
		},
		{
			name: "running text that starts like furniture stays",
			text: "Related talks resumed in the capital on Sunday.\nBy the end of the week, the river had fallen by a metre.\nShare prices fell sharply after the announcement on Friday.\nUpdated figures were published on 12 March, officials said.\nReuters reported the talks first.",
			want: []string{"body", "body", "body", "body", "body"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("test", tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Paragraphs) != len(tt.want) {
				t.Fatalf("got %d paragraphs, want %d", len(d.Paragraphs), len(tt.want))
			}
			for i, p := range d.Paragraphs {
				got := p.Kind.String()
				if p.Reason != "" {
					got += "/" + p.Reason
				}
				if got != tt.want[i] {
					t.Errorf("paragraph %d %q: got %s, want %s", i, d.Slice(p.Span), got, tt.want[i])
				}
			}
		})
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		text, want, firstSentence string // firstSentence: the first after the dateline
	}{
		{"MOSCOW (Reuters) - The river port reopened on Friday.", "MOSCOW (Reuters) -", "The river port reopened on Friday."},
		{"KYIV, Ukraine (AP) — Trams ran again on Sunday.", "KYIV, Ukraine (AP) —", "Trams ran again on Sunday."},
		{"LONDON, March 12 (Reuters) - Rain fell all day.", "LONDON, March 12 (Reuters) -", "Rain fell all day."},
		{"WASHINGTON — Congress met late.", "WASHINGTON —", "Congress met late."},
		{"SINGAPORE: Two ferries collided.", "SINGAPORE:", "Two ferries collided."},
		{"Harbour Town Opens Ferry\nOSLO (NTB) - A new line opened.", "OSLO (NTB) -", "A new line opened."},
		{"The mayor - who was re-elected - spoke.", "", "The mayor - who was re-elected - spoke."},
		{"Officials said: the port is shut.", "", "Officials said: the port is shut."},
		{"NATO Reaction: A spokesperson welcomed the talks.", "", "NATO Reaction: A spokesperson welcomed the talks."},
		{"EXCLUSIVE – The port will close.", "", "EXCLUSIVE – The port will close."},
		{"FIX IS IN: The vote was moved.", "", "FIX IS IN: The vote was moved."},
	}
	for _, tt := range tests {
		d, err := Parse("test", tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Slice(d.Dateline); got != tt.want {
			t.Errorf("%q: dateline %q, want %q", tt.text, got, tt.want)
		}
		last := d.Sentences[len(d.Sentences)-1]
		if got := d.Slice(last.Span); got != tt.firstSentence {
			t.Errorf("%q: sentence after the dateline %q, want %q", tt.text, got, tt.firstSentence)
		}
	}
}

// TestSeedClutter checks the real articles: their comment sections and link lists
// are set aside, and none of their running text is.
func TestSeedClutter(t *testing.T) {
	seeds := corpus.Seeds(t)
	wantClutter := map[string][]string{
		"000": {"-", "-", "-"},
		"002": {"COMMENTS", "Comments are moderated", "For more information"},
		"003": {"Comments", "Popular posts", "Kamala Harris", "Lando Norris", "Palestinian Advocates"},
	}
	for _, a := range seeds {
		d, err := Parse(a.Name, a.Text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range d.Paragraphs {
			if p.Kind == Clutter {
				got = append(got, d.Slice(p.Span))
			}
		}
		want := wantClutter[a.Name[:3]]
		if len(got) != len(want) {
			t.Errorf("%s: clutter %q, want %q", a.Name, got, want)
			continue
		}
		for i := range want {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Errorf("%s: clutter %d is %q, want %q…", a.Name, i, got[i], want[i])
			}
		}
	}
}

func ExampleParse() {
	d, err := Parse("example.txt", "Harbour Town Opens Ferry Line\n"+
		"OSLO (NTB) - The ferry carried nine passengers on Monday.\n"+
		"ADVERTISING\n"+
		"Comments\n"+
		"What a waste of money.")
	if err != nil {
		panic(err)
	}
	fmt.Printf("dateline: %q\n", d.Slice(d.Dateline))
	for _, p := range d.Paragraphs {
		fmt.Println(strings.TrimSpace(p.Kind.String() + " " + p.Reason))
	}
	// Output:
	// dateline: "OSLO (NTB) -"
	// title
	// body
	// clutter advertising
	// clutter comments
	// clutter comments
}

// FuzzParse checks that any text parses without panic, that every span lies inside
// the text, and that the dateline, when found, opens a paragraph.
func FuzzParse(f *testing.F) {
	f.Add("MOSCOW (Reuters) - The port reopened.\nComments\nNice.")
	f.Add("Popular posts\nA (B)\n-\n\xff\x00")
	f.Add("By Jane\n\n\nSINGAPORE: x")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Parse("fuzz", text)
		if err != nil {
			return
		}
		for _, p := range d.Paragraphs {
			if p.Start < 0 || p.End > len(text) || p.Start > p.End {
				t.Fatalf("paragraph span %v outside the text", p.Span)
			}
		}
		if d.Dateline.Len() > 0 && d.SentenceAt(d.Dateline.Start) >= 0 {
			t.Fatalf("dateline %q is inside a sentence", d.Slice(d.Dateline))
		}
		for _, tk := range d.Tokens {
			if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End {
				t.Fatalf("token span %v outside the text", tk.Span)
			}
		}
	})
}

func TestIsClutter(t *testing.T) {
	text := "The council approved the budget on Tuesday.\n\nCOMMENTS\nGreat news for the town!"
	d, err := Parse("t", text)
	if err != nil {
		t.Fatal(err)
	}
	body, gap, comments := 0, strings.Index(text, "\n\n")+1, strings.Index(text, "Great")
	for off, want := range map[int]bool{body: false, gap: false, comments: true, len(text): false, -1: false} {
		if got := d.IsClutter(off); got != want {
			t.Errorf("IsClutter(%d) = %v, want %v", off, got, want)
		}
	}
}
