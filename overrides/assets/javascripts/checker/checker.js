// The checker page's thin bridge: mounts the widgets of checker.md, runs the Python checker
// in a module worker (./worker.js) and lays out its answer as text, never as HTML.
// Configuration comes from data-* attributes of this script tag; every user-facing string
// comes from the page (the list [data-checker-strings]); results come from the engine.
// The main thread does nothing that grows with the input beyond handing it to the worker
// (and, on request, compressing it into a share link).

const SCRIPT = document.querySelector("script[data-checker-runtime]");
// assets/javascripts/checker/checker.js -> the site root, whatever the page's language; the
// page's own origin, never a build-time SITE_URL.
const SITE_ROOT = new URL("../../../", import.meta.url);
const LANG = document.documentElement.lang === "en" ? "en" : "vi";

// --- page strings ---------------------------------------------------------------------

function readStrings(root) {
  const strings = {};
  for (const item of root.querySelectorAll("[data-checker-strings] [data-key]")) {
    strings[item.dataset.key] = item.textContent.trim();
  }
  // A missing key falls back to the generic failure sentence, never to the key itself.
  return (key, values = {}) =>
    (strings[key] ?? strings.check_failed ?? "").replace(/\{(\w+)\}/g,
      (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}

const NUMBER = new Intl.NumberFormat(LANG === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const megabytes = (bytes) => NUMBER.format(bytes / 1_000_000);

// --- the runtime: one worker per page, replaced when it fails a check --------------------

class CheckFailure extends Error {
  constructor(code) {
    super(code);
    this.code = code; // a page string key: check_deadline, check_crashed, error_…
  }
}

class Runtime {
  constructor(config) {
    this.config = config;
    this.listeners = new Set();
    this.pending = new Map();
    this.nextId = 1;
    this.queue = Promise.resolve();
    this.last = null; // the latest loading event, replayed to widgets that mount later
    this.start();
  }

  emit(event) {
    this.last = event;
    for (const listener of this.listeners) listener(event);
  }

  listen(listener) {
    this.listeners.add(listener);
    if (this.last) listener(this.last);
  }

  start() {
    this.state = "loading";
    this.failure = null;
    this.ready = new Promise((resolve, reject) => {
      this.resolveReady = resolve;
      this.rejectReady = reject;
    });
    this.ready.catch(() => {}); // failures are shown through listeners
    if (location.protocol === "file:") return this.fail("error_file");
    if (typeof Worker === "undefined") return this.fail("error_worker");
    if (typeof WebAssembly !== "object") return this.fail("error_wasm");
    const root = (path) => new URL(path, SITE_ROOT).href;
    let worker;
    try {
      worker = new Worker(new URL(`./worker.js${new URL(import.meta.url).search}`, import.meta.url), { type: "module" });
    } catch (error) {
      console.warn("checker worker:", error);
      return this.fail("error_worker");
    }
    this.worker = worker;
    // Messages of a replaced worker are ignored.
    worker.addEventListener("error", (event) => worker === this.worker && this.onWorkerError(event));
    worker.addEventListener("message", (event) => worker === this.worker && this.onMessage(event.data));
    this.emit({ type: "progress", stage: "start" });
    this.armWatchdog();
    const sizes = {};
    for (const [path, size] of Object.entries(this.config.sizes)) sizes[root(path)] = size;
    worker.postMessage({
      type: "start",
      config: {
        indexURL: root(this.config.pyodide),
        stdlibURL: root(this.config.stdlib),
        wheelURL: root(this.config.wheel),
        lockInfo: this.config.lockInfo,
        sizes,
      },
    });
  }

  // While loading, the watchdog fires only when nothing has arrived for a long while: a slow
  // network that keeps delivering bytes is never cut off. Pyodide never settles when
  // WebAssembly is blocked: the same watchdog turns that into an error.
  // Once every byte is in, only the CPU works (compiling WebAssembly, starting Python), with no
  // message for a while on a slow or busy phone: that phase gets a longer wait.
  armWatchdog(ms = this.config.idleTimeout) {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => this.fail("error_timeout"), ms);
  }

  fail(reason, detail = "") {
    if (this.state === "error") return;
    if (detail) console.warn(`checker: ${reason}: ${detail}`);
    this.state = "error";
    clearTimeout(this.watchdog);
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.failure = { type: "error", reason };
    this.rejectReady(new CheckFailure(reason));
    this.rejectPending(reason);
    this.emit(this.failure);
  }

  rejectPending(code) {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new CheckFailure(code));
    }
    this.pending.clear();
  }

  // A check that overran its deadline, or a worker that died: end it, answer the waiting
  // call with the reason, and start a fresh worker at once (the browser's cache serves its
  // files), so the next check works without a reload.
  recover(code) {
    if (this.state !== "ready") return;
    this.worker.terminate();
    this.worker = null;
    this.rejectPending(code);
    this.emit({ type: "restarting", reason: code });
    this.start();
  }

  onWorkerError(event) {
    event.preventDefault();
    if (this.state === "ready") this.recover("check_crashed");
    else this.fail("error_load", event.message || "");
  }

  onMessage(message) {
    if (message.type === "progress") {
      const downloaded = message.stage === "checker" || (message.stage === "download" && message.total > 0 && message.done >= message.total);
      this.armWatchdog(downloaded ? STARTUP_WAIT_FACTOR * this.config.idleTimeout : this.config.idleTimeout);
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
      clearTimeout(call.timer);
      this.pending.delete(message.id);
      if ("error" in message) {
        console.warn("checker call failed:", message.error);
        call.reject(new CheckFailure("check_failed"));
      } else call.resolve(message.result);
    }
  }

  // Calls wait for the runtime (a click before it is ready is answered as soon as it is) and
  // run one at a time, each with its own deadline from the moment the worker receives it.
  call(op, ...args) {
    const run = async () => {
      await this.ready;
      return new Promise((resolve, reject) => {
        const id = this.nextId++;
        const timer = setTimeout(() => this.recover("check_deadline"), this.config.checkTimeout);
        this.pending.set(id, { resolve, reject, timer });
        this.worker.postMessage({ type: "call", id, op, args });
      });
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => {});
    return result;
  }
}

