/* On Record: the timeline's filter by topic, speaker and year, with its state in the address.
 *
 * Works on any page with a form.or-filter (the generated timeline pages). Each statement
 * is an li.or-entry whose data-topics, data-speakers and data-year hold ids and slugs;
 * headings with the class or-group hide when none of their statements is shown.
 * Without JavaScript the form stays hidden and the full list is there as it is.
 * A page of a split timeline (form[data-index]) filters every statement, not only its own: it
 * fetches the filter file of the chosen value with the fewest statements (filters/<field>/<value>.json,
 * written by build_scripts/filters.py), keeps the rows that match the other values, and lists them
 * in place of the page's own list, with links to their pages.
 * Nothing here reads page text as code: only data-* attributes, the query string and JSON, set as text.
 */
(function () {
  "use strict";

  var FIELDS = ["topic", "speaker", "year"];
  var ATTRIBUTE = { topic: "topics", speaker: "speakers", year: "year" };

  function values(element, field) {
    var value = element.getAttribute("data-" + ATTRIBUTE[field]) || "";
    return value.split(/\s+/).filter(Boolean);
  }

  // how many statements an entry stands for: the reports of one statement are one entry
  function weight(li) {
    return Number(li.getAttribute("data-reports")) || 1;
  }

  function sum(lis) {
    return Array.prototype.reduce.call(lis, function (n, li) { return n + weight(li); }, 0);
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

  var CHUNK = 100; // rows in a filter file (build_scripts/filters.py), and found statements listed at a time

  // the option's label without its count: "Korean Peninsula (45)" → "Korean Peninsula"
  function label(select, value) {
    var option = Array.prototype.find.call(select.options, function (o) { return o.value === value; });
    return option ? option.textContent.replace(/ \(\d+\)$/, "") : "";
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // one found statement: [slug, date, worked out, title, speaker slug, year, [topic ids]]
  function foundEntry(row, form, base) {
    var li = element("li", "or-found");
    li.appendChild(element("strong", "or-date", row[1]));
    if (row[2]) li.appendChild(element("em", "or-date-inferred", "date worked out"));
    li.appendChild(document.createTextNode(" "));
    var a = element("a", "", row[3]);
    a.href = new URL("statements/" + encodeURIComponent(row[0]) + "/", base).href;
    li.appendChild(a);
    var about = [row[4] ? label(form.elements.speaker, row[4]) : ""].concat(
      row[6].map(function (t) { return label(form.elements.topic, t); })).filter(Boolean);
    if (about.length) li.appendChild(element("span", "or-found__about", about.join(" · ")));
    return li;
  }

  // A split timeline's filter over every statement: the page's own list gives way to the matches.
  function corpus(form, scope) {
    var index = new URL(form.getAttribute("data-index"), window.location.href);
    var base = new URL("../", index);  // the site's root
    var total = 0;
    var oldest = form.hasAttribute("data-oldest-first");
    var results = scope.querySelector(".or-filter__results");
    var own = Array.prototype.slice.call(scope.querySelectorAll(".or-group")).concat(
      Array.prototype.slice.call(scope.querySelectorAll("ul, ol")).filter(function (list) {
        return list.querySelector(":scope > li.or-entry");
      }));
    var files = {};  // what was fetched, by address: Back and forth fetches nothing again
    var latest = 0;

    function count(field, value) {
      var option = Array.prototype.find.call(form.elements[field].options, function (o) { return o.value === value; });
      return Number(option && option.getAttribute("data-count")) || 0;
    }

    // file n (from 1) of a value's rows, 100 rows a file
    function load(field, value, n) {
      var address = new URL(field + "/" + encodeURIComponent(value) + "/" + n + ".json", index).href;
      files[address] = files[address] || fetch(address).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
      files[address].catch(function () { delete files[address]; });
      return files[address];
    }

    function matches(row, state) {
      return (!state.topic || row[6].indexOf(state.topic) !== -1) &&
        (!state.speaker || row[4] === state.speaker) && (!state.year || row[5] === state.year);
    }

    function ordered(found) {
      if (!oldest) return found;
      // the dated ones the other way round; the undated stay last, as on the page
      return found.filter(function (row) { return row[5] !== "unknown"; }).reverse()
        .concat(found.filter(function (row) { return row[5] === "unknown"; }));
    }

    // The matches: one value chosen, its files one at a time (newest first: the oldest first reading
    // needs them all); several, every file of the value with the fewest statements, the others kept out.
    function found(state) {
      var chosen = FIELDS.filter(function (field) { return state[field]; }).sort(function (a, b) {
        return count(a, state[a]) - count(b, state[b]);
      });
      var field = chosen[0], value = state[field], last = Math.ceil(count(field, value) / CHUNK);
      var lazy = chosen.length === 1 && !oldest;
      var wanted = [];
      for (var n = 1; n <= (lazy ? 1 : last); n++) wanted.push(load(field, value, n));
      return Promise.all(wanted).then(function (parts) {
        var rows = [].concat.apply([], parts).filter(function (row) { return matches(row, state); });
        return { rows: ordered(rows), size: lazy ? count(field, value) : rows.length,
                 more: lazy ? function (n) { return load(field, value, n); } : null };
      });
    }

    function list(result, from, ticket) {
      var ol = results.querySelector("ol") || results.appendChild(element("ol", "or-found-list"));
      result.rows.slice(from, from + CHUNK).forEach(function (row) { ol.appendChild(foundEntry(row, form, base)); });
      var more = results.querySelector("button");
      if (more) more.remove();
      if (result.size <= from + CHUNK) return;
      more = results.appendChild(element("button", "md-button", "Show more"));
      more.type = "button";
      more.addEventListener("click", function () {
        if (more.disabled) return;
        more.disabled = true;  // one click, one more page of statements
        var next = from + CHUNK;
        var loaded = next < result.rows.length || !result.more ? Promise.resolve([])
          : result.more(next / CHUNK + 1);
        loaded.then(function (rows) {
          if (ticket !== latest) return;
          result.rows = result.rows.concat(rows);
          list(result, next, ticket);
        }, function () { more.disabled = false; });
      });
    }

    function show(state, filtered, status) {
      var ticket = ++latest;
      own.forEach(function (el) { el.hidden = filtered; });
      results.hidden = !filtered;
      results.textContent = "";
      if (!filtered) {
        status.textContent = total + " statements in the timeline; this page shows " +
          sum(scope.querySelectorAll("li.or-entry")) + " of them.";
        return;
      }
      status.textContent = "Looking through all " + total + " statements…";
      found(state).then(function (result) {
        if (ticket !== latest) return;  // a later change of filter wins
        status.textContent = result.size === 0 ? "No statement in the timeline matches these filters."
          : result.size + " of " + total + " statements match, across the whole timeline.";
        list(result, 0, ticket);
      }, function () {
        if (ticket !== latest) return;
        own.forEach(function (el) { el.hidden = false; });
        results.hidden = true;
        status.textContent = "The filter could not be loaded; this page's statements are listed below.";
      });
    }

    // the counts over every statement, in counts.json: each option then reads "Label (n)"
    var ready = fetch(new URL("counts.json", index).href).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (counts) {
      total = counts.total;
      FIELDS.forEach(function (field) {
        Array.prototype.forEach.call(form.elements[field].options, function (option) {
          var n = counts[field][option.value];
          if (!option.value || !n) return;
          option.setAttribute("data-count", n);
          option.textContent += " (" + n + ")";
        });
      });
    });

    return { show: show, ready: ready };
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
    var across = form.hasAttribute("data-index") ? corpus(form, scope) : null;
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
      fields.forEach(function (field) { form.elements[field].value = state[field]; });
      var filtered = fields.some(function (field) { return state[field]; });
      if (across) {
        across.show(state, filtered, status);
      } else {
        filterPage(state, filtered);
      }
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

    function filterPage(state, filtered) {
      var shown = 0;
      entries.forEach(function (li) {
        var match = fields.every(function (field) {
          return !state[field] || values(li, field).indexOf(state[field]) !== -1;
        });
        li.hidden = !match;
        if (match) shown += weight(li);
      });
      groups.forEach(function (group) {
        group.heading.hidden = !group.entries.some(function (li) { return !li.hidden; });
      });
      lists.forEach(function (list) {
        list.hidden = !list.querySelector(":scope > li.or-entry:not([hidden])");
      });
      status.textContent = !filtered ? "Showing all " + sum(entries) + " statements."
        : shown === 0 ? "No statement matches these filters."
        : "Showing " + shown + " of " + sum(entries) + " statements.";
    }

    form.addEventListener("change", function () { apply(readForm(), true); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function (event) {
      event.preventDefault();
      apply({ topic: "", speaker: "", year: "" }, true);
    });
    window.addEventListener("popstate", function () { apply(readAddress(), false); });
    if (across) {
      // without the counts the filter cannot say how many match: it stays hidden, and the list stands
      across.ready.then(function () {
        form.hidden = false;
        apply(readAddress(), false);
      }, function () {});
    } else {
      form.hidden = false;
      apply(readAddress(), false);
    }
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
