# Two commands set up a fresh Debian machine and run the project:
#   make demo   – installs what is missing, then reads a bundled phone photo of a letter
#   make test   – installs what is missing, then runs the whole test suite (slow end-to-end tests too)
# Both are idempotent and quick when everything is already there.

VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
SYSTEM  := $(VENV)/.system-deps
DEMO    ?= samples/c01_ruled_table_photo_jpeg.jpg

.PHONY: demo test test-fast lint schemas bench bench-accuracy bench-batch samples setup clean

setup: $(SYSTEM) $(STAMP)

$(SYSTEM): scripts/system-deps.sh
	@bash scripts/system-deps.sh
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml $(SYSTEM)
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip
	@$(PY) -m pip install -q -e '.[dev]'
	@touch $@

demo: setup
	@$(VENV)/bin/debt-notice parse $(DEMO) --received 2025-11-26

test: setup
	@$(PY) -m pytest -q

test-fast: setup
	@$(PY) -m pytest -q -m "not slow"

lint: setup
	@$(VENV)/bin/ruff check parser tests bench samples
	@$(VENV)/bin/mypy

schemas: setup
	@$(PY) -m parser.schema

samples: setup
	@$(PY) samples/generate.py

bench-accuracy: setup
	@$(PY) bench/accuracy.py
	@for set in $$(ls -d samples/proxy* | sort -V); do \
		echo; echo "== $$set (letters written apart from the parser; first runs in its README) =="; \
		$(PY) bench/accuracy.py --samples $$set; \
	done

bench: setup
	@$(PY) bench/speed.py

bench-batch: setup
	@$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
