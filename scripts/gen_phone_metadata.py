#!/usr/bin/env python3
"""Regenerates the number plans `IntlPhone` validates against, and their test table.

Writes (relative to the repository root):
  src/phone/data.rs       per territory only what parsing and validation read (calling
                          code, prefixes, leading digits, the general pattern and each
                          number type's pattern and possible lengths), as Rust statics;
                          formats, examples and comments are dropped
  src/phone/examples.tsv  every example number of every region and non-geographic
                          calling code, in E.164 and national form, and near misses
                          (a digit fewer, one more, the last changed), with what Python
                          phonenumbers answers for each (the unit tests compare)

The data is that of the Python `phonenumbers` package, which is generated from
libphonenumber's `resources/PhoneNumberMetadata.xml` of the same version and is the
reference the conformance tables were produced with. The output is deterministic.
`data.rs` also carries `METADATA_VERSION` (re-exported as `contactkit::phone::
METADATA_VERSION`), so the constant cannot drift from the data.

Run it through scripts/regenerate.sh, which installs the pinned phonenumbers
(scripts/requirements-regen.txt) and formats data.rs with rustfmt (the committed form).
By hand, with phonenumbers installed:

    python3 scripts/gen_phone_metadata.py [OUT_ROOT]

OUT_ROOT (default: the repository root) is where `src/phone/` is written.
"""
import os
import re
import sys

import phonenumbers as pn
from phonenumbers.phonemetadata import PhoneMetadata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The first line of every generated file (scripts/regenerate.sh looks for no other).
MARKER = "@generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh"

# (Rust field, Python attribute), in the order libphonenumber's XML uses.
TYPES = [
    ("fixed_line", "fixed_line"),
    ("mobile", "mobile"),
    ("toll_free", "toll_free"),
    ("premium_rate", "premium_rate"),
    ("shared_cost", "shared_cost"),
    ("personal_number", "personal_number"),
    ("voip", "voip"),
    ("pager", "pager"),
    ("uan", "uan"),
    ("voicemail", "voicemail"),
]

TYPE_NAMES = {
    pn.PhoneNumberType.FIXED_LINE: "FIXED_LINE",
    pn.PhoneNumberType.MOBILE: "MOBILE",
    pn.PhoneNumberType.FIXED_LINE_OR_MOBILE: "FIXED_LINE_OR_MOBILE",
    pn.PhoneNumberType.TOLL_FREE: "TOLL_FREE",
    pn.PhoneNumberType.PREMIUM_RATE: "PREMIUM_RATE",
    pn.PhoneNumberType.SHARED_COST: "SHARED_COST",
    pn.PhoneNumberType.VOIP: "VOIP",
    pn.PhoneNumberType.PERSONAL_NUMBER: "PERSONAL_NUMBER",
    pn.PhoneNumberType.PAGER: "PAGER",
    pn.PhoneNumberType.UAN: "UAN",
    pn.PhoneNumberType.VOICEMAIL: "VOICEMAIL",
    pn.PhoneNumberType.UNKNOWN: "UNKNOWN",
}


def rust_str(value):
    """A Rust string literal: raw when it has a backslash and no quote."""
    if value is None:
        return "None"
    if '"' in value or "#" in value:
        raise SystemExit("unexpected character in %r" % value)
    # libphonenumber's metadata build removes white space from patterns.
    value = re.sub(r"\s", "", value)
    return 'Some(r"%s")' % value if "\\" in value else 'Some("%s")' % value


def lengths(values):
    return "&[%s]" % ", ".join(str(v) for v in sorted(set(values)))


def territory(m):
    transform = m.national_prefix_transform_rule
    if transform:
        transform = re.sub(r"\\(\d)", r"$\1", transform)
    general = m.general_desc
    lines = [
        "    Raw {",
        '        id: "%s",' % m.id,
        "        country_code: %d," % m.country_code,
        "        international_prefix: %s," % rust_str(m.international_prefix or None),
        "        national_prefix: %s," % rust_str(m.national_prefix or None),
        "        national_prefix_for_parsing: %s," % rust_str(m.national_prefix_for_parsing or None),
        "        national_prefix_transform_rule: %s," % rust_str(transform or None),
        "        leading_digits: %s," % rust_str(m.leading_digits or None),
        "        general: %s," % rust_str(general.national_number_pattern)[5:-1],
    ]
    for field, attr in TYPES:
        desc = getattr(m, attr)
        if desc is None or not desc.national_number_pattern:
            lines.append("        %s: None," % field)
            continue
        # An empty list means "same as the general description" in the Python data.
        national = list(desc.possible_length) or list(general.possible_length)
        local = list(desc.possible_length_local_only)
        lines.append(
            "        %s: Some(RawDesc { pattern: %s, lengths: %s, local_only: %s }),"
            % (field, rust_str(desc.national_number_pattern)[5:-1], lengths(national), lengths(local))
        )
    lines.append("    },")
    return "\n".join(lines)


def metadata():
    metas = [PhoneMetadata.metadata_for_region(r) for r in sorted(pn.SUPPORTED_REGIONS)]
    metas += [
        PhoneMetadata.metadata_for_nongeo_region(cc)
        for cc in sorted(pn.COUNTRY_CODES_FOR_NON_GEO_REGIONS)
    ]
    return metas


