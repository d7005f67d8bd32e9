// The Klantwaarde service worker: it keeps every file of the app in one
// cache per version, so that the app opens without a network after the
// first visit. `klantwaarde serve` and `build` render it with go-app's
// ServiceWorkerTemplate, which fills in the version (the content hash of
// the site) and the list of files (every file of the site; site.go checks
// that).
"use strict";

// One deployment's caches share the prefix, so that two copies of the app
// on one origin (GitHub Pages project sites) never delete each other's.
const cachePrefix = "klantwaarde " + self.registration.scope + " ";
const cacheName = cachePrefix + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

// The page of the app answers every navigation inside the scope: deep
// links and URLs with a query string open the app offline too.
const pageURL = self.registration.scope;

self.addEventListener("install", (event) => {
  // cache.addAll fails whole when one file fails, so a version is either
  // complete or not installed at all. "no-cache" revalidates every file
  // with the server, so that a stale copy in the HTTP cache (static hosts
  // cache for minutes) never lands in the new version.
  const requests = resourcesToCache.map((url) => new Request(url, { cache: "no-cache" }));
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(requests))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys
        .filter((key) => key.startsWith(cachePrefix) && key !== cacheName)
        .map((key) => caches.delete(key))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) {
    return;
  }
  event.respondWith(respond(request));
});

// respond answers from this version's cache first: every file of the app
// is there, and the page stands in for any navigation. Anything else goes
// to the network.
async function respond(request) {
  const cache = await caches.open(cacheName);
  const options = { ignoreSearch: true, ignoreVary: true };
  const cached = await cache.match(request, options);
  if (cached) {
    return cached;
  }
  if (request.mode === "navigate") {
    const page = await cache.match(pageURL, options);
    if (page) {
      return page;
    }
  }
  return fetch(request);
}
