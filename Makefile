# Two commands on a fresh machine (python3, make, the package registries):
#   make demo   creates .venv, installs kamerbrieven, reads the sample letters into
#               kamerbrieven.db (SQLite), shows a summary and a search, then serves the web
#               app on http://127.0.0.1:8000/ until Ctrl-C (DEMO_SERVE=0 make demo skips that)
#   make test   creates .venv if needed and runs the whole test suite, PostgreSQL, OCR and
#               the browser tests (Debian's Chromium) included
#   make serve  the web app over $(DB) (PORT=8000)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DB ?= kamerbrieven.db
PORT ?= 8000
DEMO_SERVE ?= 1

.PHONY: demo serve test load bench lint score postgres-deps ocr-deps chromium-deps clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

demo: $(STAMP)
	@echo "== kamerbrieven ingest samples/ --db $(DB)"
	@$(BIN)/kamerbrieven ingest samples/ --db $(DB)
	@echo "\n== kamerbrieven stats"
	@$(BIN)/kamerbrieven stats --db $(DB)
	@echo "\n== kamerbrieven list"
	@$(BIN)/kamerbrieven list --db $(DB)
	@echo "\n== kamerbrieven search 'Oekraine NAVO'"
	@$(BIN)/kamerbrieven search 'Oekraine NAVO' --limit 3 --db $(DB)
	@if [ "$(DEMO_SERVE)" != 0 ]; then \
		echo "\n== kamerbrieven serve: open the address below in a browser; Ctrl-C stops"; \
		$(BIN)/kamerbrieven serve --db $(DB) --port $(PORT); \
	fi

# The web app (pages and the JSON API under /api/) over the store, on this machine only.
serve: $(STAMP)
	$(BIN)/kamerbrieven serve --db $(DB) --port $(PORT)

# The PostgreSQL tests start their own server from Debian's package; install it if missing.
postgres-deps:
	@bash scripts/install-postgres.sh

# The PDF reader reads scans with Tesseract and its Dutch data (Debian's packages; no
# download at run time); the OCR tests need them, so install them if missing.
ocr-deps:
	@bash scripts/install-ocr.sh

# The web app's end-to-end tests drive Debian's Chromium through Playwright (no browser
# download); install it if missing.
chromium-deps:
	@bash scripts/install-chromium.sh

test: $(STAMP) postgres-deps ocr-deps chromium-deps
	$(BIN)/mypy
	$(BIN)/python -m pytest

# The long load test of the web app: 50 clients for 60 s on loopback (make test runs a short one).
load: $(STAMP)
	KAMERBRIEVEN_LOAD_LONG=1 $(BIN)/python -m pytest -q -s tests/web/test_load.py

# The scorer of the shared tools, copied into tests/golden so it works in any clone.
score: $(STAMP)
	$(PYTHON) tests/golden/score.py --gold tests/golden/seeds
	@for d in tests/devset/*/; do ls $$d*.gold.json >/dev/null 2>&1 || continue; \
		echo "== $$d"; $(PYTHON) tests/golden/score.py --gold $$d | tail -n 25; done

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src
	$(BIN)/mypy

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DB).index
