#!/usr/bin/env bash
# The WebAssembly package's tests (after `bash wasm/build.sh` has built wasm/pkg/):
# prepares the references under wasm/target/ci, then `node --test` (conformance tables,
# the 100k reference body against the CLI, hostile input, the API, the demo in Chromium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
ci="$here/target/ci"
mkdir -p "$ci"
log() { printf '== wasm: %s\n' "$*"; }
cd "$repo"

[ -e "$here/pkg/index.js" ] || { echo "wasm/pkg/ is missing: run bash wasm/build.sh first" >&2; exit 1; }

log "rustfmt of the wasm crate (host toolchain)"
cargo fmt --manifest-path wasm/Cargo.toml -- --check

log "the crate's tests (the answers against serde_json's, byte for byte)"
CARGO_TARGET_DIR="$here/target/native" cargo test --quiet --locked --manifest-path wasm/Cargo.toml

log "native reference answers for every table in tests/data (wasm/examples/expected.rs)"
CARGO_TARGET_DIR="$here/target/native" cargo run --quiet --locked --manifest-path wasm/Cargo.toml \
  --example expected -- tests/data >"$ci/expected.json"

log "the 100k reference body (benches/perf/gen_data.py, pinned phonenumbers in a venv)"
venv="$repo/target/wasm-venv"
if ! "$venv/bin/python" -c 'import phonenumbers' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet phonenumbers==9.0.43
fi
stamp="$(sha256sum benches/perf/gen_data.py | cut -c1-16)"
if [ "$(cat "$ci/bulk-100k.stamp" 2>/dev/null)" != "$stamp" ]; then
  "$venv/bin/python" benches/perf/gen_data.py --out "$ci/perf-data" >/dev/null
  mv "$ci/perf-data/bulk-100k.json" "$ci/bulk-100k.json"
  echo "$stamp" >"$ci/bulk-100k.stamp"
fi

log "contactkit check on the same body (the CLI, release build)"
cargo build --quiet --release -p contactkit-cli
status=0
target/release/contactkit check "$ci/bulk-100k.json" --jobs 1 \
  --out "$ci/clean.jsonl" --rejects "$ci/rejects.jsonl" --summary-json "$ci/summary.json" \
  2>"$ci/check.log" || status=$?
# 1 = some records rejected, certain for this body; 0 or 2 would both be wrong.
[ "$status" = 1 ] || { cat "$ci/check.log" >&2; exit 1; }

log "node --test (Node $(node --version), puppeteer-core and Debian's chromium)"
command -v chromium >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}
cd "$here"
npm ci --no-audit --no-fund --silent
node --test --test-concurrency=1 test/*.test.js
