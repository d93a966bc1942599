// Search starts when the reader first reaches for it, not on every page load. Material's bundle
// asks for the search index (`search/search_index.json`, 337 KB, 62 KB brotli) and starts its
// search worker as soon as a page opens; most readers never search. Loaded before the bundle,
// this holds that one request back, and creates the worker only when the bundle first talks
// to it, until the reader focuses or taps the search field, presses a search shortcut
// (f, s, /), or arrives from a search result (`?h=` highlights the words found). Every other
// request and worker goes through untouched. Without JavaScript there is no search at all,
// as before. `<html data-search>` says how far it got: "wanted", then "ready".
(function () {
  "use strict";

  var INDEX = /\/search\/search_index\.json(?:[?#]|$)/;
  var WORKER = /\/assets\/javascripts\/workers\/search\.[0-9a-f]+\.min\.js(?:[?#]|$)/;
  var wanted = false;
  var waiting = [];

  function want() {
    if (wanted) return;
    wanted = true;
    document.documentElement.setAttribute("data-search", "wanted");
    var queued = waiting;
    waiting = [];
    for (var i = 0; i < queued.length; i++) queued[i]();
  }

  // The index: Material fetches it with XMLHttpRequest; its send() waits until search is wanted.
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = INDEX.test(new URL(String(url), document.baseURI).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.__searchIndex || wanted) return send.apply(this, arguments);
    var request = this, args = arguments;
    waiting.push(function () { send.apply(request, args); });
  };

  // The worker: a stand-in that starts the real one on the first message (the index, once loaded).
  var RealWorker = window.Worker;
  if (RealWorker && window.EventTarget) {
    var LazySearchWorker = function (url, options) {
      var target = new EventTarget();
      var real = null;
      target.postMessage = function (message, transfer) {
        if (!real) {
          real = new RealWorker(url, options);
          real.addEventListener("message", function (event) {
            // The worker's first answer says its index is built: a state tests can wait on.
            document.documentElement.setAttribute("data-search", "ready");
            target.dispatchEvent(new MessageEvent("message", { data: event.data }));
          });
          real.addEventListener("error", function () { target.dispatchEvent(new Event("error")); });
        }
        real.postMessage(message, transfer);
      };
      target.terminate = function () { if (real) real.terminate(); };
      return target;
    };
    window.Worker = function (url, options) {
      if (WORKER.test(new URL(String(url), document.baseURI).pathname)) return LazySearchWorker(url, options);
      return new RealWorker(url, options);
    };
    window.Worker.prototype = RealWorker.prototype;
  }

  function editable(element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  }

  if (new URLSearchParams(window.location.search).has("h")) want();
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-search")) want();
  });
  document.addEventListener("pointerdown", function (event) {
    if (event.target.closest && event.target.closest("label[for='__search'], .md-search")) want();
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target.id === "__search" && event.target.checked) want();
  });
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || editable(event.target)) return;
    if (event.key === "f" || event.key === "s" || event.key === "/") want();
  }, true);
})();
