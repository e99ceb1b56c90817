package view

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/compare"
	"parallax/wasm/document"
	"parallax/wasm/engine"
	"parallax/wasm/example"
)

// The browser compiles app.wasm lazily, a function on its first call, and optimises
// a function only once it has run for a while. Left alone, the reader's first
// Analyse pays for compiling the whole engine and the views before any of its own
// work: measured in Chromium on a busy machine, the engine took about a second
// for the five seed articles the first time and 40–60 ms once warm. So the page warms up while the reader is still
// reading or pasting: in the browser's idle time, one small step per idle period,
// it analyses the example story (invented, see package example) an article at a
// time, compares it and draws the comparison hidden for a moment, then throws it
// all away. Nothing is shown, and it stops as soon as the reader's own analysis
// starts.

// warmUpRounds is how often the warm-up runs over the story: the first round
// compiles, the second gives the browser's optimising compiler calls to count.
const warmUpRounds = 2

// warmUp starts the warm-up once the browser is idle; it runs in the browser only.
func (p *Page) warmUp() {
	if !app.IsClient {
		return
	}
	var steps []func()
	for range warmUpRounds {
		steps = append(steps, p.warmUpSteps()...)
	}
	p.warmUpFrom(steps)
}

// warmUpFrom runs the first step in the next idle period, then the rest, one per
// period. The reader's own analysis (work.run > 0) makes the rest unnecessary.
func (p *Page) warmUpFrom(steps []func()) {
	if len(steps) == 0 || p.work.run > 0 {
		return
	}
	whenIdle(func() {
		if p.work.run > 0 {
			return
		}
		steps[0]()
		p.warmUpFrom(steps[1:])
	})
}

// warmUpSteps reads the example story's articles and analyses them, a stage of an
// article per step, compares them, then draws the comparison hidden and takes it
// away again.
func (p *Page) warmUpSteps() []func() {
	var sources []compare.Source
	var r *engine.Result
	var steps []func()
	for _, a := range example.Story() {
		var doc *document.Document
		steps = append(steps,
			func() { doc, _ = document.Parse(a.Name, a.Text) },
			func() {
				if doc != nil {
					sources = append(sources, engine.Extract(doc))
				}
			})
	}
	return append(steps,
		func() { r = &engine.Result{Sources: sources, Comparison: compare.Compare(sources)} },
		func() { p.rehearse(r) },
		func() { p.rehearse(nil) },
	)
}

// rehearse draws r hidden on the page (nil takes it away), unless the reader's
// own analysis has started.
func (p *Page) rehearse(r *engine.Result) {
	p.ui.Dispatch(func(app.Context) {
		if p.work.run == 0 {
			p.rehearsal = r
		}
	})
}

// whenIdle runs f once the browser has nothing else to do, or soon where the
// browser cannot tell (Safari has no requestIdleCallback).
func whenIdle(f func()) {
	var callback app.Func
	callback = app.FuncOf(func(this app.Value, args []app.Value) any {
		callback.Release()
		f()
		return nil
	})
	win := app.Window()
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", callback)
		return
	}
	win.Call("setTimeout", callback, 50)
}
