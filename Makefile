# Two commands from a fresh clone: `make site` and `make test`. Each sets up what it needs.
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
# builds are reproducible: anything MkDocs stamps (sitemap.xml) takes the last commit's date
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup site serve pages test browser bench-convert bench-hostile bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

## site: set up and build the published site (mkdocs build --strict) into a fresh folder, then swap it in as site/
site: setup
	$(BIN)/python -m build_scripts site --strict

## serve: live preview at http://127.0.0.1:8000; an edited source shows without a restart
## (sources/ is watched through live reload: do not pass --no-livereload; --dirty rebuilds only the pages that changed)
serve: setup
	$(BIN)/mkdocs serve --dirty

## pages: write the generated Markdown pages into build/pages (for any MkDocs-compatible renderer)
pages: setup
	$(BIN)/python -m build_scripts convert sources build/pages

## browser: Debian's chromium for the browser tests (Playwright's own download does not work here)
browser:
	@[ -n "$$CHROMIUM" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); }

## test: set up and run every test
test: setup browser
	$(BIN)/python -m pytest

## bench-convert: sources per second, .txt and .html separately (a benchmark, not part of make test)
bench-convert: setup
	$(BIN)/python tests/benchmarks/bench_convert.py

## bench-hostile: seconds to convert each pathological source shape (issue 16) at 1 KB, 10 KB, 100 KB and 1 MB, watchdog off
bench-hostile: setup
	$(BIN)/python tests/benchmarks/bench_hostile.py

## bench: the scale benchmark on a generated corpus of N sources (make bench N=10000)
N ?= 1000
bench: setup
	$(BIN)/python tests/benchmarks/bench_scale.py --n $(N)

clean:
	rm -rf site build $(VENV)
