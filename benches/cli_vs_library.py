#!/usr/bin/env python3
"""The CLI end to end against the library on the same entries, one run, interleaved.

    cargo build --release -p contactkit-cli && cargo build --release --example bulk_validate
    python3 benches/cli_vs_library.py target/bik-100k.json [ROUNDS]

From the BIK body (e.g. `bulk_validate --write target/bik-100k.json`) it writes the same
entries as JSON Lines and as CSV (tags joined with `;`) next to it, then times, ROUNDS
times (default 5) in turn: the library (`examples/bulk_validate`, its own clock around
`BulkOutcome::from_json_with` on the body in memory) and `contactkit check` on each input
with `--jobs 1` and `--jobs 2`, JSON Lines out and the rejects file on (wall clock of
the whole process: start-up, reading, writing). Prints the medians as entries/s and as
ratios: each CLI run to the library's one core, and `--jobs 2` to `--jobs 1`.
Standard library only.
"""

import csv
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "target", "release", "contactkit")
LIBRARY = os.path.join(ROOT, "target", "release", "examples", "bulk_validate")
FIELDS = [
    "firstName", "lastName", "source", "phoneNumber", "alternatePhoneNumber", "email",
    "address1", "address2", "city", "state", "country", "createdAt", "updatedAt",
    "emailMarketingConsent", "smsMarketingConsent", "tags", "partnerCustomerId",
]


def cell(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, (dict,)) or value is None:
        return json.dumps(value)
    return str(value)


def write_inputs(body_path):
    with open(body_path, encoding="utf-8") as f:
        entries = json.load(f)["userProperties"]
    stem = os.path.splitext(body_path)[0]
    jsonl, csv_path = stem + ".jsonl", stem + ".csv"
    with open(jsonl, "w", encoding="utf-8") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(FIELDS)
        for entry in entries:
            # Keys outside the schema have no column: such entries are left out of the CSV.
            if isinstance(entry, dict) and set(entry) <= set(FIELDS):
                writer.writerow([cell(entry[k]) if k in entry else "" for k in FIELDS])
    return len(entries), jsonl, csv_path


def records(path):
    if path.endswith(".csv"):
        with open(path, encoding="utf-8") as f:
            return sum(1 for _ in csv.reader(f)) - 1
    with open(path, encoding="utf-8") as f:
        return sum(1 for line in f if line.strip()) if path.endswith(".jsonl") else None


def library_rate(body):
    out = subprocess.run([LIBRARY, body], capture_output=True, text=True, check=True).stdout
    return float(re.search(r"s: (\d+) entries/s", out).group(1))


def cli_rate(path, n, jobs, scratch):
    start = time.perf_counter()
    done = subprocess.run(
        [CLI, "check", path, "--jobs", str(jobs), "--out", os.path.join(scratch, "out.jsonl"),
         "--rejects", os.path.join(scratch, "rejects.jsonl")],
        capture_output=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"contactkit check {path} failed: {done.stderr.decode()}")
    return n / elapsed


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    body = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    n, jsonl, csv_path = write_inputs(body)
    inputs = [("JSON body", body, n), ("JSON Lines", jsonl, n), ("CSV", csv_path, records(csv_path))]
    scratch = os.path.join(ROOT, "target", "cli-bench")
    os.makedirs(scratch, exist_ok=True)
    rates = {}
    for _ in range(rounds):
        rates.setdefault("library", []).append(library_rate(body))
        for name, path, count in inputs:
            for jobs in (1, 2):
                rates.setdefault((name, jobs), []).append(cli_rate(path, count, jobs, scratch))
    median = {k: statistics.median(v) for k, v in rates.items()}
    lib = median["library"]
    print(f"load average at the end: {os.getloadavg()[0]:.2f}; median of {rounds} rounds")
    print()
    print("| run | records | entries/s | / library one core | jobs 2 / jobs 1 |")
    print("| --- | ---: | ---: | ---: | ---: |")
    print(f"| library `BulkOutcome::from_json_with`, one core | {n} | {lib / 1e3:.0f}k | 1.00x | |")
    for name, _, count in inputs:
        one, two = median[(name, 1)], median[(name, 2)]
        print(f"| CLI, {name}, `--jobs 1` | {count} | {one / 1e3:.0f}k | {one / lib:.2f}x | |")
        print(f"| CLI, {name}, `--jobs 2` | {count} | {two / 1e3:.0f}k | {two / lib:.2f}x | {two / one:.2f}x |")


if __name__ == "__main__":
    main()
