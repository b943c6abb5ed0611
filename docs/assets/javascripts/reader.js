/* On Record: small aids for the reader, none needed to read a page.
 *
 * - the menu marks the section a generated page belongs to (statement and timeline pages under
 *   Timeline, topic pages under Topics, speaker pages under Speakers): they are kept out of the
 *   nav (mkdocs.yml, not_in_nav), so Material marks nothing for them;
 * - each quotation's "Copy link" button (hidden without this script, so it takes no Tab stop)
 *   copies the address of that quotation.
 * Nothing here reads page text as code: only the address and data-* attributes we wrote.
 */
(function () {
  "use strict";

  var SECTIONS = { statements: "timeline/", timeline: "timeline/", topics: "topics/", speakers: "speakers/" };

  function siteRoot() {
    // the logo links to the home page: the top of the site, wherever it is served
    var logo = document.querySelector("a.md-logo");
    return logo ? new URL(logo.getAttribute("href"), window.location.href) : null;
  }

  function markSection() {
    var root = siteRoot();
    if (!root || window.location.href.indexOf(root.href) !== 0) return;
    var first = window.location.pathname.slice(root.pathname.length).split("/")[0];
    var target = SECTIONS[first];
    if (!target) return;
    var want = new URL(target, root).pathname;
    document.querySelectorAll(".md-nav--primary .md-nav__link, .md-tabs__link").forEach(function (a) {
      var href = a.getAttribute("href");
      if (!href || new URL(href, window.location.href).pathname !== want) return;
      a.classList.add("md-nav__link--active", "or-section-active");
      a.setAttribute("aria-current", "true");
    });
  }

  function copyButtons() {
    document.querySelectorAll("button.or-copy-link[data-anchor]").forEach(function (button) {
      if (!navigator.clipboard) return;  // stays hidden: the link beside it still works
      button.hidden = false;
      button.addEventListener("click", function () {
        var address = new URL(window.location.href);
        address.search = "";
        address.hash = button.getAttribute("data-anchor");
        navigator.clipboard.writeText(address.href).then(function () {
          button.textContent = "Link copied";
        }, function () {
          button.textContent = "Copy failed";
        });
      });
    });
  }

  function init() {
    markSection();
    copyButtons();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
