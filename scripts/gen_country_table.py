#!/usr/bin/env python3
"""Generate src/country/table.rs from pycountry's ISO 3166-1 database.

The project's oracle for countries is pycountry 26.2.16 (the conformance
README, update_profile.json), so the table is taken from the
very JSON file that pycountry ships (the Debian iso-codes data), not typed by
hand:

    scripts/regenerate.sh

which installs the pinned pycountry (scripts/requirements-regen.txt) and runs,
in effect:

    python3 scripts/gen_country_table.py > src/country/table.rs

Pass a path to iso3166-1.json as the first argument to use another copy (then
`DATA_VERSION` is that file's name). The table also carries `DATA_VERSION`
(re-exported as `contactkit::country::DATA_VERSION`), so the constant cannot
drift from the data. The output is deterministic and rustfmt-clean: rerunning on
the same data gives the same file.
"""
import json
import os
import sys


def load(path=None):
    if path is None:
        import pycountry

        path = os.path.join(os.path.dirname(pycountry.__file__), "databases", "iso3166-1.json")
        version = getattr(pycountry, "__version__", None)
        if version is None:
            from importlib.metadata import version as dist_version

            version = dist_version("pycountry")
        data_version = f"pycountry {version}"
        source = f"pycountry {version} (PyPI), databases/iso3166-1.json (Debian iso-codes)"
    else:
        data_version = source = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)["3166-1"], source, data_version


def rust_str(s):
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= ord(ch) < 0x7F:
            out.append(ch)
        else:
            # Keep the file ASCII; \u{...} is exact and reviewable.
            out.append("\\u{%x}" % ord(ch))
    return '"' + "".join(out) + '"'


def main():
    records, source, data_version = load(sys.argv[1] if len(sys.argv) > 1 else None)
    records = sorted(records, key=lambda r: r["alpha_2"])
    assert len(records) < 256, "Country stores a u8 index"
    for r in records:
        assert len(r["alpha_2"]) == 2 and r["alpha_2"].isascii() and r["alpha_2"].isupper()
        assert len(r["alpha_3"]) == 3 and r["alpha_3"].isascii() and r["alpha_3"].isupper()

    # Every spelling pycountry's `lookup` matches by name: name, official_name,
    # common_name; lower-cased as pycountry does (str.lower).
    names = {}
    for i, r in enumerate(records):
        for key in ("name", "official_name", "common_name"):
            if key in r:
                low = r[key].lower()
                assert names.get(low, i) == i, f"name {low!r} is ambiguous"
                names[low] = i
    alpha3 = sorted((r["alpha_3"], i) for i, r in enumerate(records))

    w = sys.stdout.write
    w("// @generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh\n")
    w("//\n")
    w("// Generator: scripts/gen_country_table.py\n")
    w("// Source: %s\n\n" % source)
    w("use super::Record;\n\n")
    w("/// The ISO 3166-1 data [`Country`](crate::Country) knows: the release of pycountry\n")
    w("/// whose database (Debian's iso-codes) the country table is generated from.\n")
    w("///\n")
    w("/// pycountry is calendar-versioned, so the version dates the data.\n")
    w("///\n")
    w("/// # Examples\n")
    w("///\n")
    w("/// ```\n")
    w("/// assert_eq!(contactkit::country::DATA_VERSION, %s);\n" % rust_str(data_version))
    w("/// ```\n")
    w("pub const DATA_VERSION: &str = %s;\n\n" % rust_str(data_version))
    w("/// Every current ISO 3166-1 country, sorted by alpha-2 code.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) static COUNTRIES: [Record; %d] = [\n" % len(records))
    for r in records:
        w("    Record { alpha2: %s, alpha3: %s, numeric: %d, name: %s },\n" % (
            rust_str(r["alpha_2"]), rust_str(r["alpha_3"]), int(r["numeric"], 10), rust_str(r["name"])))
    w("];\n\n")
    w("/// Alpha-3 codes with their index in `COUNTRIES`, sorted by code.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) static BY_ALPHA3: [(&str, u8); %d] = [\n" % len(alpha3))
    for code, i in alpha3:
        w("    (%s, %d),\n" % (rust_str(code), i))
    w("];\n\n")
    w("/// Lower-cased English names (pycountry `name`, `official_name` and\n")
    w("/// `common_name`) with their index in `COUNTRIES`, sorted by code point.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) static BY_NAME: [(&str, u8); %d] = [\n" % len(names))
    for low in sorted(names):
        w("    (%s, %d),\n" % (rust_str(low), names[low]))
    w("];\n")


if __name__ == "__main__":
    main()
