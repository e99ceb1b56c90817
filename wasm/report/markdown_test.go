package report

import (
	"fmt"
	"strings"
	"testing"

	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/mention"
)

// twoSources is a hand-made contract of two invented articles.
func twoSources() Contract {
	speaker := "Ines Vale"
	return Contract{
		Documents: []Document{
			{Name: "a.txt", Bytes: 120, Title: "Bridge | to reopen", ReportingTime: "Updated 2 May 2025, 10:15", Entities: []mention.Entity{{Type: mention.Person, Name: "Ines Vale"}},
				Quotes: []Quote{{Speaker: &speaker}}},
			{Name: "b.txt", Bytes: 80},
		},
		Failures: []engine.Failure{{Name: "c.bin", Error: "this looks like a binary file, not text"}},
		Entities: []compare.Entity{{Type: mention.Person, Name: "Ines Vale", Documents: []string{"a.txt"}, Members: []int{0, -1}, Names: []string{"Ines Vale", "Inés Vale"}}},
		Findings: []compare.Finding{
			{Kind: compare.Conflict, Topic: "How many storeys?", Explanation: "a.txt gives 30; b.txt gives 33.",
				Values: []compare.Value{{Document: "a.txt", Text: "30", Span: document.Span{Start: 22, End: 24}}}},
			{Kind: compare.QuoteVariant, Topic: "quotation “We agreed…”", Explanation: "Worded differently.",
				Values: []compare.Value{{Document: "a.txt", Text: "We agreed"}, {Document: "b.txt", Source: 1, Text: "We have agreed",
					Diff: []compare.Edit{{Op: "=", Text: "We"}, {Op: "+", Text: "have"}, {Op: "=", Text: "agreed"}}}}},
			{Kind: compare.OnlyIn, Topic: "mentions of Ines Vale", Explanation: "Only a.txt names Ines Vale.",
				Values: []compare.Value{{Document: "a.txt", Text: "Ines Vale"}}},
		},
	}
}

func TestMarkdown(t *testing.T) {
	md := markdown(twoSources())
	for _, want := range []string{
		"# Parallax report\n",
		"| a.txt | Updated 2 May 2025, 10:15 | Bridge \\| to reopen | 120 | 1 | 1 | 0 |",
		"| b.txt |  |  | 80 | 0 | 0 | 0 |",
		"- Not analysed: c.bin (this looks like a binary file, not text)",
		"| Ines Vale | PERSON | ✓ |   | Ines Vale, Inés Vale |",
		"### Conflicts (1)\n\n1. **How many storeys?**: a.txt gives 30; b.txt gives 33.\n   - a.txt: “30” (bytes 22–24)",
		"### Quotes worded differently (1)",
		"wording against the first: We **have** agreed",
		"### Only in some sources (1)",
		"> — Ines Vale (bytes 0–0)",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	if strings.Index(md, "### Conflicts") > strings.Index(md, "### Only in some sources") {
		t.Errorf("conflicts do not come first:\n%s", md)
	}
}

func TestMarkdownOneDocument(t *testing.T) {
	r := twoSources()
	r.Documents, r.Failures = r.Documents[:1], nil
	md := markdown(r)
	if strings.Contains(md, "## Findings") || !strings.Contains(md, "- Ines Vale (PERSON, 0 mentions)") {
		t.Errorf("one-document report:\n%s", md)
	}
}

func TestMarkdownEscapes(t *testing.T) {
	got := escape("<script>*x*</script> [a](b) | ~~s~~\nnext")
	want := `\<script\>\*x\*\</script\> \[a\](b) \| \~\~s\~\~ next`
	if got != want {
		t.Errorf("escape = %q, want %q", got, want)
	}
}

// TestMarkdownSections checks that the findings of every kind stand under the kind's
// heading, the sections in the order of compare.Kinds whatever the findings' order.
func TestMarkdownSections(t *testing.T) {
	r := twoSources()
	kinds := compare.Kinds()
	r.Findings = nil
	for i := len(kinds) - 1; i >= 0; i-- {
		r.Findings = append(r.Findings, compare.Finding{Kind: kinds[i].Kind, Topic: kinds[i].Label})
	}
	r.Findings = append(r.Findings, compare.Finding{Kind: "new", Topic: "New"})
	md := markdown(r)
	last := -1
	for _, k := range append(kinds, compare.KindInfo{Label: "New", Heading: "Other findings"}) {
		section := fmt.Sprintf("### %s (1)\n\n1. **%s**", k.Heading, k.Label)
		at := strings.Index(md, section)
		if at < 0 {
			t.Errorf("no section %q", section)
			continue
		}
		if at < last {
			t.Errorf("section %q out of order", k.Heading)
		}
		last = at
	}
}
