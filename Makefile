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
	@echo; echo "== proxy set (samples/proxy: letters written apart from the parser) =="
	@$(PY) bench/accuracy.py --samples samples/proxy
	@echo; echo "== proxy set 2 (samples/proxy2) =="
	@$(PY) bench/accuracy.py --samples samples/proxy2
	@echo; echo "== proxy set 3 (samples/proxy3) =="
	@$(PY) bench/accuracy.py --samples samples/proxy3
	@echo; echo "== proxy set 4 (samples/proxy4) =="
	@$(PY) bench/accuracy.py --samples samples/proxy4
	@echo; echo "== proxy set 5 (samples/proxy5) =="
	@$(PY) bench/accuracy.py --samples samples/proxy5
	@echo; echo "== proxy set 6 (samples/proxy6) =="
	@$(PY) bench/accuracy.py --samples samples/proxy6
	@echo; echo "== proxy set 7 (samples/proxy7) =="
	@$(PY) bench/accuracy.py --samples samples/proxy7
	@echo; echo "== proxy set 8 (samples/proxy8) =="
	@$(PY) bench/accuracy.py --samples samples/proxy8
	@echo; echo "== proxy set 9 (samples/proxy9) =="
	@$(PY) bench/accuracy.py --samples samples/proxy9
	@echo; echo "== proxy set 10 (samples/proxy10) =="
	@$(PY) bench/accuracy.py --samples samples/proxy10

bench: setup
	@$(PY) bench/speed.py

bench-batch: setup
	@$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
