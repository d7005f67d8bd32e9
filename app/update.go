package app

import (
	"github.com/klantwaarde/klantwaarde/app/i18n"
	"github.com/klantwaarde/klantwaarde/calc"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// UpdateBanner tells the user that a new version of the app has been
// installed in the background and offers to reload into it (SPEC §6
// "Offline PWA"). go-app calls OnAppUpdate on every component once the new
// service worker has installed; the old page keeps running until the user
// chooses to reload.
type UpdateBanner struct {
	app.Compo

	Locale calc.Locale

	available bool
	dismissed bool
}

// OnMount picks up an update that arrived before the banner was mounted,
// for example during a navigation inside the app.
func (b *UpdateBanner) OnMount(ctx app.Context) {
	b.available = ctx.AppUpdateAvailable()
}

// OnAppUpdate shows the banner.
func (b *UpdateBanner) OnAppUpdate(ctx app.Context) {
	b.available = ctx.AppUpdateAvailable()
	b.dismissed = false
}

// Render keeps an empty live region in the page, so that a screen reader
// announces the message when it appears in it.
func (b *UpdateBanner) Render() app.UI {
	l := b.Locale
	return app.Div().Class("update").Attr("role", "status").Body(
		app.If(b.available && !b.dismissed,
			app.Div().Class("notice notice-info").DataSet("notice", "info").DataSet("update", "ready").Body(
				app.P().Text(i18n.UpdateReady.In(l)),
				app.Div().Class("actions").Body(
					app.Button().Class("primary").DataSet("action", "reload").Text(i18n.UpdateReload.In(l)).
						OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
					app.Button().Class("link").Text(i18n.UpdateLater.In(l)).
						OnClick(func(ctx app.Context, e app.Event) { b.dismissed = true }),
				),
			),
		),
	)
}
