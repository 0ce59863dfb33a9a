# Two entry points on a fresh machine:
#   make demo   set up, then run sitrep on the bundled example reports
#   make test   set up, then run the whole test suite (what CI runs)
#   make serve  set up, then serve the dashboard over $(DB) (default out/demo/sitrep.db)
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SITREP := $(VENV)/bin/sitrep
DB     ?= out/demo/sitrep.db
HOST   ?= 127.0.0.1
PORT   ?= 8000
STATIC := src/sitrep/web/static

.PHONY: setup web demo serve test lint format bench bench-web schema eval clean

setup: $(VENV)/.installed
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory web; \
	else echo "make: npm not found: the dashboard is not built (the API still works)"; fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# the dashboard: node packages from the lockfile, bundled by esbuild into $(STATIC)
web: $(STATIC)/app.js

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(STATIC)/app.js: web/node_modules/.installed web/build.mjs web/admin1.mjs $(wildcard web/src/*)
	cd web && node build.mjs

serve: setup
	@[ -e "$(DB)" ] || { echo "make: no store at $(DB): run 'make demo' first, or make serve DB=path"; exit 1; }
	$(SITREP) serve --db $(DB) --host $(HOST) --port $(PORT)

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

# real published text per language, with the peer stack (dateparser; + natasha for ru) beside
bench: setup
	$(SITREP) bench --peers 100

# the map page's data for 10,000 incidents (server time + payload)
bench-web: setup
	$(PY) scripts/bench_web.py

schema: setup
	$(PY) -c "from sitrep.schema import write_schema_file; write_schema_file()"

clean:
	rm -rf $(VENV) out .pytest_cache web/node_modules $(STATIC)
