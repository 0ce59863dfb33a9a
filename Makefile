# Two entry points on a fresh machine:
#   make demo   set up, then run sitrep on the bundled example reports
#   make test   set up, then run the whole test suite (what CI runs)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep

.PHONY: setup demo test lint format bench schema eval clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

demo: setup
	bash scripts/demo.sh

test: setup
	$(PY) -m ruff check src tests
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check src tests
	$(PY) -m ruff format --check src tests

format: setup
	$(PY) -m ruff format src tests

# our own dev set and the real published reports side by side, per language, with merging
eval: setup
	$(SITREP) eval dev=eval/dev.jsonl $(foreach f,$(wildcard eval/real/*.jsonl),real=$(f)) --by-lang --incidents

bench: setup
	$(SITREP) bench --docs 1000

schema: setup
	$(PY) -c "from sitrep.schema import write_schema_file; write_schema_file()"

clean:
	rm -rf $(VENV) out .pytest_cache
