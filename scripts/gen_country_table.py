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
    # One spelling per lower-cased name, in the original case of its first
    # occurrence; sorted by the lower-cased form, the order `parse` searches.
    spellings = {}
    for r in records:
        for key in ("name", "official_name", "common_name"):
            if key in r:
                low = r[key].lower()
                # Rust lower-cases a char at a time: the two must agree.
                assert "".join(c.lower() for c in r[key]) == low, r[key]
                spellings.setdefault(low, r[key])
    keys = sorted(names)
    starts = [0]
    for k in keys:
        starts.append(starts[-1] + len(spellings[k].encode("utf-8")))
    assert starts[-1] < 1 << 16, "NAME_STARTS holds u16 offsets"
    short = [keys.index(r["name"].lower()) for r in records]
    assert all(spellings[keys[k]] == r["name"] for k, r in zip(short, records))
    by_alpha3 = [i for _, i in sorted((r["alpha_3"], i) for i, r in enumerate(records))]

    w = sys.stdout.write
    w("// @generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh\n")
    w("//\n")
    w("// Generator: scripts/gen_country_table.py\n")
    w("// Source: %s\n\n" % source)
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
    # Flat arrays and one string per field instead of records of &str: a &str
    # is 8 bytes of pointer and length in wasm32 data, which deflates badly.
    w("/// How many current countries there are; a [`Country`](crate::Country) is an\n")
    w("/// index below this, in alpha-2 order.\n")
    w("pub(super) const COUNT: usize = %d;\n\n" % len(records))
    w("/// The alpha-2 codes of every current ISO 3166-1 country, sorted: country `i` is\n")
    w("/// bytes `2*i..2*i + 2`.\n")
    w("pub(super) const ALPHA2: &str = \"\\\n")
    for k in range(0, len(records), 25):
        w("    " + "".join(r["alpha_2"] for r in records[k : k + 25]) + "\\\n")
    w("\";\n\n")
    w("/// The alpha-3 codes in country order: country `i` is bytes `3*i..3*i + 3`.\n")
    w("pub(super) const ALPHA3: &str = \"\\\n")
    for k in range(0, len(records), 25):
        w("    " + "".join(r["alpha_3"] for r in records[k : k + 25]) + "\\\n")
    w("\";\n\n")
    w("/// The countries in alpha-3 order.\n")
    w("#[rustfmt::skip]\n")
    emit_array(w, "BY_ALPHA3", "u8", by_alpha3)
    w("/// The numeric codes in country order.\n")
    w("#[rustfmt::skip]\n")
    emit_array(w, "NUMERIC", "u16", [int(r["numeric"], 10) for r in records])
    w("/// Every English spelling pycountry matches (`name`, `official_name`,\n")
    w("/// `common_name`) once, concatenated in the order of their lower-case forms\n")
    w("/// (by code point); spelling `k` is `NAMES[NAME_STARTS[k]..NAME_STARTS[k + 1]]`.\n")
    w("pub(super) const NAMES: &str = \"\\\n")
    for k in keys:
        assert not spellings[k][0].isspace()
        w("    %s\\\n" % rust_str(spellings[k])[1:-1])
    w("\";\n\n")
    w("/// Where each spelling starts in `NAMES`, and its end.\n")
    w("#[rustfmt::skip]\n")
    emit_array(w, "NAME_STARTS", "u16", starts)
    w("/// The country each spelling names.\n")
    w("#[rustfmt::skip]\n")
    emit_array(w, "NAME_COUNTRY", "u8", [names[k] for k in keys])
    w("/// The spelling that is each country's short name (pycountry `name`).\n")
    w("#[rustfmt::skip]\n")
    emit_array(w, "SHORT_NAME", "u16", short)
    # The records as pycountry gives them, for the tests to check the encoding
    # against (test builds only).
    w("/// The table as records, straight from the source, for the tests.\n")
    w("#[cfg(test)]\n")
    w("pub(super) mod lists {\n")
    w("    /// `(alpha-2, alpha-3, numeric, name)` of every country, in country order.\n")
    w("    #[rustfmt::skip]\n")
    w("    pub(in crate::country) static RECORDS: [(&str, &str, u16, &str); %d] = [\n" % len(records))
    for r in records:
        w("        (%s, %s, %d, %s),\n" % (
            rust_str(r["alpha_2"]), rust_str(r["alpha_3"]), int(r["numeric"], 10), rust_str(r["name"])))
    w("    ];\n\n")
    w("    /// Every spelling lower-cased (Python `str.lower`) with its country, sorted.\n")
    w("    #[rustfmt::skip]\n")
    w("    pub(in crate::country) static SPELLINGS: [(&str, u8); %d] = [\n" % len(keys))
    for k in keys:
        w("        (%s, %d),\n" % (rust_str(k), names[k]))
    w("    ];\n")
    w("}\n")


def emit_array(w, name, ty, values, per_line=16):
    w("pub(super) static %s: [%s; %d] = [\n" % (name, ty, len(values)))
    for k in range(0, len(values), per_line):
        w("    " + " ".join("%d," % v for v in values[k : k + per_line]) + "\n")
    w("];\n\n")

if __name__ == "__main__":
    main()
