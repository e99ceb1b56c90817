// Package growth checks, for tests, that the cost of a function grows in proportion
// to its input. It counts what the function allocates instead of timing it, so a
// busy machine can neither fail nor pass a check by chance.
package growth

import (
	"runtime"
	"testing"
)

// Factor is how much larger the second input of a check is than the first.
const Factor = 4

// MaxRatio is the most the cost may grow when the input grows by Factor: a linear
// step grows by about 4, give or take where appended slices happen to grow; an
// n log n step by a little more; a quadratic one by 16.
const MaxRatio = 6

// A Cost is what one call allocated: bytes and separate allocations.
type Cost struct {
	Bytes, Allocs uint64
}

// Measure returns what f allocates.
func Measure(f func()) Cost {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return Cost{Bytes: after.TotalAlloc - before.TotalAlloc, Allocs: after.Mallocs - before.Mallocs}
}

// Linear runs work on the inputs that input makes for sizes n and Factor·n, and
// fails t when either the bytes or the allocations grow by more than MaxRatio.
// Inputs are made before measuring; work runs once on the small input first, so
// that one-time set-up does not count toward the small cost.
func Linear[T any](t testing.TB, n int, input func(size int) T, work func(T)) {
	t.Helper()
	small, large := input(n), input(Factor*n)
	work(small)
	a := Measure(func() { work(small) })
	b := Measure(func() { work(large) })
	t.Logf("%d× the input: %.2f× the bytes, %.2f× the allocations", Factor, ratio(b.Bytes, a.Bytes), ratio(b.Allocs, a.Allocs))
	if r := ratio(b.Bytes, a.Bytes); r > MaxRatio {
		t.Errorf("%d× the input allocated %.1f× the bytes (%d → %d), more than %d×", Factor, r, a.Bytes, b.Bytes, MaxRatio)
	}
	if r := ratio(b.Allocs, a.Allocs); r > MaxRatio {
		t.Errorf("%d× the input made %.1f× the allocations (%d → %d), more than %d×", Factor, r, a.Allocs, b.Allocs, MaxRatio)
	}
}

// ratio returns large/small, counting a small cost of zero as one.
func ratio(large, small uint64) float64 {
	return float64(large) / float64(max(small, 1))
}
