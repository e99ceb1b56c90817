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

// demoSecurityPolicy is the demo news page's: like many news sites it takes
// scripts and frames from other sites, and it forbids WebAssembly, which the
// widget then has to run in its own iframe.
const demoSecurityPolicy = "default-src 'self'; script-src 'self' http: https:; frame-src http: https:; " +
	"style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

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
		policy := contentSecurityPolicy
		if strings.HasPrefix(r.URL.Path, "/demo/") {
			policy = demoSecurityPolicy
		}
		hdr.Set("Content-Security-Policy", policy+"; frame-ancestors "+frame)
		hdr.Set("X-Content-Type-Options", "nosniff")
		hdr.Set("Referrer-Policy", "no-referrer")
		hdr.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
		// Publishers' pages load embed.js from here; everything else stays ours.
		resourcePolicy := "same-origin"
		if r.URL.Path == "/embed.js" || r.URL.Path == "/web/embed.js" {
			resourcePolicy = "cross-origin"
		}
		hdr.Set("Cross-Origin-Resource-Policy", resourcePolicy)
		h.ServeHTTP(w, r)
	})
}
