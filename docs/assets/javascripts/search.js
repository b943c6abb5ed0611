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

  // Pagefind's search box in `box`; order "date": newest first; a term: searched at once
  function create(box, order, term) {
    box.setAttribute("data-order", order);
    /* global PagefindUI */
    var options = {
      element: "#or-search",
      bundlePath: bundle,
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      pageSize: 5,
      debounceTimeoutMs: 30,  // a burst of keys (a paste, a quick pair) is one search
      // a statement's page is long (its quotations), a topic's short and named like the topic: neither
      // the shortness nor the title counts, so the statements that say a phrase come before the index
      // pages that name it (a statement's title is its h1, weighed with its text)
      ranking: { pageLength: 0, metaWeights: { title: 0 } },
      translations: { placeholder: "Search statements" }
    };
    if (order === "date") options.sort = { date: "desc" };
    var ui = new PagefindUI(options);
    // a name for the field, not only a placeholder (axe: label-title-only)
    var input = box.querySelector("input");
    if (input) {
      input.setAttribute("aria-label", "Search statements");
      // Pagefind's box takes the engine when the field gets focus: take it now, so that the
      // first query answers at once
      input.dispatchEvent(new Event("focus"));
    }
    if (term) {
      ui.triggerSearch(term);
      if (input) input.focus();
    }
    return ui;
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
      var ui = create(box, "relevance", "");
      // "Newest first" / "Best match": the results in date order, or by relevance. Pagefind sorts by
      // each statement's data-pagefind-sort date (index pages have none: they leave a dated list)
      new MutationObserver(function () {
        var drawer = box.querySelector(".pagefind-ui__drawer");
        if (!drawer || drawer.querySelector(".or-search__order")) return;
        var order = document.createElement("button");
        order.type = "button";
        order.className = "or-search__order md-button";
        var byDate = box.getAttribute("data-order") === "date";
        order.textContent = byDate ? "Show best match first" : "Show newest first";
        order.addEventListener("click", function () {
          var term = (box.querySelector("input") || {}).value || "";
          ui.destroy();
          // the box's end also stops Pagefind's engine, asynchronously: a box made before that is
          // done sends its search to a worker about to be stopped, and shows "Searching" for ever
          import(bundle + "pagefind.js")
            .then(function (pagefind) { return pagefind.destroy(); })
            .catch(function () {})
            .then(function () { ui = create(box, byDate ? "relevance" : "date", term); });
        });
        drawer.insertBefore(order, drawer.firstChild);
      }).observe(box, { childList: true, subtree: true });
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
