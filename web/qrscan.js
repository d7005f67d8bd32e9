// The trainer's camera scanner for workshop response codes. Loaded by the
// app only when the scanner opens; it reads QR codes from the camera with
// the browser's BarcodeDetector where it has one for QR codes, and with
// jsQR (web/vendor/jsqr, loaded only then) elsewhere. Each new text goes to
// the app as a "klantwaarde-scan" event ({detail: {text, engine}}); a
// camera that cannot be used as "klantwaarde-scan-error" ({detail: {name}}).
(function () {
  "use strict";
  if (window.klantwaardeScanner) return;
  var here = document.currentScript ? document.currentScript.src : location.href;
  var stream = null, timer = 0, running = false, last = "", lastAt = 0, audio = null;

  function send(name, detail) {
    window.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  function loadJsQR() {
    if (window.jsQR) return Promise.resolve(window.jsQR);
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = new URL("vendor/jsqr/jsQR.js", here).href;
      s.onload = function () { window.jsQR ? resolve(window.jsQR) : reject(new Error("jsQR")); };
      s.onerror = function () { reject(new Error("jsQR")); };
      document.head.appendChild(s);
    });
  }

  // detector returns a function from a video frame to the texts in it.
  function detector() {
    var native = "BarcodeDetector" in window ?
      window.BarcodeDetector.getSupportedFormats().catch(function () { return []; }) : Promise.resolve([]);
    return native.then(function (formats) {
      if (formats.indexOf("qr_code") >= 0) {
        var d = new window.BarcodeDetector({ formats: ["qr_code"] });
        return { engine: "barcodedetector", read: function (video) {
          return d.detect(video).then(function (codes) { return codes.map(function (c) { return c.rawValue; }); });
        } };
      }
      return loadJsQR().then(function (jsQR) {
        var canvas = document.createElement("canvas"), ctx = canvas.getContext("2d", { willReadFrequently: true });
        return { engine: "jsqr", read: function (video) {
          var w = video.videoWidth, h = video.videoHeight;
          if (!w || !h) return Promise.resolve([]);
          var scale = Math.min(1, 800 / Math.max(w, h));
          canvas.width = Math.round(w * scale); canvas.height = Math.round(h * scale);
          ctx.drawImage(video, 0, 0, canvas.width, canvas.height);
          var img = ctx.getImageData(0, 0, canvas.width, canvas.height);
          var code = jsQR(img.data, img.width, img.height, { inversionAttempts: "dontInvert" });
          return Promise.resolve(code && code.data ? [code.data] : []);
        } };
      });
    });
  }

  function start(video) {
    stop();
    running = true;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      send("klantwaarde-scan-error", { name: "NotSupportedError" });
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (s) {
        if (!running) { s.getTracks().forEach(function (t) { t.stop(); }); return; }
        stream = s;
        video.srcObject = s;
        video.setAttribute("playsinline", "");
        video.muted = true;
        return video.play().then(detector).then(function (d) {
          video.dataset.engine = d.engine;
          var tick = function () {
            if (!running) return;
            d.read(video).then(function (texts) {
              var now = Date.now();
              texts.forEach(function (text) {
                // The same QR held up stays in view: one event per code
                // until another is seen or a few seconds pass.
                if (text === last && now - lastAt < 4000) return;
                last = text; lastAt = now;
                send("klantwaarde-scan", { text: text, engine: d.engine });
              });
            }).catch(function () {}).then(function () { timer = setTimeout(tick, 150); });
          };
          tick();
        });
      })
      .catch(function (err) {
        send("klantwaarde-scan-error", { name: (err && err.name) || "Error" });
      });
  }

  function stop() {
    running = false;
    clearTimeout(timer);
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    stream = null;
  }

  // beep gives a short tone: high for a new code, low for anything else.
  function beep(ok) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      var osc = audio.createOscillator(), gain = audio.createGain(), t = audio.currentTime;
      osc.frequency.value = ok ? 880 : 330;
      gain.gain.setValueAtTime(0.2, t);
      gain.gain.exponentialRampToValueAtTime(0.001, t + 0.15);
      osc.connect(gain); gain.connect(audio.destination);
      osc.start(t); osc.stop(t + 0.16);
      window.klantwaardeScanner.beeps++;
    } catch (e) { /* no sound: the visible confirmation remains */ }
  }

  window.klantwaardeScanner = { start: start, stop: stop, beep: beep, beeps: 0 };
  send("klantwaarde-scanner-ready", {});
})();
