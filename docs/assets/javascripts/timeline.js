/* On Record: the timeline's filter by topic, speaker and year, with its state in the address.
 *
 * Works on any page with a form.or-filter (the generated timeline pages). Each statement
 * is an li.or-entry whose data-topics, data-speakers and data-year hold ids and slugs;
 * headings with the class or-group hide when none of their statements is shown.
 * Without JavaScript the form stays hidden and the full list is there as it is.
 * Nothing here reads page text as code: only data-* attributes and the query string.
 */
(function () {
  "use strict";

  var FIELDS = ["topic", "speaker", "year"];
  var ATTRIBUTE = { topic: "topics", speaker: "speakers", year: "year" };

  function values(element, field) {
    var value = element.getAttribute("data-" + ATTRIBUTE[field]) || "";
    return value.split(/\s+/).filter(Boolean);
  }

  function level(element) {
    var match = /^H([1-6])$/.exec(element.tagName);
    return match ? Number(match[1]) : 0;
  }

  // the statements under a heading: everything up to the next heading of its level or above
  function entriesUnder(heading) {
    var found = [];
    var own = level(heading);
    for (var el = heading.nextElementSibling; el; el = el.nextElementSibling) {
      var other = level(el);
      if (other && other <= own) break;
      if (el.matches("li.or-entry")) found.push(el);
      Array.prototype.push.apply(found, el.querySelectorAll("li.or-entry"));
    }
    return found;
  }

  function init() {
    var form = document.querySelector("form.or-filter");
    if (!form || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "true");
    var scope = form.closest("article") || document.body;
    var entries = Array.prototype.slice.call(scope.querySelectorAll("li.or-entry"));
    var groups = Array.prototype.slice.call(scope.querySelectorAll(".or-group")).map(function (heading) {
      return { heading: heading, entries: entriesUnder(heading) };
    });
    var lists = Array.prototype.slice.call(scope.querySelectorAll("ul, ol")).filter(function (list) {
      return list.querySelector(":scope > li.or-entry");
    });
    var status = form.querySelector(".or-filter__status");
    // a page of a split timeline filters its own statements; the other pages keep the filter when opened
    var onePage = form.hasAttribute("data-one-page") ? " on this page" : "";
    var fields = FIELDS.filter(function (field) { return !!form.elements[field]; });
    // links to the other pages of the timeline carry the filter with them
    var keepLinks = Array.prototype.slice.call(scope.querySelectorAll("a.or-keep-filter"));
    keepLinks.forEach(function (a) { a.setAttribute("data-base", a.getAttribute("href")); });

    function allowed(field, value) {
      var select = form.elements[field];
      return !!select && Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    }

    function readAddress() {
      var params = new URLSearchParams(window.location.search);
      var state = {};
      fields.forEach(function (field) {
        var value = params.get(field) || "";
        if (value && onePage && !allowed(field, value) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
          // a topic or speaker with nothing on this page of a split timeline: the filter stays
          // (and travels on to the other pages), and this page says that nothing here matches
          var option = document.createElement("option");
          option.value = value;
          option.textContent = value.replace(/-/g, " ") + " (none on this page)";
          form.elements[field].appendChild(option);
        }
        state[field] = allowed(field, value) ? value : "";
      });
      return state;
    }

    function readForm() {
      var state = {};
      fields.forEach(function (field) { state[field] = form.elements[field].value; });
      return state;
    }

    function query(state) {
      var params = new URLSearchParams(window.location.search);
      fields.forEach(function (field) {
        if (state[field]) params.set(field, state[field]); else params.delete(field);
      });
      var text = params.toString();
      return text ? "?" + text : "";
    }

    function apply(state, remember) {
      var shown = 0;
      entries.forEach(function (li) {
        var match = fields.every(function (field) {
          return !state[field] || values(li, field).indexOf(state[field]) !== -1;
        });
        li.hidden = !match;
        if (match) shown += 1;
      });
      groups.forEach(function (group) {
        group.heading.hidden = !group.entries.some(function (li) { return !li.hidden; });
      });
      lists.forEach(function (list) {
        list.hidden = !list.querySelector(":scope > li.or-entry:not([hidden])");
      });
      fields.forEach(function (field) { form.elements[field].value = state[field]; });
      var filtered = fields.some(function (field) { return state[field]; });
      status.textContent = !filtered ? "Showing all " + entries.length + " statements" + onePage + "."
        : shown === 0 ? "No statement" + onePage + " matches these filters."
        : "Showing " + shown + " of " + entries.length + " statements" + onePage + ".";
      var search = query(state);
      keepLinks.forEach(function (a) {
        var target = new URL(a.getAttribute("data-base"), window.location.href);
        target.search = search;
        a.setAttribute("href", target.pathname + target.search);
      });
      // a change of filter is a step the reader can take back: Back undoes it (popstate below)
      if (remember && search !== window.location.search) {
        window.history.pushState({ orFilter: true }, "", window.location.pathname + search + window.location.hash);
      }
    }

    form.addEventListener("change", function () { apply(readForm(), true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function (event) {
      event.preventDefault();
      apply({ topic: "", speaker: "", year: "" }, true);
    });
    window.addEventListener("popstate", function () { apply(readAddress(), false); });
    form.hidden = false;
    apply(readAddress(), false);
  }

  // Material's document$ announces every page, with or without its instant navigation
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
