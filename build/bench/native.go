package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"

	"parallax/wasm/engine"
)

// memoryUse is what analysing one large text cost natively.
type memoryUse struct {
	bytes     int
	elapsed   time.Duration
	peakHeap  uint64 // the largest HeapAlloc seen while the analysis ran
	allocated uint64 // bytes allocated by the analysis, freed or not
	heapSys   uint64 // heap memory obtained from the OS by the end
}

// measureMemory analyses text natively while sampling runtime.MemStats, since the
// runtime keeps no high-water mark of the heap itself.
func measureMemory(text string) (memoryUse, error) {
	use := memoryUse{bytes: len(text)}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	use.peakHeap = before.HeapAlloc

	done := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	wg.Go(func() {
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				runtime.ReadMemStats(&m)
				mu.Lock()
				use.peakHeap = max(use.peakHeap, m.HeapAlloc)
				mu.Unlock()
			}
		}
	})
	start := time.Now()
	r := engine.Analyze([]engine.Input{{Name: "large", Text: text}})
	use.elapsed = time.Since(start)
	close(done)
	wg.Wait()

	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	use.peakHeap = max(use.peakHeap, after.HeapAlloc)
	use.allocated = after.TotalAlloc - before.TotalAlloc
	use.heapSys = after.HeapSys
	if len(r.Failures) > 0 {
		return use, fmt.Errorf("%s", r.Failures[0].Error)
	}
	return use, nil
}
