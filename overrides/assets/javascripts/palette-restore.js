// The reader's saved colour scheme, applied before the page is painted (replaces Material's inline
// script in partials/javascripts/palette.html, which the CSP blocks). Material saves the choice
// under "<site root path>.__palette" in localStorage; the site root is two folders above this file.
// With "follow the system" saved, the palette entry whose media query matches now is used.
(function () {
  "use strict";
  var palette = null;
  try {
    var root = new URL("../..", document.currentScript.src);
    palette = JSON.parse(window.localStorage.getItem(root.pathname + ".__palette"));
  } catch (error) {
    return; // storage disabled or unreadable: the system's scheme applies
  }
  if (!palette || !palette.color) return;
  var color = palette.color;
  if (color.media === "(prefers-color-scheme)") {
    var light = window.matchMedia("(prefers-color-scheme: light)").matches;
    var input = document.querySelector("[data-md-color-media='(prefers-color-scheme: " + (light ? "light" : "dark") + ")']");
    if (input) {
      color = {
        media: input.getAttribute("data-md-color-media"),
        scheme: input.getAttribute("data-md-color-scheme"),
        primary: input.getAttribute("data-md-color-primary"),
        accent: input.getAttribute("data-md-color-accent"),
      };
    }
  }
  Object.keys(color).forEach(function (key) {
    document.body.setAttribute("data-md-color-" + key, color[key]);
  });
})();
