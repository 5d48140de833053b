# Two commands do everything on a fresh machine (only python3, pip and make needed):
#   make demo   set up .venv, build seeds/ into the default store, run every query in queries/
#   make test   set up .venv, lint, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint score bench clean

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

test: $(STAMP)
	$(BIN)/ruff check kg tests $(wildcard bench)
	$(BIN)/python -m pytest -q

score: $(STAMP)
	$(PYTHON) ../shared/eval/score.py --gold ../shared/eval/dev.gold.jsonl --docs ../shared/eval/dev -v

clean:
	rm -rf $(VENV) .kg-store .pytest_cache

# The benchmark of issue 6: 1k, 10k and 100k reports; writes bench/RESULTS.md.
bench: $(STAMP)
	$(BIN)/python bench/run.py --sizes 1000,10000,100000
