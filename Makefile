# PoWER Desktop. `make run` opens the app; `make test` runs every check. Both set up what they
# need first (system packages when root, .venv, pinned Python packages) and skip what is done.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint unit gui bench setup clean lock

$(STAMP): pyproject.toml requirements.lock scripts/setup-system.sh
	bash scripts/setup-system.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check power_desktop tests benchmarks main.py
	$(PY) -m mypy
	$(VENV)/bin/lint-imports --no-cache

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

unit: $(STAMP)
	$(PY) -m pytest -q -m "not gui"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/foundation.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/families_list.py
	$(PY) benchmarks/eligibility.py
	$(PY) benchmarks/search.py
	$(PY) benchmarks/duplicates.py
	$(PY) benchmarks/printing.py
	$(PY) benchmarks/export.py

lock:
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
