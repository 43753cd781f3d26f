# The Python and environment every target uses: `make quick PYTHON=python3.10 VENV=.venv-3.10`
# tests on another Python (.ci/run does so for 3.10 and 3.13; docs/testing.md).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install venv test quick lint demo spec reference schema snapshot bench clean

# editable_mode=compat puts the source folder in a .pth file as a plain path: setuptools' default
# editable finder imports pathlib and more at every Python start (23 ms of each icli command).
# setuptools calls that mode transitional (its warning is silenced); where it is gone, the
# default editable install is used instead.
$(STAMP): pyproject.toml Makefile
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -e '.[lint,test]' --config-settings editable_mode=compat \
		|| $(BIN)/pip install --quiet -e '.[lint,test]'
	$(BIN)/python -m compileall -q icli
	touch $(STAMP)

venv: $(STAMP)

# `icli` on PATH: a link from BINDIR to this checkout's .venv (isolated from the system Python;
# the checkout must stay where it is). BINDIR defaults to ~/.local/bin.
BINDIR ?= $(HOME)/.local/bin

install: $(STAMP)
	@mkdir -p "$(BINDIR)"
	@ln -sfn "$(CURDIR)/$(BIN)/icli" "$(BINDIR)/icli"
	@echo "installed: $(BINDIR)/icli -> $(CURDIR)/$(BIN)/icli"
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; \
	  *) echo "$(BINDIR) is not on your PATH: add it, e.g. echo 'export PATH=\"$(BINDIR):\$$PATH\"' >> ~/.bashrc";; esac

test: $(STAMP)
	@test -x /usr/bin/chromium || echo "browser tests (icli serve) skipped: apt-get install -y chromium to run them"
	$(BIN)/python -m pytest

# The tests not marked slow (see the marker in pyproject.toml), on every core (pytest-xdist).
quick: $(STAMP)
	$(BIN)/python -m pytest -m "not slow" -n auto

# ruff and mypy, configured in pyproject.toml
lint: $(STAMP)
	$(BIN)/ruff check icli tests bench tools
	$(BIN)/mypy

# The demo keeps its own database under the project (never the user's archive). data/examples
# holds one news item invented for it, in English, French and Arabic (the samples are English).
DEMO_DB := .demo/icli.db

demo: $(STAMP)
	@mkdir -p .demo
	@echo "demo database: $(DEMO_DB)"
	$(BIN)/icli --db $(DEMO_DB) ingest data/dumps data/examples
	$(BIN)/icli --db $(DEMO_DB) search Kazakhstan --limit 5 --table
	$(BIN)/icli --db $(DEMO_DB) who AlMalik --since 2026-01 --limit 5 --table
	$(BIN)/icli --db $(DEMO_DB) country Sénégal --table

# icli/cli/cli_spec.json, the start-up shortcut's table, generated from the Typer definition.
spec: $(STAMP)
	$(BIN)/python -c 'from icli.cli.app import write_shortcut_spec; write_shortcut_spec()'

# docs/cli-reference.md, every command's --help (tests/test_reference.py checks it).
reference: $(STAMP)
	$(BIN)/python -m tools.reference

# docs/schema.md, generated from a fresh database made by the migration steps.
schema: $(STAMP)
	$(BIN)/python -m tools.schema

# tests/snapshots/: extraction output on the samples and fixtures, by version (extraction.json),
# and every read command's output on them (commands.json). Rerun after changing output on purpose.
snapshot: $(STAMP)
	$(BIN)/python -m tools.extraction_snapshot
	$(BIN)/python -m tools.command_snapshot

# Both corpus shapes at SIZE articles (a million: `make bench SIZE=1000000`, about an hour);
# full tables into docs/performance.md, the main figures into README.md.
SIZE ?= $(or $(BENCH_ARTICLES),100000)

bench: $(STAMP)
	$(BIN)/python -m compileall -q icli  # start-up is measured: no recompiling of edited sources
	$(BIN)/python -m bench.run --articles $(SIZE) --details docs/performance.md --summary README.md

clean:
	rm -rf $(VENV) .venv-* build/ci .pytest_cache .mypy_cache .ruff_cache .hypothesis .bench .demo *.egg-info
