// The checker page's thin bridge: mounts the widgets of checker.md, runs the Python checker
// in a module worker (./worker.js) and renders its JSON answer as text, never as HTML.
// Configuration comes from data-* attributes of this script tag; every user-facing string
// comes from the page (the list [data-checker-strings]); results come from the engine.

const SCRIPT = document.querySelector("script[data-checker-runtime]");
// assets/javascripts/checker/checker.js -> the site root, whatever the page's language.
const SITE_ROOT = new URL("../../../", import.meta.url);
const LANG = document.documentElement.lang === "en" ? "en" : "vi";
const SHARE_KEY = "input=";

// --- page strings ---------------------------------------------------------------------

function readStrings(root) {
  const strings = {};
  for (const item of root.querySelectorAll("[data-checker-strings] [data-key]")) {
    strings[item.dataset.key] = item.textContent.trim();
  }
  return (key, values = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}

// --- the runtime: one worker per page, created as soon as the page opens ------------------

class Runtime {
  constructor(config) {
    this.config = config;
    this.state = "loading";
    this.listeners = new Set();
    this.pending = new Map();
    this.nextId = 1;
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {}); // failures are shown through listeners
    this.start();
  }

  emit(event) {
    for (const listener of this.listeners) listener(event);
  }

  fail(reason, detail = "") {
    if (this.state === "error") return;
    this.state = "error";
    clearTimeout(this.watchdog);
    if (this.worker) this.worker.terminate();
    this.failure = { type: "error", reason, detail };
    this.emit(this.failure);
    this.rejectReady(new Error(reason));
    for (const { reject } of this.pending.values()) reject(new Error(reason));
    this.pending.clear();
  }

  start() {
    if (location.protocol === "file:") return this.fail("error_file");
    if (typeof Worker === "undefined") return this.fail("error_worker");
    if (typeof WebAssembly !== "object") return this.fail("error_wasm");
    const root = (path) => new URL(path, SITE_ROOT).href;
    try {
      this.worker = new Worker(new URL(`./worker.js${new URL(import.meta.url).search}`, import.meta.url), { type: "module" });
    } catch (error) {
      return this.fail("error_worker", String(error));
    }
    // Pyodide never settles when WebAssembly is blocked: a watchdog turns that into an error.
    this.watchdog = setTimeout(() => this.fail("error_timeout"), this.config.timeout);
    this.worker.addEventListener("error", (event) => this.fail("error_load", event.message || ""));
    this.worker.addEventListener("message", (event) => this.onMessage(event.data));
    this.worker.postMessage({
      type: "start",
      config: {
        indexURL: root(this.config.pyodide),
        stdlibURL: root(this.config.stdlib),
        wheelURL: root(this.config.wheel),
        lockInfo: this.config.lockInfo,
      },
    });
  }

  onMessage(message) {
    if (message.type === "progress") {
      this.emit(message);
    } else if (message.type === "ready") {
      clearTimeout(this.watchdog);
      this.state = "ready";
      this.emit(message);
      this.resolveReady();
    } else if (message.type === "failed") {
      this.fail(/WebAssembly|wasm/i.test(message.message) ? "error_wasm" : "error_load", message.message);
    } else if (message.type === "result") {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      if ("error" in message) call.reject(new Error(message.error));
      else call.resolve(message.result);
    }
  }

  // Calls wait for the runtime, so a click or a paste before it is ready is answered as soon as it is.
  async call(op, ...args) {
    await this.ready;
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ type: "call", id, op, args });
    });
  }
}

let runtime = null;
let labelsPromise = null;
function getLabels(rt) {
  labelsPromise ||= rt.call("labels", LANG).then((json) => JSON.parse(json));
  return labelsPromise;
}

function getRuntime() {
  if (!runtime) {
    runtime = new Runtime({
      pyodide: SCRIPT.dataset.pyodide,
      stdlib: SCRIPT.dataset.stdlib,
      wheel: SCRIPT.dataset.wheel,
      lockInfo: JSON.parse(SCRIPT.dataset.lockInfo),
      timeout: Number(SCRIPT.dataset.timeout) || 60000,
    });
  }
  return runtime;
}

// --- instant feedback: the engine's own reading rules, for JSON only --------------------
// Mirrors checker/inputs.py: comment lines (// or #), HTTP status lines and the headers after
// them, request lines (with an inline body kept) are not JSON and are skipped; text that does
// not start like JSON is an error line the engine reads by itself. Only what the engine would
// reject as invalid JSON is flagged; the engine's answer replaces this note once it is ready.

