# MentorDesk developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run display test lint package bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python build/translations.py --release
	touch $(STAMP)

# Without a display Qt would draw the window offscreen and `make run` would never end.
run: display $(STAMP)
	$(BIN)/mentordesk gui

display:
ifeq ($(DISPLAY)$(WAYLAND_DISPLAY)$(filter environment command line,$(origin QT_QPA_PLATFORM)),)
	@echo "make run: no display found (DISPLAY and WAYLAND_DISPLAY are empty), so MentorDesk's window cannot be shown. Run it from a desktop session, or set QT_QPA_PLATFORM to choose a platform." >&2
	@exit 2
endif

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

package: $(STAMP)
	$(BIN)/python build/build.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

clean:
	rm -rf dist build/work .pytest_cache .mypy_cache .ruff_cache
