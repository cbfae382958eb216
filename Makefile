# Two commands on a fresh machine with Python 3.11+:  make run   and   make test
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Compiled translations: built from the .ts sources at set-up and build, never committed.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

.PHONY: run test reliability bench screenshots clean venv translations system-deps package package-test build-venv \
        clean-package

venv: $(STAMP) translations

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Threatlog needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --editable .
	@touch $@

system-deps:
	@scripts/ensure-system-packages poppler

run: venv
	$(VENV)/bin/threatlog

test: venv system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The issue-5 proofs (crash loop, tamper, fuzzing, ...) alone, with their summary table; `make test` runs them
# too, with the fuzz tests' small Hypothesis profile (50 examples each; here 2,000: tests/reliability/fuzzing.py).
reliability: venv
	THREATLOG_FUZZ=large QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests/reliability

bench: venv
	@scripts/ensure-system-packages zip
	@for script in bench/bench_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

screenshots: venv
	@scripts/ensure-system-packages xvfb
	PYTHONPATH=. QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x880x24" $(PY) scripts/take_screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis $(QM_FILES)

# Desktop builds (packaging/README.md). A venv of its own, installed from the same hash-pinned lock
# (with the `build` extra: PyInstaller), so a build never touches .venv and a build from the same
# lock, Python and commit contains the same code.
BUILD_VENV := build/venv
BUILD_PY := $(BUILD_VENV)/bin/python
BUILD_STAMP := $(BUILD_VENV)/.installed
PACKAGE := dist/threatlog/threatlog
PACKAGE_INPUTS := $(shell find app resources packaging -type f -not -path '*/__pycache__/*' 2>/dev/null) \
                  LICENSE pyproject.toml requirements.lock

build-venv: $(BUILD_STAMP)

$(BUILD_STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Threatlog needs Python 3.11 or newer")'
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_PY) -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	@touch $@

package: $(PACKAGE)

# PYTHONHASHSEED and SOURCE_DATE_EPOCH make the build byte-for-byte repeatable: the same commit,
# lock and Python give the same files (dist/threatlog.SHA256SUMS lists them; packaging/README.md).
$(PACKAGE): $(BUILD_STAMP) $(PACKAGE_INPUTS)
	@scripts/ensure-system-packages
	PYTHONHASHSEED=0 SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 315532800) \
	PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-cache $(BUILD_PY) -m PyInstaller --noconfirm --clean \
	    --log-level WARN --distpath dist --workpath build/pyinstaller packaging/threatlog.spec
	@touch $@
	cd dist/threatlog && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum > ../threatlog.SHA256SUMS
	@echo "Built dist/threatlog ($$(du -sh dist/threatlog | cut -f1), $$(wc -l < dist/threatlog.SHA256SUMS) files)"

package-test: package
	@scripts/ensure-system-packages desktop
	packaging/package_test.sh dist/threatlog

clean-package:
	rm -rf build dist
