# Two commands do everything on a fresh machine (only python3, pip and make needed):
#   make demo   set up .venv, build seeds/ into the default store, run every query in queries/
#   make test   set up .venv, lint, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint score bench clean browser vendor

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds/
	@for q in queries/*.rq; do \
		echo; echo "== $$q"; sed -n 's/^# \{0,1\}//p;/^[^#]/q' $$q | head -3; \
		$(BIN)/kg query --format table $$q || exit 1; \
	done

lint: $(STAMP)
	$(BIN)/ruff check kg tests $(wildcard bench)

test: $(STAMP) browser
	$(BIN)/ruff check kg tests $(wildcard bench)
	$(BIN)/python -m pytest -q

# The browser tests (kg export --format html, the YASGUI page of kg serve) need Debian's
# chromium; install it where missing.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
		echo "installing chromium for the browser tests"; \
		$(SUDO) apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 || { \
			$(SUDO) apt-get update -q >/dev/null && \
			$(SUDO) apt-get install -y -q --no-install-recommends chromium >/dev/null; }; }

# Refresh kg/assets/cytoscape.min.js from the npm registry (the version and digests in
# kg/assets/VENDORED.toml; the tarball's integrity is checked by npm, the file's by sha256sum).
vendor:
	rm -rf .vendor && mkdir .vendor
	cd .vendor && npm pack --silent cytoscape@$$(sed -n 's/^version = "\(.*\)"/\1/p' ../kg/assets/VENDORED.toml)
	tar -xzf .vendor/cytoscape-*.tgz -C .vendor
	cp .vendor/package/dist/cytoscape.min.js kg/assets/cytoscape.min.js
	cp .vendor/package/LICENSE kg/assets/cytoscape.LICENSE
	echo "$$(sed -n 's/^sha256 = "\(.*\)".*/\1/p' kg/assets/VENDORED.toml)  kg/assets/cytoscape.min.js" | sha256sum -c
	rm -rf .vendor

score: $(STAMP)
	$(PYTHON) ../shared/eval/score.py --gold ../shared/eval/dev.gold.jsonl --docs ../shared/eval/dev -v

clean:
	rm -rf $(VENV) .kg-store .pytest_cache test-artifacts

# The benchmark of issue 6: 1k, 10k and 100k reports; writes bench/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes 1000,10000,100000
