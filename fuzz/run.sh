#!/usr/bin/env bash
# Smoke run of every fuzz target: `fuzz/run.sh [SECONDS] [TARGET...]`.
#
# Each target runs for SECONDS (default 10) on its working corpus fuzz/corpus/<t>
# (git-ignored, kept between runs) plus the committed seeds fuzz/seeds/<t>; the JSON
# targets also get fuzz/json.dict. Prints one line per target with libFuzzer's final
# execution count and coverage (`cov:`), and exits non-zero as soon as a target crashes
# (libFuzzer leaves the input in fuzz/artifacts/<t>/).
#
# FUZZ_FLAGS adds cargo-fuzz build options, the same for the build and every run (so the
# runs do not rebuild), e.g. FUZZ_FLAGS="--sanitizer none" for a faster build.
#
# Needs nightly and cargo-fuzz (`cargo install cargo-fuzz --locked`).
set -euo pipefail
cd "$(dirname "$0")"
read -r -a flags <<<"${FUZZ_FLAGS:-}"

seconds="${1:-10}"
shift || true
if [ "$#" -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

# Build once, up front, so the time budget is spent fuzzing.
cargo +nightly fuzz build "${flags[@]}"

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
printf '%-36s %12s %8s %8s\n' target execs cov ft
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "seeds/$t"
  args=(-max_total_time="$seconds" -print_final_stats=1)
  case "$t" in
    user_properties_* | update_profile_*) args+=(-dict=json.dict) ;;
  esac
  if ! cargo +nightly fuzz run "${flags[@]}" "$t" "corpus/$t" "seeds/$t" -- "${args[@]}" >"$logs/$t" 2>&1; then
    printf '%-36s CRASHED\n' "$t"
    tail -n 40 "$logs/$t"
    exit 1
  fi
  # The last status line (`#N DONE cov: C ft: F ...`) and the final stats.
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t" | tail -n 1)"
  status="$(grep -E '^#[0-9]+' "$logs/$t" | tail -n 1)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")"
  printf '%-36s %12s %8s %8s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}"
done
