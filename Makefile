# Studio: two commands do all the set-up.
#   make run   - create .venv, install Studio, open the window on the sample course
#                (with no display: run `studio demo` and say where the output is)
#   make test  - install everything the tests need, then lint and run the whole suite

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= $(abspath ../shared)
export HARNESS_CACHE ?= $(CURDIR)/.cache/harness
export STUDIO_SHARED := $(SHARED)
PIP := $(BIN)/python -m pip

# Debian packages: what the tests use (speech, virtual display, browsers, EPUBCheck's Java,
# ffprobe for test assertions, the libraries Qt's xcb platform and QtMultimedia need,
# LibreOffice + poppler for rendering PowerPoint slides, Calibre as a second EPUB reader).
APT_TEST_PACKAGES := espeak-ng sox xvfb xdotool imagemagick libpulse0 chromium chromium-driver \
	at-spi2-core python3-pyatspi dbus \
	fonts-dejavu-core default-jre-headless ffmpeg libegl1 libgl1 libxkbcommon-x11-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 \
	x11-apps libreoffice-impress-nogui poppler-utils calibre
APT_RUN_PACKAGES := libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libpulse0 fonts-dejavu-core

.PHONY: run test lint pytest venv deps test-deps system-test-deps harness-deps moodle-kit lrs-deps \
	sample demo bench dist dist-test clean core-test

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Studio needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip setuptools wheel

venv: $(BIN)/python

# Studio and its runtime dependencies (GUI included).
$(VENV)/.deps: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e '.[gui]'
	touch $@

deps: $(VENV)/.deps

# Test tools, plus openai-whisper installed without triton (CUDA-only, ~1 GB) next to a CPU torch.
$(VENV)/.test-deps: pyproject.toml $(VENV)/.deps
	$(PIP) install --quiet -e '.[gui,test,openai-whisper,dist,cluster]'
	$(PIP) install --quiet --no-deps openai-whisper==20250625
	touch $@

test-deps: $(VENV)/.test-deps

system-test-deps:
	@missing=""; for p in $(APT_TEST_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null; then \
	  echo "Install these packages with your system's package manager:$$missing"; exit 1; fi; \
	if [ "$$(id -u)" != 0 ]; then \
	  echo "Some system packages are missing. Run this, then 'make test' again:"; \
	  echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$$missing"; exit 1; fi; \
	echo "Installing system packages:$$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing

# The shared harness: playwright (pip) and the npm packages scorm-again/axe-core in HARNESS_CACHE.
harness-deps: $(VENV)/.test-deps
	@test -d "$(SHARED)/harness" || { echo "The shared folder is missing: $(SHARED) (the checkout expects it beside itself; elsewhere run make test SHARED=/path/to/shared)"; exit 1; }
	@if [ ! -d "$(HARNESS_CACHE)/node_modules/scorm-again" ] || [ ! -d "$(HARNESS_CACHE)/node_modules/axe-core" ]; then \
	  PYTHON=$(CURDIR)/$(BIN)/python bash "$(SHARED)/harness/setup.sh"; fi

# The shared Moodle 4.1 kit (PHP, a private PostgreSQL, Moodle installed offline): once per
# machine, a few minutes; a no-op afterwards. Moodle tests skip with the reason without it.
moodle-kit:
	@test -x "$(SHARED)/lms/moodle/setup.sh" || { echo "The shared Moodle kit is missing: $(SHARED)/lms/moodle"; exit 1; }
	@if [ "$$(id -u)" = 0 ]; then bash "$(SHARED)/lms/moodle/setup.sh"; \
	else bash "$(SHARED)/lms/moodle/setup.sh" --check || echo "Moodle kit not set up: run make test as root (Moodle tests will skip)"; fi

# The LRS the cmi5 tests record into: Ralph (ralph-malph, file-system backend) in its own
# virtualenv, so its pinned web stack never meets Studio's. The tests start and stop it.
# (ralph-malph[lrs] 5.1.0 imports requests without declaring it.)
RALPH_VENV := .cache/ralph
RALPH_SPEC := 'ralph-malph[lrs]==5.1.0' 'requests>=2.31'
$(RALPH_VENV)/.installed:
	$(PYTHON) -m venv $(RALPH_VENV)
	$(RALPH_VENV)/bin/python -m pip install --quiet $(RALPH_SPEC)
	touch $@

lrs-deps: $(RALPH_VENV)/.installed

lint: $(VENV)/.test-deps
	$(BIN)/ruff check studio tests bench resources
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: $(VENV)/.test-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The headless core in a venv without PySide6 at all (napari's rule): it must import and
# pass its tests with no Qt installed, not merely with Qt blocked.
CORE_VENV := .venv-core
$(CORE_VENV)/.deps: pyproject.toml
	$(PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(CORE_VENV)/bin/python -m pip install --quiet -e . 'pytest>=8' 'pytest-timeout>=2.3' 'hypothesis>=6.100' 'psutil>=5.9'
	touch $@

core-test: $(CORE_VENV)/.deps
	@$(CORE_VENV)/bin/python -c 'import importlib.util as u, sys; sys.exit("PySide6 is installed in $(CORE_VENV)" if u.find_spec("PySide6") else 0)'
	$(CORE_VENV)/bin/python -m pytest -q tests/core tests/captions

# The PyInstaller build and its smoke test take about 3 minutes, so CI runs them too.
test: system-test-deps $(VENV)/.test-deps harness-deps moodle-kit lrs-deps lint core-test pytest dist \
	dist-test

run: $(VENV)/.deps
	@if [ "$$(uname)" != Darwin ] && [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found: writing the sample course and every package instead."; \
	  $(BIN)/studio demo studio-demo && echo "The output is in $(CURDIR)/studio-demo"; \
	else \
	  $(BIN)/studio; \
	fi

# Rebuild the sample course (needs espeak-ng).
sample: $(VENV)/.deps
	$(BIN)/python resources/sample/build_sample.py

demo: $(VENV)/.deps
	$(BIN)/studio demo studio-demo

bench: $(VENV)/.test-deps
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

dist: $(VENV)/.test-deps
	$(BIN)/pyinstaller --noconfirm --clean studio.spec

dist-test:
	$(BIN)/python -m pytest -o addopts='-ra' tests/dist

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache studio-demo
