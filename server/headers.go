package main

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy allows only the app's own files, plus compiling its
// WebAssembly. frame-ancestors is added per page.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; " +
	"manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

// withHeaders adds security headers to every response. Only /embed may be framed,
// and only by embedOrigins ("*" for any site); every other page only by itself.
func withHeaders(h http.Handler, embedOrigins []string) http.Handler {
	ancestors := "'self'"
	if len(embedOrigins) > 0 {
		ancestors = strings.Join(embedOrigins, " ")
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hdr := w.Header()
		frame := "'self'"
		if r.URL.Path == "/embed" || strings.HasPrefix(r.URL.Path, "/embed/") {
			frame = ancestors
		}
		hdr.Set("Content-Security-Policy", contentSecurityPolicy+"; frame-ancestors "+frame)
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("Referrer-Policy", "no-referrer")
		hdr.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		hdr.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}