const COMMENT = /^\s*(\/\/|#)/;
const STATUS = /^\s*HTTP\/\d(?:\.\d)?\s+\d{3}\b/;
const REQUEST = /^\s*(GET|POST|DELETE|PUT|PATCH)\s+(\S+)(.*)$/;
const HEADER = /^\s*[A-Za-z][A-Za-z0-9-]*:\s/;

function stripAnnotations(text) {
  let removed = false;
  let inHeaders = false;
  const lines = text.split("\n").map((line) => {
    if (inHeaders) {
      if (HEADER.test(line)) return "";
      inHeaders = false;
    }
    if (COMMENT.test(line)) return (removed = true), "";
    if (STATUS.test(line)) return (removed = true), (inHeaders = true), "";
    const request = REQUEST.exec(line);
    if (request) {
      removed = inHeaders = true;
      const rest = request[3];
      return rest.trim() ? " ".repeat(line.indexOf(rest)) + rest : "";
    }
    return line;
  });
  return { text: lines.join("\n"), removed };
}

function position(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

// Returns null when the engine would accept the JSON (or decide by itself), else {line, column}.
export function quickJsonProblem(raw) {
  const text = raw.replace(/^\ufeff/, "");
  if (!text.trim()) return null;
  const { text: cleaned, removed } = stripAnnotations(text);
  const start = cleaned.search(/\S/);
  if (start < 0) return null;
  if (!'{["-0123456789tfn'.includes(cleaned[start]) && !removed) return null;
  // Split the top-level values (the engine accepts several in a row) and parse each one.
  let depth = 0;
  let valueStart = start;
  const token = /"(?:[^"\\\n]|\\.)*"|[[\]{}]/g;
  token.lastIndex = start;
  const values = [];
  for (let match; (match = token.exec(cleaned)); ) {
    if (match[0] === "{" || match[0] === "[") {
      if (depth === 0) valueStart = match.index;
      depth += 1;
    } else if (match[0] === "}" || match[0] === "]") {
      depth -= 1;
      if (depth === 0) values.push([valueStart, match.index + 1]);
      if (depth < 0) return position(cleaned, match.index);
    }
  }
  if (depth > 0) return position(cleaned, cleaned.length);
  if (!values.length) return null; // a bare scalar: leave it to the engine
  let end = start;
  for (const [from, to] of values) {
    if (cleaned.slice(end, from).trim()) return position(cleaned, end + cleaned.slice(end, from).search(/\S/));
    try {
      JSON.parse(cleaned.slice(from, to));
    } catch (error) {
      const at = /position (\d+)/.exec(error.message);
      return position(cleaned, from + (at ? Number(at[1]) : 0));
    }
    end = to;
  }
  if (cleaned.slice(end).trim()) return position(cleaned, end + cleaned.slice(end).search(/\S/));
  return null;
}

// --- share links: the redacted input, deflated, in the URL fragment ---------------------

