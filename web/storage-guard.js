// Klantwaarde storage guard. The page loads this plain script after go-app's
// deferred wasm_exec.js and app.js tags, so it runs before them (deferred
// scripts wait for the whole page to be parsed).
//
// When the browser blocks storage (cookies disabled, some private modes,
// sandboxed frames), reading window.localStorage throws a SecurityError.
// go-app reads it at start-up from Go, where the exception cannot be caught,
// and the whole app dies. Here such a storage is replaced by one in memory
// with the same methods, so the app starts and works for the session, and
// window.klantwaardeStorageBlocked tells the app that nothing it stores will
// outlive the tab.
//
// It also sets the language of the page the server sends (below).
// Persistent storage is asked for by rescue.js, after the user's first edit.
(function () {
  "use strict";

  function memoryStorage() {
    const items = new Map();
    const storage = {
      get length() { return items.size; },
      key(i) { return i >= 0 && i < items.size ? Array.from(items.keys())[i] : null; },
      getItem(k) { k = String(k); return items.has(k) ? items.get(k) : null; },
      setItem(k, v) { items.set(String(k), String(v)); },
      removeItem(k) { items.delete(String(k)); },
      clear() { items.clear(); },
    };
    return Object.freeze(storage);
  }

  let blocked = false;
  for (const name of ["localStorage", "sessionStorage"]) {
    try {
      const s = window[name];
      if (!s) {
        throw new Error(name + " is missing");
      }
      s.getItem("klantwaarde-probe");
    } catch (err) {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
      if (name === "localStorage") {
        blocked = true;
      }
    }
  }
  window.klantwaardeStorageBlocked = blocked;

  // The page the server sends holds its texts in both languages (app/shell.go);
  // it shows the one the app will open in: the visitor's saved choice, else
  // the browser's language (calc.LocaleOf), set here before the body is read.
  // It also holds the first view (app/firstview.go): the example a first
  // visit opens with, in each language, and skeletons for the visits that
  // open something else (Root.OnInit): kept scenarios, a share link, a
  // questionnaire link, storage that does not work. It names the one the
  // stylesheet shows in <html data-first-view>.
  const html = document.documentElement;
  try {
    const saved = window.localStorage.getItem("klantwaarde.locale");
    const tag = saved === "nl" || saved === "en" ? saved : String(navigator.language || "").trim().toLowerCase();
    html.lang = tag === "nl" || tag.startsWith("nl-") || tag.startsWith("nl_") ? "nl" : "en";
    const hash = String(window.location.hash || "");
    let view = html.lang;
    if (hash.startsWith("#q=")) {
      view = "questionnaire";
    } else if (blocked || hash.startsWith("#s=") || window.localStorage.getItem("klantwaarde.index") !== null) {
      view = "skeleton";
    }
    html.setAttribute("data-first-view", view);
  } catch (err) {
    // The page stays in Dutch, the language it is sent in, with the skeleton.
  }

})();
