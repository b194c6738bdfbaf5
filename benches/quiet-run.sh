#!/usr/bin/env bash
# Every performance figure of the README's "Performance" section, in one sitting (about
# ten minutes on 2 cores). Run it on an otherwise idle machine; it prints the load average
# before and after, and keeps the whole output in target/quiet-run.txt.
#
#   bash benches/quiet-run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec > >(tee target/quiet-run.txt) 2>&1

echo "== $(date -u +%FT%TZ) $(uptime)"
cargo build --release -q -p contactkit-cli
cargo build --release -q --example bulk_validate --example bulk_memory
[ -f target/bik-100k.json ] || target/release/examples/bulk_validate --write target/bik-100k.json

echo "== peers, one core (drops not timed), then the floors with drops timed"
(cd benches/peers && cargo bench -q --features rayon -- 100000 5)
(cd benches/peers && cargo bench -q -- 100000 5 --only=contactkit --only="parse only" --only=from_slice --time-drops)

echo "== the CLI against the library"
python3 benches/cli_vs_library.py target/bik-100k.json 5

echo "== memory"
target/release/examples/bulk_memory target/bik-100k.json
/usr/bin/time -f "bulk_validate: %M KB peak RSS" target/release/examples/bulk_validate target/bik-100k.json
for jobs in 1 2; do
  /usr/bin/time -f "contactkit check --jobs $jobs: %M KB peak RSS" \
    target/release/contactkit check target/bik-100k.json --jobs "$jobs" \
    --out target/cli-bench/out.jsonl --rejects target/cli-bench/rejects.jsonl || test $? -eq 1
done

echo "== criterion"
cargo bench -q --bench newtypes -- --warm-up-time 1 --measurement-time 2 'email/|phone/' 2>&1 | grep -E '^(email|phone)/|thrpt'
cargo bench -q --bench bulk --features rayon -- --warm-up-time 1 --measurement-time 4 'bik_bulk_entries|bik_write' 2>&1 | grep -E '^bik|thrpt'
echo "== $(date -u +%FT%TZ) $(uptime)"
