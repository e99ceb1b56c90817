package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"parallax/wasm/example"
)

// The comparison view's browser tests: the example story, and the five real seed
// articles in ../shared when they are there.

// seedsDir holds the real articles of one story, outside the repository.
var seedsDir = filepath.Join("..", "..", "shared", "corpus", "seeds")

// readSeeds returns the seed articles, skipping the test when they are absent.
func readSeeds(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) < 2 {
		t.Skipf("the seed articles are not in %s; this test needs the shared corpus", seedsDir)
	}
	slices.Sort(files)
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// pasteSources adds source boxes until there is one per text, puts the texts in
// them as a reader's paste would (input events), and runs the analysis.
func pasteSources(t *testing.T, ctx context.Context, texts []string) {
	t.Helper()
	for i := 1; i < len(texts); i++ {
		must(t, ctx,
			chromedp.Click(chromedp.ID("add-source")),
			chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`.source:nth-child(%d) .source-text`, i+1))),
		)
	}
	data, err := json.Marshal(texts)
	if err != nil {
		t.Fatal(err)
	}
	n := get(t, ctx, chromedp.Evaluate[int](`((texts) => {
		const boxes = document.querySelectorAll('.source-text');
		texts.forEach((text, i) => {
			boxes[i].value = text;
			boxes[i].dispatchEvent(new Event('input', {bubbles: true}));
		});
		return boxes.length;
	})(`+string(data)+`)`))
	if n != len(texts) {
		t.Fatalf("%d source boxes for %d texts", n, len(texts))
	}
	must(t, ctx,
		chromedp.Click(chromedp.ID("analyse")),
		chromedp.WaitVisible(chromedp.CSS(`.comparison .finding`)),
	)
}

// notableKinds returns the kinds of the findings that lead the findings view, in
// the order shown.
func notableKinds(t *testing.T, ctx context.Context) []string {
	t.Helper()
	return get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.findings > .finding-list > .finding')]
		.map(li => [...li.classList].find(c => c.startsWith('kind-')).slice(5))`))
}

// checkOrder fails unless the kinds run from conflicts down, as the view promises.
func checkOrder(t *testing.T, kinds []string) {
	t.Helper()
	rank := map[string]int{"conflict": 0, "attribution_conflict": 1, "quote_variant": 2, "changed_over_time": 3}
	if len(kinds) == 0 {
		t.Fatal("no conflicts or variants at the top of the findings")
	}
	if kinds[0] != "conflict" && kinds[0] != "quote_variant" {
		t.Errorf("first finding is a %s, want a conflict or a quote variant on top", kinds[0])
	}
	for i := 1; i < len(kinds); i++ {
		if rank[kinds[i]] < rank[kinds[i-1]] {
			t.Errorf("findings out of order: %v", kinds)
			break
		}
	}
}

// columnsWithMarks counts the text columns that hold a highlight.
func columnsWithMarks(t *testing.T, ctx context.Context) int {
	t.Helper()
	return get(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('.text-column')]
		.filter(c => c.querySelector('mark')).length`))
}

// firstShow is the "Show in text" button of the first finding.
const firstShow = `.findings > .finding-list > .finding:first-child button.show`

// showFirstFinding presses "Show in text" on the first finding and checks that it
// lights up in at least two texts and that screen readers hear about it.
func showFirstFinding(t *testing.T, ctx context.Context) {
	t.Helper()
	must(t, ctx,
		chromedp.Click(chromedp.CSS(firstShow)),
		chromedp.WaitVisible(chromedp.CSS(firstShow+`[aria-pressed="true"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.text-column mark`)),
	)
	if n := columnsWithMarks(t, ctx); n < 2 {
		t.Errorf("the first finding lights up %d text columns, want at least 2", n)
	}
	said := get(t, ctx, chromedp.Text(chromedp.ID("selection-status")))
	if !strings.Contains(said, "highlighted") {
		t.Errorf("the live region says %q, want it to announce the highlight", said)
	}
}

func TestBrowserCompareExample(t *testing.T) {
	ctx := newBrowser(t)
	must(t, ctx,
		openExample(servers(t)["server"]),
	)
	checkOrder(t, notableKinds(t, ctx))
	chips := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.source-chip')].map(c => c.innerText.replace(/\s+/g, ' '))`))
	if len(chips) != 3 || !strings.HasPrefix(chips[0], "A") || !strings.Contains(chips[0], "Harbour Gazette") {
		t.Errorf("source bar = %q, want three sources, each with its letter and name", chips)
	}
	showFirstFinding(t, ctx)

	// Pressing it again turns the light off.
	must(t, ctx,
		chromedp.Click(chromedp.CSS(firstShow)),
		chromedp.WaitVisible(chromedp.CSS(firstShow+`[aria-pressed="false"]`)),
	)
	if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.text-column mark').length`)); n != 0 {
		t.Errorf("%d highlights left after pressing Show in text again", n)
	}
}