let runtime = null;
function getRuntime() {
  runtime ||= new Runtime({
    pyodide: SCRIPT.dataset.pyodide,
    stdlib: SCRIPT.dataset.stdlib,
    wheel: SCRIPT.dataset.wheel,
    lockInfo: JSON.parse(SCRIPT.dataset.lockInfo),
    sizes: JSON.parse(SCRIPT.dataset.sizes || "{}"),
    idleTimeout: Number(SCRIPT.dataset.idleTimeout) || 30000,
    checkTimeout: Number(SCRIPT.dataset.checkTimeout) || 10000,
  });
  return runtime;
}

// --- share links: the redacted input, deflated, in the URL fragment ---------------------
// #input=v1.<base64url of raw deflate>. Links made before the version prefix existed
// (#input=<base64url>) use the same encoding and are still read. A dot never occurs in
// base64url, so the two cannot be confused.

const STARTUP_WAIT_FACTOR = 4; // the CPU-only start-up may take this many idle timeouts
const SHARE_KEY = "input=";
const SHARE_VERSION = "v1.";
const FEED_BYTES = 1024; // deflate expands at most ~1,000×: 1 KB in gives at most ~1 MB out

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function encodeShare(text) {
  const stream = new Blob([new TextEncoder().encode(text)]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return SHARE_KEY + SHARE_VERSION + toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

// Inflates `bytes`, feeding the decompressor small pieces and stopping as soon as the output
// passes `limit`: a small link that would inflate to gigabytes costs at most the limit.
async function inflateCapped(bytes, limit) {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let closing = false; // all bytes were accepted: an error now means the data stops short
  const feeding = (async () => {
    for (let i = 0; i < bytes.length; i += FEED_BYTES) {
      await writer.ready;
      await writer.write(bytes.subarray(i, i + FEED_BYTES));
    }
    closing = true;
    await writer.close();
  })();
  feeding.catch(() => {}); // a corrupt stream also fails the reader, which says so
  const chunks = [];
  let size = 0;
  for (;;) {
    let next;
    try {
      next = await reader.read();
    } catch {
      return { error: closing ? "share_truncated" : "share_malformed" };
    }
    const { done, value } = next;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      writer.abort().catch(() => {});
      return { error: "share_too_large" };
    }
    chunks.push(value);
  }
  await feeding;
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes: all };
}

