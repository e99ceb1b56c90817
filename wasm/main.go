//go:build js && wasm

// Command wasm is Parallax in the browser: built into web/app.wasm, it routes the
// app's pages and hands control to go-app. It is kept apart from the server so that
// none of the server's code lands in the download.
package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"parallax/wasm/view"
)

func main() {
	view.Register()
	app.RunWhenOnBrowser()
}