function toBase64Url(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  const output = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

async function encodeShare(text) {
  const bytes = new TextEncoder().encode(text);
  return SHARE_KEY + toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")));
}

async function decodeShare(hash) {
  const data = hash.replace(/^#/, "");
  if (!data.startsWith(SHARE_KEY)) return null;
  const bytes = await pipe(fromBase64Url(data.slice(SHARE_KEY.length)), new DecompressionStream("deflate-raw"));
  return new TextDecoder().decode(bytes);
}

// --- rendering (text only) ----------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child) node.append(child);
  return node;
}

function docHref(doc) {
  // The report's `doc` is site-relative ("en/troubleshooting/error-10/#steps").
  if (typeof doc !== "string" || /^[a-z]+:/i.test(doc) || doc.startsWith("//")) return null;
  return new URL(doc.replace(/^\//, ""), SITE_ROOT).href;
}

function appName(app) {
  if (!app) return "";
  const name = String(app.name ?? "");
  const id = app.id == null ? "" : String(app.id);
  return id && !name.includes(id) ? `${name} (${id})` : name || id;
}

function errorCode(error) {
  const code = error.code == null ? "?" : `#${error.code}`;
  return error.subcode == null ? code : `${code}/${error.subcode}`;
}

function format(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

// The report is exactly what `python -m checker --format json` prints; the words around it
// (verdict names, severities, input shapes) come from the engine too (labels.ui, labels.shapes).
function renderReport(report, panel, labels, t) {
  const ui = (key) => labels.ui[key] ?? key;
  const findings = Array.isArray(report.findings) ? report.findings : [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] || 0) + 1;
  const summary = `${ui("verdict")}: ${ui(`verdict_${report.verdict}`)} (${format(ui("counts"), counts)})`;
  panel.dataset.verdict = report.verdict;
  panel.append(el("h3", { class: `checker-verdict checker-verdict--${report.verdict}`, text: summary }));

  if (findings.length) {
    panel.append(el("ul", { class: "checker-findings" }, findings.map((finding) => {
      const item = el("li", { class: `checker-finding checker-finding--${finding.severity}`, "data-rule": finding.id });
      item.append(el("h4", { class: "checker-finding__title" },
        el("span", { class: "checker-finding__severity", text: `${ui(`sev_${finding.severity}`)} · ${finding.id} ` }),
        el("span", { text: finding.title })));
      if (finding.explanation) item.append(el("p", { text: finding.explanation }));
      if (Array.isArray(finding.fix) && finding.fix.length) {
        item.append(el("p", { class: "checker-finding__label", text: ui("fix") }));
        item.append(el("ol", {}, finding.fix.map((step) => el("li", { text: step }))));
      }
      const links = [[finding.doc, t("read_more")], [finding.reference, t("read_reference")]]
        .map(([doc, text]) => [docHref(doc), text])
        .filter(([href]) => href)
        .map(([href, text]) => el("li", {}, el("a", { href, text })));
      if (links.length) item.append(el("ul", { class: "checker-finding__links" }, links));
      return item;
    })));
  }

  const understood = report.understood || {};
  const none = ui("none");
  const rows = [
    ["shapes", (understood.shapes || []).map((shape) => labels.shapes[shape] ?? shape).join(", ")],
    ["channels", (understood.channels || []).map((c) => c.charAt(0).toUpperCase() + c.slice(1)).join(", ")],
    ["apps", (understood.apps || []).map(appName).join(", ")],
    ["bot", appName(understood.bot)],
    ["errors", (understood.errors || []).map(errorCode).join(", ")],
    ["requests", (understood.requests || []).join(", ")],
  ];
  const list = el("dl", { class: "checker-understood" });
  for (const [key, value] of rows) {
    if (!value && !["shapes", "channels", "apps"].includes(key)) continue;
    list.append(el("dt", { text: ui(key) }), el("dd", { text: value || none }));
  }
  panel.append(el("section", { class: "checker-understood__box" }, el("h4", { text: ui("understood") }), list));

  if (Array.isArray(report.notices) && report.notices.length) {
    panel.append(el("h4", { text: ui("notices") }));
    panel.append(el("ul", { class: "checker-notices" }, report.notices.map((notice) => el("li", { text: notice }))));
  }
  return summary;
}

function renderAnswer(answer, panel, labels, t) {
  panel.replaceChildren();
  if (answer.ok) return renderReport(answer.report || {}, panel, labels, t);
  const error = answer.input_error || {};
  panel.dataset.verdict = "input-error";
  const summary = `${labels.ui.input_error ?? ""}: ${error.message || ""}`;
  panel.append(el("h3", { class: "checker-verdict checker-verdict--input", text: summary }));
  if (error.excerpt) panel.append(el("pre", { class: "checker-excerpt", text: error.excerpt }));
  return summary;
}

// --- mounting -------------------------------------------------------------------------

function setState(widget, state) {
  widget.dataset.state = state;
}

function mount(widget) {
  widget.dataset.mounted = "true";
  const t = readStrings(widget);
  const rt = getRuntime();
  const status = widget.querySelector("[data-checker-status]");
  const progress = widget.querySelector("[data-checker-progress]");
  const stages = { runtime: 1, checker: 2, ready: 3 };

  const showStatus = (text) => {
    if (status) status.textContent = text;
  };
  const listener = (event) => {
    if (event.type === "progress") {
      if (progress) progress.value = stages[event.stage] || 0;
      showStatus(t(`loading_${event.stage}`));
    } else if (event.type === "ready") {
      if (progress) progress.value = stages.ready;
      setState(widget, "ready");
      showStatus(t("ready"));
    } else if (event.type === "error") {
      setState(widget, "error");
      if (progress) progress.hidden = true;
      showStatus(t(event.reason) + (event.detail ? ` (${event.detail})` : ""));
    }
  };
  rt.listeners.add(listener);
  if (rt.state === "ready") listener({ type: "ready" });
  if (rt.state === "error") listener(rt.failure);

  for (const box of widget.querySelectorAll("[data-checker-box]")) mountBox(box, rt, t);
}

function mountBox(box, rt, t) {
  const input = box.querySelector("[data-checker-input]");
  const note = box.querySelector("[data-checker-note]");
  const panel = box.querySelector("[data-checker-result]");
  const live = box.querySelector("[data-checker-live]");
  const form = box.querySelector("form");
  let generation = 0;

  async function check(text) {
    const mine = ++generation;
    if (rt.state === "error") return;
    if (rt.state !== "ready") {
      live.textContent = t("waiting");
      if (note && !note.textContent) note.textContent = t("waiting");
    }
    try {
      const answer = JSON.parse(await rt.call("check", text, LANG));
      const labels = await getLabels(rt);
      if (mine !== generation) return;
      if (note) note.textContent = "";
      const summary = renderAnswer(answer, panel, labels, t);
      panel.hidden = false;
      live.textContent = summary;
      box.dataset.checked = String(mine);
    } catch (error) {
      if (mine === generation) live.textContent = t("check_failed") + ` (${error.message})`;
    }
  }

  function precheck() {
    const problem = quickJsonProblem(input.value);
    note.textContent = problem ? t("invalid_json_quick", problem) : "";
    return problem;
  }

  if (input && !input.readOnly) {
    input.addEventListener("input", precheck);
    input.addEventListener("paste", () => setTimeout(() => check(input.value), 0));
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        check(input.value);
      }
    });
  }

  if (box.dataset.checkerBox === "paste") {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      precheck();
      check(input.value);
    });
    for (const button of box.querySelectorAll("[data-example]")) {
      button.addEventListener("click", async () => {
        const url = new URL(`${SCRIPT.dataset.examples}${button.dataset.example}`, SITE_ROOT);
        const response = await fetch(url);
        input.value = await response.text();
        precheck();
        check(input.value);
      });
    }
    mountShare(box, rt, t, input);
    window.addEventListener("hashchange", () => loadShared(input, precheck, check));
    loadShared(input, precheck, check);
  } else if (box.dataset.checkerBox === "form") {
    const output = box.querySelector("[data-checker-json]");
    const copy = box.querySelector("[data-checker-copy-json]");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const answers = {};
      for (const [name, value] of new FormData(form)) (answers[name] ||= []).push(String(value));
      try {
        const json = await rt.call("form", JSON.stringify(answers), LANG);
        output.value = json;
        output.closest("[data-checker-json-box]").hidden = false;
        check(json);
      } catch (error) {
        live.textContent = t("check_failed") + ` (${error.message})`;
      }
    });
    copy.addEventListener("click", () => copyText(output.value, copy, t));
  }
}

