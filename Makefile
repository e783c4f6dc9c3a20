# The two commands: `make serve` and `make test`. Both set everything up first.
.PHONY: serve test build setup bench archive

serve:
	bash scripts/build.sh
	PYTHONPATH=tools .venv/bin/python -m sitebuild.server --root site --port 8000

test:
	bash scripts/test.sh

build:
	bash scripts/build.sh

setup:
	bash scripts/setup.sh

bench:
	bash scripts/build.sh
	.venv/bin/python bench/run.py

archive:
	bash scripts/build.sh
	tar -czf haandbog-site.tar.gz -C site .
	@echo "== haandbog-site.tar.gz"
