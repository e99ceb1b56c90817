//go:build !unix && !(js && wasm)

package workload

import "time"

// cpuTime reports that this system's CPU time is not measured.
func cpuTime() (time.Duration, bool) { return 0, false }
