//go:build js && wasm

package workload

import (
	"syscall/js"
	"time"
)

// cpuTime returns the CPU time, user and system, that the process has used so far.
// Only node tells it (process.cpuUsage); a browser page has no such clock.
func cpuTime() (time.Duration, bool) {
	process := js.Global().Get("process")
	if process.IsUndefined() || process.Get("cpuUsage").IsUndefined() {
		return 0, false
	}
	u := process.Call("cpuUsage")
	micros := u.Get("user").Float() + u.Get("system").Float()
	return time.Duration(micros * float64(time.Microsecond)), true
}
