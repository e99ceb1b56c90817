package view

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
)

// liveBytes is the most text the page re-analyses while the reader types. Under
// WebAssembly the engine takes about 5 ms per KB (2 MB of news: 10 s), and the
// comparison reads every source again after any edit, so beyond this an
// analysis would stall the keystrokes that follow; the Analyse button runs it
// instead.
const liveBytes = 32 << 10

// paintPause is how long a sliced analysis leaves the browser between sources:
// long enough to draw a frame and take a click.
const paintPause = 50 * time.Millisecond

// work is the page's analysis in progress and what it keeps between analyses.
type work struct {
	run      int              // counts analyses, so that a newer one or Cancel stops an older one
	busy     bool             // an analysis runs in slices
	progress string           // what the running analysis is doing, for the status line
	stale    bool             // edits wait for the Analyse button
	done     map[int]analysed // each source's last analysis, by source id
	// comparing is set while the comparison waits for its own task, and reveal
	// while the reader waits for the answer it will draw to scroll into view.
	comparing, reveal bool
}

// An analysed source is one source's analysis and the text and name it was made
// from, so that an edit elsewhere leaves it alone.
type analysed struct {
	name, text string
	source     compare.Source
	err        error
}

// live reports whether the sources are small enough to re-analyse on every pause
// in typing.
func (p *Page) live() bool {
	return totalBytes(p.snapshot()) <= liveBytes
}

// pendingBytes counts the text of the sources whose analysis is out of date.
func (p *Page) pendingBytes() int {
	n := 0
	for _, s := range p.sources {
		if d, ok := p.work.done[s.id]; !ok || d.text != s.Text || d.name != s.Name {
			n += len(s.Text)
		}
	}
	return n
}

// analyse analyses every source that holds text and compares them. Sources whose
// text and name are unchanged keep their analysis. Small work runs at once; large
// work runs one source at a time, yielding to the browser between sources, so
// that the page shows its progress and the reader can cancel.
func (p *Page) analyse(ctx app.Context) {
	p.typing++ // a pending pause no longer needs to fire
	p.work.run++
	p.rehearsal = nil
	p.work.stale = false
	if p.work.done == nil {
		p.work.done = map[int]analysed{}
	}
	ids := p.textIDs()
	if len(ids) == 0 {
		p.work.busy = false
		p.result = nil
		p.status = "Paste an article, or try the example, to see its analysis."
		p.analysed(ctx)
		return
	}
	sliced := p.pendingBytes() > liveBytes
	p.work.busy = sliced
	p.step(ctx, p.work.run, ids, time.Now(), sliced)
}

// textIDs returns the ids of the sources that hold text, in list order.
func (p *Page) textIDs() []int {
	var ids []int
	for _, s := range p.sources {
		if strings.TrimSpace(s.Text) != "" {
			ids = append(ids, s.id)
		}
	}
	return ids
}

// step analyses the next source that needs it, then either continues at once or,
// when sliced, after the browser has had a turn; the comparison follows in a
// task of its own. It stops when a newer analysis or Cancel has taken over.
func (p *Page) step(ctx app.Context, run int, ids []int, start time.Time, sliced bool) {
	fresh := false // a source was analysed in this task
	for k, id := range ids {
		if run != p.work.run {
			return
		}
		i := p.indexOf(id)
		if i < 0 {
			continue
		}
		s := p.sources[i]
		if d, ok := p.work.done[id]; ok && d.text == s.Text && d.name == s.Name {
			continue
		}
		if sliced {
			p.work.progress = fmt.Sprintf("Analysing %s (%d of %d, %s)…", s.Name, k+1, len(ids), sizeText(len(s.Text)))
			// Let the browser show the progress, and take a Cancel, before the
			// next source holds the page.
			afterRender(p.ui, func() {
				p.ui.After(paintPause, func(ctx app.Context) {
					if run == p.work.run {
						p.work.done[id] = analyseSource(s)
						p.step(ctx, run, ids, start, sliced)
					}
				})
			})
			return
		}
		p.work.done[id] = analyseSource(s)
		fresh = true
	}
	if fresh && app.IsClient {
		// Comparing is the other half of the work: in a task of its own, the
		// browser can take a keystroke or draw a frame between the two.
		p.work.comparing = true
		p.ui.After(time.Millisecond, func(ctx app.Context) {
			if run == p.work.run {
				p.finish(ctx, ids, start)
			}
		})
		return
	}
	p.finish(ctx, ids, start)
}

// analyseSource runs the engine's per-article stages over one source.
func analyseSource(s source) analysed {
	out := analysed{name: s.Name, text: s.Text}
	doc, err := document.Parse(s.Name, s.Text)
	if err != nil {
		out.err = err
		return out
	}
	out.source = engine.Extract(doc)
	return out
}

// finish compares the analysed sources and shows the result.
func (p *Page) finish(ctx app.Context, ids []int, start time.Time) {
	r := &engine.Result{}
	for _, id := range ids {
		d := p.work.done[id]
		if d.err != nil {
			r.Failures = append(r.Failures, engine.Failure{Name: d.name, Error: d.err.Error()})
			continue
		}
		r.Sources = append(r.Sources, d.source)
	}
	r.Comparison = compare.Compare(r.Sources)
	p.forgetRemoved()
	p.work.busy, p.work.progress, p.work.comparing = false, "", false
	p.result = r
	p.status = summary(r, time.Since(start))
	if p.work.reveal {
		p.work.reveal = false
		p.scrollToAnswer()
	}
	p.analysed(ctx)
}

// forgetRemoved drops the analyses of sources that are gone.
func (p *Page) forgetRemoved() {
	for id := range p.work.done {
		if p.indexOf(id) < 0 {
			delete(p.work.done, id)
		}
	}
}

func (p *Page) onCancel(ctx app.Context, e app.Event) {
	p.work.run++
	p.work.busy, p.work.progress, p.work.stale = false, "", true
	p.work.comparing, p.work.reveal = false, false
	p.status = "Analysis cancelled. Press Analyse to run it again."
}

// statusText is the status line: the running analysis's progress, or the last
// analysis's summary and whether edits wait for the Analyse button.
func (p *Page) statusText() string {
	switch {
	case p.work.busy:
		return p.work.progress
	case p.work.stale:
		return fmt.Sprintf("The articles are long (%s in all), so Parallax waits for you: press Analyse to update the analysis.", sizeText(totalBytes(p.snapshot())))
	}
	return p.status
}

// sizeText writes a byte count for readers: "840 KB", "2.1 MB".
func sizeText(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
