#!/usr/bin/env bash
# The Joi differential test: N generated BIK entries through Joi 17.13.9 itself and
# through UserProperty::from_json_report; compare.py says what must agree.
#   scripts/joi-differential/run.sh [COUNT] [SEED]     (defaults: 30000 entries, seed 11)
# Needs node and npm (Joi is installed from the npm registry into target/, once).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count="${1:-30000}"
seed="${2:-11}"
work="$root/target/joi-differential"
mkdir -p "$work"
cp "$here/package.json" "$here/schema.js" "$here/run.js" "$work/"
if [ ! -d "$work/node_modules/joi" ]; then
  (cd "$work" && npm install --no-audit --no-fund --silent)
fi
python3 "$here/gen_entries.py" --count "$count" --seed "$seed" > "$work/entries.jsonl"
(cd "$work" && TZ=UTC node run.js entries.jsonl > joi.jsonl)
cargo run --quiet --example joi_differential < "$work/entries.jsonl" > "$work/ours.jsonl"
python3 "$here/compare.py" "$work/entries.jsonl" "$work/joi.jsonl" "$work/ours.jsonl"
