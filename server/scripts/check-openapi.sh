#!/usr/bin/env bash
# Checks the server's OpenAPI document with a real validator.
#
# Writes the document (`contactkit-server --print-openapi`, what `GET /openapi.json`
# serves) to target/openapi.json, installs the pinned openapi-spec-validator (and its
# pinned dependencies, openapi-requirements.txt beside this script) into
# target/openapi-venv once, and validates the document as OpenAPI 3.1. Needs python3 with
# venv and PyPI; exits non-zero on any validation error.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=target/openapi-venv
requirements=server/scripts/openapi-requirements.txt
mkdir -p target
cargo run --quiet -p contactkit-server -- --print-openapi > target/openapi.json
# Reinstall when the pins change: the copy of the pins in the venv tells.
if ! cmp -s "$requirements" "$venv/requirements.txt" 2>/dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi
"$venv/bin/openapi-spec-validator" --version
"$venv/bin/openapi-spec-validator" --schema 3.1 --validation-errors all target/openapi.json
