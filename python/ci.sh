#!/usr/bin/env bash
# CI for the Python package (python/): lints of its crate, a pinned venv under target/,
# `pip install ./python` (maturin from the build backend), pytest with the Spark test.
#
# Needs only the package registries (PyPI, crates.io) and a JDK for PySpark (17 is at
# /usr/bin/java). Measured from cold on the project's 2 shared cores: see the time
# printed at the end and python/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

VENV=target/py-venv
# Its own target folder: the crate is its own workspace, and a separate folder keeps
# its build from invalidating the root workspace's.
export CARGO_TARGET_DIR="$PWD/target/python"

echo "== python: fmt and clippy of python/Cargo.toml"
cargo fmt --manifest-path python/Cargo.toml -- --check
cargo clippy --manifest-path python/Cargo.toml --all-targets -- -D warnings

echo "== python: venv with the pinned tools (python/requirements-dev.txt)"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r python/requirements-dev.txt

echo "== python: pip install ./python"
"$VENV/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps ./python
"$VENV/bin/python" -c 'import contactkit, sys; print("contactkit", contactkit.__version__, "on", sys.version.split()[0])'

echo "== python: a JDK for PySpark, the reference body and the CLI for the Spark test"
if ! command -v java >/dev/null 2>&1; then
  apt-get update && apt-get install -y --no-install-recommends openjdk-17-jre-headless
fi
if [ ! -f target/perf-data/bulk-100k.json ]; then
  "$VENV/bin/python" benches/perf/gen_data.py --out target/perf-data
fi
# The root workspace's debug CLI (the main job builds it too).
env -u CARGO_TARGET_DIR cargo build --quiet -p contactkit-cli

echo "== python: pytest (conformance tables, properties, columns, Spark local[2])"
export PYSPARK_PYTHON="$PWD/$VENV/bin/python"
export CONTACTKIT_CLI="$PWD/target/debug/contactkit"
export CONTACTKIT_BULK_BODY="$PWD/target/perf-data/bulk-100k.json"
# From the root, so that `import contactkit` is the installed wheel, not python/contactkit/.
export HYPOTHESIS_STORAGE_DIRECTORY="$PWD/target/hypothesis"
"$VENV/bin/python" -m pytest -p no:cacheprovider -q python/tests

echo "== python: the benchmark script runs (one short round; figures: python/README.md)"
"$VENV/bin/python" python/benches/bench.py --rounds 1 --values 100000

echo "== python: done in $(( $(date +%s) - started )) s"
