package main

import (
	"net/http"
	"time"
)

// writeChunk is the most of a response written to a client under one deadline.
const writeChunk = 16 << 10

// withWriteDeadlines gives every writeChunk of a response its own deadline of
// timeout, instead of one deadline for the whole response: a client on a slow line
// still gets all of app.wasm, however long that takes, while one that stops reading
// is dropped after timeout.
func withWriteDeadlines(h http.Handler, timeout time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		dw := &deadlineWriter{ResponseWriter: w, control: http.NewResponseController(w), timeout: timeout}
		// A deadline from this connection's previous request may have passed.
		dw.extend()
		h.ServeHTTP(dw, r)
	})
}

// deadlineWriter is a ResponseWriter that moves the connection's write deadline
// before every chunk it writes.
type deadlineWriter struct {
	http.ResponseWriter
	control *http.ResponseController
	timeout time.Duration
}

// extend sets the deadline for the next chunk. Writers that cannot take one (a
// test's recorder) are simply written to.
func (w *deadlineWriter) extend() {
	_ = w.control.SetWriteDeadline(time.Now().Add(w.timeout))
}

func (w *deadlineWriter) Write(p []byte) (int, error) {
	written := 0
	for len(p) > 0 {
		chunk := p[:min(len(p), writeChunk)]
		w.extend()
		n, err := w.ResponseWriter.Write(chunk)
		written += n
		if err != nil {
			return written, err
		}
		p = p[len(chunk):]
	}
	return written, nil
}

// Unwrap lets http.ResponseController reach the connection beneath, to flush.
func (w *deadlineWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