def write_data(root, metas):
    # libphonenumber's COUNTRY_CODE_TO_REGION_CODE order: the main country first, then
    # the others by region code.
    by_code = {}
    for i, m in enumerate(metas):
        by_code.setdefault(m.country_code, []).append(i)
    for code, indices in by_code.items():
        indices.sort(key=lambda i: (not metas[i].main_country_for_code, metas[i].id))
    by_region = sorted((m.id, i) for i, m in enumerate(metas) if len(m.id) == 2)
    out = [
        "// " + MARKER,
        "//",
        "// Generator: scripts/gen_phone_metadata.py",
        "// Source: Python phonenumbers %s (PyPI), libphonenumber metadata %s" % (pn.__version__, pn.__version__),
        "//",
        "// Copyright (C) 2009 The Libphonenumber Authors. Licensed under the Apache License,",
        "// Version 2.0: http://www.apache.org/licenses/LICENSE-2.0",
        "",
        "use super::{Raw, RawDesc};",
        "",
        "/// The version of libphonenumber's metadata that [`IntlPhone`](crate::IntlPhone)",
        "/// validates against.",
        "///",
        "/// The number plans are generated from Python `phonenumbers` of the same version",
        "/// (`scripts/regenerate.sh`), which is also the conformance tables' reference.",
        "///",
        "/// # Examples",
        "///",
        "/// ```",
        '/// assert_eq!(contactkit::phone::METADATA_VERSION, "%s");' % pn.__version__,
        "/// ```",
        'pub const METADATA_VERSION: &str = "%s";' % pn.__version__,
        "",
        "/// Every territory: the regions by code, then the non-geographic calling codes.",
        "pub(super) static TERRITORIES: [Raw; %d] = [" % len(metas),
    ]
    out += [territory(m) for m in metas]
    out += [
        "];",
        "",
        "/// Indices into `TERRITORIES` by upper-case region code, sorted.",
        "pub(super) static BY_REGION: [([u8; 2], u16); %d] = [" % len(by_region),
    ]
    out += ['    (*b"%s", %d),' % (rid, i) for rid, i in by_region]
    out += [
        "];",
        "",
        "/// Indices into `TERRITORIES` by calling code (sorted), the main country first.",
        "pub(super) static BY_CODE: [(u16, &[u16]); %d] = [" % len(by_code),
    ]
    out += [
        "    (%d, &[%s])," % (code, ", ".join(str(i) for i in by_code[code]))
        for code in sorted(by_code)
    ]
    out += ["];", ""]
    with open(os.path.join(root, "src", "phone", "data.rs"), "w", newline="\n") as f:
        f.write("\n".join(out))


def answer(text, region):
    """What phonenumbers says about `text` read with `region`: a TSV tail."""
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return "invalid\t-\t-\t-"
    if not pn.is_valid_number(n):
        return "invalid\t-\t-\t-"
    canonical = "+%d %s" % (n.country_code, pn.national_significant_number(n))
    found = pn.region_code_for_number(n)
    return "valid\t%s\t%s\t%s" % (canonical, found, TYPE_NAMES[pn.number_type(n)])


def write_examples(root, metas):
    rows = set()
    for m in metas:
        geo = len(m.id) == 2
        for t in TYPE_NAMES:
            if geo:
                ex = pn.example_number_for_type(m.id, t)
            else:
                ex = pn.example_number_for_non_geo_entity(m.country_code) if t == pn.PhoneNumberType.UNKNOWN else None
            if ex is None:
                continue
            e164 = pn.format_number(ex, pn.PhoneNumberFormat.E164)
            rows.add((e164, "-"))
            # Near misses: one digit fewer, one more, the last one changed.
            rows.add((e164[:-1], "-"))
            rows.add((e164 + "0", "-"))
            rows.add((e164[:-1] + str((int(e164[-1]) + 5) % 10), "-"))
            if geo:
                national = pn.format_number(ex, pn.PhoneNumberFormat.NATIONAL)
                # Only the characters `IntlPhone` accepts (a few plans format with others).
                if re.fullmatch(r"[0-9 ()./-]+", national):
                    rows.add((national, m.id))
    lines = [
        "# " + MARKER,
        "#",
        "# Generator: scripts/gen_phone_metadata.py",
        "# Source: Python phonenumbers %s (PyPI), libphonenumber metadata %s" % (pn.__version__, pn.__version__),
        "#",
        "# Every example number of every region in E.164 (no default region) and national form",
        "# (its region), and near misses in E.164, with phonenumbers' verdict. Columns: input,",
        "# default region, verdict, canonical, region, type. Lines starting with # are skipped.",
    ]
    for text, region in sorted(rows):
        lines.append("%s\t%s\t%s" % (text, region, answer(text, None if region == "-" else region)))
    with open(os.path.join(root, "src", "phone", "examples.tsv"), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else ROOT
    os.makedirs(os.path.join(root, "src", "phone"), exist_ok=True)
    metas = metadata()
    write_data(root, metas)
    write_examples(root, metas)


if __name__ == "__main__":
    main()
