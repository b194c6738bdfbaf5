#!/usr/bin/env python3
"""Generate src/locale/registry.rs: the subtag tables behind `Locale::parse`.

The project's oracle for locales is langcodes 3.5.1 `tag_is_valid` on tags that
are well-formed per RFC 5646 (conformance README, update_profile.json).
langcodes decides validity from its own data: CLDR's validity patterns plus the
IANA script list, after applying CLDR's language and territory aliases (so
`iw`, `eng`, `UK` and `276` are accepted through their replacements). No crate
carries those tables, so this script derives them from langcodes itself,
asking `tag_is_valid` about every candidate subtag instead of re-implementing
its rules:

    scripts/regenerate.sh

which installs the pinned langcodes (scripts/requirements-regen.txt) and runs,
in effect:

    python3 scripts/gen_locale_tables.py > src/locale/registry.rs

It runs in about half a minute (it tries every 2-4 letter string) and is
deterministic; the output is rustfmt-clean. The file also carries
`DATA_VERSION` (re-exported as `contactkit::locale::DATA_VERSION`): the
langcodes version and the File-Date of the IANA language subtag registry it
ships, so the constant cannot drift from the data.
"""
import itertools
import os
import re
import string
import sys

import langcodes
from langcodes import Language, tag_is_valid
from langcodes.data_dicts import LANGUAGE_REPLACEMENTS, VALIDITY
from langcodes.tag_parser import EXCEPTIONS

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase


def version():
    try:
        from importlib.metadata import version as dist_version

        return dist_version("langcodes")
    except Exception:  # pragma: no cover - old Pythons
        return getattr(langcodes, "__version__", "unknown")


def registry_date():
    """The File-Date of the IANA language subtag registry langcodes ships, or None."""
    path = os.path.join(os.path.dirname(langcodes.__file__), "data", "language-subtag-registry.txt")
    try:
        with open(path, encoding="utf-8") as f:
            first = f.readline().strip()
    except OSError:
        return None
    if first.startswith("File-Date:"):
        return first.split(":", 1)[1].strip()
    return None


def data_version():
    date = registry_date()
    if date is None:
        return "langcodes %s" % version()
    return "langcodes %s, IANA subtag registry %s" % (version(), date)


def words(alphabet, lengths):
    for n in lengths:
        for t in itertools.product(alphabet, repeat=n):
            yield "".join(t)


def regex_strings(pattern):
    """Every string the anchored alternation VALIDITY matches (no nesting)."""
    body = pattern.pattern
    assert body.startswith("^(") and body.endswith(")$")
    out = []
    for alt in body[2:-2].split("|"):
        parts = re.findall(r"\[([^\]]+)\]|([^\[])", alt)
        choices = []
        for cls, ch in parts:
            if cls:
                chars = []
                for a, b in re.findall(r"(.)(?:-(.))?", cls):
                    chars.extend(chr(c) for c in range(ord(a), ord(b or a) + 1))
                choices.append(chars)
            else:
                choices.append([ch])
        out.extend("".join(p) for p in itertools.product(*choices))
    return out


def packed(items, width, pad="_"):
    items = sorted(i.ljust(width, pad) for i in items)
    for i in items:
        assert len(i) == width, i
    return items


