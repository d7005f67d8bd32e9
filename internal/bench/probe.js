// Injected into every page before its own scripts (Page.addScriptToEvaluateOnNewDocument).
// It records, in milliseconds since navigation start (performance.timeOrigin):
// when the WebAssembly was instantiated and when <html data-ready="true"> appeared;
// when a result (an element with data-verdict) first stood visible in the
// viewport, and the layout shifts; it keeps the Go instance's linear memory
// to read its size; and it measures keystrokes: from the keydown event to
// the new data-value in the DOM.
(() => {
  if (window.top !== window || window.__bench) return;
  const b = (window.__bench = { ready: 0, instantiated: 0, memories: [], firstResult: 0, cls: 0 });

  // The layout shifts the user did not cause, summed: the page's cumulative
  // layout shift until it is read.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
  }).observe({ type: "layout-shift", buffered: true });

  // At every animation frame, until one is found: is an element with
  // data-verdict in the viewport, with a box, and neither hidden nor
  // transparent? The frame's callbacks run before its style, layout and
  // paint, so what stands visible here is in the frame painted next.
  const resultVisible = () => {
    for (const el of document.querySelectorAll("[data-verdict]")) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth &&
        el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
    }
    return false;
  };
  const lookForResult = () => {
    if (resultVisible()) { b.firstResult = performance.now(); b.looked = true; return; }
    // A page without results (the floor) is looked at until it is ready,
    // one with results until a while after.
    if (b.ready && (!document.querySelector("[data-verdict]") || performance.now() > b.ready + 2000)) { b.looked = true; return; }
    requestAnimationFrame(lookForResult);
  };
  requestAnimationFrame(lookForResult);

  const keep = (promise) =>
    promise.then((result) => {
      const instance = result.instance || result;
      if (instance.exports && instance.exports.mem instanceof WebAssembly.Memory) {
        b.memories.push(instance.exports.mem);
      }
      b.instantiated = b.instantiated || performance.now();
      return result;
    });
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = function (...args) { return keep(original.apply(this, args)); };
  }

  const checkReady = () => {
    const html = document.documentElement;
    if (!b.ready && html && html.getAttribute("data-ready") === "true") b.ready = performance.now();
  };
  new MutationObserver(checkReady).observe(document, { attributes: true, attributeFilter: ["data-ready"], subtree: true });

  // metrics is read once the page is ready.
  b.metrics = () => {
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
    const notice = document.querySelector('[data-notice="error"]');
    return {
      errorNotice: notice ? notice.textContent.trim() : "",
      ready: b.ready,
      instantiated: b.instantiated,
      fcp: paint ? paint.startTime : 0,
      wasmStart: wasm ? wasm.startTime : 0,
      wasmResponseEnd: wasm ? wasm.responseEnd : 0,
      wasmEncodedBytes: wasm ? wasm.encodedBodySize : 0,
      wasmMemory: b.memories.reduce((m, mem) => Math.max(m, mem.buffer.byteLength), 0),
      firstResult: b.firstResult,
      cls: b.cls,
    };
  };

  // arm prepares one keystroke: it selects the text of the field, so that
  // the key replaces it, and resolves b.result with the time from keydown
  // to the card's new data-value ("dom"), to the next animation frame after
  // it ("frame") and to the value-map chart drawn anew ("charts"), or null
  // if the value did not change in time. Frame and charts are -1 when they
  // did not come within a second of the value.
  b.arm = (fieldSelector, cardSelector, chartSelector, timeoutMs) => {
    const field = document.querySelector(fieldSelector);
    const card = document.querySelector(cardSelector);
    if (!field || !card) return null;
    field.focus();
    field.select();
    const before = card.getAttribute("data-value");
    const chartBefore = document.querySelector(chartSelector);
    let keydown = 0;
    window.addEventListener("keydown", () => { keydown = performance.now(); }, { capture: true, once: true });
    b.result = new Promise((resolve) => {
      // A page without the chart (the floor) has no chart to wait for.
      let dom = 0, frame = null, charts = chartBefore ? null : -1, value = null;
      const finish = () => {
        if (!dom || frame === null || charts === null) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve({ dom: dom - keydown, frame: frame, charts: charts, value: value });
      };
      const timer = setTimeout(() => { observer.disconnect(); resolve(null); }, timeoutMs);
      const observer = new MutationObserver(() => {
        const now = performance.now();
        if (charts === null) {
          const chart = document.querySelector(chartSelector);
          if (chart && chart !== chartBefore) charts = now - keydown;
        }
        if (!dom) {
          const el = document.querySelector(cardSelector);
          if (!el || el.getAttribute("data-value") === before) return;
          dom = now;
          value = el.getAttribute("data-value");
          requestAnimationFrame(() => { frame = performance.now() - keydown; finish(); });
          setTimeout(() => { // no frame (a hidden page) or no new chart
            if (frame === null) frame = -1;
            if (charts === null) charts = -1;
            finish();
          }, 1000);
        }
        finish();
      });
      observer.observe(document.body, { attributes: true, attributeFilter: ["data-value"], subtree: true, childList: true });
    });
    return { before: before, text: field.value };
  };
})();
