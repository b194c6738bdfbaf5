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


def emit_packed(w, name, doc, items, width):
    items = packed(items, width)
    per_line = max(1, 76 // width)
    w("/// %s\n" % doc)
    w("/// %d entries of %d bytes, sorted, padded with `_`.\n" % (len(items), width))
    w("pub(super) const %s: &str = \"\\\n" % name)
    for k in range(0, len(items), per_line):
        w("    " + "".join(items[k : k + per_line]) + "\\\n")
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
    w("// Each table lists the subtags langcodes.tag_is_valid accepts in that position.\n\n")
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
    emit_packed(w, "LANGUAGES", "Primary language subtags of 2 or 3 letters, lower case.", lang3, 3)
    w("/// Primary language subtags of 4 letters (CLDR aliases such as `root`).\n")
    w("pub(super) const LANGUAGES_4: &[&str] = &[%s];\n\n" % ", ".join('"%s"' % s for s in lang4))
    emit_packed(w, "SCRIPTS", "Script subtags, title case.", scripts, 4)
    emit_packed(w, "REGIONS", "Region subtags, upper case or 3 digits.", regions, 3)
    emit_packed(w, "VARIANTS", "Variant subtags, lower case.", variants, 8)
    w("/// Whole tags (lower case) that langcodes replaces before parsing; all valid.\n")
    w("/// Includes the 26 grandfathered tags of RFC 5646.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) const WHOLE_TAGS: &[&str] = &[\n")
    for k in whole:
        w('    "%s",\n' % k)
    w("];\n\n")
    w("/// The grandfathered tags of RFC 5646 section 2.2.8 (lower case), which have\n")
    w("/// no inner structure.\n")
    w("#[rustfmt::skip]\n")
    w("pub(super) const GRANDFATHERED: &[&str] = &[\n")
    for k in sorted(EXCEPTIONS):
        w('    "%s",\n' % k)
    w("];\n\n")
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
    w("];\n")


if __name__ == "__main__":
    main()