def emit_packed(w, name, doc, items, width, indent="", vis="pub(super)", end="\n\n"):
    items = packed(items, width)
    per_line = max(1, 76 // width)
    w("%s/// %s\n" % (indent, doc))
    w("%s/// %d entries of %d bytes, sorted, padded with `_`.\n" % (indent, len(items), width))
    w("%s%s const %s: &str = \"\\\n" % (indent, vis, name))
    for k in range(0, len(items), per_line):
        w("%s    " % indent + "".join(items[k : k + per_line]) + "\\\n")
    w("%s\";%s" % (indent, end))


def letters_index(code):
    """A lower-case code's number among the letter codes of its length, base 26."""
    n = 0
    for ch in code:
        n = n * 26 + LOWER.index(ch)
    return n


def emit_bitmap(w, name, doc, positions, size):
    """`positions` as the set bits of a `[u64; N]` bitmap over `0..size`: bit `i` is
    bit `i % 64` of word `i / 64` (the same bytes as a little-endian bit string)."""
    words_ = [0] * ((size + 63) // 64)
    for i in positions:
        assert 0 <= i < size, i
        words_[i // 64] |= 1 << (i % 64)
    w("/// %s\n" % doc)
    w("/// %d of %d bits set; bit `i` is bit `i %% 64` of word `i / 64`.\n" % (len(set(positions)), size))
    w("#[rustfmt::skip]\n")
    w("pub(super) static %s: [u64; %d] = [\n" % (name, len(words_)))
    for k in range(0, len(words_), 4):
        w("    " + " ".join("0x%016x," % x for x in words_[k : k + 4]) + "\n")
    w("];\n\n")


def emit_listed(w, name, doc, items):
    """`items` as one byte string of length-prefixed entries, in order."""
    w("/// %s\n" % doc)
    w("/// %d entries, each a length byte then the tag (lower case).\n" % len(items))
    w("pub(super) const %s: &[u8] = b\"\\\n" % name)
    for k in items:
        assert 0 < len(k) < 128 and k.isascii() and '"' not in k and "\\" not in k, k
        w("    \\x%02x%s\\\n" % (len(k), k))
    w("\";\n\n")


def rust_opt(s):
    return "None" if s is None else 'Some("%s")' % s


def main():
    w = sys.stdout.write

    # Primary language subtags (2-4 letters: RFC 5646 allows 4ALPHA, langcodes
    # reads 2-4 characters; 5-8 letter languages make langcodes raise).
    languages = [s for s in words(LOWER, (2, 3, 4)) if tag_is_valid(s)]
    lang3 = [s for s in languages if len(s) <= 3]
    lang4 = [s for s in languages if len(s) == 4]
    scripts = [s for s in (x.title() for x in words(LOWER, (4,))) if tag_is_valid("und-" + s)]
    regions = [s for s in words(UPPER, (2,)) if tag_is_valid("und-" + s)]
    regions += ["%03d" % i for i in range(1000) if tag_is_valid("und-%03d" % i)]
    # Variants are only checked against VALIDITY (no aliases), so its strings
    # of variant shape are the complete candidate list.
    variant_candidates = {
        s for s in regex_strings(VALIDITY)
        if s.isalnum() and s == s.lower() and (5 <= len(s) <= 8 or (len(s) == 4 and s[0].isdigit()))
    }
    variants = sorted(v for v in variant_candidates if tag_is_valid("en-" + v))

    # Whole tags langcodes replaces before parsing (grandfathered tags and
    # CLDR aliases such as `zh-cmn-hans`): their verdict is the replacement's.
    whole = sorted(k for k in LANGUAGE_REPLACEMENTS if "-" in k)
    assert set(EXCEPTIONS) <= set(whole), "a grandfathered tag is not replaced"
    whole_valid = [k for k in whole if tag_is_valid(k)]
    assert whole_valid == whole, "a replaced whole tag is invalid: handle it"

    def effective_language(tag):
        return Language.get(tag).to_dict().get("language")

    # language-extlang pairs langcodes folds into one language (`zh-yue` ->
    # `yue`); every other extlang is kept and counted (more than one: invalid).
    merges = []
    for k in whole:
        parts = k.split("-")
        if len(parts) == 2 and 2 <= len(parts[0]) <= 3 and len(parts[1]) == 3 and parts[1].isalpha():
            d = Language.get(LANGUAGE_REPLACEMENTS[k]).to_dict()
            assert "extlangs" not in d
            merges.append((parts[0], parts[1], d.get("language")))
    merges.sort()
    prefixes = {m[0] for m in merges}
    # Languages that langcodes replaces by another one before it looks at
    # extlangs, where that changes which merge applies.
    aliases = []
    for s in lang3 + lang4:
        eff = effective_language(s)
        if eff != s and (eff in prefixes or s in prefixes):
            aliases.append((s, eff))
    for s in prefixes:
        assert effective_language(s) in (s, None) or (s, effective_language(s)) in aliases

    date = registry_date()
    w("// @generated DO NOT EDIT. Regenerate with: scripts/regenerate.sh\n")
    w("//\n")
    w("// Generator: scripts/gen_locale_tables.py\n")
    w("// Source: langcodes %s (PyPI): its CLDR validity data and aliases, and the IANA\n" % version())
    w("// language subtag registry it ships (File-Date %s)\n" % (date or "unknown"))
    w("//\n")
    w("// Each table lists (a bitmap: marks) the subtags langcodes.tag_is_valid accepts in\n")
    w("// that position.\n\n")
    w("/// The data [`Locale`](crate::Locale) validates against: the langcodes version whose\n")
    w("/// `tag_is_valid` the tables reproduce, and the File-Date of the IANA language\n")
    w("/// subtag registry that langcodes ships.\n")
    w("///\n")
    w("/// # Examples\n")
    w("///\n")
    w("/// ```\n")
    w('/// assert_eq!(\n')
    w('///     contactkit::locale::DATA_VERSION,\n')
    w('///     "%s"\n' % data_version())
    w('/// );\n')
    w("/// ```\n")
    w('pub const DATA_VERSION: &str = "%s";\n\n' % data_version())
    # Membership sets the parser tests on every tag. The 2-3 letter languages are
    # half of all 18,252 letter codes, so a bitmap over them (2.3 KB, 1.7 KB deflated)
    # beats the 8,940 packed entries (27 KB, 16 KB deflated) and is an O(1) test;
    # regions likewise (210 bytes against 2 KB). Scripts (26^4 codes) and variants
    # stay packed: their bitmaps would be far larger than the lists.
    emit_bitmap(
        w, "LANGUAGE_BITS",
        "Primary language subtags of 2 or 3 letters: bit `a*26 + b` for `ab`, bit\n"
        "/// `676 + (a*26 + b)*26 + c` for `abc` (letters numbered from `a` = 0).",
        [letters_index(s) + (0 if len(s) == 2 else 26 ** 2) for s in lang3],
        26 ** 2 + 26 ** 3,
    )
    emit_packed(w, "LANGUAGES_4", "Primary language subtags of 4 letters (CLDR aliases such as `root`).", lang4, 4)
    emit_packed(w, "SCRIPTS", "Script subtags, title case.", scripts, 4)
    region_letters = [r for r in regions if r.isalpha()]
    region_digits = [r for r in regions if r.isdigit()]
    assert len(region_letters) + len(region_digits) == len(regions)
    emit_bitmap(
        w, "REGION_LETTER_BITS",
        "Region subtags of 2 letters: bit `a*26 + b` for `AB` (from `A` = 0).",
        [letters_index(r.lower()) for r in region_letters],
        26 ** 2,
    )
    emit_bitmap(
        w, "REGION_DIGIT_BITS",
        "Region subtags of 3 digits: bit `n` for the number `n` (`419`).",
        [int(r, 10) for r in region_digits],
        1000,
    )
    emit_packed(w, "VARIANTS", "Variant subtags, lower case.", variants, 8)
    emit_listed(
        w, "WHOLE_TAGS",
        "Whole tags that langcodes replaces before parsing; all valid.\n"
        "/// Includes the 26 grandfathered tags of RFC 5646.",
        whole,
    )
    emit_listed(
        w, "GRANDFATHERED",
        "The grandfathered tags of RFC 5646 section 2.2.8, which have no inner\n/// structure.",
        sorted(EXCEPTIONS),
    )
    w("/// `(language, extlang, replacement language)`: pairs langcodes folds into one\n")
    w("/// language instead of counting an extlang, sorted.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) const EXTLANG_MERGES: &[(&str, &str, Option<&str>)] = &[\n")
    for a, b, c in merges:
        w('    ("%s", "%s", %s),\n' % (a, b, rust_opt(c)))
    w("];\n\n")
    w("/// `(language, replacement language)` where langcodes' alias changes which\n")
    w("/// `EXTLANG_MERGES` entry applies, sorted.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) const LANGUAGE_ALIASES: &[(&str, Option<&str>)] = &[\n")
    for a, b in sorted(aliases):
        w('    ("%s", %s),\n' % (a, rust_opt(b)))
    w("];\n\n")
    # The lists the bitmaps encode, in the packed form of the other tables, so the
    # tests can check every bit against them (test builds only).
    w("/// The sets the bitmaps encode, as sorted packed lists, for the tests.\n")
    w("#[cfg(test)]\n")
    w("pub(super) mod lists {\n")
    emit_packed(w, "LANGUAGES", "Primary language subtags of 2 or 3 letters, lower case.", lang3, 3, "    ", "pub(in crate::locale)")
    emit_packed(w, "REGIONS", "Region subtags, upper case or 3 digits.", regions, 3, "    ", "pub(in crate::locale)", "\n")
    w("}\n")


if __name__ == "__main__":
    main()
