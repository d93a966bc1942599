// A classic script beside the checker's module script, for the cases where that module can
// never run and so cannot explain itself: a page opened from a file (file:// blocks module
// scripts and workers) or a module script that did not load at all.
(function () {
  var widget = document.querySelector("[data-checker]");
  if (!widget) return;
  function fail(key) {
    if (widget.getAttribute("data-mounted") === "true" && key !== "error_file") return;
    var text = widget.querySelector('[data-checker-strings] [data-key="' + key + '"]');
    var status = widget.querySelector("[data-checker-status]");
    widget.setAttribute("data-state", "error");
    if (text && status) status.textContent = text.textContent;
  }
  if (location.protocol === "file:") return fail("error_file");
  window.addEventListener("load", function () {
    setTimeout(function () { fail("error_load"); }, 10000);
  });
})();
