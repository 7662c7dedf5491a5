# Two commands on a fresh machine with python3 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_VAULT ?= .demo-vault

.PHONY: run test lint typecheck imports pytest bench prove clean translations lupdate screenshots \
	forms-preview lock wheelhouse bundle sbom
QM := src/skyddsapp/ui/i18n/skyddsapp_en.qm
TS := translations/skyddsapp_en.ts

LOCK := packaging/lock
DIST := dist

# Every dependency from the lock, each checked against its hash; then the project itself.
$(STAMP): pyproject.toml $(LOCK)/dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)/dev.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Refresh the lock files from pyproject.toml (keeps the versions locked unless
# `make lock LOCK_FLAGS=--upgrade`): dev for every platform, runtime for the two we ship to.
UV_COMPILE = $(VENV)/bin/uv pip compile pyproject.toml --python-version 3.11 --generate-hashes \
	--quiet --no-header $(LOCK_FLAGS)
lock: | $(STAMP)
	$(UV_COMPILE) --extra dev --universal -o $(LOCK)/dev.txt
	$(UV_COMPILE) --python-platform x86_64-manylinux_2_34 -c $(LOCK)/dev.txt \
		-o $(LOCK)/runtime-linux-x86_64.txt
	$(UV_COMPILE) --python-platform x86_64-pc-windows-msvc -c $(LOCK)/dev.txt \
		-o $(LOCK)/runtime-windows-amd64.txt

# Every locked runtime wheel for Linux and Windows, the skyddsapp wheel, SHA256SUMS and the
# install scripts, in one folder to carry to a workstation without network.
wheelhouse: $(STAMP) translations
	$(PY) packaging/wheelhouse.py --out $(DIST)/wheelhouse

# The Linux one-folder bundle (dist/skyddsapp), its smoke test (--self-test, start time, size)
# and its SBOM and licence list. About 1.5 minutes; CI runs it after `make test`.
bundle: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath $(DIST) \
		--workpath build/pyinstaller packaging/skyddsapp.spec
	$(PY) packaging/bundle_smoke.py $(DIST)/skyddsapp
	$(PY) packaging/sbom.py --bundle $(DIST)/skyddsapp

# CycloneDX SBOM and licence list into packaging/ (and into the bundle if built).
sbom: $(STAMP)
	$(PY) packaging/sbom.py --bundle $(DIST)/skyddsapp

run: $(STAMP) translations
	$(PY) -m skyddsapp demo --vault $(DEMO_VAULT)
	$(PY) -m skyddsapp.ui --vault $(DEMO_VAULT)

# Compiled translations; the .qm files are build output (ignored by git, shipped in the wheel).
translations: $(QM)

$(QM): $(TS) $(STAMP)
	@mkdir -p $(dir $(QM))
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)

# After changing user-visible strings: refresh the domain labels and the .ts from the sources.
lupdate: $(STAMP)
	$(PY) translations/domain_strings.py
	$(VENV)/bin/pyside6-lupdate $(shell find src/skyddsapp/ui -name "*.py" | sort) -ts $(TS) -no-obsolete -locations none \
		-source-language sv_SE -target-language en_GB

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots

# Every form as PNG pages, filled from a fictitious demo case (needs pdftoppm; no PDF is written).
forms-preview: $(STAMP)
	$(PY) tools/forms_preview.py docs/forms

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks tools packaging
	$(VENV)/bin/ruff format --check src tests benchmarks tools packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy

imports: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP) translations
	$(VENV)/bin/pytest

test: lint typecheck imports pytest

# Every benchmark at full size, each printing its ratios with PASS/FAIL (about 15 minutes; each
# also has --quick, which `make test` runs through tests/).
bench: $(STAMP) translations
	$(PY) benchmarks/vault_bench.py
	$(PY) benchmarks/documents_bench.py
	$(PY) benchmarks/ui_bench.py
	$(PY) benchmarks/commit_bench.py
	$(PY) benchmarks/backup_bench.py
	$(PY) benchmarks/yearly_report_bench.py
	$(PY) benchmarks/chart_bench.py

# Issue 8: kills, byte flips, rollback, a full disk and Hypothesis, counted in one table
# (about 5 minutes on 2 cores; `$(PY) benchmarks/prove.py --quick` runs a few of each, as `make test` does).
prove: $(STAMP)
	$(PY) benchmarks/prove.py

clean:
	rm -rf $(VENV) $(DEMO_VAULT) .pytest_cache .mypy_cache .ruff_cache $(QM) $(DIST) build
