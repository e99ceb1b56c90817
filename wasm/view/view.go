// Package view is Parallax's user interface, built with go-app: the paste page where
// readers add articles and see the analysis, and the comparison view that lines
// several sources up. It is the last stage of the engine: text → document → mentions
// → claims → comparison → view. Components keep their state in plain fields and
// render from it; all analysis runs in the browser through package engine.
//
// Article text is always rendered as text nodes, never as markup.
package view

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Register routes the app's pages. Both the browser (wasm/main.go) and the server,
// which prerenders them, call it.
func Register() {
	app.Route("/", func() app.Composer { return &Page{} })
	embedded := func() app.Composer { return &Page{Embedded: true} }
	app.Route("/embed", embedded)
	// A static file server answers /embed with a redirect to /embed/, where the
	// bundle keeps the same page as embed/index.html. (A plain route: a pattern
	// would link the regular expression compiler into app.wasm for one path.)
	app.Route("/embed/", embedded)
}
