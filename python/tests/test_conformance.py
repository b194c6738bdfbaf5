"""Every conformance table of ``tests/data/`` through the Python API.

Each test checks the same expectation the Rust test of that table checks
(``tests/email.rs``, ``tests/phone.rs``, ``tests/ip.rs``, ``tests/tokens.rs``,
``tests/user_properties/mod.rs``, ``tests/update_profile/conformance.rs``), so passing
here means agreeing with the Rust results case for case. The column functions run over
the same inputs and must agree with the scalar API row for row.
"""

from __future__ import annotations

from typing import Any, List, Optional

import pyarrow as pa
import pytest

import contactkit as ck



def _failures_message(failures: List[str], total: int) -> str:
    return f"{len(failures)} of {total} cases fail:\n" + "\n".join(failures[:50])


def _scalar(parse: Any, *args: Any) -> Any:
    """The parsed object or the ValidationError (never another exception)."""
    try:
        return parse(*args)
    except ck.ValidationError as err:
        return err


def test_email_table(tables: Any) -> None:
    cases = tables("email.json")
    failures = []
    for case in cases:
        got = _scalar(ck.canonical_email, case["input"])
        if case["valid"]:
            if isinstance(got, ck.ValidationError):
                failures.append(f"{case['input']!r}: rejected ({got}), want valid")
            elif str(got) != case["normalized"]:
                failures.append(f"{case['input']!r}: got {str(got)!r}, want {case['normalized']!r}")
        elif not isinstance(got, ck.ValidationError):
            failures.append(f"{case['input']!r}: accepted as {str(got)!r}, want invalid")
    assert not failures, _failures_message(failures, len(cases))


def test_email_column_agrees_with_scalars(tables: Any) -> None:
    inputs = [case["input"] for case in tables("email.json")]
    column = ck.emails(pa.array(inputs)).to_pylist()
    for text, row in zip(inputs, column):
        got = _scalar(ck.canonical_email, text)
        if isinstance(got, ck.ValidationError):
            assert row == {"value": None, "error": str(got)}, text
        else:
            assert row == {"value": str(got), "error": None}, text


def test_phone_table(tables: Any) -> None:
    cases = tables("phone.json")
    failures = []
    for case in cases:
        got = _scalar(ck.intl_phone, case["input"], case["default_region"])
        where = f"{case['input']!r} region={case['default_region']!r}"
        if case["valid"]:
            if isinstance(got, ck.ValidationError):
                failures.append(f"{where}: rejected ({got})")
                continue
            # libphonenumber labels non-geographic numbers `001`; we give None.
            actual = {
                "canonical": str(got),
                "e164": got.e164,
                "region": got.region or "001",
                "type": got.type,
            }
            expected = {k: case[k] for k in actual}
            if actual != expected:
                failures.append(f"{where}: {actual} != {expected}")
        elif not isinstance(got, ck.ValidationError):
            failures.append(f"{where}: accepted as {str(got)!r}, want rejected")
    assert not failures, _failures_message(failures, len(cases))


def test_phone_column_agrees_with_scalars(tables: Any) -> None:
    cases = tables("phone.json")
    by_region: dict = {}
    for case in cases:
        by_region.setdefault(case["default_region"], []).append(case["input"])
    for region, inputs in by_region.items():
        column = ck.phones(inputs, region=region).to_pylist()
        for text, row in zip(inputs, column):
            got = _scalar(ck.intl_phone, text, region)
            want = (
                {"value": None, "error": str(got)}
                if isinstance(got, ck.ValidationError)
                else {"value": str(got), "error": None}
            )
            assert row == want, (text, region)


def test_ip_table(tables: Any) -> None:
    cases = tables("ip.json")
    failures = []
    for case in cases:
        got = _scalar(ck.normalized_ip, case["input"])
        if case["valid"]:
            if isinstance(got, ck.ValidationError) or str(got) != case["normalized"]:
                failures.append(f"{case['input']!r}: got {got}, want {case['normalized']!r}")
        elif not isinstance(got, ck.ValidationError):
            failures.append(f"{case['input']!r}: accepted as {str(got)!r}")
    assert not failures, _failures_message(failures, len(cases))
    column = ck.ips([c["input"] for c in cases]).to_pylist()
    assert [row["error"] is None for row in column] == [c["valid"] for c in cases]


def _assert_no_leak(text: str, secret_input: str) -> None:
    """No 8-character piece of the key after its prefix shows in `text`."""
    secret = secret_input[4:]
    if len(secret_input) >= 8:
        assert secret_input not in text
    for i in range(len(secret) - 7):
        assert secret[i : i + 8] not in text, (text, secret_input)


