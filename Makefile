# Two commands do everything on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test lint typecheck imports pytest init clean eval bench

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Bastion needs Python 3.11 or newer (set PYTHON=...)")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

init: $(STAMP)
	BASTION_HOST=$(HOST) BASTION_PORT=$(PORT) $(BIN)/bastion init

serve: $(STAMP)
	BASTION_HOST=$(HOST) BASTION_PORT=$(PORT) $(BIN)/bastion init
	$(BIN)/bastion serve --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest -q

test: lint typecheck imports pytest

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache

# Detection quality on the shared dev corpora (when present) and the project's own labelled cases.
CORPORA ?= ../shared/corpora
eval: $(STAMP)
	@if ls $(CORPORA)/*.dev.jsonl >/dev/null 2>&1; then \
		$(BIN)/bastion eval $(CORPORA)/*.dev.jsonl data/*.jsonl; \
	else \
		echo "no dev corpora in $(CORPORA) (set CORPORA=...); evaluating data/*.jsonl only"; \
		$(BIN)/bastion eval data/*.jsonl; \
	fi

# Speed against Presidio and detect-secrets, in a separate venv so the peers never reach .venv.
BENCH_VENV := bench/.venv
BENCH_STAMP := $(BENCH_VENV)/.installed-stamp

$(BENCH_STAMP): pyproject.toml requirements.lock bench/requirements.txt
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.lock -r bench/requirements.txt
	$(BENCH_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BENCH_VENV)/bin/python bench/compare.py
