# Two commands on a fresh machine with Python 3.11+:  make run   and   make test
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench screenshots clean venv system-deps

venv: $(STAMP)

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

bench: venv
	@scripts/ensure-system-packages zip
	@for script in bench/bench_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

screenshots: venv
	@scripts/ensure-system-packages xvfb
	PYTHONPATH=. QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x880x24" $(PY) scripts/take_screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
