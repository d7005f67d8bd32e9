package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestInstallable asks Chromium, through the DevTools protocol, whether it
// would install the app: the manifest parses without errors, names the
// scope and the icons, and no installability error is reported, for the
// served app and for the static build below a sub-path.
func TestInstallable(t *testing.T) {
	srv := startServer(t)
	static := startStatic(t, subPath, buildStatic(t, subPath))
	for name, site := range map[string]string{"serve": srv.URL, "static": static.URL} {
		t.Run(name, func(t *testing.T) {
			tb := newProfileTab(t)
			tb.openReady(site)
			tb.waitController()
			var manifestURL string
			var manifestErrors, installErrors []string
			var manifest *page.WebAppManifest
			tb.run(chromedp.ActionFunc(func(ctx context.Context) error {
				u, errs, _, m, err := page.GetAppManifest().Do(ctx)
				if err != nil {
					return err
				}
				manifestURL, manifest = u, m
				for _, e := range errs {
					manifestErrors = append(manifestErrors, fmt.Sprintf("%s (line %d)", e.Message, e.Line))
				}
				ies, err := page.GetInstallabilityErrors().Do(ctx)
				for _, e := range ies {
					var args []string
					for _, a := range e.ErrorArguments {
						args = append(args, a.Name+"="+a.Value)
					}
					installErrors = append(installErrors, e.ErrorID+" "+strings.Join(args, " "))
				}
				return err
			}))
			if manifestURL != site+"manifest.webmanifest" {
				t.Errorf("manifest at %q, want %q", manifestURL, site+"manifest.webmanifest")
			}
			if len(manifestErrors) > 0 {
				t.Errorf("manifest errors: %q", manifestErrors)
			}
			if len(installErrors) > 0 {
				t.Errorf("installability errors: %q", installErrors)
			}
			if manifest == nil {
				t.Fatal("no parsed manifest")
			}
			if manifest.Scope != site || manifest.StartURL != site || len(manifest.Icons) != 4 {
				t.Errorf("scope %q start_url %q with %d icons; want %q, %q, 4", manifest.Scope, manifest.StartURL, len(manifest.Icons), site, site)
			}
		})
	}
}
