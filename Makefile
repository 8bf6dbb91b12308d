# Two commands on a fresh machine (python3, make, the package registries):
#   make demo   creates .venv, installs kamerbrieven, reads the sample letters into
#               kamerbrieven.db (SQLite) and shows a summary and a search
#   make test   creates .venv if needed and runs the whole test suite, PostgreSQL and OCR included
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
DB ?= kamerbrieven.db

.PHONY: demo test bench lint score postgres-deps ocr-deps clean

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

# The PostgreSQL tests start their own server from Debian's package; install it if missing.
postgres-deps:
	@bash scripts/install-postgres.sh

# The PDF reader reads scans with Tesseract and its Dutch data (Debian's packages; no
# download at run time); the OCR tests need them, so install them if missing.
ocr-deps:
	@bash scripts/install-ocr.sh

test: $(STAMP) postgres-deps ocr-deps
	$(BIN)/mypy
	$(BIN)/python -m pytest

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