def test_tokens_table(tables: Any) -> None:
    cases = tables("tokens.json")
    failures = []
    counts = {"api_key": 0, "referral_id": 0}
    for case in cases:
        counts[case["type"]] += 1
        if case["type"] == "api_key":
            got = _scalar(ck.api_key, case["input"])
            if case["valid"]:
                if isinstance(got, ck.ValidationError):
                    failures.append(f"api_key {case['input']!r}: rejected ({got})")
                elif got.kind != case["kind"] or got.expose_secret() != case["input"]:
                    failures.append(f"api_key {case['input']!r}: kind {got.kind}")
                else:
                    for shown in (str(got), repr(got)):
                        _assert_no_leak(shown, case["input"])
            elif isinstance(got, ck.ValidationError):
                for shown in (str(got), repr(got), got.message, got.code):
                    _assert_no_leak(shown, case["input"])
            else:
                failures.append(f"api_key {case['input']!r}: accepted")
        else:
            got = _scalar(ck.referral_id, case["input"])
            if case["valid"]:
                if isinstance(got, ck.ValidationError) or str(got) != case["normalized"]:
                    failures.append(f"referral_id {case['input']!r}: got {got}")
            elif not isinstance(got, ck.ValidationError):
                failures.append(f"referral_id {case['input']!r}: accepted")
    assert counts["api_key"] > 0 and counts["referral_id"] > 0
    assert not failures, _failures_message(failures, len(cases))


def _first_error(entry: str) -> Optional[str]:
    try:
        ck.validate_user_property(entry)
    except ck.ValidationError as err:
        return str(err)
    return None


def test_joi_user_properties_table(tables: Any) -> None:
    cases = tables("joi_user_properties.json")
    assert len(cases) > 1000
    failures = []
    for case in cases:
        got = _first_error(case["entry_json"])
        if got != case["error"]:
            failures.append(f"id {case['id']}: expected {case['error']!r}, got {got!r}")
    assert not failures, _failures_message(failures, len(cases))


def test_joi_user_properties_through_every_entry_point(tables: Any) -> None:
    """The column function (1 and 2 threads), bytes input and all-errors mode give the
    abort-early answer of the table too."""
    cases = tables("joi_user_properties.json")
    entries = [case["entry_json"] for case in cases]
    expected = [case["error"] for case in cases]
    for threads in (1, 2):
        column = ck.user_properties(pa.array(entries), threads=threads, all_errors=True)
        rows = column.to_pylist()
        assert [row["error"] for row in rows] == expected
        for row, want in zip(rows, expected):
            if want is None:
                assert row["value"] is not None and row["errors"] == []
            else:
                assert row["value"] is None and row["errors"][0] == want
    for case in cases[:300]:
        try:
            ck.validate_user_property(case["entry_json"].encode("utf-8"), all_errors=True)
            got = None
        except ck.ValidationError as err:
            got = str(err.errors[0])
        assert got == case["error"], case["id"]


def test_update_profile_table(tables: Any) -> None:
    cases = tables("update_profile.json")
    assert len(cases) >= 155
    failures = []
    for case in cases:
        try:
            ck.UpdateProfile.from_json(case["body"])
            accepted = True
        except ck.ValidationError as err:
            accepted = False
            first = err.path[0] if err.path and isinstance(err.path[0], str) else "body"
            if case["field"] != "body" and first != case["field"]:
                failures.append(f"{case['id']}: rejected on {first!r}, expected {case['field']!r}: {err}")
        if accepted != case["valid"]:
            failures.append(f"{case['id']}: accepted={accepted}, want valid={case['valid']}")
    assert not failures, _failures_message(failures, len(cases))
    column = ck.update_profiles([c["body"] for c in cases]).to_pylist()
    assert [row["error"] is None for row in column] == [c["valid"] for c in cases]


@pytest.mark.parametrize("name", ["email.json", "phone.json", "ip.json", "tokens.json", "joi_user_properties.json", "update_profile.json"])
def test_every_table_is_read(tables: Any, name: str) -> None:
    """A guard: a table the tests above forgot would show up here as a new file."""
    assert tables(name)


def test_no_table_is_left_out(repo: Any) -> None:
    tested = {"email.json", "phone.json", "ip.json", "tokens.json", "joi_user_properties.json", "update_profile.json"}
    assert {p.name for p in (repo / "tests" / "data").glob("*.json")} == tested


def test_python_dicts_agree_with_the_json_serialization(tables: Any) -> None:
    """The dicts built from the accessors equal the Rust `Serialize` output, key order too."""
    import json

    entries = [case["entry_json"] for case in tables("joi_user_properties.json")]
    body = '{"userProperties":[' + ",".join(entries) + "]}"
    result = ck.validate_request(body)
    values = ck.user_properties(entries).field("value").to_pylist()
    expected = [json.loads(values[i]) for i in result.valid_indices]
    assert len(expected) > 50
    assert [list(d.items()) for d in result.valid] == [list(d.items()) for d in expected]
    for case in tables("update_profile.json"):
        try:
            profile = ck.UpdateProfile.from_json(case["body"])
        except ck.ValidationError:
            continue
        assert list(profile.to_dict().items()) == list(json.loads(profile.to_json()).items())
