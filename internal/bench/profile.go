package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
	"github.com/klantwaarde/klantwaarde/internal/synthetic"
)

// profileInterval is the sampling interval of the CPU profiles, in µs.
const profileInterval = 100

// startProfile starts V8's sampling CPU profiler in the tab. With a
// WebAssembly built without -ldflags=-s, the samples name Go functions.
func (b *browserSession) startProfile() error {
	return chromedp.Run(b.ctx, profiler.Enable(), profiler.SetSamplingInterval(profileInterval), profiler.Start())
}

// stopProfile writes the profile in the DevTools format (.cpuprofile: the
// Performance panel opens it).
func (b *browserSession) stopProfile(name string) error {
	var p *profiler.Profile
	err := chromedp.Run(b.ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		var err error
		p, err = profiler.Stop().Do(ctx)
		return err
	}))
	if err != nil {
		return err
	}
	data, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}

// profileKeys are the keystrokes of a profiled typing session.
const profileKeys = 30

// profileApp writes the CPU profiles of a cold start of the app and of
// typing at each size to dir. The measured runs are not profiled: the
// profiler slows the page down.
func profileApp(ctx context.Context, chromium, url, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := newBrowser(ctx, chromium)
	if err != nil {
		return err
	}
	defer b.close()
	if err := b.startProfile(); err != nil {
		return err
	}
	if _, err := b.load(url, time.Minute); err != nil {
		return err
	}
	if err := b.stopProfile(filepath.Join(dir, "coldstart.cpuprofile")); err != nil {
		return err
	}
	for _, sz := range []synthetic.Size{synthetic.Small, synthetic.Large} {
		page, err := appTypingPage(url, sz)
		if err != nil {
			return err
		}
		_, err = measureTyping(ctx, chromium, page, profileKeys, func(b *browserSession) (func() error, error) {
			if err := b.startProfile(); err != nil {
				return nil, err
			}
			return func() error { return b.stopProfile(filepath.Join(dir, "typing-"+benchName(sz)+".cpuprofile")) }, nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
