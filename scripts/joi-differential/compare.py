#!/usr/bin/env python3
"""Compares our errors with Joi 17.13.9's on the same entries; exits 1 on any mismatch.

    python3 compare.py entries.jsonl joi.jsonl ours.jsonl

Joi checks structure only; the project adds content rules (trimmed emptiness, control
characters, lone surrogates, email and phone validity, strict dates, length and item
limits) at the same positions. So for every entry:

1. every error Joi reports, we report too, in the same order (Joi's list is a
   subsequence of ours), and
2. every error we report that Joi does not is one of the content rules.

Then the first errors agree whenever no content rule fires before Joi's first error,
and an entry Joi accepts is rejected only for a content rule.
"""
import json
import sys
from collections import Counter

CONTENT_RULES = (
    "is not allowed to be empty",
    "must not contain control characters",
    "must not contain unpaired surrogates",
    "must be a valid email",
    "must be a valid phone number",
    "must be a valid date",
    "characters long",
    "must contain less than or equal to",
)


def rule_of(message):
    return next((r for r in CONTENT_RULES if message.endswith(r) or r in message), None)


def is_subsequence(small, big):
    it = iter(big)
    return all(any(x == y for y in it) for x in small)


def main():
    entries_path, joi_path, ours_path = sys.argv[1:4]
    entries = [line.rstrip("\n") for line in open(entries_path, encoding="utf-8")]
    joi = [json.loads(line) for line in open(joi_path, encoding="utf-8")]
    ours = [json.loads(line) for line in open(ours_path, encoding="utf-8")]
    if not (len(entries) == len(joi) == len(ours)):
        sys.exit(f"line counts differ: {len(entries)} entries, {len(joi)} Joi, {len(ours)} ours")
    mismatches = []
    stats = Counter()
    for entry, j, o in zip(entries, joi, ours):
        if "json_error" in j:
            stats["not JSON for Joi"] += 1
            if not o["all_errors"] or "must be valid JSON" not in o["all_errors"][0]:
                mismatches.append((entry, "Joi: not JSON", o["all_errors"]))
            continue
        joi_errors, our_errors = j["all_errors"], o["all_errors"]
        extra = [e for e in our_errors if e not in joi_errors]
        ok = is_subsequence(joi_errors, our_errors) and all(rule_of(e) for e in extra)
        if not ok:
            mismatches.append((entry, joi_errors, our_errors))
            continue
        if not joi_errors and not our_errors:
            stats["valid for both"] += 1
        elif joi_errors and our_errors[:1] == joi_errors[:1]:
            stats["same first error"] += 1
        elif joi_errors:
            stats["content rule fires first"] += 1
        else:
            stats["valid for Joi, content rule for us"] += 1
        for e in extra:
            stats["content rule: " + rule_of(e)] += 1
    for key, n in sorted(stats.items()):
        print(f"{n:7d}  {key}")
    print(f"{len(entries):7d}  entries, {len(mismatches)} mismatches")
    for entry, j, o in mismatches[:20]:
        print(f"MISMATCH {entry}\n  Joi:  {j}\n  ours: {o}")
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
