# Two commands from a fresh clone: `make site` and `make test`. Each sets up what it needs.
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
# builds are reproducible: anything MkDocs stamps (sitemap.xml) takes the last commit's date
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup site review preview serve pages test browser bench-convert bench-hostile bench clean

# building needs only the package; the test tools (Playwright, Hypothesis, axe…) come with `make test`
$(STAMP): pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	@# its output only when it fails: `make site` prints nothing but the problems and the summary
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e . > $(VENV)/install.log 2>&1 \
	  || { cat $(VENV)/install.log; exit 1; }
	@touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(TEST_STAMP)

setup: $(STAMP)

## site: build the site into a fresh folder and swap it in as site/; bad sources are reported and left out.
## STRICT=1 fails on any problem (CI); SOURCES=folder builds from another sources folder
STRICT  ?=
SOURCES ?=
site: setup
	@$(BIN)/python -m build_scripts site $(if $(STRICT),--strict) $(if $(SOURCES),--sources "$(SOURCES)")

## review: every decision waiting on the curator, printed and written to build/review.html
review: setup
	@$(BIN)/python -m build_scripts review $(or $(SOURCES),sources)

## preview: serve the built site/ at http://127.0.0.1:8000 (opening site/index.html from disk breaks links and search)
PORT ?= 8000
preview:
	@[ -f site/index.html ] || { echo "no site/ yet: run make site first"; exit 1; }
	@echo "site/ at http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	@$(PYTHON) -m http.server --bind 127.0.0.1 --directory site $(PORT)

## serve: live preview at http://127.0.0.1:8000; an edited source shows without a restart
## (sources/ is watched through live reload: do not pass --no-livereload; --dirty rebuilds only the pages that changed)
serve: setup
	$(if $(SOURCES),ON_RECORD_SOURCES="$(abspath $(SOURCES))") $(BIN)/mkdocs serve --dirty

## pages: write the generated Markdown pages into build/pages (for any MkDocs-compatible renderer)
pages: setup
	$(BIN)/python -m build_scripts convert $(or $(SOURCES),sources) build/pages

## browser: Debian's chromium for the browser tests (Playwright's own download does not work here)
browser:
	@[ -n "$$CHROMIUM" ] || command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing chromium for the browser tests"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); }

## test: set up and run every test
test: $(TEST_STAMP) browser
	$(BIN)/python -m pytest

## bench-convert: sources per second, .txt and .html separately (a benchmark, not part of make test)
bench-convert: $(TEST_STAMP)
	$(BIN)/python tests/benchmarks/bench_convert.py

## bench-hostile: seconds to convert each pathological source shape (issue 16) at 1 KB, 10 KB, 100 KB and 1 MB, watchdog off
bench-hostile: setup
	$(BIN)/python tests/benchmarks/bench_hostile.py

## bench: the scale benchmark on a generated corpus of N sources (make bench N=10000)
N ?= 1000
bench: $(TEST_STAMP)
	$(BIN)/python tests/benchmarks/bench_scale.py --n $(N)

clean:
	rm -rf site build $(VENV)
