/* On Record: search with Pagefind, in Material's header.
 *
 * The index is built after MkDocs (build_scripts/hook.py runs Pagefind over the site) and
 * split into small pieces: a query fetches only the pieces it needs, so search stays quick
 * however many statements there are.
 * Results are rendered by Pagefind's own UI, from text it indexed: no source text runs as code.
 */
(function () {
  "use strict";

  var here = document.currentScript && document.currentScript.src;
  if (!here) return;
  var bundle = new URL("../../pagefind/", here);
  // "//" in a path would read as another host to Pagefind's loader: never let it fetch off this site
  bundle.pathname = bundle.pathname.replace(/\/{2,}/g, "/");
  bundle = bundle.href;

  // Start Pagefind's engine (its worker, its WebAssembly, the index's table of contents) while the
  // page is still being read: the hook loads this script from <head>, asynchronously. The search
  // box below imports the same module, so it finds the engine ready.
  import(bundle + "pagefind.js").then(function (pagefind) { return pagefind.init(); }).catch(function () {});

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement(tag);
      Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  function mount() {
    var header = document.querySelector(".md-header__inner");
    if (!header || header.querySelector(".or-search")) return;
    var box = document.createElement("div");
    box.className = "or-search";
    box.id = "or-search";
    box.setAttribute("role", "search");
    var source = header.querySelector(".md-header__source");
    header.insertBefore(box, source || null);
    Promise.all([
      load("link", { rel: "stylesheet", href: bundle + "pagefind-ui.css" }),
      load("script", { src: bundle + "pagefind-ui.js" })
    ]).then(function () {
      /* global PagefindUI */
      new PagefindUI({
        element: "#or-search",
        bundlePath: bundle,
        showImages: false,
        showSubResults: false,
        resetStyles: false,
        pageSize: 5,
        debounceTimeoutMs: 30,  // a burst of keys (a paste, a quick pair) is one search
        translations: { placeholder: "Search statements" }
      });
      // a name for the field, not only a placeholder (axe: label-title-only)
      var input = box.querySelector("input");
      if (input) {
        input.setAttribute("aria-label", "Search statements");
        // Pagefind's box takes the engine when the field gets focus: take it now, so that the
        // first query answers at once
        input.dispatchEvent(new Event("focus"));
      }
      // Escape closes the results
      box.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") return;
        var clear = box.querySelector(".pagefind-ui__search-clear");
        if (clear) clear.click();
      });
    }).catch(function () {
      box.remove();  // no index (a preview before its first full build): no search box
    });
  }

  // "/" focuses the search box, as in Material's own search; not while typing in a field
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var input = document.querySelector(".or-search input");
    if (!input) return;
    event.preventDefault();
    input.focus();
  });

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
