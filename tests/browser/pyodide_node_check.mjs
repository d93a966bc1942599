// Runs checker.browser.run (what the page's worker calls) under the site's own Pyodide files in Node: the runtime copied by
// the build, its trimmed standard library (or the full one) and the checker wheel.
// Usage: node pyodide_node_check.mjs SITE_DIR CONFIG_JSON INPUTS_JSON  -> JSON on stdout
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [siteDir, configJson, inputsJson, fullStdlib] = process.argv.slice(2);
const CHECKED_AT_MS = 1764586427000;
const UTC_OFFSET_MINUTES = 420;
const config = JSON.parse(configJson);
const inputs = JSON.parse(await readFile(inputsJson, "utf8"));
const runtimeDir = path.join(siteDir, config.pyodide);
const { loadPyodide } = await import(pathToFileURL(path.join(runtimeDir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({
  indexURL: runtimeDir + path.sep,
  stdLibURL: fullStdlib || path.join(siteDir, config.stdlib),
  lockFileContents: { info: config.lockInfo, packages: {} },
  packages: [],
});
const wheel = new Uint8Array(await readFile(path.join(siteDir, config.wheel)));
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
pyodide.unpackArchive(wheel, "wheel", { extractDir: sitePackages });
const browser = pyodide.pyimport("checker.browser");
// A fixed moment and time zone, so the views' support summaries compare too.
const answers = inputs.map(([text, lang]) => browser.run(text, lang, CHECKED_AT_MS, UTC_OFFSET_MINUTES));
const modules = pyodide.runPython(`
import sys
sorted({module.__file__.removeprefix("/lib/python314.zip/") for module in list(sys.modules.values())
        if (getattr(module, "__file__", None) or "").startswith("/lib/python314.zip/")})
`).toJs();
process.stdout.write(JSON.stringify({ answers, modules }));
