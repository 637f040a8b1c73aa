# The whole workflow: `make demo`, `make test`, `make lint`, `make bench`.
# Each target sets up .venv/ itself from the pinned dependencies.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test test-all lint bench golden lock clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "aggregator needs Python 3.11 or newer (PYTHON=$(PYTHON))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $@

demo: $(STAMP)
	$(BIN)/aggregator demo

# Three test processes: most tests wait on real servers, crawls and Redis, not on a core.
test: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -n 3

test-all: $(STAMP)
	$(BIN)/python -m pytest -m "slow or not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

bench: $(STAMP)
	$(BIN)/python -m bench

# The only way golden extraction files are written: review `git diff tests/golden` afterwards.
golden: $(STAMP)
	$(BIN)/python -m tests.update_golden

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache

# Re-pin every installed package after changing a dependency in pyproject.toml.
lock: $(STAMP)
	{ echo "# Pinned versions of every installed package (make lock regenerates it from .venv)."; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e'; } > constraints.txt
