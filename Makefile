# Two commands do all set-up on a fresh Debian machine: `make run` and `make test`.
# Both create or update .venv themselves; system packages are installed when missing (needs root and apt).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

# Debian packages: Qt's runtime libraries, WeasyPrint's Pango, the tools the tests compare us against
# (openssl, minisign, age, poppler-utils) and Xvfb for real-window screenshots.
SYSTEM_PACKAGES := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 \
	libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 openssl minisign age poppler-utils

.PHONY: run test lint typecheck contracts pytest bench bench-instructions screenshots translations system-deps venv clean schema

run: venv translations
	QT_QPA_PLATFORM= $(BIN)/omnibus

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
	$(BIN)/python -m pip install --quiet -e '.[dev]' 2>&1 | grep -v '^WARNING: Location' || true
	$(BIN)/python -c 'import omnibus, pydantic, sqlalchemy, PySide6, weasyprint'
	touch $(STAMP)

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "Missing system packages (install them yourself): $$missing"; fi; \
	fi

translations: venv
	$(BIN)/python -m omnibus.tools.build_translations

lint: venv
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: venv
	$(BIN)/mypy

contracts: venv
	$(BIN)/lint-imports

pytest: venv system-deps translations
	$(BIN)/python -m pytest -n 2 -q

test: lint typecheck contracts pytest

bench: venv system-deps translations
	$(BIN)/python -m bench

# The report's ratio in instructions (valgrind), which a busy machine does not change; two minutes.
bench-instructions: venv system-deps translations
	@command -v valgrind >/dev/null && command -v cc >/dev/null || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends valgrind gcc libc6-dev >/dev/null)
	$(BIN)/python -m bench.instructions

screenshots: venv system-deps translations
	$(BIN)/python -m omnibus.tools.screenshots docs/screenshots

schema: venv
	$(BIN)/python -m omnibus.tools.write_schema

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
