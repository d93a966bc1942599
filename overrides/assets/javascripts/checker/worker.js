// The checker's module worker: starts Pyodide from the site's own files, installs the
// checker wheel built from checker/, and answers the page through checker.browser.
// Module worker on purpose: Pyodide 314 refuses classic workers (importScripts).
//
// Download progress: Pyodide fetches the WebAssembly binary and the standard library with the
// worker's global fetch(). A wrapper counts the bytes of a clone of each tracked response while
// Pyodide consumes the original, untouched (same URL, so streaming compilation and Chromium's
// code cache keep working, and nothing is downloaded twice). The page turns the counts into
// "3.1 of 11.4 MB" and restarts its idle watchdog on every message.
//
// Repeat visits: the tracked files have versioned addresses (Pyodide's version folder, content
// hashes), so they are also kept in the Cache API and served from there next time. The HTTP
// cache alone may refuse or evict a 9.6 MB entry (a plain host sends the wasm uncompressed).

let api = null; // the checker's entry points, once started

function post(message) {
  self.postMessage(message);
}

// --- byte counting ----------------------------------------------------------------------

const PROGRESS_EVERY_MS = 250;
const CACHE_NAME = "checker-runtime";

async function openCache() {
  try {
    return self.caches ? await self.caches.open(CACHE_NAME) : null;
  } catch {
    return null; // storage refused (private mode, no secure context): the network alone
  }
}

// Keeps only the current runtime's files: an update never leaves the old ones behind.
async function forgetOthers(tracked) {
  const cache = await openCache();
  if (!cache) return;
  for (const request of await cache.keys()) {
    if (!(request.url in tracked)) await cache.delete(request);
  }
}

function trackDownloads(tracked) {
  // tracked: absolute URL -> decoded size in bytes (from the build).
  const files = new Map(); // url -> {size, transfer, read}
  let lastPost = 0;
  const report = (force = false) => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_EVERY_MS) return;
    lastPost = now;
    let done = 0;
    let total = 0;
    for (const [url, size] of Object.entries(tracked)) {
      const file = files.get(url);
      // Bytes on the wire: Content-Length is the encoded size when the host sends a
      // precompressed file; the decoded share of it is what has arrived so far.
      const transfer = file ? file.transfer : size;
      total += transfer;
      if (file) done += Math.min(1, file.read / file.size) * transfer;
    }
    post({ type: "progress", stage: "download", done: Math.round(done), total: Math.round(total) });
  };
  const realFetch = self.fetch.bind(self);
  const cachedFetch = async (url, init) => {
    const cache = await openCache();
    const hit = cache && (await cache.match(url).catch(() => null));
    if (hit) return hit;
    const response = await realFetch(url, init);
    if (cache && response.ok) cache.put(url, response.clone()).catch(() => {});
    return response;
  };
  self.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), self.location.href).href;
    const size = tracked[url];
    if (size === undefined) return realFetch(input, init);
    const response = await cachedFetch(url, init);
    if (!response.ok || !response.body) return response;
    const length = Number(response.headers.get("Content-Length")) || size;
    const file = { size, transfer: length, read: 0 };
    files.set(url, file);
    const reader = response.clone().body.getReader();
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        file.read += value.byteLength;
        report();
      }
      file.read = file.size;
      report(true);
    })().catch(() => {}); // a broken download fails Pyodide's own read, which says so
    return response;
  };
  report(true);
}

// --- start-up ---------------------------------------------------------------------------

async function start(config) {
  const started = performance.now();
  trackDownloads(config.sizes || {});
  // The wheel downloads (counted like the rest) while Pyodide starts.
  const wheel = self.fetch(config.wheelURL);
  const { loadPyodide } = await import(new URL("pyodide.mjs", config.indexURL).href);
  const pyodide = await loadPyodide({
    indexURL: config.indexURL,
    stdLibURL: config.stdlibURL,
    // The checker needs no package from Pyodide's repository: an inline, empty lock file
    // saves the 119 KB pyodide-lock.json request (and nothing can reach a CDN).
    lockFileContents: { info: config.lockInfo, packages: {} },
    packages: [],
    stdout: () => {},
    stderr: () => {},
  });
  post({ type: "progress", stage: "checker" });
  const response = await wheel;
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${config.wheelURL}`);
  const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  pyodide.unpackArchive(await response.arrayBuffer(), "wheel", { extractDir: sitePackages });
  const browser = pyodide.pyimport("checker.browser");
  const form = pyodide.pyimport("checker.form");
  api = {
    redact: (text) => browser.redact(text),
    form: (answers, lang) => form.settings_json(answers, lang),
  };
  if (typeof browser.run === "function") {
    // checker.browser.run(text, lang): the report and its view, every word already in `lang`.
    api.check = (text, lang) => browser.run(text, lang);
  } else {
    // FALLBACK until checker.browser.run lands: the bare report plus the engine's labels.
    api.check = (text, lang) => browser.check(text, lang);
    api.labels = (lang) => form.page_labels(lang);
  }
  post({ type: "ready", ms: Math.round(performance.now() - started), view: !("labels" in api) });
  forgetOthers(config.sizes || {}).catch(() => {});
}

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "start") {
    start(message.config).catch((error) => {
      // A Python traceback ends with the line that says what went wrong.
      const text = String((error && error.message) || error).trim().split("\n");
      post({ type: "failed", message: text[text.length - 1] });
    });
    return;
  }
  if (message.type !== "call") return;
  const { id, op, args } = message;
  try {
    if (!api || !(op in api)) throw new Error(`not ready for ${op}`);
    const started = performance.now();
    const result = api[op](...args);
    post({ type: "result", id, result, ms: performance.now() - started });
  } catch (error) {
    post({ type: "result", id, error: String((error && error.message) || error) });
  }
});
