#!/usr/bin/env bash
# Regenerates every generated data file of contactkit from the pinned Python packages:
#
#   src/phone/data.rs, src/phone/examples.tsv  scripts/gen_phone_metadata.py (phonenumbers)
#   src/country/table.rs                       scripts/gen_country_table.py  (pycountry)
#   src/locale/registry.rs                     scripts/gen_locale_tables.py  (langcodes)
#
# Usage:
#   scripts/regenerate.sh          regenerate and write the files into the tree
#   scripts/regenerate.sh --check  regenerate into target/regen-out only, leave the tree
#                                  alone, and exit 1 listing every generated file that
#                                  differs from the fresh output (CI runs this)
#
# Needs python3 (with venv and pip) and rustfmt; the only network access is pip
# installing scripts/requirements-regen.txt (exact versions, hashes) from the package
# index into the venv target/regen-venv, which is created on first use and reused after.
# The generators are deterministic; data.rs is formatted with rustfmt, the other Rust
# files are emitted rustfmt-clean. About 30 s, most of it the locale tables.
set -euo pipefail
cd "$(dirname "$0")/.."

check=false
case "${1-}" in
  "") ;;
  --check) check=true ;;
  -h | --help) sed -n '2,18s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "usage: scripts/regenerate.sh [--check]" >&2; exit 2 ;;
esac

GENERATED=(
  src/phone/data.rs
  src/phone/examples.tsv
  src/country/table.rs
  src/locale/registry.rs
)
VENV=target/regen-venv
OUT=target/regen-out
REQUIREMENTS=scripts/requirements-regen.txt

# The venv: reuse it while it works, else (re)create it. pip skips what is installed.
if ! "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
  rm -rf "$VENV"
  mkdir -p "$(dirname "$VENV")"
  python3 -m venv "$VENV" || {
    echo "regenerate: python3 -m venv failed (on Debian: apt-get install python3-venv)" >&2
    exit 2
  }
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  --require-hashes --only-binary=:all: -r "$REQUIREMENTS"

# Generate into $OUT (inside the repository, so rustfmt reads the project's config).
rm -rf "$OUT"
mkdir -p "$OUT/src/phone" "$OUT/src/country" "$OUT/src/locale"
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1
py="$VENV/bin/python"
echo "regenerate: phone metadata (phonenumbers)"
"$py" scripts/gen_phone_metadata.py "$OUT"
echo "regenerate: country table (pycountry)"
"$py" scripts/gen_country_table.py >"$OUT/src/country/table.rs"
echo "regenerate: locale tables (langcodes)"
"$py" scripts/gen_locale_tables.py >"$OUT/src/locale/registry.rs"
edition=$(sed -n 's/^edition = "\([0-9]*\)"$/\1/p' Cargo.toml | head -n 1)
rustfmt --edition "${edition:-2021}" "$OUT/src/phone/data.rs" "$OUT/src/country/table.rs" \
  "$OUT/src/locale/registry.rs"

marker='@generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh'
changed=()
for f in "${GENERATED[@]}"; do
  if ! head -n 1 "$OUT/$f" | grep -qF "$marker"; then
    echo "regenerate: $OUT/$f lacks the @generated marker on its first line" >&2
    exit 2
  fi
  if ! cmp -s "$OUT/$f" "$f"; then
    changed+=("$f")
  fi
done

if $check; then
  if [ ${#changed[@]} -ne 0 ]; then
    echo "regenerate --check: these generated files differ from what the generators produce:" >&2
    for f in "${changed[@]}"; do
      echo "  $f" >&2
      diff -u "$f" "$OUT/$f" | head -n 20 >&2 || true
    done
    echo "Do not edit them by hand: run scripts/regenerate.sh and commit the result." >&2
    exit 1
  fi
  echo "regenerate --check: all ${#GENERATED[@]} generated files are up to date"
  exit 0
fi

for f in "${changed[@]}"; do
  cp "$OUT/$f" "$f"
  echo "regenerate: updated $f"
done
echo "regenerate: ${#changed[@]} of ${#GENERATED[@]} generated files changed"
