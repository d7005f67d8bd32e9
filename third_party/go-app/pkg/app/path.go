package app

import "strings"

// Patched: moved here from http.go, which is not built for the browser;
// the client's static resource resolver (app.go) needs them.

func isRemoteLocation(path string) bool {
	return strings.HasPrefix(path, "https://") ||
		strings.HasPrefix(path, "http://")
}

func isStaticResourcePath(path string) bool {
	return strings.HasPrefix(path, "/web/") ||
		strings.HasPrefix(path, "web/")
}
