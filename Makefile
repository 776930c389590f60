# khabar: the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.khabar-setup

.PHONY: setup demo test lint eval bench bench-batch fuzz screenshots clean

# Set up the virtual environment at .venv with the pinned dependencies and khabar itself.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job on a sample: analyse the sample articles written for the project, then build a
# store from them (and ../shared/data/newsonair where it exists) and serve the web interface.
demo: setup
	$(BIN)/khabar analyze samples/hindi-article.txt samples/english-article.html --format pretty
	$(BIN)/python -m khabar.web.demo --db demo.db --port 8000

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

# The whole test suite (lint and types included); CI runs exactly this. The store tests run on
# SQLite and on a real PostgreSQL: $KHABAR_TEST_PG if set, else one started on localhost from
# Debian's packages by scripts/start_postgres.sh.
# The browser tests use Debian's Chromium (scripts/install_browser.sh installs it when missing).
test: lint
	scripts/install_browser.sh
	KHABAR_TEST_PG="$${KHABAR_TEST_PG:-$$(scripts/start_postgres.sh)}" $(BIN)/pytest -q

# Each capability's figures on the data in ../shared.
eval: setup
	$(BIN)/python -m khabar.evaluation
	$(BIN)/python -m khabar.corpus.evaluate

# Articles per second and peak memory against a baseline measured in the same run.
bench: setup
	$(BIN)/python -m khabar.benchmark
	$(BIN)/python -m khabar.corpus.benchmark
	$(BIN)/python -m khabar.web.benchmark

# schemathesis against the OpenAPI description (in its own .venv-fuzz: it pins an older pytest)
fuzz: setup
	test -x .venv-fuzz/bin/python || ($(PYTHON) -m venv .venv-fuzz && .venv-fuzz/bin/pip install --quiet schemathesis==3.39.16 hypothesis==6.122.3)
	$(BIN)/python -m khabar.web.fuzz

# The README's screenshots of the web interface (docs/screenshots/)
screenshots: setup
	$(BIN)/python -m khabar.web.demo --db demo.db --check
	$(BIN)/python -m khabar.web.screenshots --db demo.db

clean:
	rm -rf $(VENV) .venv-fuzz .pytest_cache .mypy_cache .ruff_cache .hypothesis demo.db*

# Batch throughput: local engine with 1 and 2 processes, Spark local[1] and local[2], 20,000 articles.
bench-batch: setup
	$(BIN)/python -m khabar.batch.benchmark --repeat 2
