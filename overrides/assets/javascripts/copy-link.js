// Copy controls. Copy-link buttons under step headings (written by overrides/hooks/copy_links.py):
// a click copies the page's own address (location) with the heading's fragment and says so, visibly and
// to screen readers. Material's code-copy toolbars (`nav.md-code__nav`, made by its bundle)
// get a distinct name each, so several code blocks are not several unnamed navigation
// landmarks. One delegated listener, no inline handlers (the site's CSP forbids them).
(function () {
  "use strict";

  var status = null;
  var timers = new WeakMap();

  function announce(text) {
    if (!status) {
      status = document.createElement("p");
      status.className = "copy-link-status";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  // The address the page was opened at, not the canonical link: that one carries the build's
  // SITE_URL, which is wrong on any host the build was not made for.
  function linkTo(id) {
    var url = new URL(window.location.href);
    url.hash = id;
    return url.href;
  }

  function copyWithSelection(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "copy-link-status";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    area.remove();
    return done ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithSelection(text); });
    }
    return copyWithSelection(text);
  }

  function confirm(button) {
    var label = button.querySelector(".copy-link__text");
    if (!label) return;
    if (!button.dataset.label) button.dataset.label = label.textContent;
    label.textContent = button.dataset.copied;
    button.classList.add("copy-link--done");
    window.clearTimeout(timers.get(button));
    timers.set(button, window.setTimeout(function () {
      label.textContent = button.dataset.label;
      button.classList.remove("copy-link--done");
    }, 2000));
    announce(button.dataset.copied);
  }

  var CODE_NAV = { vi: "Thao tác với khối mã {n}", en: "Code block {n} actions" };

  function nameCodeToolbars() {
    var lang = document.documentElement.lang === "en" ? "en" : "vi";
    var navs = document.querySelectorAll("nav.md-code__nav");
    for (var i = 0; i < navs.length; i++) {
      if (!navs[i].hasAttribute("aria-label")) {
        navs[i].setAttribute("aria-label", CODE_NAV[lang].replace("{n}", String(i + 1)));
      }
    }
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { window.setTimeout(nameCodeToolbars, 0); });
  }
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      if (records[i].addedNodes.length) { nameCodeToolbars(); return; }
    }
  }).observe(document.body, { childList: true, subtree: true });

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-copy-link]");
    if (!button) return;
    var url = linkTo(button.dataset.copyLink);
    button.dataset.copiedUrl = url;
    copy(url).then(function () { confirm(button); }, function () {
      // Nothing could reach the clipboard: go to the anchor, so the address bar holds the link.
      window.location.hash = button.dataset.copyLink;
    });
  });
})();