func TestBrowserCompareSeeds(t *testing.T) {
	texts := readSeeds(t)
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(servers(t)["server"]+"/"), waitReady())
	pasteSources(t, ctx, texts)

	status := get(t, ctx, chromedp.Text(chromedp.ID("status")))
	if !strings.HasPrefix(status, "Analysed 5 articles") {
		t.Errorf("status = %q, want 5 articles analysed", status)
	}
	checkOrder(t, notableKinds(t, ctx))

	t.Run("matrix", func(t *testing.T) {
		must(t, ctx, chromedp.Click(chromedp.ID("tab-entities")), chromedp.WaitVisible(chromedp.CSS(`table.coverage`)))
		all := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('table.coverage tbody tr').length`))
		must(t, ctx,
			chromedp.Click(chromedp.ID("filter-person")),
			chromedp.WaitVisible(chromedp.CSS(`#filter-person[aria-pressed="true"]`)),
		)
		rows := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('table.coverage tbody tr')].map(r => r.className)`))
		if len(rows) == 0 || len(rows) >= all {
			t.Errorf("the People filter shows %d of %d rows, want some but not all", len(rows), all)
		}
		for _, c := range rows {
			if c != "type-person" {
				t.Errorf("the People filter shows a row of class %q", c)
				break
			}
		}
		must(t, ctx,
			chromedp.Click(chromedp.CSS(`table.coverage thead th:first-child button.sort`)),
			chromedp.WaitVisible(chromedp.CSS(`table.coverage thead th:first-child[aria-sort="ascending"]`)),
		)
		names := get(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('table.coverage tbody th button.pick')].map(b => b.textContent.toLowerCase())`))
		if !slices.IsSorted(names) {
			t.Errorf("sorted by name, the rows are %q", names)
		}
		elementShot(t, ctx, ".comparison", "compare-seeds-matrix.png")
		must(t, ctx,
			chromedp.Click(chromedp.CSS(`table.coverage tbody th button.pick`)),
			chromedp.WaitVisible(chromedp.CSS(`.text-column mark`)),
			chromedp.Click(chromedp.ID("filter-all")),
			chromedp.WaitVisible(chromedp.CSS(`#filter-all[aria-pressed="true"]`)),
			chromedp.Click(chromedp.ID("selection-clear")),
			chromedp.WaitNotPresent(chromedp.CSS(`.text-column mark`)),
		)
	})

	t.Run("quotes", func(t *testing.T) {
		must(t, ctx, chromedp.Click(chromedp.ID("tab-quotes")), chromedp.WaitVisible(chromedp.CSS(`.speaker-group`)))
		diffs := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.quote-set .wording ins, .quote-set .wording del').length`))
		if diffs == 0 {
			t.Error("no quotation shows a word-level difference")
		}
		elementShot(t, ctx, ".comparison", "compare-seeds-quotes.png")
	})

	t.Run("numbers", func(t *testing.T) {
		must(t, ctx, chromedp.Click(chromedp.ID("tab-numbers")), chromedp.WaitVisible(chromedp.CSS(`.number-group`)))
		shared := get(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll('.number-group')]
			.filter(g => new Set([...g.querySelectorAll('.values .badge')].map(b => b.textContent)).size > 1).length`))
		if shared == 0 {
			t.Error("no number group lines up amounts from two sources")
		}
		elementShot(t, ctx, ".comparison", "compare-seeds-numbers.png")
	})

	must(t, ctx, chromedp.Click(chromedp.ID("tab-findings")), chromedp.WaitVisible(chromedp.CSS(`.findings`)))
	showFirstFinding(t, ctx)
	// Scrolled to the end, the selection bar rests in its place below the
	// comparison instead of over it in the full-page picture.
	get(t, ctx, chromedp.Evaluate[bool](`window.scrollTo(0, document.documentElement.scrollHeight), true`))
	screenshot(t, ctx, "compare-seeds.png")

	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
	}); err != nil {
		t.Fatal(err)
	}
	screenshot(t, ctx, "compare-seeds-dark.png")
}

func TestBrowserCompareKeyboard(t *testing.T) {
	ctx := newBrowser(t)
	must(t, ctx,
		openExample(servers(t)["server"]),
		chromedp.Focus(chromedp.ID("analyse")),
	)
	active := func() string {
		return get(t, ctx, chromedp.Evaluate[string](`(() => {
			const e = document.activeElement;
			return e ? (e.id || e.tagName.toLowerCase() + '.' + e.className) : '';
		})()`))
	}
	// tabUntil presses Tab until the focused element matches the CSS selector.
	tabUntil := func(selector string) {
		t.Helper()
		for range 60 {
			if get(t, ctx, chromedp.Evaluate[bool](`document.activeElement && document.activeElement.matches(`+jsString(selector)+`)`)) {
				return
			}
			must(t, ctx, chromedp.KeyEvent(kb.Tab))
		}
		t.Fatalf("Tab never reached %s (last focus: %s)", selector, active())
	}
	tabUntil(`[role=tab]`)
	if got := active(); got != "tab-findings" {
		t.Errorf("the first tab reached is %q, want the selected one, tab-findings", got)
	}
	must(t, ctx, chromedp.KeyEvent(kb.ArrowRight), chromedp.WaitVisible(chromedp.ID("panel-entities")))
	if got := active(); got != "tab-entities" {
		t.Errorf("after ArrowRight the focus is on %q, want tab-entities", got)
	}
	tabUntil(`button.pick`)
	outline := get(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.activeElement).outlineStyle`))
	if outline == "none" || outline == "" {
		t.Errorf("the focused entity button has outline-style %q: focus is not visible", outline)
	}
	must(t, ctx, chromedp.KeyEvent(kb.Enter), chromedp.WaitVisible(chromedp.CSS(`.text-column mark`)))
	if n := columnsWithMarks(t, ctx); n < 2 {
		t.Errorf("the first entity of the matrix lights up %d text columns, want at least 2", n)
	}
	tabUntil(`.text-body`)

	// The selection bar leads back to the button that lit the entity up.
	tabUntil(`#selection-back`)
	must(t, ctx, chromedp.KeyEvent(kb.Enter))
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.activeElement.matches('button.pick[aria-pressed="true"]')`,
		chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		t.Errorf("Back to the list left the focus on %s: %v", active(), err)
	}
}

func TestBrowserCompareSingleArticle(t *testing.T) {
	ctx := newBrowser(t)
	must(t, ctx, chromedp.Navigate(servers(t)["server"]+"/"), waitReady())
	data, err := json.Marshal(example.Story()[0].Text)
	if err != nil {
		t.Fatal(err)
	}
	get(t, ctx, chromedp.Evaluate[bool](`((text) => {
		const box = document.querySelector('.source-text');
		box.value = text;
		box.dispatchEvent(new Event('input', {bubbles: true}));
		return true;
	})(`+string(data)+`)`))
	must(t, ctx,
		chromedp.Click(chromedp.ID("analyse")),
		chromedp.WaitVisible(chromedp.CSS(`.single .entities button.pick`)),
	)
	for _, part := range []string{".entities .roles", ".quotes .speaker", ".quantities .figure", ".times li"} {
		if n := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.single `+part+`').length`)); n == 0 {
			t.Errorf("the single-article view shows no %s", part)
		}
	}
	must(t, ctx,
		chromedp.Click(chromedp.CSS(`.single .entities button.pick`)),
		chromedp.WaitVisible(chromedp.CSS(`.single-text mark`)),
	)
	marks := get(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll('.single-text mark').length`))
	if marks < 2 {
		t.Errorf("the most mentioned person is lit up %d times in the text, want every mention", marks)
	}
	screenshot(t, ctx, "single-article.png")
}

func TestBrowserCompareNarrow(t *testing.T) {
	ctx := newBrowser(t)
	must(t, ctx,
		chromedp.EmulateViewport(360, 740),
		openExample(servers(t)["server"]),
	)
	overflows := func(view string) {
		t.Helper()
		if get(t, ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`)) {
			t.Errorf("the %s view scrolls sideways at 360 px wide", view)
		}
	}
	overflows("findings")
	for _, tab := range []string{"entities", "quotes", "numbers"} {
		must(t, ctx, chromedp.Click(chromedp.ID("tab-"+tab)), chromedp.WaitVisible(chromedp.ID("panel-"+tab)))
		overflows(tab)
	}
	must(t, ctx, chromedp.Click(chromedp.ID("tab-findings")), chromedp.WaitVisible(chromedp.ID("panel-findings")))
	screenshot(t, ctx, "compare-narrow.png")
}

// elementShot saves a screenshot of the element the selector finds under
// screenshots/, like screenshot does for the whole page.
func elementShot(t *testing.T, ctx context.Context, selector, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS(selector)))
	if err != nil {
		t.Errorf("screenshot of %s: %v", selector, err)
		return
	}
	dir := filepath.Join("..", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Error(err)
	}
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
