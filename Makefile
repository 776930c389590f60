# khabar: the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.khabar-setup

.PHONY: setup demo test lint eval bench bench-batch clean

# Set up the virtual environment at .venv with the pinned dependencies and khabar itself.
$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The main job on a sample: analyse the sample articles written for the project.
demo: setup
	$(BIN)/khabar analyze samples/hindi-article.txt samples/english-article.html --format pretty

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy

# The whole test suite (lint and types included); CI runs exactly this. The store tests run on
# SQLite and on a real PostgreSQL: $KHABAR_TEST_PG if set, else one started on localhost from
# Debian's packages by scripts/start_postgres.sh.
test: lint
	KHABAR_TEST_PG="$${KHABAR_TEST_PG:-$$(scripts/start_postgres.sh)}" $(BIN)/pytest -q

# Each capability's figures on the data in ../shared.
eval: setup
	$(BIN)/python -m khabar.evaluation
	$(BIN)/python -m khabar.corpus.evaluate

# Articles per second and peak memory against a baseline measured in the same run.
bench: setup
	$(BIN)/python -m khabar.benchmark
	$(BIN)/python -m khabar.corpus.benchmark

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis

# Batch throughput: local engine with 1 and 2 processes, Spark local[1] and local[2], 20,000 articles.
bench-batch: setup
	$(BIN)/python -m khabar.batch.benchmark