// null when the fragment is not a share link; else {text} or {error: page string key}.
async function decodeShare(hash, limit) {
  const data = hash.replace(/^#/, "");
  if (!data.startsWith(SHARE_KEY)) return null;
  let payload = data.slice(SHARE_KEY.length);
  const version = /^v(\d+)\./.exec(payload);
  if (version) {
    if (`v${version[1]}.` !== SHARE_VERSION) return { error: "share_version" };
    payload = payload.slice(version[0].length);
  }
  if (!payload || !/^[A-Za-z0-9_-]+$/.test(payload)) return { error: "share_malformed" };
  let bytes;
  try {
    bytes = fromBase64Url(payload);
  } catch {
    return { error: "share_malformed" };
  }
  let inflated;
  try {
    inflated = await inflateCapped(bytes, limit);
  } catch {
    return { error: "share_malformed" };
  }
  if (inflated.error) return inflated;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(inflated.bytes) };
  } catch {
    return { error: "share_malformed" };
  }
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

const KINDS = new Set(["error", "warning", "info", "ok", "input-error"]);
const kind = (value) => (KINDS.has(value) ? value : "unknown");

function docHref(doc) {
  // Site-relative ("en/troubleshooting/error-10/#steps"), resolved against the page's own site.
  if (typeof doc !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(doc) || doc.startsWith("//")) return null;
  return new URL(doc.replace(/^\//, ""), SITE_ROOT).href;
}

const list = (value) => (Array.isArray(value) ? value : []);

// The report view of checker.browser.run: every word is already in the reader's language;
// this only lays it out, field by field, as text.
function renderView(view, panel, t) {
  panel.dataset.verdict = kind(view.verdict);
  const heading = el("h3", { class: `checker-verdict checker-verdict--${kind(view.verdict)}`, text: view.summary });
  panel.append(heading);
  if (view.excerpt) panel.append(el("pre", { class: "checker-excerpt", text: view.excerpt }));
  if (view.support_summary) {
    // On the verdict: what to send to support, in one press (the text itself is at the end).
    const button = el("button", { type: "button", class: "md-button checker-support__copy", text: t("copy_support") });
    const copied = el("span", { class: "checker__copied", "data-checker-copied": true, "aria-live": "polite" });
    button.addEventListener("click", () => copyText(view.support_summary, button, t));
    panel.append(el("p", { class: "checker-support" }, button, " ", copied));
  }
  const findings = list(view.findings);
  if (findings.length) {
    panel.append(el("ul", { class: "checker-findings" }, findings.map((finding) => {
      const item = el("li", { class: `checker-finding checker-finding--${kind(finding.severity)}`, "data-rule": finding.id });
      // The title first for shop owners; the severity and rule id after it, small.
      item.append(el("h4", { class: "checker-finding__title" },
        el("span", { text: finding.title }), " ",
        el("small", { class: "checker-finding__id" },
          el("span", { class: "checker-finding__severity", text: finding.severity_label }), " · ",
          el("span", { class: "checker-finding__rule", text: finding.id }))));
      if (finding.explanation) item.append(el("p", { class: "checker-finding__explanation", text: finding.explanation }));
      const fix = list(finding.fix);
      if (fix.length) {
        item.append(el("p", { class: "checker-finding__label", text: finding.fix_label }));
        item.append(el("ol", { class: "checker-finding__fix" }, fix.map((step) => el("li", { text: step }))));
      }
      // A link the page could not resolve safely (another scheme or host) is left out.
      const links = list(finding.links)
        .map((link) => [docHref(link && link.href), link && link.text])
        .filter(([href, text]) => href && text)
        .map(([href, text]) => el("li", {}, el("a", { href, text })));
      if (links.length) item.append(el("ul", { class: "checker-finding__links" }, links));
      return item;
    })));
  }
  const understood = view.understood || {};
  const rows = list(understood.rows);
  if (rows.length) {
    const dl = el("dl", { class: "checker-understood" });
    for (const row of rows) dl.append(el("dt", { text: row.label }), el("dd", { text: row.value }));
    panel.append(el("section", { class: "checker-understood__box" }, el("h4", { text: understood.title }), dl));
  }
  const notices = view.notices || {};
  if (list(notices.items).length) {
    panel.append(el("section", { class: "checker-notices__box" }, el("h4", { text: notices.title }),
      el("ul", { class: "checker-notices" }, notices.items.map((notice) => el("li", { text: notice })))));
  }
  if (view.support_summary) {
    // What the support button copies, readable (and selectable when copying is refused).
    panel.append(el("details", { class: "checker-support__preview" }, el("summary", { text: t("support_preview") }),
      el("pre", { class: "checker-support__text", text: view.support_summary })));
  }
  return heading;
}

// The moment of a check on the reader's clock, for the support summary: [ms since the epoch,
// minutes east of UTC]. Python writes it out.
const checkTime = () => {
  const now = new Date();
  return [now.getTime(), -now.getTimezoneOffset()];
};

// --- mounting -------------------------------------------------------------------------

function mount(widget) {
  widget.dataset.mounted = "true";
  const t = readStrings(widget);
  const rt = getRuntime();
  const status = widget.querySelector("[data-checker-status]");
  const progress = widget.querySelector("[data-checker-progress]");
  let restarting = null;

  const showStatus = (text) => {
    if (status) status.textContent = text;
  };
  rt.listen((event) => {
    if (event.type === "restarting") {
      restarting = event.reason;
      widget.dataset.state = "loading";
      showStatus(t("restarting"));
    } else if (event.type === "progress") {
      widget.dataset.state = "loading";
      if (event.stage === "download" && event.total > 0) {
        if (progress) {
          progress.max = event.total;
          progress.value = Math.min(event.done, event.total);
        }
        if (restarting) return; // the files come from the cache: no need for a byte count
        const share = Math.floor((100 * event.done) / event.total);
        showStatus(event.done >= event.total ? t("loading_start")
          : t("loading_download", { done: megabytes(event.done), total: megabytes(event.total), percent: share }));
      } else if (event.stage === "checker") {
        if (!restarting) showStatus(t("loading_checker"));
      }
    } else if (event.type === "ready") {
      widget.dataset.state = "ready";
      showStatus(t(restarting ? "restarted" : "ready"));
      restarting = null;
    } else if (event.type === "error") {
      widget.dataset.state = "error";
      showStatus(t(event.reason, { seconds: Math.round(rt.config.idleTimeout / 1000) }));
    }
  });

  for (const box of widget.querySelectorAll("[data-checker-box]")) mountBox(box, rt, t);
}

// The message line next to the control the reader used.
function messageFor(control, box) {
  const group = control && control.closest("[data-checker-actions]");
  return (group || box).querySelector("[data-checker-message]");
}

function mountBox(box, rt, t) {
  const input = box.querySelector("[data-checker-input]");
  const note = box.querySelector("[data-checker-note]");
  const panel = box.querySelector("[data-checker-result]");
  const live = box.querySelector("[data-checker-live]");
  const form = box.querySelector("form");
  const messages = [...box.querySelectorAll("[data-checker-message]")];
  let generation = 0;

  const say = (where, text) => {
    for (const message of messages) if (message !== where) message.textContent = "";
    if (where) where.textContent = text;
  };

  function showFailure(code) {
    panel.replaceChildren(el("p", { class: "checker-failure", role: "alert",
      text: t(code, { seconds: Math.round(rt.config.checkTimeout / 1000) }) }));
    panel.dataset.verdict = "failed";
    panel.hidden = false;
    live.textContent = "";
  }

  // `control`: the button (or text box) the reader used; `focus`: move focus to the verdict.
  async function check(text, control, { focus = true } = {}) {
    const mine = ++generation;
    const message = messageFor(control, box);
    if (rt.state === "error") {
      say(message, t(rt.failure.reason, { seconds: Math.round(rt.config.idleTimeout / 1000) }));
      return;
    }
    say(message, rt.state === "ready" ? "" : t("waiting"));
    try {
      const answer = JSON.parse(await rt.call("run", text, LANG, ...checkTime()));
      if (mine !== generation) return;
      say(null, "");
      panel.replaceChildren();
      const heading = renderView(answer.view, panel, t);
      panel.hidden = false;
      live.textContent = heading.textContent;
      box.dataset.checked = String(mine);
      // The verdict in view, announced; focus moves there after a press, not after a paste.
      heading.tabIndex = -1;
      if (focus) heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: "start" });
    } catch (error) {
      if (mine !== generation) return;
      const code = error instanceof CheckFailure ? error.code : "check_failed";
      if (!(error instanceof CheckFailure)) console.warn("checker:", error);
      say(null, "");
      // Never a previous verdict under a failure: the panel holds only the failure.
      showFailure(code);
      box.dataset.failed = String(mine);
      panel.scrollIntoView({ block: "nearest" });
    }
  }

  if (input && !input.readOnly) {
    input.addEventListener("paste", () => setTimeout(() => check(input.value, input, { focus: false }), 0));
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        check(input.value, box.querySelector("button[type=submit]"));
      }
    });
  }

  if (box.dataset.checkerBox === "paste") {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      // Even an empty box goes to the engine: its message is the one source of that word.
      check(input.value, event.submitter || box.querySelector("button[type=submit]"));
    });
    for (const button of box.querySelectorAll("[data-example]")) {
      button.addEventListener("click", async () => {
        const url = new URL(`${SCRIPT.dataset.examples}${button.dataset.example}`, SITE_ROOT);
        try {
          const response = await fetch(url);
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          input.value = await response.text();
        } catch (error) {
          console.warn("checker example:", error);
          say(messageFor(button, box), t("example_failed"));
          return;
        }
        note.textContent = "";
        check(input.value, button);
      });
    }
    mountShare(box, rt, t, input, say);
    const limit = Number(SCRIPT.dataset.maxBytes);
    const loadShared = async () => {
      const shared = await decodeShare(location.hash, limit);
      if (shared === null) return;
      if (shared.error) {
        // The reason, next to the (empty) paste box, in the reader's language.
        note.textContent = t(shared.error, { limit: Math.round(limit / 1048576) });
        return;
      }
      note.textContent = "";
      input.value = shared.text;
      check(shared.text, input, { focus: false });
    };
    window.addEventListener("hashchange", loadShared);
    loadShared();
  } else if (box.dataset.checkerBox === "form") {
    const output = box.querySelector("[data-checker-json]");
    const copy = box.querySelector("[data-checker-copy-json]");
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = event.submitter || form.querySelector("button[type=submit]");
      const message = messageFor(button, box);
      if (rt.state === "error") {
        say(message, t(rt.failure.reason));
        return;
      }
      say(message, rt.state === "ready" ? "" : t("waiting"));
      const answers = {};
      for (const [name, value] of new FormData(form)) (answers[name] ||= []).push(String(value));
      try {
        const json = await rt.call("form", JSON.stringify(answers), LANG);
        output.value = json;
        output.closest("[data-checker-json-box]").hidden = false;
        check(json, button);
      } catch (error) {
        say(null, "");
        showFailure(error instanceof CheckFailure ? error.code : "check_failed");
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

function mountShare(box, rt, t, input, say) {
  const button = box.querySelector("[data-checker-share]");
  const field = box.querySelector("[data-checker-share-url]");
  const wrapper = box.querySelector("[data-checker-share-box]");
  const warning = box.querySelector("[data-checker-share-warning]");
  const copyInstead = box.querySelector("[data-checker-copy-text]");
  const warnAt = Number(wrapper.dataset.warnLength) || 2000;
  let redacted = "";
  copyInstead.addEventListener("click", () => copyText(redacted, copyInstead, t));
  button.addEventListener("click", async () => {
    const message = messageFor(button, box);
    if (!input.value.trim()) {
      say(message, t("empty"));
      return;
    }
    if (rt.state === "error") {
      say(message, t(rt.failure.reason));
      return;
    }
    say(message, rt.state === "ready" ? "" : t("waiting"));
    try {
      redacted = await rt.call("redact", input.value);
    } catch (error) {
      say(message, t(error instanceof CheckFailure ? error.code : "check_failed",
        { seconds: Math.round(rt.config.checkTimeout / 1000) }));
      return;
    }
    say(message, "");
    // The address this page was opened at, never a build-time site address.
    const url = new URL(location.href);
    url.hash = await encodeShare(redacted);
    field.value = url.href;
    wrapper.hidden = false;
    const long = url.href.length > warnAt;
    warning.hidden = !long;
    if (long) {
      warning.querySelector("[data-checker-share-warning-text]").textContent =
        t("share_long", { length: url.href.length.toLocaleString(LANG), limit: warnAt.toLocaleString(LANG) });
    }
    field.select();
    await copyText(url.href, button, t);
  });
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
