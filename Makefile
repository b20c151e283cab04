# PoWER Desktop. `make run` opens the app; `make test` runs every check. Both set up what they
# need first (system packages when root, .venv, pinned Python packages) and skip what is done.
VENV   ?= .venv
PY     := $(VENV)/bin/python
# Test processes side by side (pytest-xdist): the suite waits on subprocesses and the database
# server more than it computes, so two processes on two cores take well under its single time.
# Each test file stays in one process (--dist loadfile), with its module's fixtures.
TEST_WORKERS ?= 2
STAMP  := $(VENV)/.installed

QM     := resources/i18n/power_desktop_hi.qm
BUILD  := $(VENV)/.installed-build

.PHONY: run test lint unit gui bench setup clean lock translations ts dist dist-check \
        scheme-facts

$(STAMP): pyproject.toml requirements.lock scripts/setup-system.sh
	bash scripts/setup-system.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP) $(QM)

# The Hindi interface: .ts sources (kept in git) compiled to .qm (built, not kept).
$(QM): resources/i18n/power_desktop_hi.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing texts in power_desktop/ui: bring the .ts up to date, then translate what is new
# (Qt Linguist: pyside6-linguist resources/i18n/power_desktop_hi.ts). A test fails until done.
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate power_desktop/ui/*.py -ts resources/i18n/power_desktop_hi.ts -no-obsolete

# docs/scheme-facts.md is made from the Delhi pack (a test fails when it is not current).
scheme-facts: $(STAMP)
	$(PY) -m power_desktop.schemes.facts_table forms/delhi docs/scheme-facts.md

run: $(STAMP) $(QM)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check power_desktop tests benchmarks main.py
	$(PY) -m mypy
	$(VENV)/bin/lint-imports --no-cache

# The tests that take a database run on SQLite and on a throwaway PostgreSQL server, which
# scripts/with-postgres.sh makes in a temporary folder (installing PostgreSQL as root), starts,
# and stops at the end; without one they run on SQLite alone, and the summary says so.
test: lint $(QM)
	QT_QPA_PLATFORM=offscreen bash scripts/with-postgres.sh $(PY) -m pytest -q \
		-n $(TEST_WORKERS) --dist loadfile

unit: $(STAMP)
	$(PY) -m pytest -q -m "not gui"

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/foundation.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/families_list.py
	$(PY) benchmarks/eligibility.py
	$(PY) benchmarks/search.py
	$(PY) benchmarks/duplicates.py
	$(PY) benchmarks/search_quality.py
	$(PY) benchmarks/printing.py
	$(PY) benchmarks/export.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/keystrokes.py

$(BUILD): $(STAMP)
	$(PY) -m pip install -q --disable-pip-version-check -c requirements.lock -e '.[build]'
	touch $(BUILD)

# The frozen one-folder build and its Linux tarball (installer/; Windows: installer/README.md).
dist: $(BUILD) $(QM)
	PY=$(PY) bash scripts/build-dist.sh

# Unpack the tarball in a temporary folder and run the frozen app there with --self-check, and
# upgrade a release-0.1 database with it.
dist-check: dist
	QT_QPA_PLATFORM=offscreen POWER_CI_DIST=1 $(PY) -m pytest -q -p no:cacheprovider tests/dist

lock:
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist $(QM)
