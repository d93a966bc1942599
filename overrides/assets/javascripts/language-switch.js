// The language switch keeps the reader's place: Material writes the other language's links
// (`.md-select__link[hreflang]`) at build time, without a fragment, so going vi <-> en from
// `…/error-10/#step-find-owner` or from a checker share link (`#input=…`) would land at the top
// and lose the pasted input. Every heading id is the same in both languages, so the current
// fragment is carried over as it is. Without JavaScript the static link still opens the page.
(function () {
  "use strict";

  function carryFragment() {
    var links = document.querySelectorAll(".md-select__link[hreflang]");
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href);
      url.hash = window.location.hash;
      links[i].href = url.href;
    }
  }

  carryFragment();
  window.addEventListener("hashchange", carryFragment);
  // The checker may rewrite the fragment with history.replaceState (no hashchange): read it
  // again at the moment the reader picks a language.
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest(".md-select__link[hreflang]")) carryFragment();
  }, true);
  document.addEventListener("focusin", function (event) {
    if (event.target.closest && event.target.closest(".md-select")) carryFragment();
  });
})();
