// Package headless starts Debian's Chromium for the browser tests and the benchmarks:
// headless, with a fresh profile, and with the flags that keep it from reaching for a
// network this machine does not have (background updates, sync, QUIC).
package headless

import (
	"context"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Path returns the Chromium to run: $CHROMIUM if set, else chromium or
// chromium-browser on the PATH, else "".
func Path() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Start launches the Chromium at execPath with its profile in profileDir (which
// should be new and empty, or prepared by the caller) and returns the context of one
// tab. cancel closes the browser.
func Start(ctx context.Context, execPath, profileDir string) (tab context.Context, cancel context.CancelFunc, err error) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(execPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profileDir),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1280, 900),
	)
	tab, cancelTab := chromedp.NewContext(alloc)
	cancel = func() { cancelTab(); cancelAlloc() }
	if err := chromedp.Do(tab); err != nil {
		cancel()
		return nil, nil, fmt.Errorf("starting Chromium: %w", err)
	}
	return tab, cancel, nil
}
