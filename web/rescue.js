// Klantwaarde rescue: what keeps a user's work safe when the Go program
// cannot, in plain JavaScript that costs the WebAssembly nothing.
//
// - The crash screen ([data-crash]): when the Go program exits (a panic in
//   go-app's rendering ends it) or the WebAssembly fails, the page is
//   replaced by a plain screen in the user's language with "Download all
//   my scenarios" (data-action="crash-download"), read straight from
//   localStorage and written as a backup file that import accepts
//   (docs/backup.md), and "Reload".
// - The storage panel ([data-storage]): whether the browser keeps the
//   data for good, usage against quota, the date of the last backup, and a
//   gentle reminder to back up when storage is not persistent and work has
//   gone without a backup for seven days.
// - It asks for persistent storage after the user's own first edit, or
//   when the app is installed: not on a first look, when a browser that
//   asks its user would ask about a page they barely know.
//
// The page loads it deferred, before go-app's deferred wasm_exec.js
// (cmd/klantwaarde, placeLoading), so it runs once the page has been read
// and before wasm_exec.js defines Go: it watches that definition.
(function () {
  "use strict";

  const KEY = {
    index: "klantwaarde.index",
    scenario: "klantwaarde.scenario.",
    locale: "klantwaarde.locale",
    lastBackup: "klantwaarde.lastBackup",
    unbackedSince: "klantwaarde.unbackedSince",
  };
  const REMIND_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

  const TEXT = {
    nl: {
      crashTitle: "Klantwaarde is gestopt",
      crashBody: "Er ging iets mis in de app zelf; deze pagina reageert niet meer. Uw scenario's staan nog in deze browser, zoals ze het laatst bewaard zijn. Download ze hieronder als back-up en laad de pagina daarna opnieuw.",
      download: "Download al mijn scenario's",
      reload: "Opnieuw laden",
      downloaded: (n, name) => `${n} scenario('s) staan in „${name}”. Importeer dat bestand als er na het herladen iets ontbreekt.`,
      nothing: "Er zijn in deze browser geen bewaarde scenario's gevonden.",
      storageFailed: "De opslag van deze browser kon niet worden gelezen.",
      details: "Technische details",
      panelTitle: "Opslag",
      persisted: "Deze browser bewaart uw scenario's blijvend.",
      notPersisted: "Deze browser kan uw scenario's wissen als er ruimte nodig is of als u de app een week niet gebruikt. Een back-up bewaart ze buiten de browser.",
      usage: (used, quota) => `In gebruik: ${used} van ${quota}.`,
      lastBackup: (date) => `Laatste back-up: ${date}.`,
      noBackup: "Nog geen back-up gemaakt.",
      reminder: "U heeft al meer dan een week niet-geback-upt werk in deze browser. Een back-up kost één klik.",
      backupNow: "Nu een back-up maken",
    },
    en: {
      crashTitle: "Klantwaarde has stopped",
      crashBody: "Something went wrong inside the app; this page no longer responds. Your scenarios are still in this browser, as they were last saved. Download them below as a backup, then reload the page.",
      download: "Download all my scenarios",
      reload: "Reload",
      downloaded: (n, name) => `${n} scenario(s) are in “${name}”. Import that file if anything is missing after the reload.`,
      nothing: "No saved scenarios were found in this browser.",
      storageFailed: "This browser's storage could not be read.",
      details: "Technical details",
      panelTitle: "Storage",
      persisted: "This browser keeps your scenarios for good.",
      notPersisted: "This browser may clear your scenarios when it needs space or when you have not used the app for a week. A backup keeps them outside the browser.",
      usage: (used, quota) => `In use: ${used} of ${quota}.`,
      lastBackup: (date) => `Last backup: ${date}.`,
      noBackup: "No backup made yet.",
      reminder: "You have had work in this browser without a backup for more than a week. A backup takes one click.",
      backupNow: "Back up now",
    },
  };

  // ---------------------------------------------------------------------
  // Storage, read without Go.

  function storage() {
    try {
      return window.localStorage;
    } catch (err) {
      return null;
    }
  }

  function get(key) {
    try {
      return storage().getItem(key);
    } catch (err) {
      return null;
    }
  }

  function set(key, value) {
    try {
      if (value === null) {
        storage().removeItem(key);
      } else {
        storage().setItem(key, value);
      }
    } catch (err) {
      // Storage full or blocked: the panel shows what it can.
    }
  }

  // The language the user chose in the app (saved as they choose it),
  // else the browser's, as the app itself decides (calc.LocaleOf).
  function locale() {
    const tag = (get(KEY.locale) || navigator.language || "").toLowerCase();
    return tag === "nl" || tag.startsWith("nl-") || tag.startsWith("nl_") ? "nl" : "en";
  }

  // storedDocument returns the scenario document of a stored entry
  // ({"rev":N,"doc":{…}}, app/storage.go) as its text: the bytes as the
  // app wrote them when the entry has that shape, so that restoring into
  // the same browser recognises every scenario; otherwise as re-written
  // by JSON.stringify; null when it is not JSON at all.
  function storedDocument(raw) {
    let parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (err) {
      return null;
    }
    if (!parsed || typeof parsed.doc !== "object" || parsed.doc === null) {
      return null;
    }
    const m = /^\{"rev":-?\d+,"doc":/.exec(raw);
    if (m && raw.endsWith("}")) {
      const text = raw.slice(m[0].length, -1);
      try {
        JSON.parse(text);
        return text;
      } catch (err) {
        // Not the shape it looked like: write it afresh below.
      }
    }
    return JSON.stringify(parsed.doc);
  }

  // backupFromStorage writes every kept scenario as a backup file
  // (docs/backup.md): those of the index in its order, then any other
  // kept under the scenario prefix (another tab's, not yet listed).
  function backupFromStorage(now) {
    const s = storage();
    if (!s) {
      throw new Error("no storage");
    }
    const ids = [];
    try {
      const idx = JSON.parse(s.getItem(KEY.index));
      if (idx && Array.isArray(idx.scenarios)) {
        for (const id of idx.scenarios) {
          if (typeof id === "string" && !ids.includes(id)) {
            ids.push(id);
          }
        }
      }
    } catch (err) {
      // A damaged index: the prefix scan below still finds them.
    }
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key && key.startsWith(KEY.scenario)) {
        const id = key.slice(KEY.scenario.length);
        if (!ids.includes(id)) {
          ids.push(id);
        }
      }
    }
    const docs = [];
    for (const id of ids) {
      const raw = s.getItem(KEY.scenario + id);
      const doc = raw === null ? null : storedDocument(raw);
      if (doc !== null) {
        docs.push(doc);
      }
    }
    const header = `{"format":"klantwaarde/backup","version":1,"created":${JSON.stringify(now.toISOString())},"scenarios":[`;
    const text = header + docs.map((d) => "\n" + d).join(",") + "\n]}\n";
    return { text: text, count: docs.length };
  }

  function backupName(now) {
    const pad = (n) => String(n).padStart(2, "0");
    return `klantwaarde-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
  }

  function download(name, text) {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // backedUp records a backup made now, by the app or the crash screen.
  function backedUp(now) {
    set(KEY.lastBackup, now.toISOString());
    set(KEY.unbackedSince, null);
    refreshPanel();
  }

  // ---------------------------------------------------------------------
  // The crash screen.

  let crashed = false;

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      e.setAttribute(k, v);
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function showCrash(reason, detail) {
    if (crashed || !document.body) {
      return;
    }
    crashed = true;
    const t = TEXT[locale()];
    const screen = el("main", { class: "crash", "data-crash": reason, role: "alert" });
    screen.append(el("h1", {}, t.crashTitle), el("p", {}, t.crashBody));
    const status = el("p", { class: "crash-status", role: "status" });
    const buttons = el("div", { class: "buttons" });
    const save = el("button", { type: "button", "data-action": "crash-download" }, t.download);
    save.addEventListener("click", () => {
      try {
        const now = new Date();
        const backup = backupFromStorage(now);
        if (backup.count === 0) {
          status.textContent = t.nothing;
          return;
        }
        const name = backupName(now);
        download(name, backup.text);
        backedUp(now);
        status.textContent = t.downloaded(backup.count, name);
      } catch (err) {
        status.textContent = t.storageFailed;
      }
    });
    const reload = el("button", { type: "button", class: "secondary", "data-action": "crash-reload" }, t.reload);
    reload.addEventListener("click", () => location.reload());
    buttons.append(save, reload);
    screen.append(buttons, status);
    if (detail) {
      const details = el("details", {});
      details.append(el("summary", {}, t.details), el("pre", {}, String(detail)));
      screen.append(details);
    }
    document.documentElement.setAttribute("lang", locale());
    document.documentElement.removeAttribute("data-ready");
    document.body.replaceChildren(screen);
    save.focus();
  }

  // whenReady runs f once the body is there.
  function whenReady(f) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", f, { once: true });
    } else {
      f();
    }
  }

  function crash(reason, detail) {
    whenReady(() => showCrash(reason, detail));
  }

  // watchGo wraps Go.prototype.run: its promise settles only when the Go
  // program has exited (wasm_exec.js), and a go-app program never exits
  // on its own. A panic anywhere, in rendering too, ends up there.
  function watchGo(Go) {
    if (!Go || !Go.prototype || typeof Go.prototype.run !== "function" || Go.prototype.run.klantwaardeWatched) {
      return;
    }
    const run = Go.prototype.run;
    const resume = Go.prototype._resume;
    const watched = function (instance) {
      window.klantwaardeRunning = true;
      // Once the program has exited, every event go-app listens to would
      // throw "Go program has already exited": they do nothing instead,
      // and the crash screen says what happened.
      // wasm_exec.js calls _resume again for as long as a timeout it set
      // for Go is still scheduled, and only Go unschedules it: a timer
      // pending when the program died would spin here forever, freezing
      // the page before the crash screen shows. So they go with it.
      this._resume = function () {
        if (!this.exited) {
          resume.call(this);
          return;
        }
        for (const timeout of this._scheduledTimeouts.values()) {
          clearTimeout(timeout);
        }
        this._scheduledTimeouts.clear();
      };
      const done = run.call(this, instance);
      done.then(
        () => crash("exit", lastConsole.join("\n")),
        (err) => crash("error", err && err.stack ? err.stack : String(err)),
      );
      return done;
    };
    watched.klantwaardeWatched = true;
    Go.prototype.run = watched;
  }

  if (typeof window.Go === "function") {
    watchGo(window.Go);
  } else {
    // wasm_exec.js assigns globalThis.Go = class {…}: catch that.
    let defined;
    Object.defineProperty(window, "Go", {
      configurable: true,
      enumerable: true,
      get() {
        return defined;
      },
      set(value) {
        defined = value;
        watchGo(value);
      },
    });
  }

  // A Go panic arrives as console.log lines (wasm_exec.js writes stderr
  // there); the last of them are the crash screen's technical details.
  const lastConsole = [];
  const log = console.log;
  console.log = function () {
    const line = Array.from(arguments).join(" ");
    lastConsole.push(line);
    if (lastConsole.length > 20) {
      lastConsole.shift();
    }
    return log.apply(this, arguments);
  };

  // Errors that mean the Go program is dead or broken: a trap in the
  // WebAssembly, or a call into a program that has exited.
  function fatal(err) {
    return (
      (typeof WebAssembly !== "undefined" && err instanceof WebAssembly.RuntimeError) ||
      (err && typeof err.message === "string" && err.message.includes("Go program has already exited"))
    );
  }
  window.addEventListener("error", (ev) => {
    if (fatal(ev.error)) {
      crash("error", ev.error.stack || String(ev.error));
    }
  });
  window.addEventListener("unhandledrejection", (ev) => {
    if (fatal(ev.reason)) {
      crash("error", ev.reason.stack || String(ev.reason));
    }
  });

  // ---------------------------------------------------------------------
  // The storage panel, persistence and the reminder.

  let panel = null;

  function formatBytes(n, lang) {
    const units = ["B", "kB", "MB", "GB", "TB"];
    let i = 0;
    while (n >= 1000 && i < units.length - 1) {
      n /= 1000;
      i++;
    }
    const digits = i === 0 || n >= 100 ? 0 : 1;
    const number = new Intl.NumberFormat(lang === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: digits }).format(n);
    return number + "\u00a0" + units[i];
  }

  function formatDate(iso, lang) {
    return new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long" }).format(new Date(iso));
  }

  async function storageState() {
    const state = { persisted: false, usage: null, quota: null };
    const st = navigator.storage;
    if (!st || window.klantwaardeStorageBlocked) {
      return state;
    }
    try {
      state.persisted = st.persisted ? await st.persisted() : false;
    } catch (err) {
      // Unknown: shown as not persistent.
    }
    try {
      if (st.estimate) {
        const e = await st.estimate();
        state.usage = e.usage;
        state.quota = e.quota;
      }
    } catch (err) {
      // No estimate: the panel leaves the figures out.
    }
    return state;
  }

  // lastBackupISO returns the stored date of the last backup, normalised,
  // or "".
  function lastBackupISO() {
    const raw = get(KEY.lastBackup);
    const d = raw ? new Date(raw) : null;
    return d && !isNaN(d) ? d.toISOString() : "";
  }

  function needsReminder(state, now) {
    const since = new Date(get(KEY.unbackedSince) || NaN);
    return !state.persisted && !isNaN(since) && now - since >= REMIND_AFTER_MS;
  }

  let refreshing = null;

  async function refreshPanel() {
    if (!panel || crashed) {
      return;
    }
    const mine = (refreshing = {});
    const state = await storageState();
    if (mine !== refreshing || crashed) {
      return; // a newer refresh is under way
    }
    const lang = locale();
    const t = TEXT[lang];
    const last = lastBackupISO();
    panel.setAttribute("lang", lang);
    panel.setAttribute("data-persisted", String(state.persisted));
    panel.setAttribute("data-usage", state.usage == null ? "" : String(state.usage));
    panel.setAttribute("data-quota", state.quota == null ? "" : String(state.quota));
    panel.setAttribute("data-last-backup", last);
    const children = [
      el("h2", {}, t.panelTitle),
      el("p", {}, state.persisted ? t.persisted : t.notPersisted),
    ];
    if (state.usage != null && state.quota) {
      children.push(el("p", {}, t.usage(formatBytes(state.usage, lang), formatBytes(state.quota, lang))));
    }
    children.push(el("p", {}, last ? t.lastBackup(formatDate(last, lang)) : t.noBackup));
    if (needsReminder(state, new Date())) {
      const reminder = el("div", { class: "reminder", "data-backup-reminder": "true", role: "status" });
      const button = el("button", { type: "button" }, t.backupNow);
      button.addEventListener("click", () => {
        const app = document.querySelector('[data-action="backup"]');
        if (app) {
          app.click();
        }
      });
      reminder.append(el("p", {}, t.reminder), button);
      children.push(reminder);
    }
    panel.replaceChildren(...children);
  }

  // askPersist asks once per page for storage the browser keeps.
  let asked = false;
  function askPersist() {
    const st = navigator.storage;
    if (asked || window.klantwaardeStorageBlocked || !st || !st.persist) {
      return;
    }
    asked = true;
    st.persisted()
      .then((persisted) => persisted || st.persist())
      .catch(() => false)
      .then(refreshPanel);
  }

  // onEdit: the user's own typing is what is worth keeping. The first
  // edit since the last backup starts the reminder's clock; it also asks
  // for persistent storage.
  function onEdit(ev) {
    if (!ev.isTrusted || !window.klantwaardeRunning) {
      return;
    }
    if (!get(KEY.unbackedSince)) {
      set(KEY.unbackedSince, new Date().toISOString());
    }
    askPersist();
  }

  whenReady(() => {
    if (crashed) {
      return;
    }
    panel = el("aside", { class: "storage-panel", "data-storage": "", "aria-live": "polite" });
    document.body.append(panel);
    refreshPanel();
    // The app sets <html lang> when the user switches language.
    new MutationObserver(refreshPanel).observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    document.addEventListener("input", onEdit, true);
    window.addEventListener("klantwaarde-backup", () => backedUp(new Date()));
    window.addEventListener("appinstalled", askPersist);
    if (window.matchMedia && window.matchMedia("(display-mode: standalone)").matches) {
      askPersist();
    }
    // Usage changes as the user works; a refresh now and then keeps the
    // figures and the reminder current without a timer per keystroke.
    setInterval(refreshPanel, 60000);
  });

  // For the browser tests and for curious users in the console.
  window.klantwaardeRescue = { backupFromStorage: backupFromStorage, refresh: refreshPanel };
})();