async function copyText(text, button, t) {
  const status = button.parentElement.querySelector("[data-checker-copied]");
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = t("copied");
  } catch {
    if (status) status.textContent = t("copy_manually");
  }
}

function mountShare(box, rt, t, input) {
  const button = box.querySelector("[data-checker-share]");
  const field = box.querySelector("[data-checker-share-url]");
  const wrapper = box.querySelector("[data-checker-share-box]");
  button.addEventListener("click", async () => {
    if (!input.value.trim()) {
      box.querySelector("[data-checker-note]").textContent = t("empty");
      return;
    }
    const redacted = await rt.call("redact", input.value);
    const url = new URL(location.href);
    url.hash = await encodeShare(redacted);
    field.value = url.href;
    wrapper.hidden = false;
    field.select();
    await copyText(url.href, button, t);
  });
}

async function loadShared(input, precheck, check) {
  let text = null;
  try {
    text = await decodeShare(location.hash);
  } catch {
    text = null;
  }
  if (text === null) return;
  input.value = text;
  precheck();
  check(text);
}

// This module runs async from <head>: start the runtime at once, mount the widgets once the
// page has been parsed.
if (SCRIPT) {
  getRuntime();
  const mountAll = () => {
    for (const widget of document.querySelectorAll("[data-checker]")) mount(widget);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll, { once: true });
  else mountAll();
}
