// Runs every example input through checker.browser.check under the real Pyodide runtime
// (npm package, offline) and prints {"<example path>|<lang>": "<result JSON>"} on stdout.
// Usage: node tests/pyodide/run_examples.mjs [example files…]   (default: all examples)
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PYODIDE_DIR = join(ROOT, "node_modules", "pyodide");
const { loadPyodide } = await import(pathToFileURL(join(PYODIDE_DIR, "pyodide.mjs")).href);

function walk(dir, keep) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "__pycache__") out.push(...walk(path, keep));
    } else if (keep(name)) {
      out.push(path);
    }
  }
  return out;
}

function exampleFiles() {
  const inputs = walk(join(ROOT, "tests", "examples"), (n) => !n.endsWith(".expected.json") && !n.endsWith(".md"))
    .concat(walk(join(ROOT, "examples"), () => true));
  return inputs.concat(walk(join(ROOT, "checker", "schema", "examples"), (n) => n.endsWith(".json")));
}

const started = performance.now();
const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR + "/", stdout: () => {}, stderr: () => {} });
const loaded = performance.now();

// Install the package by writing its files into Pyodide's file system (cwd is on sys.path).
const home = "/home/pyodide";
for (const file of walk(join(ROOT, "checker"), (n) => n.endsWith(".py") || n.endsWith(".json") || n === "py.typed")) {
  const target = join(home, relative(ROOT, file));
  pyodide.FS.mkdirTree(dirname(target));
  pyodide.FS.writeFile(target, new Uint8Array(readFileSync(file)));
}
const importStart = performance.now();
const browser = pyodide.pyimport("checker.browser");
const imported = performance.now();

const decoder = new TextDecoder("utf-8", { ignoreBOM: true }); // keep a BOM, like Python's decode
const files = process.argv.length > 2 ? process.argv.slice(2) : exampleFiles();
const results = {};
const timings = {};
for (const file of files) {
  const text = decoder.decode(readFileSync(file));
  const key = relative(ROOT, file);
  const t0 = performance.now();
  for (const lang of ["vi", "en"]) {
    results[`${key}|${lang}`] = browser.check(text, lang);
  }
  timings[key] = (performance.now() - t0) / 2;
}
process.stdout.write(JSON.stringify({
  python: pyodide.runPython("import sys; sys.version.split()[0]"),
  load_ms: loaded - started,
  import_ms: imported - importStart,
  timings_ms: timings,
  results,
}));
