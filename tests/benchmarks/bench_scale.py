"""The scale benchmark: a generated corpus of N sources, built as the project builds it, and
the same pages built by bare MkDocs (and, for N ≤ 2,000, as Material blog posts) for comparison.

    make bench N=10000        # or: python tests/benchmarks/bench_scale.py --n 10000

Prints each figure with the command that measured it, and ratios (this machine is shared
and noisy: ratios travel better than seconds). Not part of `make test`.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
PY = sys.executable
TIME = "/usr/bin/time"


def run(command: list[str], cwd: Path, env: dict | None = None, label: str = "") -> tuple[float, int]:
    """(seconds, peak memory in MB) of one command, measured by GNU time."""
    full = [TIME, "-f", "__time__ %e %M", *command]
    done = subprocess.run(full, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"failed: {' '.join(command)}")
    seconds, kb = re.findall(r"__time__ ([\d.]+) (\d+)", done.stderr)[-1]
    print(f"  $ {' '.join(command)}{'   # ' + label if label else ''}\n    {float(seconds):.2f} s, {int(kb) // 1024} MB")
    return float(seconds), int(kb) // 1024


def project(folder: Path, docs: Path | None = None, extra: str = "", hook: bool = True) -> Path:
    """A copy of the project's MkDocs set-up, optionally over another docs folder and without the hook."""
    folder.mkdir(parents=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    shutil.copytree(ROOT / "docs", folder / "docs")
    if docs:
        shutil.copytree(docs, folder / "docs", dirs_exist_ok=True)
    if hook:
        (folder / "build_scripts").mkdir()
        shutil.copy(ROOT / "build_scripts" / "hook.py", folder / "build_scripts")
    else:
        config = re.sub(r"(?m)^hooks:\n(?:  - .*\n)+", "", config)
    (folder / "mkdocs.yml").write_text(config + extra, encoding="utf-8")
    return folder


def largest(site: Path) -> tuple[str, int]:
    pages = [(p.relative_to(site).as_posix(), p.stat().st_size) for p in site.rglob("*.html")]
    return max(pages, key=lambda x: x[1])


def wait_for(url: str, check, timeout: float, server: subprocess.Popen | None = None,
             log: Path | None = None) -> float:
    """Seconds until url answers and passes check. A server that dies stops the wait at once, with
    its last output (the edit-loop step once waited 20 minutes on a server that was not listening)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if server is not None and server.poll() is not None:
            raise SystemExit(f"`mkdocs serve` exited ({server.returncode}) while waiting for {url}{server_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if check(response.read().decode("utf-8", "replace")):
                    return time.perf_counter() - start
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"timed out waiting for {url}{server_tail(log)}")


def server_tail(log: Path | None, lines: int = 40) -> str:
    if log is None or not log.exists():
        return ""
    tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return "\n--- the server's last output ---\n" + "\n".join(tail)


# Playwright looks for an element again after 0, 20, 50, 100, 100, then every 500 ms: timed that way,
# a result that shows at 0.8 s may be seen at 1.3 s. The page itself notes when each thing first shows.
FIRST_SHOWN = """
window.__shown = {};
new MutationObserver(() => {
  for (const [name, selector] of Object.entries(%s))
    if (!(name in window.__shown) && document.querySelector(selector)) window.__shown[name] = performance.now();
}).observe(document, {childList: true, subtree: true});
"""
SEARCH_UI = {"pagefind": {"box": ".or-search input", "result": ".pagefind-ui__result-link"},
             "material": {"box": "input.md-search__input", "result": ".md-search-result__item"}}


def time_search(site: Path, query: str, engine: str) -> tuple[float, int, int]:
    """In headless Chromium: (seconds from opening the timeline to the first search result,
    bytes the search fetched, bytes of the whole visit). engine: "pagefind" or "material".
    The query is typed as soon as the search box shows; the time is the page's own clock, from
    the start of the navigation (performance.timeOrigin) to the moment the first result shows."""
    from playwright.sync_api import sync_playwright

    from browser import launch, serve_folder

    selectors = SEARCH_UI[engine]
    with serve_folder(site) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        page = browser.new_page()
        page.add_init_script(FIRST_SHOWN % json.dumps(selectors))
        sizes: list[tuple[str, int]] = []
        page.context.on("response", lambda r: sizes.append((r.url, int(r.headers.get("content-length") or 0))))
        page.goto(url + "timeline/", wait_until="commit")
        page.wait_for_function("() => window.__shown && 'box' in window.__shown", polling="raf", timeout=60_000)
        if engine == "material":
            page.keyboard.press("/")
        page.locator(selectors["box"]).fill(query)
        page.wait_for_function("() => 'result' in window.__shown", polling="raf", timeout=300_000)
        seconds = page.evaluate("window.__shown.result") / 1000
        page.wait_for_load_state("networkidle")
        browser.close()
    searched = sum(n for u, n in sizes if "/pagefind/" in u or "/search/" in u)
    return seconds, searched, sum(n for _, n in sizes)


def filter_choices(counts: dict) -> list[tuple[str, dict[str, str]]]:
    """What to measure, from filters/counts.json: the value with the most statements of each field (one
    value costs its first file), and the most expensive combination: two fields' heaviest values whose
    smaller count is the largest (several values cost every file of the value with the fewest statements;
    a third field can only lower that smallest count)."""
    top = {field: max(sorted(counts[field].items()), key=lambda kv: kv[1])
           for field in ("topic", "speaker", "year") if counts.get(field)}
    choices = [(f"{field}={value}", {field: value}) for field, (value, _) in top.items()]
    pairs = [(a, b) for a in top for b in top if a < b]
    if pairs:
        a, b = max(pairs, key=lambda p: (min(top[p[0]][1], top[p[1]][1]), p))
        choices.append((f"{a}={top[a][0]} + {b}={top[b][0]}", {a: top[a][0], b: top[b][0]}))
    return choices


def filter_bytes(site: Path) -> list[tuple[str, int, str]]:
    """In headless Chromium, the timeline opened with each filter of filter_choices in its address (as a
    link carrying a filter opens it): (the filter, bytes fetched under filters/ from opening the page
    until the matches are listed, counts.json included, and the status line), each in a fresh context
    (nothing cached)."""
    from urllib.parse import urlencode

    from playwright.sync_api import sync_playwright

    from browser import launch, serve_folder

    counts = json.loads((site / "filters" / "counts.json").read_text(encoding="utf-8"))
    measured = []
    with serve_folder(site) as url, sync_playwright() as playwright:
        browser = launch(playwright)
        for name, state in filter_choices(counts):
            context = browser.new_context()
            page = context.new_page()
            sizes: list[int] = []
            page.on("response", lambda r: sizes.append(int(r.headers.get("content-length") or 0))
                    if "/filters/" in r.url else None)
            page.goto(url + "timeline/?" + urlencode(state))
            page.wait_for_function("() => /statements match|No statement/.test("
                                   "document.querySelector('.or-filter__status').textContent)", timeout=120_000)
            page.wait_for_load_state("networkidle")
            measured.append((name, sum(sizes), page.locator(".or-filter__status").text_content().strip()))
            context.close()
        browser.close()
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default /tmp/on-record-bench-N)")
    args = parser.parse_args()
    work = args.work or Path(f"/tmp/on-record-bench-{args.n}")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    sources, cache = work / "sources", work / "cache"
    env = {"ON_RECORD_SOURCES": str(sources), "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}

    print(f"On Record scale benchmark, N = {args.n}, seed {args.seed}, {os.cpu_count()} cores")
    print("\n1. corpus")
    run([PY, str(ROOT / "tests/benchmarks/generate_corpus.py"), str(sources), str(args.n), "--seed", str(args.seed)], ROOT)

    print("\n2. converter alone (cold cache, then a second run with no change)")
    cold, _ = run([PY, "-m", "build_scripts", "convert", str(sources), str(work / "pages"), "--cache", str(cache)], ROOT,
                  label="cold")
    warm, _ = run([PY, "-m", "build_scripts", "convert", str(sources), str(work / "pages"), "--cache", str(cache)], ROOT,
                  label="no change")

    print("\n3. whole build: convert + MkDocs + search index (Pagefind), cold cache, then warm (a site")
    print("   rebuilt after a change elsewhere, as CI does with the cache restored)")
    ours = project(work / "ours")
    whole_env = {**env, "ON_RECORD_CACHE": str(work / "cache-whole")}
    whole, whole_mb = run([PY, "-m", "build_scripts", "site", "--site-dir", str(work / "site")], ours, whole_env,
                          label="cold")
    whole_warm, warm_mb = run([PY, "-m", "build_scripts", "site", "--site-dir", str(work / "site")], ours, whole_env,
                              label="warm cache")

    print("\n4. bare `mkdocs build` of the same generated pages (no hook, so no search), and with Material's search")
    bare_project = project(work / "bare", docs=work / "pages", hook=False)
    bare, bare_mb = run([PY, "-m", "mkdocs", "build", "-q", "-d", str(work / "bare-site")], bare_project, env)
    lunr_project = project(work / "lunr", docs=work / "pages", hook=False)
    config = (lunr_project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("plugins: []", "plugins:\n  - search").replace("  - assets/javascripts/search.js\n", "")
    (lunr_project / "mkdocs.yml").write_text(config, encoding="utf-8")
    lunr, _ = run([PY, "-m", "mkdocs", "build", "-q", "-d", str(work / "lunr-site")], lunr_project, env,
                  label="Material's search plugin")

    blog = None
    if args.n <= 2000:
        print("\n5. the same statements as Material blog posts")
        posts = work / "blog-docs" / "blog" / "posts"
        posts.mkdir(parents=True)
        (work / "blog-docs" / "blog" / "index.md").write_text("# Blog\n", encoding="utf-8")
        for page in sorted((work / "pages" / "statements").glob("*.md")):
            text = page.read_text(encoding="utf-8")
            date = re.search(r"^date: '?(\d{4}-\d{2}-\d{2})", text, re.M)
            body = text.split("\n---\n", 1)[1]
            (posts / page.name).write_text(f"---\ndate: {date.group(1) if date else '2020-01-01'}\n---\n{body}", encoding="utf-8")
        blog_project = project(work / "blog", docs=work / "blog-docs", hook=False,
                               extra="")
        config = (blog_project / "mkdocs.yml").read_text(encoding="utf-8")
        config = re.sub(r"(?m)^nav:\n(?:  - .*\n)+", "nav:\n  - Blog: blog/index.md\n", config)
        config = config.replace("plugins: []", "plugins:\n  - search\n  - blog")
        (blog_project / "mkdocs.yml").write_text(config, encoding="utf-8")
        blog, _ = run([PY, "-m", "mkdocs", "build", "-q", "-d", str(work / "blog-site")], blog_project, env)

    print("\n6. pages")
    site = work / "site"
    name, size = largest(site)
    home = (site / "index.html").stat().st_size
    index = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file())
    lunr_index = (work / "lunr-site" / "search" / "search_index.json").stat().st_size
    print(f"  largest HTML page: {name}, {size / 1024:.0f} KB")
    print(f"  home page: {home / 1024:.0f} KB")
    print(f"  search index on disk: Pagefind {index / 1e6:.1f} MB in pieces; Material one file of {lunr_index / 1e6:.1f} MB")

    print("\n7. search in headless Chromium: open the timeline, type a query, until the first result shows")
    query = "peacekeepers"
    found = {}
    for engine, folder in (("pagefind", site), ("material", work / "lunr-site")):
        runs = sorted(time_search(folder, query, engine) for _ in range(3 if engine == "pagefind" else 1))
        seconds, searched, visit = runs[len(runs) // 2]  # the median of three (Material's: one, it takes long)
        found[engine] = (seconds, searched)
        print(f"  {engine}: {seconds:.2f} s to the first result; the search fetched {searched / 1024:.0f} KB "
              f"(the whole visit {visit / 1024:.0f} KB)")

    print("\n8. the timeline's filter over every statement, in headless Chromium: the heaviest value of each")
    print("   field, and the most expensive combination")
    filters = filter_bytes(site)
    for chosen, fetched, status in filters:
        print(f"  {chosen}: the filter fetched {fetched / 1024:.0f} KB ({status})")
    chosen, filtered, _ = max(filters, key=lambda m: m[1])

    print("\n9. edit one source under `mkdocs serve --dirty` (make serve) until its page is served; three edits,")
    print("   each to another source's first line (its title: the edit that changes the most pages)")
    port = 8765
    serve_log = work / "serve.log"
    with open(serve_log, "wb") as out:  # kept, so that a server that dies says why
        serve = subprocess.Popen([PY, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=ours,
                                 env={**os.environ, **env, "ON_RECORD_CACHE": str(work / "cache-whole")},
                                 stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    edits: list[float] = []
    try:
        texts = sorted(sources.glob("*.txt"))
        wait_for(f"http://127.0.0.1:{port}/", lambda body: "<html" in body, 1200, serve, serve_log)
        for n, source in enumerate(texts[:3]):
            slug = re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-")
            url = f"http://127.0.0.1:{port}/statements/{slug}/"
            marker = f"Edited for the benchmark ({n})"
            source.write_text(source.read_text(encoding="utf-8").replace("\n", f" {marker}\n", 1), encoding="utf-8")
            edits.append(wait_for(url, lambda body: marker in body, 600, serve, serve_log))
            print(f"  edit {n + 1} → served: {edits[-1]:.2f} s")
            time.sleep(2)
    finally:
        serve.terminate()
        serve.wait()
    edit = sorted(edits)[1]

    print("\n== figures (targets from the scale issue)")
    print(f"converter share of the whole build: {cold / whole:.0%} cold (target ≤ 10%); "
          f"with a warm cache the whole build takes {whole_warm:.1f} s")
    print(f"converter, second run with no change: {warm:.2f} s (target ≤ 1 s)")
    print(f"whole build vs bare mkdocs build: {whole / bare:.2f}× cold, {whole_warm / bare:.2f}× warm (target ≤ 1.5×); "
          f"{whole:.1f} s and {whole_warm:.1f} s vs {bare:.1f} s (bare with Material's search: {lunr:.1f} s)")
    print(f"peak memory of the whole build: {max(whole_mb, warm_mb)} MB (target ≤ 1,500 MB); bare: {bare_mb} MB")
    if blog:
        print(f"Material blog plugin, same posts: {blog:.1f} s ({blog / whole:.2f}× our whole build)")
    print(f"largest HTML page: {name}, {size / 1024:.0f} KB (target ≤ 300 KB); home: {home / 1024:.0f} KB (target ≤ 100 KB)")
    print(f"edit one source → page served: {edit:.2f} s, the median of three (target ≤ 3 s); "
          f"each: {', '.join(f'{e:.2f} s' for e in edits)}")
    print(f"bytes fetched to apply a filter: {filtered / 1024:.0f} KB for the most expensive, {chosen} "
          f"(target ≤ 500 KB); " + "; ".join(f"{c} {f / 1024:.0f} KB" for c, f, _ in filters))
    for engine, (seconds, searched) in found.items():
        print(f"search, {engine}: {seconds:.2f} s from opening the timeline to the first result (target ≤ 1 s), "
              f"{searched / 1024:.0f} KB fetched for the query (target ≤ 500 KB)")


if __name__ == "__main__":
    main()
