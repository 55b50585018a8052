# Two commands do all set-up on a fresh Debian machine: `make run` and `make test`.
# Both create or update .venv themselves; system packages are installed when missing (needs root and apt).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

# Debian packages, each for a reason:
# - what Qt's xcb platform plugin and its GL integrations link to beyond a minimal Debian (`ldd` of
#   PySide6/Qt/plugins/platforms/libqxcb.so, mapped to packages with `dpkg -S`; tests/ui/test_platform_libraries.py
#   fails on any library still "not found", so this list cannot silently fall behind a new Qt);
# - Pango for WeasyPrint's PDF report;
# - Xvfb and xauth: `make run` starts a virtual screen where there is no display, and the screenshots use it;
# - openssl, minisign, age, poppler-utils: the standard tools the tests compare packages and reports against;
# - postgresql: the Secretariat's tests and bench start throwaway PostgreSQL servers of their own (initdb, pg_ctl
#   on a Unix socket in a temporary folder; src/omnibus/tools/postgres_server.py), never the system's cluster.
QT_PACKAGES := libdbus-1-3 libegl1 libfontconfig1 libfreetype6 libgl1 libglib2.0-0 libx11-6 libx11-xcb1 libxcb1 \
	libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
	libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 \
	libxkbcommon-x11-0 libxkbcommon0
SYSTEM_PACKAGES := $(QT_PACKAGES) libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 xvfb xauth \
	openssl minisign age poppler-utils postgresql

.PHONY: run lock licenses format test lint typecheck contracts pytest bench bench-instructions screenshots translations system-deps venv clean schema \
	bundle bundle-test

# With no display (a server, a container), the window opens on a virtual screen instead of failing.
run: venv system-deps translations
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then QT_QPA_PLATFORM= $(BIN)/omnibus; \
	else echo "No display: omnibus runs on a virtual screen (Xvfb, 1366x768)."; \
	  QT_QPA_PLATFORM= xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/omnibus; fi

venv: $(STAMP)

# Installs exactly what requirements.lock names, checked against its hashes: a new release upstream changes
# nothing here until `make lock` is run and its diff reviewed.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock > $(VENV)/pip.log 2>&1 \
	  || (cat $(VENV)/pip.log; exit 1)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . > $(VENV)/pip.log 2>&1 \
	  || (cat $(VENV)/pip.log; exit 1)
	$(BIN)/python -m pip check
	touch $(STAMP)

# Resolves the newest versions pyproject.toml allows, for every platform and Python >= 3.11, with their hashes.
# The build backend (hatchling, and editables for the editable install) is locked too: the project is installed
# without build isolation. Needs only uv, so that a broken lock can still be refreshed.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet "uv>=0.13"
	printf 'hatchling>=1.25\neditables>=0.5\n' | $(BIN)/uv pip compile pyproject.toml - --extra dev --universal \
	  --python-version 3.11 --generate-hashes --quiet -o requirements.lock
	$(BIN)/python src/omnibus/tools/lock_stamp.py pyproject.toml requirements.lock
	@echo "requirements.lock refreshed: review its diff, then run make test before committing it."

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
	$(BIN)/ruff check src tests bench packaging
	$(BIN)/ruff format --check src tests bench packaging

format: venv
	$(BIN)/ruff check --fix src tests bench packaging
	$(BIN)/ruff format src tests bench packaging

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

# Every runtime dependency's licence; fails on one that would forbid shipping omnibus (MIT) as a bundle.
licenses: venv
	$(BIN)/python -m omnibus.tools.licenses

schema: venv
	$(BIN)/python -m omnibus.tools.write_schema

# The Linux bundle (PyInstaller, packaging/omnibus.spec): dist/omnibus/, its .tar.gz and SHA256SUMS; with
# MINISIGN_SECRET_KEY=path/to/key also SHA256SUMS.minisig. Built on Debian 12, it runs on Debian 12 and newer.
bundle: venv system-deps translations
	rm -rf dist/omnibus
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/omnibus.spec
	packaging/linux/pack.sh

# The release check (too heavy for CI, not part of `make test`; needs root): the bundle from `make bundle` in a
# clean Debian 12 with no Python and no fonts, the command line's journey, portable mode, an upgrade of an old
# database, and the window in English, Arabic and Chinese (screenshots in build/bundle-test/screenshots/).
bundle-test: venv
	packaging/linux/bundle-test.sh

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
