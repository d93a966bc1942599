// The checker's module worker: starts Pyodide from the site's own files, installs the
// checker wheel built from checker/, and answers the page through checker.browser.
// Module worker on purpose: Pyodide 314 refuses classic workers (importScripts).

let api = null; // the checker.browser and checker.form functions, once started

function post(message) {
  self.postMessage(message);
}

async function start(config) {
  const started = performance.now();
  post({ type: "progress", stage: "runtime" });
  // The wheel downloads while Pyodide starts.
  const wheel = fetch(config.wheelURL);
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
    check: (text, lang) => browser.check(text, lang),
    redact: (text) => browser.redact(text),
    form: (answers, lang) => form.settings_json(answers, lang),
    labels: (lang) => form.page_labels(lang),
  };
  post({ type: "ready", ms: Math.round(performance.now() - started) });
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
    post({ type: "result", id, error: String(error && error.message || error) });
  }
});
